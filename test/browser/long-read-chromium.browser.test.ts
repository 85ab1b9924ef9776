import { chromiumDriver } from './extension/drivers.ts';
import { defineLongReadSuite } from './extension/long-read-suite.ts';

defineLongReadSuite('Chromium', chromiumDriver);
