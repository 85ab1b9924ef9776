import { firefoxDriver } from './extension/drivers.ts';
import { defineOutletsSuite } from './extension/outlets-suite.ts';

defineOutletsSuite('Firefox', () => firefoxDriver());
