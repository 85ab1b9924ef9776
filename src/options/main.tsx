// The options page's entry: speaks the browser's language, loads what is stored, renders the page.

import { render } from 'preact';
import { OptionsApp, loadState } from './app.tsx';
import { browserOptionsApi } from './browser-api.ts';
import { draftFromAddress } from '../keeping/glossary-draft.ts';
import './options.css';

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const api = browserOptionsApi();
  document.documentElement.lang = api.locale;
  document.title = api.t('optionsTitle');
  try {
    render(<OptionsApp api={api} initial={await loadState(api)} draft={draftFromAddress(location.search)} />, root);
    root.setAttribute('data-ready', '');
  } catch (error) {
    console.warn('[Bối cảnh] options page:', error);
    root.textContent = api.t('optLoadError', [String(error)]);
  }
}

void start();
