import { chromiumDriver } from './extension/drivers.ts';
import { defineReachSuite, defineWorldReachSuite } from './extension/reach-suite.ts';

defineReachSuite('Chromium', chromiumDriver);
defineWorldReachSuite('Chromium', chromiumDriver);
