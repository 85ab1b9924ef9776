// `npm run glossary`: corpus + reviewed actors → dist/glossary.json, or a clear list of what is
// wrong (a malformed file with its line, a name the actors do not cover) and no output at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMatcher } from '../../src/core/matcher.ts';
import { normalizeForMatch } from '../../src/core/normalize.ts';
import { ACTOR_TYPES, type Actor, type ActorSource, type ActorType } from '../../src/core/types.ts';
import { loadActors, loadNotActors } from './actors.ts';
import { buildGlossary, type UncoveredName } from './build-glossary.ts';
import { loadCorpus } from './corpus.ts';
import { PRESS_FORMS_FILE, checkCurated, curatedIds, readCurated } from './standing/curated.ts';
import { mergeSources } from './standing/merge.ts';
import { loadPressForms } from './standing/press-forms.ts';
import { worldActors } from './standing/world-actors.ts';
import { addVariants, type Variants } from './standing/variants.ts';
import { readWorldData, type WorldData } from './standing/world-data.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface GlossaryPaths {
  articles: string;
  actors: string;
  notActors: string;
  /** The standing actors from public record, and the states' press forms. */
  standing: string;
  out: string;
}

export const DEFAULT_PATHS: GlossaryPaths = {
  articles: resolve(root, 'src/corpus/articles'),
  actors: resolve(root, 'src/corpus/actors.json'),
  notActors: resolve(root, 'src/corpus/not-actors.json'),
  standing: resolve(root, 'src/corpus/standing'),
  out: resolve(root, 'dist/glossary.json'),
};

export class CoverageError extends Error {
  constructor(
    readonly uncovered: readonly UncoveredName[],
    actorsFile: string,
    notActorsFile: string,
  ) {
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
  /** Actors by where they come from, then by type. */
  bySource: Record<ActorSource, Partial<Record<ActorType, number>>>;
  /** Spellings and package actors that gave way to a surer source (see standing/merge.ts). */
  dropped: string[];
  /** Spellings made by rule (see standing/variants.ts), and those left out as another's. */
  variants: Pick<Variants, 'added' | 'collisions'>;
  packages: WorldData['packages'];
}

/** The corpus's reviewed actors, the standing actors from public record and from data packages,
 *  as one list (see standing/merge.ts), with where each comes from, and the spellings rules make
 *  from their names (see standing/variants.ts). */
export function loadAllActors(paths: GlossaryPaths) {
  const corpus = loadActors(shown(paths.actors));
  const world = readWorldData();
  const fromPackages = worldActors(world, loadPressForms(shown(join(paths.standing, PRESS_FORMS_FILE))));
  const files = readCurated(shown(paths.standing));
  const known = new Set([...corpus, ...fromPackages].map((a) => a.id).concat([...curatedIds(files)]));
  const curated = checkCurated(files, known);
  const merged = mergeSources([
    { source: 'corpus', actors: corpus, where: shown(paths.actors) },
    ...curated.map(({ file, actors }) => ({ source: 'record' as const, actors, where: file })),
    { source: 'data', actors: fromPackages, where: world.packages.map((p) => p.name).join(', ') },
  ]);
  const { actors, ...variants } = addVariants(merged.actors);
  return { ...merged, actors, variants, packages: world.packages };
}

function countBySource(
  actors: readonly Actor[],
  sources: ReadonlyMap<string, ActorSource>,
): GlossarySummary['bySource'] {
  const counts: GlossarySummary['bySource'] = { corpus: {}, record: {}, data: {}, reader: {} };
  for (const a of actors) {
    const c = counts[sources.get(a.id) ?? 'corpus'];
    c[a.type] = (c[a.type] ?? 0) + 1;
  }
  return counts;
}

/** Builds and writes the glossary; throws (writing nothing) on any data or coverage problem. */
export function buildGlossaryFile(paths: GlossaryPaths = DEFAULT_PATHS): GlossarySummary {
  const { actors, sources, dropped, variants, packages } = loadAllActors(paths);
  const notActors = loadNotActors(shown(paths.notActors));
  const articles = loadCorpus(shown(paths.articles));
  const skip = new Set([...notActors.bylines, ...notActors.words].map(normalizeForMatch));
  const { glossary, uncovered, mentionTotal } = buildGlossary(articles, actors, buildMatcher(actors), skip, sources);
  if (uncovered.length) throw new CoverageError(uncovered, shown(paths.actors), shown(paths.notActors));
  const json = `${JSON.stringify(glossary)}\n`;
  mkdirSync(dirname(paths.out), { recursive: true });
  writeFileSync(paths.out, json);
  return {
    out: paths.out,
    stories: glossary.stories.length,
    actors: glossary.actors.length,
    mentions: mentionTotal,
    bytes: Buffer.byteLength(json),
    bySource: countBySource(actors, sources),
    dropped,
    variants: { added: variants.added, collisions: variants.collisions },
    packages,
  };
}

/** "corpus 83 (person 21, state 13, …)". */
export function describeSources(s: GlossarySummary): string[] {
  const labels: Record<ActorSource, string> = {
    corpus: 'from the corpus (src/corpus/actors.json)',
    record: 'from public record (src/corpus/standing/)',
    data: 'from data packages',
    reader: "from the reader's additions",
  };
  return (Object.keys(labels) as ActorSource[])
    .filter((source) => Object.keys(s.bySource[source]).length)
    .map((source) => {
      const byType = s.bySource[source];
      const total = Object.values(byType).reduce((n, k) => n + k, 0);
      const types = ACTOR_TYPES.filter((t) => byType[t]).map((t) => `${t} ${byType[t]}`);
      return `  ${total} ${labels[source]}: ${types.join(', ')}`;
    });
}

/** "spellings by rule: 140 romanizations of Russian, Belarusian and Ukrainian names, …". */
export function describeVariants({ added, collisions }: GlossarySummary['variants']): string {
  const left = collisions.length
    ? `; ${collisions.length} left out as another actor's or made twice: ${collisions.join('; ')}`
    : '; none collided';
  return `  spellings by rule: ${added.romanized} romanizations of Russian, Belarusian and Ukrainian names, ${added.joined} joined phonetic place names${left}`;
}

function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const s = buildGlossaryFile();
    console.log(
      `glossary: ${s.stories} stories, ${s.actors} actors, ${s.mentions} mentions → ${shown(s.out)} (${(s.bytes / 1024).toFixed(1)} KB)`,
    );
    for (const line of describeSources(s)) console.log(line);
    console.log(`  data packages: ${s.packages.map((p) => `${p.name} ${p.version} (${p.license})`).join(', ')}`);
    if (s.dropped.length) console.log(`  gave way to surer sources: ${s.dropped.join('; ')}`);
    console.log(describeVariants(s.variants));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
