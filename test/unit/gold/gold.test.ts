// The matcher against the gold files: every mention of every actor in three seed articles,
// written by reading them (test/gold/). Recall and precision must both be 100%.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_TEXT_KINDS, loadCorpus, type CorpusParagraph } from '../../../build/glossary/corpus.ts';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Actor } from '../../../src/core/types.ts';
import actors from '../../../src/corpus/actors.json' with { type: 'json' };

import { GOLD_FILES, readGold, type GoldMention } from '../helpers/gold-files.ts';

const corpus = loadCorpus(join(import.meta.dirname, '../../../src/corpus/articles'));
const matcher = buildMatcher(actors as Actor[]);
const totals = { gold: 0, found: 0, right: 0 };

const key = (m: GoldMention) => `${m.line}:${m.start}-${m.end} ${m.actor} «${m.text}»`;

/** The matcher's mentions on the gold lines, read in order as one text, as the build reads an
 *  article (a "\n" between paragraphs). */
function matcherMentions(paragraphs: readonly CorpusParagraph[]): GoldMention[] {
  const segments = paragraphs.flatMap((p) => [p.text, '\n']);
  return matcher
    .findMentions(segments)
    .filter((m) => m.start.segment % 2 === 0)
    .map((m) => ({
      line: paragraphs[m.start.segment / 2]!.sourceLine,
      start: m.start.offset,
      end: m.end.offset,
      text: m.surface,
      actor: m.actorId,
    }));
}

describe.each(GOLD_FILES)('gold file %s', (file) => {
  const gold = readGold(file);
  const article = corpus.find((a) => a.seed === gold.seed)!;
  const paragraphs = gold.lines.map((line) => article.paragraphs.find((p) => p.sourceLine === line)!);

  it('covers every line the corpus counts as article text', () => {
    expect(article).toBeDefined();
    const articleLines = article.paragraphs.filter((p) => ARTICLE_TEXT_KINDS.includes(p.kind)).map((p) => p.sourceLine);
    expect(gold.lines).toEqual(expect.arrayContaining(articleLines));
  });

  it('is found exactly by the matcher: every gold mention, and nothing else', () => {
    const expected = gold.mentions.map(key);
    const found = matcherMentions(paragraphs).map(key);
    const right = found.filter((k) => expected.includes(k));
    totals.gold += expected.length;
    totals.found += found.length;
    totals.right += right.length;
    // Both lists in full on failure: what was missed and what was wrongly found.
    expect({
      missed: expected.filter((k) => !found.includes(k)),
      wrong: found.filter((k) => !expected.includes(k)),
    }).toEqual({ missed: [], wrong: [] });
  });
});

afterAll(() => {
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(
    `gold: ${totals.gold} mentions; recall ${pct(totals.right, totals.gold)}, precision ${pct(totals.right, totals.found)}`,
  );
});
