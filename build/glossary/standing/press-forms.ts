// The reviewed press forms of states, territories and regions (src/corpus/standing/states.json):
// what the data packages cannot know. The names the Vietnamese press really writes ("Mỹ" for
// what CLDR calls "Hoa Kỳ"), phonetic party-press spellings, the one-syllable short forms that
// count only beside a cue ("Anh", "Trung"), capitals' Vietnamese names, the ids the corpus already
// uses, and the names to leave out. Checked like actors.json: every problem with its file and line.
import { readFileSync } from 'node:fs';
import { ACTOR_TYPES, type ActorType } from '../../../src/core/types.ts';
import { DataFileError, isName, lineOf, parseJson } from '../actors.ts';

export interface CapitalForms {
  /** The actor id where the corpus already has the city ("moscow"). */
  id?: string;
  name?: string;
  aliases?: string[];
}

export interface PressForms {
  /** ISO 3166-1 alpha-2 ("GB") or UN M49 region ("419"), as CLDR keys them. */
  code: string;
  id?: string;
  type?: ActorType;
  name?: string;
  aliases?: string[];
  /** Forms that name the state only beside a cue ("Thủ tướng Anh", "Mỹ - Trung"). */
  cued?: string[];
  /** Names from the data packages not to use for it at all ("Jersey": New Jersey). */
  skip?: string[];
  description?: { vi: string; en: string };
  /** false: no capital actor (none, disputed, or its name is a common word). */
  capital?: CapitalForms | false;
}

const KEYS = new Set(['code', 'id', 'type', 'name', 'aliases', 'cued', 'skip', 'description', 'capital']);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function loadPressForms(file: string): Map<string, PressForms> {
  const text = readFileSync(file, 'utf8');
  const data = parseJson(file, text);
  if (!Array.isArray(data)) throw new DataFileError([`${file}:1: expected a JSON array of press forms`]);
  const problems: string[] = [];
  const byCode = new Map<string, PressForms>();
  data.forEach((entry: unknown, i) => {
    const code = (entry as { code?: unknown } | null)?.code;
    const where = `${file}:${typeof code === 'string' ? lineOf(text, `"code": "${code}"`) : 1}: ${typeof code === 'string' ? code : `entry #${i + 1}`}`;
    for (const p of pressFormProblems(entry)) problems.push(`${where}: ${p}`);
    if (typeof code === 'string') {
      if (byCode.has(code)) problems.push(`${where}: code listed twice`);
      byCode.set(code, entry as PressForms);
    }
  });
  if (problems.length) throw new DataFileError(problems);
  return byCode;
}

function pressFormProblems(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return ['must be an object'];
  const e = entry as Record<string, unknown>;
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  for (const key of Object.keys(e)) need(KEYS.has(key), `unknown key "${key}"`);
  need(
    typeof e.code === 'string' && /^(?:[A-Z]{2}|\d{3})$/.test(e.code),
    'code must be an ISO 3166 alpha-2 or UN M49 code',
  );
  need(e.id === undefined || (typeof e.id === 'string' && ID_RE.test(e.id)), 'id must be lower-case ASCII kebab-case');
  need(
    e.type === undefined || ACTOR_TYPES.includes(e.type as ActorType),
    `type must be one of ${ACTOR_TYPES.join(', ')}`,
  );
  need(e.name === undefined || isName(e.name), 'name must be a non-empty, trimmed string');
  for (const key of ['aliases', 'cued', 'skip'] as const)
    need(e[key] === undefined || isNameList(e[key]), `${key} must be a list of names`);
  const d = e.description as Record<string, unknown> | undefined;
  need(d === undefined || (isName(d.vi) && isName(d.en)), 'description needs non-empty "vi" and "en"');
  const c = e.capital as Record<string, unknown> | false | undefined;
  need(
    c === undefined ||
      c === false ||
      (typeof c === 'object' &&
        c !== null &&
        (c.id === undefined || (typeof c.id === 'string' && ID_RE.test(c.id))) &&
        (c.name === undefined || isName(c.name)) &&
        (c.aliases === undefined || isNameList(c.aliases))),
    'capital must be false or { "id"?, "name"?, "aliases"? }',
  );
  return problems;
}

function isNameList(x: unknown): x is string[] {
  return Array.isArray(x) && x.every(isName);
}
