import { chromiumDriver } from './extension/drivers.ts';
import { defineOutletsSuite } from './extension/outlets-suite.ts';

defineOutletsSuite('Chromium', chromiumDriver);
