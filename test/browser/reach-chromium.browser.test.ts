import { chromiumDriver } from './extension/drivers.ts';
import { defineReachSuite } from './extension/reach-suite.ts';

defineReachSuite('Chromium', chromiumDriver);
