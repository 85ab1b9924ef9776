// The reviewed actor list (src/corpus/actors.json) and the not-actors list, read and checked.
// People edit these files by hand, so every problem is reported with the file, the line and
// what is wrong, all at once, and nothing half-checked reaches the glossary.
import { readFileSync } from 'node:fs';
import { ACTOR_TYPES, LINK_RELATIONS as RELATIONS, type Actor } from '../../src/core/types.ts';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WIKIDATA_RE = /^Q[1-9]\d*$/;

export class DataFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the glossary data:\n${problems.join('\n')}`,
    );
    this.name = 'DataFileError';
  }
}

export interface NotActors {
  bylines: string[];
  words: string[];
}

export function loadActors(file: string): Actor[] {
  const text = readFileSync(file, 'utf8');
  return checkActors(file, text, parseJson(file, text));
}

export function loadNotActors(file: string): NotActors {
  const text = readFileSync(file, 'utf8');
  const data = parseJson(file, text) as Partial<NotActors> | null;
  const problems: string[] = [];
  for (const key of ['bylines', 'words'] as const) {
    const list = data?.[key];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.trim() === x && x !== '')) {
      problems.push(`${file}:${lineOf(text, `"${key}"`)}: "${key}" must be a list of non-empty, trimmed strings`);
    }
  }
  if (problems.length) throw new DataFileError(problems);
  return data as NotActors;
}

export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    // V8 says "... at position N" (or "line L column C" on newer versions): turn it into a line.
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position
      ? text.slice(0, Number(position[1])).split('\n').length
      : (/line (\d+)/.exec(message)?.[1] ?? 1);
    throw new DataFileError([`${file}:${line}: not valid JSON: ${message}`]);
  }
}

/** The 1-based line where `needle` first occurs after `from`, or 1. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** `knownIds`: actors of other files that this file's links may name. */
export function checkActors(
  file: string,
  text: string,
  data: unknown,
  knownIds: ReadonlySet<string> = new Set(),
): Actor[] {
  if (!Array.isArray(data)) throw new DataFileError([`${file}:1: expected a JSON array of actors`]);
  const problems: string[] = [];
  const ids = new Set<string>();
  const where = (a: unknown, i: number) => {
    const id = (a as { id?: unknown })?.id;
    const line = typeof id === 'string' ? lineOf(text, `"${id}"`) : 1;
    return `${file}:${line}: actor ${typeof id === 'string' ? `"${id}"` : `#${i + 1}`}`;
  };
  data.forEach((a, i) => {
    for (const p of actorProblems(a)) problems.push(`${where(a, i)}: ${p}`);
    const id = (a as Actor)?.id;
    if (typeof id === 'string') {
      if (ids.has(id)) problems.push(`${where(a, i)}: id used twice`);
      ids.add(id);
    }
  });
  data.forEach((a, i) => {
    for (const link of (a as Actor)?.links ?? []) {
      if (typeof link?.to === 'string' && !ids.has(link.to) && !knownIds.has(link.to))
        problems.push(`${where(a, i)}: links to unknown actor "${link.to}"`);
    }
  });
  if (problems.length) throw new DataFileError(problems);
  return data as Actor[];
}

function actorProblems(a: unknown): string[] {
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return ['must be an object'];
  const actor = a as Record<string, unknown>;
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  need(typeof actor.id === 'string' && ID_RE.test(actor.id), 'id must be lower-case ASCII kebab-case');
  need(ACTOR_TYPES.includes(actor.type as never), `type must be one of ${ACTOR_TYPES.join(', ')}`);
  need(isName(actor.name), 'name must be a non-empty, trimmed string');
  for (const key of ['latin', 'original'] as const) {
    need(actor[key] === undefined || isName(actor[key]), `${key} must be a non-empty, trimmed string when present`);
  }
  need(
    Array.isArray(actor.aliases) && actor.aliases.every(isAlias),
    'aliases must be a list of names or { "text", "needsCue": true }',
  );
  need(
    actor.shortNames === undefined || (Array.isArray(actor.shortNames) && actor.shortNames.every(isName)),
    'shortNames must be a list of names',
  );
  const d = actor.description as Record<string, unknown> | undefined;
  need(isName(d?.vi) && isName(d?.en), 'description needs non-empty "vi" and "en"');
  need(
    actor.links === undefined || (Array.isArray(actor.links) && actor.links.every(isLink)),
    `links must be { "rel": ${RELATIONS.join('|')}, "to": id }`,
  );
  need(
    actor.wikidata === undefined || (typeof actor.wikidata === 'string' && WIKIDATA_RE.test(actor.wikidata)),
    'wikidata must look like "Q159"',
  );
  need(
    actor.record === undefined || (Array.isArray(actor.record) && actor.record.every(isPublicRole)),
    'record must be a list of { "vi", "en", "asOf", "since"?, "until"? } with dates YYYY-MM-DD or YYYY-MM, since ≤ asOf ≤ until',
  );
  return problems;
}

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const RECORD_KEYS = new Set(['vi', 'en', 'asOf', 'since', 'until']);

function isPublicRole(x: unknown): boolean {
  const r = x as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null || !Object.keys(r).every((k) => RECORD_KEYS.has(k))) return false;
  if (!isName(r.vi) || !isName(r.en) || typeof r.asOf !== 'string' || !DATE_RE.test(r.asOf)) return false;
  for (const key of ['since', 'until'] as const)
    if (r[key] !== undefined && (typeof r[key] !== 'string' || !DATE_RE.test(r[key]))) return false;
  // Month-precision dates compare as their first day: "2024-07" ≤ "2024-07-05".
  return (
    (r.since === undefined || (r.since as string) <= r.asOf) &&
    (r.until === undefined || r.asOf <= `${r.until as string}-99`)
  );
}

export function isName(x: unknown): x is string {
  return typeof x === 'string' && x !== '' && x.trim() === x;
}

function isAlias(x: unknown): boolean {
  if (isName(x)) return true;
  const cue = x as { text?: unknown; needsCue?: unknown } | null;
  return (
    typeof cue === 'object' &&
    cue !== null &&
    isName(cue.text) &&
    cue.needsCue === true &&
    Object.keys(cue).length === 2
  );
}

function isLink(x: unknown): boolean {
  const link = x as { rel?: unknown; to?: unknown } | null;
  return (
    typeof link === 'object' && link !== null && RELATIONS.includes(link.rel as never) && typeof link.to === 'string'
  );
}
