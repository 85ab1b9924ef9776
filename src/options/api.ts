// What the options page needs from the browser, behind one interface: the components take an
// `OptionsApi`, so that the unit tests render them against an in-memory one with the real
// messages files, and only this file and main.tsx touch the extension APIs.

import type { HistoryEntry, MergeReport } from '../keeping/history.ts';
import type { Translate } from '../shared/i18n.ts';
import type { Settings } from '../keeping/settings.ts';
import type { ActorNames, UserGlossary } from '../keeping/user-glossary.ts';

export type Changed = 'settings' | 'history' | 'userGlossary' | 'sites';

export interface OptionsApi {
  t: Translate;
  /** The language the page speaks ("vi" or "en"): the browser's, through _locales. */
  locale: 'vi' | 'en';
  /** The bundled news sites (from the manifest's content scripts). */
  defaultSites: readonly string[];
  getSettings(): Promise<Settings>;
  setSettings(next: Settings): Promise<void>;
  /** Sites the reader added (a registered content script each). */
  addedSites(): Promise<string[]>;
  /** Asks the browser for the site's permission and, if granted, runs on it from now on.
   *  MUST be called synchronously from the click handler: the browser grants permission requests
   *  only inside the user's gesture, and any `await` before the call would end it. */
  addSite(host: string): Promise<boolean>;
  removeSite(host: string): Promise<void>;
  history(): Promise<HistoryEntry[]>;
  clearHistory(): Promise<void>;
  importHistory(entries: HistoryEntry[]): Promise<MergeReport>;
  /** The bundled glossary's actors (names only). */
  actors(): Promise<ActorNames[]>;
  getUserGlossary(): Promise<UserGlossary>;
  setUserGlossary(next: UserGlossary): Promise<void>;
  /** Offers `text` as a file download named `name`. */
  download(name: string, text: string): void;
  /** Calls `listener` when stored data changes elsewhere (the background, another options tab). */
  onChange(listener: (what: Changed) => void): () => void;
}
