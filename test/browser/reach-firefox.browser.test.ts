import { firefoxDriver } from './extension/drivers.ts';
import { defineReachSuite, defineWorldReachSuite } from './extension/reach-suite.ts';

defineReachSuite('Firefox', () => firefoxDriver());
defineWorldReachSuite('Firefox', () => firefoxDriver());
