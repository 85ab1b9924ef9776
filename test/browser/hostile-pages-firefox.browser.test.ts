import { firefoxDriver } from './extension/drivers.ts';
import { defineHostilePagesSuite } from './extension/hostile-pages-suite.ts';

defineHostilePagesSuite('Firefox', () => firefoxDriver());
