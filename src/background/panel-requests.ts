// "Mở bảng bên" on a card. The side panel itself is a later piece of work: for now the background
// records which actor the reader asked about, per tab, so the panel can open on it once it exists.
// No panel is faked here.

import { browser } from '../shared/browser.ts';

export const PANEL_REQUEST_KEY = 'panelRequest';

export interface PanelRequest {
  tabId: number | null;
  actorId: string;
  at: number;
}

export async function recordPanelRequest(tabId: number | undefined, actorId: string): Promise<void> {
  const request: PanelRequest = { tabId: tabId ?? null, actorId, at: Date.now() };
  await browser.storage.session.set({ [PANEL_REQUEST_KEY]: request });
  console.info('[Bối cảnh] side panel requested for', actorId, 'in tab', tabId);
}
