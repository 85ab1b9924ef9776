// The panel's address: `panel.html?tabId=N` describes tab N (tests, and readers who open the panel
// as a tab); without it the panel follows its window's active tab. `&back=1` says the background
// opened it as a tab of its own because the browser has no side panel (Firefox for Android): it
// then offers a way back to the article (back-to-article.tsx).

export function fixedTabIdFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The address of the panel opened as a tab for the article in tab `tabId`. */
export function panelTabPath(tabId: number): string {
  return `panel.html?tabId=${tabId}&back=1`;
}

/** The article tab a panel tab should lead back to, or null when it is not such a tab. */
export function wayBackFrom(search: string): number | null {
  return new URLSearchParams(search).get('back') === '1' ? fixedTabIdFrom(search) : null;
}
