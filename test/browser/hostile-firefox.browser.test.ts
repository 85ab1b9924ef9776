import { firefoxDriver } from './extension/drivers.ts';
import { defineHostileSuite } from './extension/hostile-suite.ts';

defineHostileSuite('Firefox', () => firefoxDriver());
