// The interface's words in the extension's own contexts: the browser's i18n API behind the typed
// Translate, so that every key said there is checked against the messages files. Apart from
// i18n.ts because that file stays free of the browser adapter, for Node tests.

import { browser } from './browser.ts';
import { browserTranslate, type Translate } from './i18n.ts';

export const extensionTranslate: Translate = browserTranslate((key, subs) => browser.i18n.getMessage(key, subs));
