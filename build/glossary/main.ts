// `npm run glossary`: corpus + reviewed actors → dist/glossary.json, or a clear list of what is
// wrong (a malformed file with its line, a name the actors do not cover) and no output at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMatcher } from '../../src/core/matcher.ts';
import { normalizeForMatch } from '../../src/core/normalize.ts';
import { loadActors, loadNotActors } from './actors.ts';
import { buildGlossary, type UncoveredName } from './build-glossary.ts';
import { loadCorpus } from './corpus.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface GlossaryPaths {
  articles: string;
  actors: string;
  notActors: string;
  out: string;
}

export const DEFAULT_PATHS: GlossaryPaths = {
  articles: resolve(root, 'src/corpus/articles'),
  actors: resolve(root, 'src/corpus/actors.json'),
  notActors: resolve(root, 'src/corpus/not-actors.json'),
  out: resolve(root, 'dist/glossary.json'),
};

export class CoverageError extends Error {
  constructor(readonly uncovered: readonly UncoveredName[], actorsFile: string, notActorsFile: string) {
    super(
      `${uncovered.length} name${uncovered.length === 1 ? '' : 's'} in the corpus that no actor covers ` +
        `(add each to ${actorsFile}, or to ${notActorsFile} if it is not an actor):\n` +
        uncovered.map((u) => `${u.file}:${u.line}: "${u.name}" (${u.why})`).join('\n'),
    );
    this.name = 'CoverageError';
  }
}

export interface GlossarySummary {
  out: string;
  stories: number;
  actors: number;
  mentions: number;
  bytes: number;
}

/** Builds and writes the glossary; throws (writing nothing) on any data or coverage problem. */
export function buildGlossaryFile(paths: GlossaryPaths = DEFAULT_PATHS): GlossarySummary {
  const actors = loadActors(shown(paths.actors));
  const notActors = loadNotActors(shown(paths.notActors));
  const articles = loadCorpus(shown(paths.articles));
  const skip = new Set([...notActors.bylines, ...notActors.words].map(normalizeForMatch));
  const { glossary, uncovered, mentionTotal } = buildGlossary(articles, actors, buildMatcher(actors), skip);
  if (uncovered.length) throw new CoverageError(uncovered, shown(paths.actors), shown(paths.notActors));
  const json = JSON.stringify(glossary) + '\n';
  mkdirSync(dirname(paths.out), { recursive: true });
  writeFileSync(paths.out, json);
  return { out: paths.out, stories: glossary.stories.length, actors: glossary.actors.length, mentions: mentionTotal, bytes: Buffer.byteLength(json) };
}

function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const s = buildGlossaryFile();
    console.log(`glossary: ${s.stories} stories, ${s.actors} actors, ${s.mentions} mentions → ${shown(s.out)} (${(s.bytes / 1024).toFixed(1)} KB)`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
