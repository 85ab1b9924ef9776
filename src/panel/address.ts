// The panel's address: `panel.html?tabId=N` describes tab N (tests, and readers who open the panel
// as a tab); without it the panel follows its window's active tab.

export function fixedTabIdFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
