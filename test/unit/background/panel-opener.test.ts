// How the panel opens in each browser. Firefox's sidebar cannot be opened by test automation (it
// needs a real user gesture, see test/browser/panel-side-panel-chromium.browser.test.ts), so its
// path is tested here, on a stand-in for `browser.sidebarAction` that behaves as Firefox does: open()
// outside a gesture rejects with Firefox's own message, toggle() is what the toolbar button does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const session = new Map<string, unknown>();
  return {
    session,
    sent: [] as unknown[],
    browser: {
      runtime: {
        id: 'boi-canh@example',
        getManifest: () => ({ content_scripts: [{ matches: ['*://*.vnexpress.net/*', '*://baoquocte.vn/*'] }] }),
        sendMessage: vi.fn(async (m: unknown) => {
          fake.sent.push(m);
        }),
      },
      storage: {
        session: {
          get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
          set: async (items: Record<string, unknown>) => {
            for (const [k, v] of Object.entries(items)) session.set(k, v);
          },
        },
      },
    } as Record<string, unknown>,
  };
});

vi.mock('../../../src/shared/browser.ts', () => ({
  browser: fake.browser,
  chromeApi: () => (globalThis as { chrome?: unknown }).chrome,
}));

const GESTURE_ERROR = 'sidebarAction.open may only be called from a user input handler';

/** Firefox's sidebarAction: open() works only inside a gesture; isOpen per window. */
function firefoxSidebar(options: { gesture: boolean; openIn?: number[] }) {
  const openIn = new Set(options.openIn ?? []);
  return {
    open: vi.fn(async () => {
      if (!options.gesture) throw new Error(GESTURE_ERROR);
    }),
    toggle: vi.fn(async () => {
      if (!options.gesture) throw new Error(GESTURE_ERROR);
    }),
    isOpen: vi.fn(async ({ windowId }: { windowId?: number }) => windowId !== undefined && openIn.has(windowId)),
  };
}

beforeEach(() => {
  vi.resetModules();
  fake.session.clear();
  fake.sent.length = 0;
  delete fake.browser.sidebarAction;
  delete (globalThis as { chrome?: unknown }).chrome;
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('the panel opener in Firefox (sidebarAction)', () => {
  it('the toolbar button toggles the sidebar; the menu and the card open it', async () => {
    const sidebar = firefoxSidebar({ gesture: true });
    fake.browser.sidebarAction = sidebar;
    const { panelOpener } = await import('../../../src/background/panel-opener.ts');
    const opener = panelOpener();
    expect(opener.kind).toBe('sidebar');
    expect(await opener.fromAction({ id: 3, windowId: 1 })).toBe(true);
    expect(sidebar.toggle).toHaveBeenCalledTimes(1);
    expect(sidebar.open).not.toHaveBeenCalled();
    expect(await opener.open({ id: 3, windowId: 1 })).toBe(true);
    expect(sidebar.open).toHaveBeenCalledTimes(1);
  });

  it('outside a gesture Firefox refuses: open() resolves false, with the browser’s reason logged', async () => {
    fake.browser.sidebarAction = firefoxSidebar({ gesture: false });
    const { panelOpener } = await import('../../../src/background/panel-opener.ts');
    expect(await panelOpener().open({ id: 3, windowId: 1 })).toBe(false);
    expect(console.info).toHaveBeenCalledWith('[Bối cảnh] the browser did not open the panel:', GESTURE_ERROR);
  });

  it('asks whether the sidebar is open in the tab’s own window', async () => {
    const sidebar = firefoxSidebar({ gesture: false, openIn: [2] });
    fake.browser.sidebarAction = sidebar;
    const { panelOpener } = await import('../../../src/background/panel-opener.ts');
    const opener = panelOpener();
    expect(await opener.isOpen({ id: 5, windowId: 2 })).toBe(true);
    expect(await opener.isOpen({ id: 6, windowId: 1 })).toBe(false);
    expect(sidebar.isOpen).toHaveBeenLastCalledWith({ windowId: 1 });
  });

  it('the card’s button: an open sidebar is told to focus the actor; a closed one gets a hint', async () => {
    // Firefox does not carry the page's click through runtime messages: open() is refused.
    fake.browser.sidebarAction = firefoxSidebar({ gesture: false, openIn: [2] });
    const { onCardOpenPanel } = await import('../../../src/background/panel.ts');
    const inOpenWindow = await onCardOpenPanel({ tab: { id: 5, windowId: 2 } } as never, 'alexander-lukashenko');
    expect(inOpenWindow).toEqual({ ok: true, shown: 'sidebar' });
    expect(fake.sent).toContainEqual({ type: 'panel/focus-actor', tabId: 5, actorId: 'alexander-lukashenko' });
    expect(fake.session.get('panelRequest')).toMatchObject({ tabId: 5, actorId: 'alexander-lukashenko' });
    const elsewhere = await onCardOpenPanel({ tab: { id: 7, windowId: 1 } } as never, 'minsk');
    expect(elsewhere).toEqual({ ok: true, shown: 'hint' });
    // The request is remembered, so the sidebar opens on Minsk when the reader opens it.
    expect(fake.session.get('panelRequest')).toMatchObject({ tabId: 7, actorId: 'minsk' });
  });
});

describe('the panel opener in Chrome (sidePanel)', () => {
  it('opens the side panel for the tab, or its window when there is no tab; asks the runtime whether it shows', async () => {
    const open = vi.fn(async () => {});
    const getContexts = vi.fn(async () => [{ contextType: 'SIDE_PANEL' }]);
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open }, runtime: { getContexts } };
    fake.browser.sidebarAction = firefoxSidebar({ gesture: true }); // ignored: Chrome's API wins
    const { panelOpener } = await import('../../../src/background/panel-opener.ts');
    const opener = panelOpener();
    expect(opener.kind).toBe('side-panel');
    expect(await opener.fromAction({ id: 9, windowId: 4 })).toBe(true);
    expect(open).toHaveBeenLastCalledWith({ tabId: 9 });
    expect(await opener.open({ windowId: 4 })).toBe(true);
    expect(open).toHaveBeenLastCalledWith({ windowId: 4 });
    expect(await opener.isOpen({})).toBe(true);
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['SIDE_PANEL'] });
  });

  it('a browser with neither API: nothing opens, and nothing throws', async () => {
    const { panelOpener } = await import('../../../src/background/panel-opener.ts');
    const opener = panelOpener();
    expect(opener.kind).toBe('none');
    expect(await opener.open({ id: 1 })).toBe(false);
    expect(await opener.isOpen({ id: 1 })).toBe(false);
  });
});
