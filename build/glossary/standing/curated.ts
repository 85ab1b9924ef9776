// The reviewed files of standing actors from public record (src/corpus/standing/*.json but the
// states' press forms): organizations, media, weapons, places, people. Same format and checks as
// actors.json, plus roles from public record (`record`); links may name actors of any source.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../../src/core/types.ts';
import { DataFileError, checkActors, parseJson } from '../actors.ts';

export const PRESS_FORMS_FILE = 'states.json';

export interface CuratedFile {
  file: string;
  text: string;
  data: unknown;
}

/** The files, parsed but not yet checked: their links are checked against every source's ids. */
export function readCurated(dir: string): CuratedFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== PRESS_FORMS_FILE)
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      return { file, text, data: parseJson(file, text) };
    });
}

/** The ids the files declare, for the other sources' link checks. */
export function curatedIds(files: readonly CuratedFile[]): Set<string> {
  const ids = new Set<string>();
  for (const { data } of files) {
    if (Array.isArray(data)) for (const a of data) if (typeof (a as Actor)?.id === 'string') ids.add((a as Actor).id);
  }
  return ids;
}

/** Every file checked, every problem of every file reported at once. */
export function checkCurated(
  files: readonly CuratedFile[],
  knownIds: ReadonlySet<string>,
): { file: string; actors: Actor[] }[] {
  const checked: { file: string; actors: Actor[] }[] = [];
  const problems: string[] = [];
  for (const { file, text, data } of files) {
    try {
      checked.push({ file, actors: checkActors(file, text, data, knownIds) });
    } catch (e) {
      if (e instanceof DataFileError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new DataFileError(problems);
  return checked;
}
