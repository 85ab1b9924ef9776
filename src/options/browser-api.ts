// The options page's OptionsApi over the real extension APIs. Storage is read and written here for
// the settings and the glossary additions; the history goes through the background, its only writer.

import { registerSite, registeredSites, sitePatterns } from '../background/sites.ts';
import { ask } from '../protocol/ask.ts';
import { succeeded } from '../protocol/reply.ts';
import { browser } from '../shared/browser.ts';
import { loadBundledGlossary } from '../analysis/bundled-glossary.ts';
import { HISTORY_KEY, type HistoryEntry, type MergeReport } from '../keeping/history.ts';
import { extensionTranslate } from '../shared/extension-i18n.ts';
import { SETTINGS_KEY, readSettings, sitesFromMatches, type Settings } from '../keeping/settings.ts';
import { USER_GLOSSARY_KEY, storedUserGlossary, type ActorNames, type UserGlossary } from '../keeping/user-glossary.ts';
import type { Changed, OptionsApi } from './api.ts';

export function browserOptionsApi(): OptionsApi {
  const t = extensionTranslate;
  const manifest = browser.runtime.getManifest();
  const defaultSites = sitesFromMatches((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []));
  let actorList: Promise<ActorNames[]> | null = null;

  return {
    t,
    locale: t('cardLocale') === 'en' ? 'en' : 'vi',
    defaultSites,
    getSettings: async () => readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
    setSettings: (next: Settings) => browser.storage.local.set({ [SETTINGS_KEY]: next }),
    addedSites: async () => [...new Set((await registeredSites()).map((s) => s.host))].sort(),
    addSite(host) {
      // First statement, no await before it: see OptionsApi.addSite.
      return browser.permissions.request({ origins: sitePatterns(host) }).then(async (granted) => {
        if (!granted) return false;
        await registerSite(host);
        return true;
      });
    },
    async removeSite(host) {
      const scripts = (await registeredSites()).filter((s) => s.host === host);
      if (scripts.length)
        await browser.scripting.unregisterContentScripts({ ids: [...new Set(scripts.map((s) => s.id))] });
      const origins = [...new Set([...sitePatterns(host), ...scripts.flatMap((s) => s.matches)])];
      await browser.permissions.remove({ origins }).catch(() => false);
    },
    history: async () => succeeded('history/list', await ask({ type: 'history/list' })).entries,
    clearHistory: async () => {
      succeeded('history/clear', await ask({ type: 'history/clear' }));
    },
    importHistory: async (entries: HistoryEntry[]): Promise<MergeReport> => {
      const { added, updated, unchanged, total } = succeeded(
        'history/import',
        await ask({ type: 'history/import', entries }),
      );
      return { added, updated, unchanged, total };
    },
    actors() {
      actorList ??= loadBundledGlossary().then((glossary) =>
        glossary.actors.map(({ id, type, name, latin, aliases, shortNames }) => ({
          id,
          type,
          name,
          latin,
          aliases,
          shortNames,
        })),
      );
      return actorList;
    },
    getUserGlossary: async () =>
      storedUserGlossary((await browser.storage.local.get(USER_GLOSSARY_KEY))[USER_GLOSSARY_KEY]),
    setUserGlossary: (next: UserGlossary) => browser.storage.local.set({ [USER_GLOSSARY_KEY]: next }),
    download(name, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    onChange(listener) {
      const keys: Record<string, Changed> = {
        [SETTINGS_KEY]: 'settings',
        [HISTORY_KEY]: 'history',
        [USER_GLOSSARY_KEY]: 'userGlossary',
      };
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'local') return;
        for (const key of Object.keys(changes)) if (keys[key]) listener(keys[key]);
      };
      browser.storage.onChanged.addListener(onStorage);
      return () => browser.storage.onChanged.removeListener(onStorage);
    },
  };
}
