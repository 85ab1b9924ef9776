// Where the extension runs: the bundled news sites, each can be switched off, and the sites the
// reader added (each asks the browser's permission when added, and can be removed).

import { useState } from 'preact/hooks';
import type { Problem } from '../shared/problems.ts';
import { problem } from '../shared/problems.ts';
import { siteFromInput, type Settings } from '../shared/settings.ts';
import type { OptionsApi } from './api.ts';
import { Problems, Status } from './parts.tsx';

interface Props {
  api: OptionsApi;
  settings: Settings;
  added: readonly string[];
  onSettings: (next: Settings) => void;
  onSitesChanged: () => void;
}

export function SitesSection({ api, settings, added, onSettings, onSitesChanged }: Props) {
  const { t } = api;
  const [input, setInput] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');

  const toggle = (host: string, on: boolean) => {
    const others = settings.disabledSites.filter((h) => h !== host);
    onSettings({ ...settings, disabledSites: on ? others : [...others, host] });
    setStatus(t(on ? 'optSiteTurnedOn' : 'optSiteTurnedOff', [host]));
  };

  const add = (e: Event) => {
    e.preventDefault();
    const parsed = siteFromInput(input);
    if ('problem' in parsed) {
      setProblems([parsed.problem]);
      return;
    }
    const { host } = parsed;
    if (api.defaultSites.includes(host) || added.includes(host)) {
      setProblems([problem('siteKnown', '', host)]);
      return;
    }
    setProblems([]);
    // Called before any await: the permission prompt needs the reader's click (see OptionsApi).
    api
      .addSite(host)
      .then((granted) => {
        if (!granted) {
          setProblems([problem('sitePermissionRefused', '', host)]);
          return;
        }
        setInput('');
        setStatus(t('optSiteAdded', [host]));
        onSitesChanged();
      })
      .catch((error: unknown) => setProblems([problem('siteAddFailed', '', String(error))]));
  };

  const remove = (host: string) => {
    api
      .removeSite(host)
      .then(() => {
        setStatus(t('optSiteRemoved', [host]));
        onSitesChanged();
      })
      .catch((error: unknown) => setProblems([problem('siteAddFailed', '', String(error))]));
  };

  const row = (host: string, removable: boolean) => {
    const on = !settings.disabledSites.includes(host);
    const id = `site-${host}`;
    return (
      <li key={host} class="site">
        <input id={id} type="checkbox" checked={on} onChange={(e) => toggle(host, e.currentTarget.checked)} />
        <label for={id}>{host}</label>
        {removable && (
          <button type="button" class="quiet" aria-label={t('optSiteRemoveLabel', [host])} onClick={() => remove(host)}>
            {t('optRemove')}
          </button>
        )}
      </li>
    );
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optSites')}</h2>
      <p class="help">{t('optSitesHelp')}</p>
      <h3 id="default-sites-heading">{t('optDefaultSites')}</h3>
      <ul class="sites" aria-labelledby="default-sites-heading">
        {api.defaultSites.map((h) => row(h, false))}
      </ul>
      <h3 id="added-sites-heading">{t('optAddedSites')}</h3>
      {added.length ? (
        <ul class="sites" aria-labelledby="added-sites-heading">
          {added.map((h) => row(h, true))}
        </ul>
      ) : (
        <p class="help">{t('optNoAddedSites')}</p>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <label for="site-input">{t('optSiteAdd')}</label>
        <div class="row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('optSitePlaceholder')}
            value={input}
            aria-describedby="site-help site-problems"
            aria-invalid={problems.length > 0}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit">{t('optSiteAddButton')}</button>
        </div>
        <p id="site-help" class="help">
          {t('optSiteAddHelp')}
        </p>
        <Problems id="site-problems" problems={problems} t={t} withPath={false} />
      </form>
      <Status id="sites-status" text={status} />
    </section>
  );
}
