import { chromiumDriver } from './extension/drivers.ts';
import { defineHostileSuite } from './extension/hostile-suite.ts';

defineHostileSuite('Chromium', chromiumDriver);
