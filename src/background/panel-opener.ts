// The one place that knows how each browser shows the extension beside the page:
// Chrome's `sidePanel` (side_panel.default_path) and Firefox's `sidebarAction` (sidebar_action).
//
// Both open only inside a user gesture, so `open` and `toggle` must be *called* before the caller's
// first await (from the action click, a command, a context-menu click, a message sent by a click).
// Firefox does not carry a page's click through runtime messages: there the hover card's button
// can only focus an already open sidebar, and otherwise tells the reader how to open it.

import { browser, chromeApi } from '../shared/browser.ts';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

export interface TabRef {
  id?: number;
  windowId?: number;
}

export interface PanelOpener {
  readonly kind: 'side-panel' | 'sidebar' | 'none';
  /** Opens the panel for `tab`; resolves false when the browser refused (no gesture). */
  open(tab: TabRef): Promise<boolean>;
  /** The toolbar button: Chrome opens, Firefox toggles. */
  fromAction(tab: TabRef): Promise<boolean>;
  /** Whether the panel is showing in the tab's window, as far as the browser tells. */
  isOpen(tab: TabRef): Promise<boolean>;
}

const settle = (p: Promise<void>): Promise<boolean> =>
  p.then(
    () => true,
    (error: unknown) => {
      console.info('[Bối cảnh] the browser did not open the panel:', error instanceof Error ? error.message : error);
      return false;
    },
  );

function sidePanelOpener(sidePanel: ChromeSidePanel): PanelOpener {
  const open = (tab: TabRef) =>
    settle(sidePanel.open(tab.id !== undefined ? { tabId: tab.id } : { windowId: tab.windowId ?? -2 }));
  return {
    kind: 'side-panel',
    open,
    fromAction: open,
    isOpen: async () => {
      const contexts = await chromeApi()?.runtime?.getContexts?.({ contextTypes: ['SIDE_PANEL'] });
      return Boolean(contexts?.length);
    },
  };
}

function sidebarOpener(sidebar: FirefoxSidebarAction): PanelOpener {
  return {
    kind: 'sidebar',
    open: () => settle(sidebar.open()),
    fromAction: () => settle(sidebar.toggle()),
    isOpen: (tab) => sidebar.isOpen(tab.windowId !== undefined ? { windowId: tab.windowId } : {}).catch(() => false),
  };
}

export function panelOpener(): PanelOpener {
  const sidePanel = (chromeApi() as { sidePanel?: ChromeSidePanel } | undefined)?.sidePanel;
  if (sidePanel && typeof sidePanel.open === 'function') return sidePanelOpener(sidePanel);
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (sidebar && typeof sidebar.open === 'function') return sidebarOpener(sidebar);
  return {
    kind: 'none',
    open: async () => false,
    fromAction: async () => false,
    isOpen: async () => false,
  };
}
