// The options page: sites, display, reading history, the reader's glossary additions. Loads what
// is stored, writes each change at once, and reloads when storage changes elsewhere (the background
// recording a read, another options tab).

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../keeping/history.ts';
import type { Settings } from '../keeping/settings.ts';
import type { ActorDraft, ActorNames, UserGlossary } from '../keeping/user-glossary.ts';
import type { OptionsApi } from './api.ts';
import { DisplaySection } from './display-section.tsx';
import { GlossarySection } from './glossary-section.tsx';
import { HistorySection } from './history-section.tsx';
import { SitesSection } from './sites-section.tsx';

export interface OptionsState {
  settings: Settings;
  added: string[];
  entries: HistoryEntry[];
  actors: ActorNames[];
  user: UserGlossary;
}

export async function loadState(api: OptionsApi): Promise<OptionsState> {
  const [settings, added, entries, actors, user] = await Promise.all([
    api.getSettings(),
    api.addedSites(),
    api.history(),
    api.actors(),
    api.getUserGlossary(),
  ]);
  return { settings, added, entries, actors, user };
}

export function OptionsApp({
  api,
  initial,
  now,
  draft = null,
}: {
  api: OptionsApi;
  initial: OptionsState;
  now?: () => Date;
  /** A new actor the page was opened to add (src/keeping/glossary-draft.ts). */
  draft?: ActorDraft | null;
}) {
  const { t } = api;
  const [state, setState] = useState(initial);
  const [error, setError] = useState('');

  const refresh = useCallback(
    async (what: 'settings' | 'history' | 'userGlossary' | 'sites') => {
      try {
        if (what === 'settings') {
          const settings = await api.getSettings();
          setState((s) => ({ ...s, settings }));
        } else if (what === 'history') {
          const entries = await api.history();
          setState((s) => ({ ...s, entries }));
        } else if (what === 'userGlossary') {
          const user = await api.getUserGlossary();
          setState((s) => ({ ...s, user }));
        } else {
          const added = await api.addedSites();
          setState((s) => ({ ...s, added }));
        }
      } catch (e) {
        setError(String(e));
      }
    },
    [api],
  );

  useEffect(() => api.onChange((what) => void refresh(what)), [api, refresh]);

  const saveSettings = (settings: Settings) => {
    setState((s) => ({ ...s, settings }));
    api.setSettings(settings).catch((e: unknown) => setError(String(e)));
  };

  const saveUser = async (user: UserGlossary) => {
    await api.setUserGlossary(user);
    setState((s) => ({ ...s, user }));
  };

  return (
    <>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="help">{t('optionsIntro')}</p>
      </header>
      <main>
        {error && (
          <p class="problems" role="alert">
            {t('optSaveError', [error])}
          </p>
        )}
        <SitesSection
          api={api}
          settings={state.settings}
          added={state.added}
          onSettings={saveSettings}
          onSitesChanged={() => void refresh('sites')}
        />
        <DisplaySection api={api} settings={state.settings} onSettings={saveSettings} />
        <HistorySection
          api={api}
          settings={state.settings}
          entries={state.entries}
          onSettings={saveSettings}
          onHistoryChanged={() => void refresh('history')}
          now={now}
        />
        <GlossarySection api={api} actors={state.actors} user={state.user} onUser={saveUser} now={now} draft={draft} />
      </main>
    </>
  );
}
