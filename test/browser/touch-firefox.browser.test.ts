import { firefoxPhone } from './extension/touch-drivers.ts';
import { defineTouchSuite } from './extension/touch-suite.ts';

defineTouchSuite('Firefox', () => firefoxPhone());
