// Where the extension runs: the bundled news sites, each can be switched off, and the sites the
// reader added (each asks the browser's permission when added, and can be removed). The bundled
// sites are grouped by kind of outlet, each with its name, from the bundled src/sites/outlets.json.

import { useState } from 'preact/hooks';
import { outletForSite } from '../sites/bundled.ts';
import { OUTLET_KINDS, addressOf, type Outlet, type OutletKind } from '../sites/outlets.ts';
import type { Problem } from '../keeping/problems.ts';
import { problem } from '../keeping/problems.ts';
import { siteFromInput, type Settings } from '../keeping/settings.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { OptionsApi } from './api.ts';
import { Problems, Status } from './parts.tsx';

/** The heading of each group; "other" is a bundled site the outlet list does not name. */
const KIND_MESSAGES: Record<OutletKind | 'other', MessageKey> = {
  national: 'optOutletsNational',
  'party-state': 'optOutletsPartyState',
  'army-police': 'optOutletsArmyPolice',
  ministry: 'optOutletsMinistry',
  business: 'optOutletsBusiness',
  province: 'optOutletsProvince',
  'foreign-service': 'optOutletsForeignService',
  other: 'optOutletsOther',
};

interface Site {
  host: string;
  outlet?: Outlet;
}

/** The bundled sites by kind, in OUTLET_KINDS order, each group sorted by name in the page's language. */
export function groupSites(
  hosts: readonly string[],
  locale: 'vi' | 'en',
): { kind: OutletKind | 'other'; sites: Site[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sites = hosts.map((host): Site => ({ host, outlet: outletForSite(host) }));
  return [...OUTLET_KINDS, 'other' as const]
    .map((kind) => ({
      kind,
      sites: sites
        .filter((s) => (s.outlet?.kind ?? 'other') === kind)
        .sort((a, b) => collator.compare(a.outlet?.name ?? a.host, b.outlet?.name ?? b.host)),
    }))
    .filter((g) => g.sites.length > 0);
}

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

  const row = (host: string, removable: boolean, outlet?: Outlet) => {
    const on = !settings.disabledSites.includes(host);
    const id = `site-${host}`;
    return (
      <li key={host} class="site">
        <input id={id} type="checkbox" checked={on} onChange={(e) => toggle(host, e.currentTarget.checked)} />
        {outlet ? (
          <label for={id}>
            <span class="site-name">{outlet.name}</span> <span class="site-host">{addressOf(outlet)}</span>
          </label>
        ) : (
          <label for={id}>{host}</label>
        )}
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
      {groupSites(api.defaultSites, api.locale).map(({ kind, sites }) => (
        <div key={kind} class="site-group">
          <h4 id={`sites-${kind}-heading`}>
            {t(KIND_MESSAGES[kind])} <span class="site-count">({sites.length})</span>
          </h4>
          <ul class="sites" aria-labelledby={`sites-${kind}-heading`}>
            {sites.map((s) => row(s.host, false, s.outlet))}
          </ul>
        </div>
      ))}
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
