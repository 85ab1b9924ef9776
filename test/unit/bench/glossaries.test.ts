// The glossary benchmark compares what it says it compares: (a) is the corpus's reviewed actors
// and nothing from the standing files or the data packages; (b) is, byte for byte, the file
// `npm run glossary` writes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActors } from '../../../build/glossary/actors.ts';
import { buildGlossaryFile, DEFAULT_PATHS } from '../../../build/glossary/main.ts';
import type { Actor, Glossary } from '../../../src/core/types.ts';
import { buildGlossaryJson, type BuiltGlossaryJson } from '../../bench/glossaries.ts';

let corpusOnly: BuiltGlossaryJson;
let full: BuiltGlossaryJson;
let reviewed: Actor[];
beforeAll(() => {
  corpusOnly = buildGlossaryJson('corpus');
  full = buildGlossaryJson('full');
  reviewed = loadActors(DEFAULT_PATHS.actors);
}, 60_000);

/** Every actor id the glossary refers to: links, co-mentions, story casts. */
function referencedIds(g: Glossary): Set<string> {
  return new Set([
    ...g.actors.flatMap((a) => [...(a.links ?? []).map((l) => l.to), ...a.coMentions.map((c) => c.actorId)]),
    ...g.stories.flatMap((s) => s.actors.map((c) => c.actorId)),
  ]);
}

describe('the corpus-only glossary (a)', () => {
  it('has exactly the actors of src/corpus/actors.json, each from the corpus', () => {
    expect(corpusOnly.glossary.actors.map((a) => a.id).sort()).toEqual(reviewed.map((a) => a.id).sort());
    expect(corpusOnly.glossary.actors.filter((a) => a.source !== 'corpus').map((a) => a.id)).toEqual([]);
  });

  it('takes no spelling and no role from a standing file or a data package', () => {
    const byId = new Map(reviewed.map((a) => [a.id, a]));
    for (const actor of corpusOnly.glossary.actors) {
      const own = byId.get(actor.id)!;
      expect({ aliases: actor.aliases, shortNames: actor.shortNames }, actor.id).toEqual({
        aliases: own.aliases,
        shortNames: own.shortNames,
      });
      expect(actor.roles.filter((r) => r.source === 'record').length, actor.id).toBe(own.record?.length ?? 0);
    }
    // …where the full glossary does add standing actors and spellings to the same corpus actors.
    expect(full.glossary.actors.some((a) => a.source !== 'corpus')).toBe(true);
  });

  it('refers to no actor it lacks, and covers its corpus', () => {
    const ids = new Set(corpusOnly.glossary.actors.map((a) => a.id));
    expect([...referencedIds(corpusOnly.glossary)].filter((id) => !ids.has(id))).toEqual([]);
    expect(corpusOnly.uncovered).toEqual([]);
    expect(corpusOnly.glossary.stories.length).toBe(full.glossary.stories.length);
  });
});

describe('the full glossary (b)', () => {
  it('is byte for byte the file the build writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-bench-'));
    try {
      const out = join(dir, 'glossary.json');
      buildGlossaryFile({ ...DEFAULT_PATHS, out });
      // Not toEqual on 680 KB strings: a failure would print both.
      expect(full.json === readFileSync(out, 'utf8')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
