// The way back from a panel opened as a tab of its own. Firefox for Android has no sidebar, so the
// card's button opens the panel in a tab next to the article (src/background/panel-tab.ts); a phone
// shows one tab at a time, and its tab strip is two taps away. This button brings the article's tab
// to the front and closes the panel's, as the system's Back would leave a page.

import { render } from 'preact';
import { browser } from '../shared/browser.ts';
import type { Translate } from '../shared/i18n.ts';
import { wayBackFrom } from './address.ts';

export interface BackToArticleProps {
  t: Translate;
  back: () => Promise<void>;
}

/** A thumb-sized button (44 px), styled with the panel's own colours (panel.css). */
const BUTTON_STYLE = {
  display: 'block',
  width: '100%',
  minHeight: '44px',
  margin: '0',
  padding: '10px 16px',
  border: '0',
  borderBottom: '1px solid var(--border, #e2dccf)',
  background: 'var(--surface, #fffdf8)',
  color: 'var(--text, #1d232b)',
  font: 'inherit',
  textAlign: 'start',
  cursor: 'pointer',
};

export function BackToArticle({ t, back }: BackToArticleProps) {
  return (
    <div class="way-back">
      <button type="button" class="back-to-article" style={BUTTON_STYLE} onClick={() => void back().catch(warn)}>
        <span aria-hidden="true">← </span>
        {t('panelBackToArticle')}
      </button>
    </div>
  );
}

const warn = (error: unknown) => console.warn('[Bối cảnh] panel: back to the article:', error);

/** Brings tab `articleTabId` to the front, then closes the tab this page is in. */
export function browserWayBack(articleTabId: number): () => Promise<void> {
  return async () => {
    await browser.tabs.update(articleTabId, { active: true });
    const own = await browser.tabs.getCurrent();
    if (own?.id !== undefined) await browser.tabs.remove(own.id);
  };
}

/** Puts the way back above the panel when its address asks for one (`&back=1`); nothing otherwise.
 *  Called by the panel's entry (main.tsx) before it renders the app. */
export function mountWayBack(doc: Document, search: string, t: Translate): void {
  const articleTabId = wayBackFrom(search);
  if (articleTabId === null) return;
  const slot = doc.createElement('div');
  slot.setAttribute('data-way-back', '');
  doc.body.prepend(slot);
  render(<BackToArticle t={t} back={browserWayBack(articleTabId)} />, slot);
}
