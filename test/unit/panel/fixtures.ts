// Shared by the panel tests: the real glossary, built in memory from the corpus exactly as the
// build does (no dist/ needed), the real messages files, and readings shaped as the content
// script reports them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { loadActors, loadNotActors } from '../../../build/glossary/actors.ts';
import { buildGlossary } from '../../../build/glossary/build-glossary.ts';
import { loadCorpus } from '../../../build/glossary/corpus.ts';
import { DEFAULT_PATHS } from '../../../build/glossary/main.ts';
import { buildMatcher } from '../../../src/core/matcher.ts';
import { normalizeForMatch } from '../../../src/core/normalize.ts';
import type { Glossary, Story } from '../../../src/core/types.ts';
import { cardFor } from '../../../src/analysis/page-matching.ts';
import { translateFrom, type MessagesFile, type Translate } from '../../../src/shared/i18n.ts';
import type { PageReadingReport } from '../../../src/shared/page-data.ts';

let cached: Glossary | null = null;

export function realGlossary(): Glossary {
  if (cached) return cached;
  const actors = loadActors(DEFAULT_PATHS.actors);
  const notActors = loadNotActors(DEFAULT_PATHS.notActors);
  const skip = new Set([...notActors.bylines, ...notActors.words].map(normalizeForMatch));
  cached = buildGlossary(loadCorpus(DEFAULT_PATHS.articles), actors, buildMatcher(actors), skip).glossary;
  return cached;
}

export function story(id: string): Story {
  const found = realGlossary().stories.find((s) => s.id === id);
  if (!found) throw new Error(`no story ${id} in the corpus`);
  return found;
}

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'src', '_locales');
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile;
export const tVi: Translate = translateFrom(messages('vi'));
export const tEn: Translate = translateFrom(messages('en'));

/** A reading of the page that carries corpus story `id`, as the content script would report it:
 *  the story's ranked actors and their cards, paragraph pairs from the glossary's co-mentions. */
export function readingOf(id: string, overrides: Partial<PageReadingReport> = {}): PageReadingReport {
  const glossary = realGlossary();
  const s = story(id);
  const stories = new Map(glossary.stories.map((x) => [x.id, x]));
  const byId = new Map(glossary.actors.map((a) => [a.id, a]));
  return {
    url: `https://baoquocte.vn/${id}.html`,
    article: true,
    meta: { headline: s.headline, lead: s.lead, outlet: s.outlet, date: s.date, site: 'baoquocte.vn' },
    actors: s.actors,
    cards: s.actors.map((a) => cardFor(byId.get(a.actorId)!, stories)),
    pairs: [],
    ...overrides,
  };
}

/** axe-core's violations on `root`, with a readable summary when there are any. Color contrast
 *  needs layout, which happy-dom does not do: the real-browser tests check the rendered page. */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
