import { chromiumDriver } from './extension/drivers.ts';
import { defineContentSuite } from './extension/suite.ts';

defineContentSuite('Chromium', chromiumDriver);
