import { firefoxDriver } from './extension/drivers.ts';
import { defineLongReadSuite } from './extension/long-read-suite.ts';

defineLongReadSuite('Firefox', () => firefoxDriver());
