// The outlets' fixture pages in Node, through the extension's own code: the content script's
// verdict (is this an article?), and the text the worker chooses with the site profiles (headline,
// lead and body in, related boxes, navigation, sidebars and footers out). The browser suites
// (test/browser/outlets-*.browser.test.ts) check the marks the real browsers paint on the same pages.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { articleVerdict } from '../../../src/content/article-page.ts';
import { snapshotPage } from '../../../src/content/serialize.ts';
import { chooseArticleText, parseSnapshot } from '../../../src/analysis/article-extract.ts';
import { profileFor, SITE_PROFILES } from '../../../src/analysis/site-profiles.ts';
import { fixtureFile, OUTLET_ARTICLES, OUTLET_QUIET_PAGES } from '../../browser/extension/outlet-pages.ts';
import { fixtureHtml, SITES } from '../helpers/page-fixtures.ts';

/** The served host's fixture directory: its own, or its parent domain's (as the server does). */
function siteDir(host: string): string {
  const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (isDir(join(SITES, host))) return host;
  const parent = host.split('.').slice(1).join('.');
  if (isDir(join(SITES, parent))) return parent;
  throw new Error(`no fixture directory for ${host}`);
}

function load(host: string, path: string) {
  const dir = siteDir(host);
  const file = fixtureFile(
    path,
    (relative) => statSync(join(SITES, dir, relative), { throwIfNoEntry: false })?.isDirectory() ?? false,
  );
  const window = new Window({
    url: `https://${host}${path}`,
    settings: { disableCSSFileLoading: true, disableJavaScriptEvaluation: true },
  });
  window.document.write(fixtureHtml([dir, file]));
  return { window, document: window.document as unknown as Document };
}

/** What the worker chooses on the page, as live elements: every chosen text node's parent. */
function chosenElements(host: string, path: string) {
  const { window, document } = load(host, path);
  const live = snapshotPage(document);
  const parser = new window.DOMParser() as unknown as DOMParser;
  const { chosen, places } = chooseArticleText(parseSnapshot(live.snapshot, parser), live.snapshot);
  const parentOf = (i: number) => live.nodes[i]!.parentElement!;
  return {
    document,
    chosen: [...chosen].map(parentOf),
    headline: places.headline.map(parentOf),
    lead: places.lead.map(parentOf),
  };
}

describe('the outlets’ article pages', () => {
  it('cover every site profile, and every profiled outlet has a page', () => {
    const profiled = new Set(SITE_PROFILES.flatMap((p) => p.hosts));
    const withPage = new Set(OUTLET_ARTICLES.map((p) => p.host));
    expect([...profiled].filter((h) => !withPage.has(h))).toEqual([]);
    for (const page of OUTLET_ARTICLES) expect(profileFor(page.host), page.host).toBeDefined();
    expect(withPage.size).toBeGreaterThanOrEqual(20);
  });

  describe.each(OUTLET_ARTICLES.map((p) => [p.outlet, p] as const))('%s', (_outlet, page) => {
    it('is an article page', () => {
      const { document } = load(page.host, page.path);
      expect(articleVerdict(document).article).toBe(true);
    });

    it('has the headline, lead and body its profile names', () => {
      const { document } = load(page.host, page.path);
      const profile = profileFor(page.host)!;
      for (const selector of [page.headline, page.lead, page.body])
        expect(document.querySelector(selector), selector).not.toBeNull();
      if (profile.headline) expect(document.querySelector(profile.headline), profile.headline).not.toBeNull();
      if (profile.lead) expect(document.querySelector(profile.lead), profile.lead).not.toBeNull();
      if (profile.body) expect(document.querySelector(profile.body), profile.body).not.toBeNull();
    });

    it('reads the headline, the lead and the body, and none of the boxes around them', () => {
      const { chosen, headline, lead } = chosenElements(page.host, page.path);
      expect(headline.length).toBeGreaterThan(0);
      expect(headline.every((el) => el.closest(page.headline))).toBe(true);
      expect(lead.length).toBeGreaterThan(0);
      expect(lead.every((el) => el.closest(page.lead))).toBe(true);
      expect(chosen.some((el) => el.closest(page.body) && !el.closest(page.lead))).toBe(true);
      for (const box of page.none) {
        expect(
          chosen.filter((el) => el.closest(box)).map((el) => el.textContent),
          box,
        ).toEqual([]);
      }
    });
  });
});

describe('the outlets’ list and video pages', () => {
  it('cover at least four outlets, each with a list and a video page', () => {
    const outlets = new Map<string, Set<string>>();
    for (const page of OUTLET_QUIET_PAGES)
      outlets.set(page.outlet, (outlets.get(page.outlet) ?? new Set()).add(page.kind));
    expect([...outlets.values()].filter((kinds) => kinds.size === 2).length).toBeGreaterThanOrEqual(4);
  });

  it.each(OUTLET_QUIET_PAGES.map((p) => [`${p.host}${p.path}`, p] as const))('%s is not an article', (_name, page) => {
    const { document } = load(page.host, page.path);
    expect(articleVerdict(document)).toEqual({ article: false, why: page.why });
  });
});
