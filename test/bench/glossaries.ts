// The two glossaries the glossary benchmark sets side by side, built in memory by the build's own
// code (build/glossary/): (a) the corpus's reviewed actors alone (src/corpus/actors.json), what
// the extension shipped before the standing actors; (b) every source, as `npm run glossary` writes
// dist/glossary.json (copied as is to dist/chrome/ and dist/firefox/).
import { loadActors, loadNotActors } from '../../build/glossary/actors.ts';
import { buildGlossary, type UncoveredName } from '../../build/glossary/build-glossary.ts';
import { loadCorpus } from '../../build/glossary/corpus.ts';
import { DEFAULT_PATHS, loadAllActors, type GlossaryPaths } from '../../build/glossary/main.ts';
import { mergeSources, type Merged } from '../../build/glossary/standing/merge.ts';
import { buildMatcher } from '../../src/core/matcher.ts';
import { normalizeForMatch } from '../../src/core/normalize.ts';
import type { Glossary } from '../../src/core/types.ts';

export type GlossaryKind = 'corpus' | 'full';

export const GLOSSARY_LABELS: Readonly<Record<GlossaryKind, string>> = {
  corpus: 'corpus only',
  full: 'corpus + standing',
};

export interface BuiltGlossaryJson {
  kind: GlossaryKind;
  /** The file's text, serialized as build/glossary/main.ts writes it. */
  json: string;
  glossary: Glossary;
  /** Corpus names no actor covers: the build refuses to write such a glossary. */
  uncovered: UncoveredName[];
  buildMs: number;
}

/** The corpus's actors alone, through the same merge loadAllActors runs (it copies them, and
 *  drops links to actors the list lacks); no standing file and no data package is read. */
export function corpusOnlyActors(paths: GlossaryPaths = DEFAULT_PATHS): Merged {
  return mergeSources([{ source: 'corpus', actors: loadActors(paths.actors), where: paths.actors }]);
}

function actorsOf(kind: GlossaryKind, paths: GlossaryPaths): Pick<Merged, 'actors' | 'sources'> {
  return kind === 'corpus' ? corpusOnlyActors(paths) : loadAllActors(paths);
}

/** buildGlossaryFile's steps without the file: the same matcher, skip list and serialization. */
export function buildGlossaryJson(kind: GlossaryKind, paths: GlossaryPaths = DEFAULT_PATHS): BuiltGlossaryJson {
  const start = performance.now();
  const { actors, sources } = actorsOf(kind, paths);
  const notActors = loadNotActors(paths.notActors);
  const skip = new Set([...notActors.bylines, ...notActors.words].map(normalizeForMatch));
  const { glossary, uncovered } = buildGlossary(
    loadCorpus(paths.articles),
    actors,
    buildMatcher(actors),
    skip,
    sources,
  );
  const json = `${JSON.stringify(glossary)}\n`;
  return { kind, json, glossary, uncovered, buildMs: performance.now() - start };
}
