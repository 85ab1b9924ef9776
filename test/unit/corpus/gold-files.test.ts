// Keeps the hand-read gold mentions (test/gold/*.json), the seed articles and the actor list in
// agreement, so that a matcher scored against the gold is scored against what the text says.
// The seeds' text is read from the corpus, which keeps each seed byte for byte (proved by hash in
// seed-articles.test.ts): the repository needs nothing beside it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, originalText } from '../../../build/glossary/corpus.ts';
import type { Actor } from '../../../src/core/types.ts';

import { GOLD_FILES as goldNames, readGold } from '../helpers/gold-files.ts';

const root = new URL('../../../', import.meta.url);
/** Each seed's original text, from the first corpus article that keeps it (seed 003 gives two
 *  articles, each holding the whole page). */
const seedTexts = new Map<string, string>();
for (const a of loadCorpus(fileURLToPath(new URL('src/corpus/articles', root)))) {
  if (a.seed && !seedTexts.has(a.seed)) seedTexts.set(a.seed, originalText(readFileSync(a.file, 'utf8')));
}
const actors = JSON.parse(readFileSync(new URL('src/corpus/actors.json', root), 'utf8')) as Actor[];
const notActors = JSON.parse(readFileSync(new URL('src/corpus/not-actors.json', root), 'utf8')) as {
  bylines: string[];
  words: string[];
};

/** Every form under which an actor may be written, as a set per actor id. */
const formsById = new Map(
  actors.map((a) => [
    a.id,
    new Set([a.name, ...a.aliases.map((x) => (typeof x === 'string' ? x : x.text)), ...(a.shortNames ?? [])]),
  ]),
);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
function seedText(seed: string): string {
  const text = seedTexts.get(seed);
  if (text === undefined) throw new Error(`no corpus article keeps the seed ${seed}`);
  return text;
}

describe('gold mention files', () => {
  it('exist for the seeds 000 and 002 at least', () => {
    expect(goldNames).toEqual(expect.arrayContaining(['000.json', '002.json']));
  });

  for (const file of goldNames) {
    describe(file, () => {
      const gold = readGold(file);
      const lines = seedText(gold.seed).split('\n');

      it('names its own seed and lists article lines that are not blank', () => {
        expect(gold.seed.slice(0, 3)).toBe(file.slice(0, 3));
        expect([...gold.lines].sort((a, b) => a - b)).toEqual(gold.lines);
        for (const n of gold.lines) expect(lines[n - 1]?.trim(), `line ${n}`).toBeTruthy();
      });

      it('gives each mention the exact text at its offsets, on a word boundary', () => {
        for (const m of gold.mentions) {
          const line = lines[m.line - 1] ?? '';
          expect(gold.lines, `${m.line}`).toContain(m.line);
          expect(line.slice(m.start, m.end), `${m.line}:${m.start}`).toBe(m.text);
          expect(isWordChar(line[m.start - 1]) || isWordChar(line[m.end]), `${m.line}:${m.start}`).toBe(false);
        }
      });

      it('keeps mentions in reading order without overlaps', () => {
        for (let i = 1; i < gold.mentions.length; i++) {
          const a = gold.mentions[i - 1]!;
          const b = gold.mentions[i]!;
          expect(a.line < b.line || (a.line === b.line && a.end <= b.start), `${b.line}:${b.start}`).toBe(true);
        }
      });

      it('writes every mention as a name, alias or short name of its actor', () => {
        for (const m of gold.mentions) {
          expect(formsById.get(m.actor)?.has(m.text), `${m.line}: "${m.text}" -> ${m.actor}`).toBe(true);
        }
      });
    });
  }
});

describe('not-actors.json', () => {
  const allSeeds = [...seedTexts.values()].join('\n');
  const allForms = new Set([...formsById.values()].flatMap((s) => [...s]));

  it('lists only strings that the seed articles really contain, none of them an actor', () => {
    for (const entry of [...notActors.bylines, ...notActors.words]) {
      expect(allSeeds.includes(entry), entry).toBe(true);
      expect(allForms.has(entry), entry).toBe(false);
    }
    expect(notActors.bylines).toContain('AN BÌNH');
  });
});
