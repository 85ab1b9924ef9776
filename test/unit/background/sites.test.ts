// A site the reader adds is one registration whichever way it comes in: the action's context menu
// ("always run on this site") and the options page ask for the same origins and register the same
// content script, and the options page still finds, and removes, what older builds registered
// under their own ids. Tested on a stand-in for the scripting, permissions and menus APIs.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
}

const fake = vi.hoisted(() => {
  const scripts = new Map<string, Script>();
  const granted: string[][] = [];
  const clicks: ((info: { menuItemId: string }, tab?: { id?: number; url?: string }) => void)[] = [];
  return {
    scripts,
    granted,
    clicks,
    browser: {
      runtime: { getManifest: () => ({ content_scripts: [] }) },
      i18n: { getMessage: (key: string) => key },
      scripting: {
        getRegisteredContentScripts: vi.fn(async (filter?: { ids: string[] }) =>
          [...scripts.values()].filter((s) => !filter || filter.ids.includes(s.id)),
        ),
        registerContentScripts: vi.fn(async (list: Script[]) => {
          for (const s of list) scripts.set(s.id, s);
        }),
        unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
          for (const id of ids) scripts.delete(id);
        }),
        executeScript: vi.fn(async () => []),
      },
      permissions: {
        request: vi.fn(async ({ origins }: { origins: string[] }) => {
          granted.push(origins);
          return true;
        }),
        remove: vi.fn(async () => true),
      },
      tabs: { sendMessage: vi.fn(async () => undefined) },
      contextMenus: {
        removeAll: async () => {},
        create: () => {},
        onClicked: { addListener: (listener: (typeof clicks)[number]) => clicks.push(listener) },
      },
    },
  };
});

vi.mock('../../../src/shared/browser.ts', () => ({ browser: fake.browser }));

const { installSiteMenu, registerSite, registeredSites, siteOfPage, sitePatterns, siteScriptId } = await import(
  '../../../src/background/sites.ts'
);
const { browserOptionsApi } = await import('../../../src/options/browser-api.ts');

/** The menu's click on a tab showing `url`, and the work it starts. */
async function clickAlwaysRun(url: string): Promise<void> {
  for (const click of fake.clicks) click({ menuItemId: 'boi-canh-always-run' }, { id: 3, url });
  await vi.waitFor(() => expect(fake.browser.tabs.sendMessage).toHaveBeenCalled());
}

beforeEach(() => {
  fake.scripts.clear();
  fake.granted.length = 0;
  fake.clicks.length = 0;
  vi.clearAllMocks();
});

describe('a site the reader adds', () => {
  it('is its host and subdomains, over http and https, under one id', () => {
    expect(sitePatterns('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
    expect(siteScriptId('example.com')).toBe('site:example.com');
  });

  it('is named from a page as the options page names it, and not at all for a page we cannot run on', () => {
    expect(siteOfPage('https://www.Example.com/a/b?c')).toBe('example.com');
    expect(siteOfPage('http://news.example.com/')).toBe('news.example.com');
    expect(siteOfPage('chrome://extensions/')).toBeNull();
    expect(siteOfPage('file:///home/a.html')).toBeNull();
    expect(siteOfPage(undefined)).toBeNull();
  });

  it('is registered once, with the content script and the marks’ style sheet', async () => {
    await registerSite('example.com');
    await registerSite('example.com');
    expect(fake.browser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect([...fake.scripts.values()]).toEqual([
      expect.objectContaining({
        id: 'site:example.com',
        matches: sitePatterns('example.com'),
        js: ['content.js'],
        css: ['marks.css'],
      }),
    ]);
  });

  it('is registered alike from the context menu and from the options page', async () => {
    installSiteMenu();
    await clickAlwaysRun('https://www.example.com/news/1');
    const fromMenu = [...fake.scripts.values()];
    const askedByMenu = fake.granted.splice(0);
    fake.scripts.clear();
    await browserOptionsApi().addSite('example.com');
    expect([...fake.scripts.values()]).toEqual(fromMenu);
    expect(fake.granted).toEqual(askedByMenu);
    expect(fromMenu.map((s) => s.id)).toEqual(['site:example.com']);
  });

  it('is found and removed by the options page whichever build registered it', async () => {
    // An older build's context menu, an older build's options page, and a script not of ours.
    fake.scripts.set('site:https://www.example.com/*', {
      id: 'site:https://www.example.com/*',
      matches: ['https://www.example.com/*'],
    });
    fake.scripts.set('site:example.org', { id: 'site:example.org', matches: sitePatterns('example.org') });
    fake.scripts.set('other', { id: 'other', matches: ['*://example.net/*'] });
    expect((await registeredSites()).map((s) => s.host)).toEqual(['example.com', 'example.org']);
    const api = browserOptionsApi();
    expect(await api.addedSites()).toEqual(['example.com', 'example.org']);
    await api.removeSite('example.com');
    expect(await api.addedSites()).toEqual(['example.org']);
    expect(fake.browser.permissions.remove).toHaveBeenCalledWith({
      origins: [...sitePatterns('example.com'), 'https://www.example.com/*'],
    });
  });
});
