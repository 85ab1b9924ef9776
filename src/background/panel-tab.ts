// The panel where the browser has nothing beside the page (Firefox for Android has no sidebar; a
// Chromium without side panels): a tab of its own, next to the article it describes, addressed to
// it (src/panel/address.ts), with a way back. Asked again for the same article, the panel tab
// already open comes to the front instead of a new one; it hears panel/focus-actor like a side
// panel. Which tab that is lives in memory only: after the background sleeps, a new tab opens.

import { browser } from '../shared/browser.ts';
import { panelTabPath } from '../panel/address.ts';

export interface ArticleTab {
  id?: number;
  /** Its place in the tab strip: the panel opens right after it. */
  index?: number;
}

const panelTabs = new Map<number, number>();

/** Opens (or brings to the front) the panel tab for `article`; false when there is no tab to
 *  describe. */
export async function openPanelTab(article: ArticleTab): Promise<boolean> {
  if (article.id === undefined) return false;
  if (await bringToFront(article.id)) return true;
  const created = await browser.tabs.create({
    url: browser.runtime.getURL(panelTabPath(article.id)),
    active: true,
    ...(article.index !== undefined ? { index: article.index + 1 } : {}),
  });
  if (created.id !== undefined) panelTabs.set(article.id, created.id);
  return true;
}

async function bringToFront(articleTabId: number): Promise<boolean> {
  const panelTabId = panelTabs.get(articleTabId);
  if (panelTabId === undefined) return false;
  try {
    const tab = await browser.tabs.get(panelTabId);
    // The reader may have gone elsewhere in that tab (its address is ours to read, when shown).
    if (tab.url === undefined || tab.url.startsWith(browser.runtime.getURL('panel.html'))) {
      await browser.tabs.update(panelTabId, { active: true });
      return true;
    }
  } catch {
    // Closed meanwhile.
  }
  panelTabs.delete(articleTabId);
  return false;
}
