// Running on sites beyond the bundled news list. Two ways in:
// - the toolbar button: activeTab grants this tab for now; we inject the content script and tell it
//   to read the page even if it does not look like an article (the reader asked);
// - "always run on this site" (the action's context menu): an optional host permission, then a
//   registered content script for that origin, which the browser keeps across restarts.

import { MARKS_CSS_FILE } from '../content/mark-looks.ts';
import { askTab } from '../protocol/ask.ts';
import { browser } from '../shared/browser.ts';

export const CONTENT_SCRIPT = 'content.js';
/** The content script as registered for a site the reader added, by either way in: with the marks'
 *  highlight rules, injected before the site's pages are first styled (src/content/mark-looks.ts). */
export function siteContentScript(id: string, matches: string[]) {
  return { id, matches, js: [CONTENT_SCRIPT], css: [MARKS_CSS_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true };
}
const MENU_ID = 'boi-canh-always-run';

export async function runOnTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  await askTab(tabId, { type: 'page/activate' });
}

/** "https://example.com/a/b" → "https://example.com/*", or null for pages we cannot run on. */
export function originPattern(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export function scriptId(pattern: string): string {
  return `site:${pattern}`;
}

/** Registers the content script for one origin (the permission must be granted already). */
export async function registerSite(pattern: string): Promise<void> {
  const id = scriptId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([siteContentScript(id, [pattern])]);
}

export function installSiteMenu(): void {
  if (!browser.contextMenus) return; // Firefox for Android has no menus: sites are added in the options
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuAlwaysRun'),
      contexts: ['action'],
    }),
  ).catch((e: unknown) => console.warn('[Bối cảnh] context menu:', e));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const pattern = originPattern(tab.url);
    if (!pattern) return;
    const tabId = tab.id;
    // permissions.request must run inside the click's user gesture: call it first, synchronously.
    browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted) return;
        await registerSite(pattern);
        await runOnTab(tabId);
      })
      .catch((e: unknown) => console.warn('[Bối cảnh] always run on site:', e));
  });
}
