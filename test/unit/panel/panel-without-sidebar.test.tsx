// @vitest-environment happy-dom
// The panel where the browser has nothing beside the page (Firefox for Android: no sidebarAction,
// no context menus): the card's button and the toolbar button open the panel as a tab next to the
// article, addressed to it; asked again, that tab comes back; and the panel tab leads back to the
// article. On a stand-in for the browser API, as in test/unit/background/panel-opener.test.ts.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedTabIdFrom, panelTabPath, wayBackFrom } from '../../../src/panel/address.ts';
import { translateFrom, type MessagesFile } from '../../../src/shared/i18n.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE = 'moz-extension://3f6b2c1e/';

const fake = vi.hoisted(() => {
  const session = new Map<string, unknown>();
  const tabs = new Map<number, { id: number; url?: string; active: boolean; index?: number }>();
  let nextId = 100;
  return {
    session,
    tabs,
    sent: [] as unknown[],
    reset() {
      session.clear();
      tabs.clear();
      nextId = 100;
    },
    browser: {
      runtime: {
        id: 'boi-canh@example',
        getManifest: () => ({ content_scripts: [{ matches: ['*://*.vnexpress.net/*'] }] }),
        getURL: (path: string) => `moz-extension://3f6b2c1e/${path}`,
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
      tabs: {
        create: vi.fn(async (p: { url: string; active?: boolean; index?: number }) => {
          const tab = { id: nextId++, url: p.url, active: p.active ?? true, index: p.index };
          tabs.set(tab.id, tab);
          return tab;
        }),
        get: vi.fn(async (id: number) => {
          const tab = tabs.get(id);
          if (!tab) throw new Error(`Invalid tab ID: ${id}`);
          return tab;
        }),
        update: vi.fn(async (id: number, p: { active?: boolean }) => {
          const tab = tabs.get(id);
          if (!tab) throw new Error(`Invalid tab ID: ${id}`);
          tab.active = p.active ?? tab.active;
          return tab;
        }),
        getCurrent: vi.fn(async () => ({ id: 100 })),
        remove: vi.fn(async (id: number) => void tabs.delete(id)),
      },
      // The toolbar button marks a page of ours as not read (src/background/badge.ts).
      action: {
        setTitle: vi.fn(async () => {}),
        setBadgeText: vi.fn(async () => {}),
        setBadgeBackgroundColor: vi.fn(async () => {}),
      },
      i18n: { getMessage: (key: string) => key },
      // No sidebarAction, no contextMenus: Firefox for Android.
    } as Record<string, unknown>,
  };
});

vi.mock('../../../src/shared/browser.ts', () => ({
  browser: fake.browser,
  chromeApi: () => undefined,
}));

beforeEach(() => {
  vi.resetModules();
  fake.reset();
  fake.sent.length = 0;
  vi.clearAllMocks();
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('the panel tab’s address', () => {
  it('names the article’s tab and asks for a way back; the panel reads both', () => {
    const path = panelTabPath(42);
    expect(path).toBe('panel.html?tabId=42&back=1');
    const search = path.slice(path.indexOf('?'));
    expect(fixedTabIdFrom(search)).toBe(42);
    expect(wayBackFrom(search)).toBe(42);
  });

  it('a panel opened as a tab by hand or by the tests gets no way back', () => {
    expect(wayBackFrom('?tabId=42')).toBeNull();
    expect(wayBackFrom('')).toBeNull();
    expect(wayBackFrom('?back=1')).toBeNull();
  });
});

describe('the card’s button without a sidebar', () => {
  it('opens the panel in a tab right after the article, on the actor asked about', async () => {
    const { onCardOpenPanel } = await import('../../../src/background/panel.ts');
    const reply = await onCardOpenPanel({ tab: { id: 7, index: 3 } } as never, 'russia');
    expect(reply).toEqual({ ok: true, shown: 'panel' });
    const create = (fake.browser.tabs as { create: ReturnType<typeof vi.fn> }).create;
    expect(create).toHaveBeenCalledWith({ url: `${BASE}panel.html?tabId=7&back=1`, active: true, index: 4 });
    // Recorded before the tab opens, so the new panel reads it on loading.
    expect(fake.session.get('panelRequest')).toMatchObject({ tabId: 7, actorId: 'russia' });
  });

  it('asked again for the same article, brings its panel tab back and tells it the new actor', async () => {
    const { onCardOpenPanel } = await import('../../../src/background/panel.ts');
    const tabs = fake.browser.tabs as { create: ReturnType<typeof vi.fn>; update: ReturnType<typeof vi.fn> };
    await onCardOpenPanel({ tab: { id: 7, index: 3 } } as never, 'russia');
    fake.tabs.get(100)!.active = false;
    await onCardOpenPanel({ tab: { id: 7, index: 3 } } as never, 'belarus');
    expect(tabs.create).toHaveBeenCalledTimes(1);
    expect(tabs.update).toHaveBeenLastCalledWith(100, { active: true });
    expect(fake.sent).toContainEqual({ type: 'panel/focus-actor', tabId: 7, actorId: 'belarus' });
  });

  it('a panel tab the reader closed, or took elsewhere, is replaced by a new one', async () => {
    const { onCardOpenPanel } = await import('../../../src/background/panel.ts');
    const tabs = fake.browser.tabs as { create: ReturnType<typeof vi.fn> };
    await onCardOpenPanel({ tab: { id: 7, index: 3 } } as never, 'russia');
    fake.tabs.delete(100);
    await onCardOpenPanel({ tab: { id: 7, index: 3 } } as never, 'russia');
    expect(tabs.create).toHaveBeenCalledTimes(2);
    fake.tabs.get(101)!.url = 'https://vnexpress.net/';
    await onCardOpenPanel({ tab: { id: 7, index: 3 } } as never, 'russia');
    expect(tabs.create).toHaveBeenCalledTimes(3);
  });

  it('the toolbar button opens the panel tab for the page, but not for a page of ours', async () => {
    const { onActionClicked } = await import('../../../src/background/panel.ts');
    const create = (fake.browser.tabs as { create: ReturnType<typeof vi.fn> }).create;
    onActionClicked({ id: 9, index: 0, url: 'https://vnexpress.net/the-gioi/bai.html' } as never);
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: `${BASE}panel.html?tabId=9&back=1`, active: true, index: 1 }),
    );
    onActionClicked({ id: 100, index: 1, url: `${BASE}panel.html?tabId=9&back=1` } as never);
    await new Promise((ok) => setTimeout(ok, 10));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('no context menus to install: nothing throws', async () => {
    const { installPanelMenu } = await import('../../../src/background/panel.ts');
    expect(() => installPanelMenu()).not.toThrow();
  });
});

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'src', '_locales');
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile;

describe('the way back from the panel tab', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('only in a panel tab the background opened: a button back to the article, in Vietnamese first', async () => {
    const { mountWayBack } = await import('../../../src/panel/back-to-article.tsx');
    mountWayBack(document, '?tabId=7', translateFrom(messages('vi')));
    expect(document.querySelector('[data-way-back]')).toBeNull();
    mountWayBack(document, '?tabId=7&back=1', translateFrom(messages('vi')));
    const button = document.querySelector('[data-way-back] button')!;
    expect(button.textContent).toBe('← Quay lại bài báo');
    render(null, document.querySelector('[data-way-back]')!);
    document.body.innerHTML = '';
    mountWayBack(document, '?tabId=7&back=1', translateFrom(messages('en')));
    expect(document.querySelector('[data-way-back] button')!.textContent).toBe('← Back to the article');
  });

  it('brings the article’s tab to the front, then closes the panel’s own', async () => {
    const { browserWayBack } = await import('../../../src/panel/back-to-article.tsx');
    const tabs = fake.browser.tabs as { update: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn> };
    fake.tabs.set(7, { id: 7, active: false });
    fake.tabs.set(100, { id: 100, active: true });
    await browserWayBack(7)();
    expect(tabs.update).toHaveBeenCalledWith(7, { active: true });
    expect(tabs.remove).toHaveBeenCalledWith(100);
    expect(tabs.update.mock.invocationCallOrder[0]!).toBeLessThan(tabs.remove.mock.invocationCallOrder[0]!);
  });
});
