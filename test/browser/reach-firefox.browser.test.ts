import { firefoxDriver } from './extension/drivers.ts';
import { defineReachSuite } from './extension/reach-suite.ts';

defineReachSuite('Firefox', () => firefoxDriver());
