import { firefoxDriver } from './extension/drivers.ts';
import { defineContentSuite } from './extension/suite.ts';

defineContentSuite('Firefox', () => firefoxDriver());
