// @vitest-environment happy-dom
// The options page's list of bundled news sites: every outlet of src/sites/outlets.json with its
// name beside its address, grouped by kind in a fixed order and sorted by name, in Vietnamese and
// English; switching an outlet off stores its site; a bundled site the list does not name still shows.
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SitesSection } from '../../../src/options/sites-section.tsx';
import { sitesFromMatches, type Settings } from '../../../src/keeping/settings.ts';
import { matchPatterns, type Outlet } from '../../../src/sites/outlets.ts';
import { tEn, tVi } from '../helpers/history-fixtures.ts';
import { fakeApi } from './fake-api.ts';

const OUTLETS = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'sites', 'outlets.json'), 'utf8'),
) as Outlet[];
/** The sites as the real options page derives them: from the built manifest's patterns. */
const SITES = sitesFromMatches(OUTLETS.flatMap(matchPatterns));

let host: HTMLElement;
let settings: Settings;

async function show(locale: 'vi' | 'en', sites: readonly string[] = SITES) {
  const api = { ...fakeApi(locale === 'vi' ? tVi : tEn, locale), defaultSites: sites };
  settings = api.settings;
  host = document.createElement('div');
  document.body.append(host);
  const draw = () =>
    render(
      <SitesSection
        api={api}
        settings={settings}
        added={[]}
        onSettings={(next) => {
          settings = next;
          draw();
        }}
        onSitesChanged={() => {}}
      />,
      host,
    );
  await act(draw);
}

afterEach(() => {
  render(null, host);
  host.remove();
});

const headings = () => [...host.querySelectorAll('h4')].map((h) => h.textContent?.trim());
const labelOf = (site: string) =>
  host.querySelector(`label[for="site-${site}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
const namesUnder = (headingId: string) =>
  [...host.querySelectorAll(`ul[aria-labelledby="${headingId}"] .site-name`)].map((n) => n.textContent);

describe('bundled news sites on the options page', () => {
  it('lists every outlet once, with its name beside its address', async () => {
    await show('vi');
    expect(host.querySelectorAll('ul.sites li')).toHaveLength(OUTLETS.length);
    expect(labelOf('vnexpress.net')).toBe('VnExpress vnexpress.net');
    expect(labelOf('baoquocte.vn')).toBe('Báo Quốc tế baoquocte.vn');
    expect(labelOf('bbc.com')).toBe('BBC Tiếng Việt bbc.com/vietnamese');
    expect(labelOf('www3.nhk.or.jp')).toBe('NHK World Tiếng Việt www3.nhk.or.jp/nhkworld/vi');
    for (const o of OUTLETS) expect(host.textContent, o.domain).toContain(o.name);
  });

  it('groups them by kind in a fixed order, each group sorted by name, in Vietnamese', async () => {
    await show('vi');
    const count = (kind: string) => OUTLETS.filter((o) => o.kind === kind).length;
    expect(headings()).toEqual([
      `Báo và trang tin toàn quốc (${count('national')})`,
      `Cơ quan Đảng, Nhà nước (${count('party-state')})`,
      `Quân đội, công an (${count('army-police')})`,
      `Bộ, ngành, đoàn thể (${count('ministry')})`,
      `Kinh tế, tài chính (${count('business')})`,
      `Báo địa phương (${count('province')})`,
      `Tiếng Việt của báo nước ngoài (${count('foreign-service')})`,
    ]);
    const army = namesUnder('sites-army-police-heading');
    expect(army).toEqual([...army].sort((a, b) => a!.localeCompare(b!, 'vi')));
    expect(army).toContain('Quân đội Nhân dân');
    expect(namesUnder('sites-foreign-service-heading')).toContain('VOA Tiếng Việt');
  });

  it('speaks English when the browser does', async () => {
    await show('en');
    expect(headings()[0]).toMatch(/^National dailies and news sites \(\d+\)$/);
    expect(headings().at(-1)).toMatch(/^Vietnamese services of foreign outlets \(\d+\)$/);
  });

  it('switches a path-scoped outlet off by its site', async () => {
    await show('vi');
    await act(() => host.querySelector<HTMLInputElement>('#site-bbc\\.com')!.click());
    expect(settings.disabledSites).toEqual(['bbc.com']);
    expect(host.querySelector<HTMLInputElement>('#site-bbc\\.com')!.checked).toBe(false);
  });

  it('still lists a bundled site the outlet list does not name, by its address, last', async () => {
    await show('vi', ['tin.example', 'vnexpress.net']);
    expect(headings()).toEqual(['Báo và trang tin toàn quốc (1)', 'Trang khác (1)']);
    expect(labelOf('tin.example')).toBe('tin.example');
  });

  it('passes axe', async () => {
    await show('vi');
    const result = await axe.run(host, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
