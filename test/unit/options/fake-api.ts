// An OptionsApi in memory, with the real messages files: what the options page's components are
// rendered against in the unit tests.

import type { Changed, OptionsApi } from '../../../src/options/api.ts';
import { mergeEntries, type HistoryEntry } from '../../../src/keeping/history.ts';
import type { Translate } from '../../../src/shared/i18n.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/keeping/settings.ts';
import type { UserGlossary } from '../../../src/keeping/user-glossary.ts';
import { CORPUS_ACTORS } from '../helpers/glossary-fixtures.ts';

export interface FakeApi extends OptionsApi {
  settings: Settings;
  entries: HistoryEntry[];
  user: UserGlossary;
  added: string[];
  downloads: { name: string; text: string }[];
  /** What addSite answers (the browser's permission prompt). */
  grant: boolean;
  siteRequests: string[];
}

export function fakeApi(
  t: Translate,
  locale: 'vi' | 'en',
  init: Partial<Pick<FakeApi, 'settings' | 'entries' | 'user' | 'added'>> = {},
): FakeApi {
  const listeners = new Set<(w: Changed) => void>();
  const api: FakeApi = {
    t,
    locale,
    defaultSites: ['baoquocte.vn', 'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn'],
    settings: init.settings ?? { ...DEFAULT_SETTINGS },
    entries: init.entries ?? [],
    user: init.user ?? { aliases: [], actors: [] },
    added: init.added ?? [],
    downloads: [],
    grant: true,
    siteRequests: [],
    getSettings: async () => api.settings,
    setSettings: async (s) => void (api.settings = s),
    addedSites: async () => [...api.added],
    addSite(host) {
      api.siteRequests.push(host);
      const granted = api.grant;
      if (granted) api.added.push(host);
      return Promise.resolve(granted);
    },
    removeSite: async (host) => void (api.added = api.added.filter((h) => h !== host)),
    history: async () => [...api.entries],
    clearHistory: async () => void (api.entries = []),
    importHistory: async (entries) => {
      const merged = mergeEntries(api.entries, entries);
      api.entries = merged.entries;
      return { ...merged.report, total: merged.entries.length };
    },
    actors: async () => CORPUS_ACTORS,
    getUserGlossary: async () => api.user,
    setUserGlossary: async (u) => void (api.user = u),
    download: (name, text) => void api.downloads.push({ name, text }),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return api;
}
