// The outlet list as bundled into the extension pages that show it (the options page): the same
// src/sites/outlets.json the build turns into the manifest's match patterns, so a name is never
// fetched. The build has checked the file (build/sites.ts) before this is bundled.

import data from './outlets.json';
import { siteKey, type Outlet } from './outlets.ts';

export const OUTLETS: readonly Outlet[] = data as Outlet[];

const BY_SITE = new Map(OUTLETS.map((o) => [siteKey(o), o]));

/** The outlet a site of the settings ("vnexpress.net", "bbc.com") belongs to, if it is one. */
export function outletForSite(site: string): Outlet | undefined {
  return BY_SITE.get(site.replace(/^www\./, ''));
}
