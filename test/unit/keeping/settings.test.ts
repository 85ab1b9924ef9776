import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceManifest } from '../../../build/manifest.ts';
import { describeProblem } from '../../../src/keeping/problems.ts';
import {
  DEFAULT_SETTINGS,
  hoverDelayProblem,
  readSettings,
  siteFromInput,
  siteIsOff,
  sitesFromMatches,
} from '../../../src/keeping/settings.ts';
import { tEn, tVi } from '../helpers/history-fixtures.ts';

/** The source manifest as the build reads it: its content script's matches filled from src/sites/outlets.json. */
const MANIFEST = readSourceManifest(join(import.meta.dirname, '..', '..', '..')) as unknown as {
  content_scripts: { matches: string[] }[];
};

describe('settings', () => {
  it('default to every site on, tint and underline, 350 ms, history recording', () => {
    expect(readSettings(undefined)).toEqual({
      disabledSites: [],
      markStyle: 'tint-underline',
      hoverDelayMs: 350,
      historyPaused: false,
    });
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keep what is valid and fall back field by field for what is not', () => {
    expect(
      readSettings({
        disabledSites: ['vnexpress.net', 'vnexpress.net', 'not a host', 7],
        markStyle: 'blink',
        hoverDelayMs: 600,
        historyPaused: 'yes',
      }),
    ).toEqual({
      disabledSites: ['vnexpress.net'],
      markStyle: 'tint-underline',
      hoverDelayMs: 600,
      historyPaused: false,
    });
    expect(readSettings({ markStyle: 'underline', hoverDelayMs: 5, historyPaused: true })).toEqual({
      disabledSites: [],
      markStyle: 'underline',
      hoverDelayMs: 350,
      historyPaused: true,
    });
  });

  it('check the hover delay the reader types, with bounds 100–2000 ms', () => {
    expect(hoverDelayProblem('500')).toBeNull();
    expect(hoverDelayProblem(' 100 ')).toBeNull();
    expect(describeProblem(tVi, hoverDelayProblem('50')!)).toBe('Thời gian chờ phải trong khoảng 100–2000 ms.');
    expect(describeProblem(tEn, hoverDelayProblem('2500')!)).toBe('The delay must be within 100–2000 ms.');
    expect(describeProblem(tVi, hoverDelayProblem('nửa giây')!)).toBe('Hãy nhập một số nguyên mili giây.');
    expect(hoverDelayProblem('350.5')!.code).toBe('delayNotNumber');
  });

  it('switch a site off with its subdomains, and nothing else', () => {
    const s = readSettings({ disabledSites: ['vnexpress.net'] });
    expect(siteIsOff(s, 'vnexpress.net')).toBe(true);
    expect(siteIsOff(s, 'e.vnexpress.net')).toBe(true);
    expect(siteIsOff(s, 'www.vnexpress.net')).toBe(true);
    expect(siteIsOff(s, 'tuoitre.vn')).toBe(false);
    expect(siteIsOff(s, 'notvnexpress.net')).toBe(false);
  });

  it('list the bundled news sites once each from the manifest', () => {
    const sites = sitesFromMatches(MANIFEST.content_scripts.flatMap((c) => c.matches));
    expect(sites.slice(0, 4)).toEqual(['vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dantri.com.vn']);
    expect(sites).toHaveLength(new Set(sites).size);
    expect(sites).toContain('sggp.org.vn');
    expect(sites).toContain('baoquocte.vn');
    expect(sites).toContain('bbc.com');
  });

  it('read the site the reader typed, however they typed it', () => {
    expect(siteFromInput('https://www.VietnamNet.vn/the-gioi/abc')).toEqual({ host: 'vietnamnet.vn' });
    expect(siteFromInput('  baochinhphu.vn ')).toEqual({ host: 'baochinhphu.vn' });
    const empty = siteFromInput('   ');
    const bad = siteFromInput('báo hay');
    expect('problem' in empty && describeProblem(tVi, empty.problem)).toBe(
      'Hãy nhập địa chỉ trang, ví dụ vnexpress.net.',
    );
    expect('problem' in bad && describeProblem(tEn, bad.problem)).toBe('“báo hay” is not a web site address.');
    expect('problem' in siteFromInput('localhost')).toBe(true);
  });
});
