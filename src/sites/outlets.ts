// The news outlets the extension runs on by itself: what an entry of src/sites/outlets.json is,
// when it is valid, and which match patterns it gives. Pure (no DOM, no browser, no file system),
// so that the build (build/sites.ts, which reads the file and reports problems by line), the
// options page (names beside the domains) and the background (does a pattern cover this tab?)
// share one definition.

import { isHostname } from '../keeping/settings.ts';

/** How the options page groups the outlets, in this order. */
export const OUTLET_KINDS = [
  'national',
  'party-state',
  'army-police',
  'ministry',
  'business',
  'province',
  'foreign-service',
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export interface Outlet {
  /** Lower-case hostname. Without `path`: the site and all its subdomains ("vnexpress.net" covers
   *  "e.vnexpress.net"), so no "www.". With `path`: exactly that host ("www.bbc.com"). */
  domain: string;
  /** The outlet as it names itself ("Tuổi Trẻ"). */
  name: string;
  kind: OutletKind;
  /** Only the pages under this path of the host: the Vietnamese service of a larger site
   *  ("/vietnamese/*"). A match-pattern path: starts with "/" and ends with "/*". */
  path?: string;
}

const KEYS = new Set(['domain', 'name', 'kind', 'path']);
const PATH_RE = /^\/[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*\/\*$/;
/** A real top-level domain is letters only; this also rules out IP addresses and typos like "vn." */
const TLD_RE = /\.[a-z]{2,}$/;

/** What is wrong with one entry, as short phrases; [] when it is valid. */
export function outletProblems(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return ['must be an object'];
  const e = entry as Record<string, unknown>;
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  for (const key of Object.keys(e)) need(KEYS.has(key), `unknown key "${key}"`);
  const domain = e.domain;
  need(
    typeof domain === 'string' && domain === domain.toLowerCase() && isHostname(domain) && TLD_RE.test(domain),
    'domain must be a lower-case hostname such as "vnexpress.net" (no scheme, no path)',
  );
  need(
    typeof e.name === 'string' && e.name.trim() === e.name && e.name !== '',
    'name must be a non-empty, trimmed string',
  );
  need(OUTLET_KINDS.includes(e.kind as OutletKind), `kind must be one of ${OUTLET_KINDS.join(', ')}`);
  need(
    e.path === undefined || (typeof e.path === 'string' && PATH_RE.test(e.path)),
    'path must look like "/vietnamese/*"',
  );
  if (e.path === undefined && typeof domain === 'string') {
    need(!domain.startsWith('www.'), 'a whole-site domain has no "www." (its subdomains are covered)');
  }
  return problems;
}

/** The site an outlet is switched on and off by in the settings: its domain without "www."
 *  (settings.ts compares page hostnames with "www." removed). */
export function siteKey(outlet: Pick<Outlet, 'domain'>): string {
  return outlet.domain.replace(/^www\./, '');
}

/** Problems between entries: the same site twice, or a path-scoped entry that a whole-site entry
 *  already covers. Each as [index of the entry, phrase]. */
export function listProblems(outlets: readonly Outlet[]): [number, string][] {
  const problems: [number, string][] = [];
  const seen = new Map<string, string>();
  outlets.forEach((o, i) => {
    const key = siteKey(o);
    const first = seen.get(key);
    if (first !== undefined) problems.push([i, `listed twice (the same site as "${first}" above)`]);
    else seen.set(key, o.domain);
  });
  outlets.forEach((o, i) => {
    if (!o.path) return;
    const cover = outlets.find((w) => !w.path && (o.domain === w.domain || o.domain.endsWith(`.${w.domain}`)));
    if (cover) problems.push([i, `already covered by the whole-site entry "${cover.domain}"`]);
  });
  return problems;
}

/** The content-script match patterns for one outlet: the bare domain and its subdomains, or the
 *  one host under its path. */
export function matchPatterns(outlet: Outlet): string[] {
  return outlet.path ? [`*://${outlet.domain}${outlet.path}`] : [`*://${outlet.domain}/*`, `*://*.${outlet.domain}/*`];
}

/** What the options page shows for the outlet's address: "vnexpress.net", "bbc.com/vietnamese". */
export function addressOf(outlet: Outlet): string {
  return outlet.path ? `${siteKey(outlet)}${outlet.path.replace(/\/\*$/, '')}` : outlet.domain;
}

/** Does a match pattern cover `url`? The forms the manifest uses: scheme * or http(s), host exact or
 *  "*.domain" (which, as in the browsers, also covers the bare domain), a path where * is any run. */
export function patternCovers(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.') ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host);
  const pathRe = new RegExp(
    `^${path
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return hostOk && pathRe.test(u.pathname + u.search);
}
