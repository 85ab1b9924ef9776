// The side panel's entry (Chrome's side panel, Firefox's sidebar, or a tab with ?tabId=N): speaks
// the browser's language and starts the app.

import { render } from 'preact';
import { extensionTranslate as t } from '../shared/extension-i18n.ts';
import { PanelApp } from './app.tsx';
import { mountWayBack } from './back-to-article.tsx';
import { browserSource } from './browser-source.ts';
import './panel.css';

const locale = t('cardLocale') === 'en' ? 'en' : 'vi';
document.documentElement.lang = locale;
document.title = t('extName');
const root = document.getElementById('app')!;
mountWayBack(document, location.search, t);
render(<PanelApp source={browserSource(location.search)} t={t} locale={locale} />, root);
root.setAttribute('data-ready', '');
