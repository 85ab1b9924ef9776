// What was wrong with something the reader typed or a file they imported, as data: a code (which
// names the message in src/_locales, `problem_<code>`), where it was found, and a detail to show
// (a field's value, another actor's name). The UI turns it into words in the reader's language.

import type { MessageKey, Translate } from '../shared/i18n.ts';
import { IMPORT_FILE_BYTES } from '../shared/limits.ts';

/** The codes the messages files have a `problem_<code>` for, so that a code without words fails
 *  the type check. */
export type ProblemCode = MessageKey extends infer K ? (K extends `problem_${infer Code}` ? Code : never) : never;

export interface Problem {
  code: ProblemCode;
  /** Where in the input: "entries[3].url", "name", "" for the whole thing. */
  path: string;
  /** Shown in the message: the offending value, the actor an alias belongs to... */
  detail?: string;
  /** The bound that was passed (src/shared/limits.ts), when the problem is one of size: the
   *  message's second substitution, after the size found in `detail`. */
  limit?: number;
}

export function problem(code: ProblemCode, path = '', detail?: string): Problem {
  return detail === undefined ? { code, path } : { code, path, detail };
}

/** A problem of size: `found` (characters, items, bytes) is over `limit`. */
export function oversize(code: ProblemCode, path: string, found: number, limit: number): Problem {
  return { code, path, detail: String(found), limit };
}

/** "entries[3].url: the address is not an http(s) URL" in the reader's language. */
export function describeProblem(t: Translate, p: Problem): string {
  const text = t(`problem_${p.code}`, [p.detail ?? '', p.limit === undefined ? '' : String(p.limit)]);
  return p.path ? t('problemAt', [p.path, text]) : text;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The envelope every file we export carries: `{ format, version, exportedAt, ... }`. Reading an
 *  import starts here, so both kinds of file reject a wrong file the same way and with the same
 *  messages before their own fields are checked. */
export function readExportedFile(
  text: string,
  format: string,
  version: number,
): { ok: true; raw: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  const size = fileSizeProblem(utf8Bytes(text));
  if (size) return { ok: false, problems: [size] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [problem('fileNotJson')] };
  }
  if (!isRecord(raw)) return { ok: false, problems: [problem('fileNotObject')] };
  if (raw.format !== format) return { ok: false, problems: [problem('fileFormat', 'format', String(raw.format))] };
  if (raw.version !== version) return { ok: false, problems: [problem('fileVersion', 'version', String(raw.version))] };
  return { ok: true, raw };
}

const MEGABYTE = 1024 * 1024;

/** The problem of a file over IMPORT_FILE_BYTES, in megabytes (one decimal), or null. The options
 *  page asks before reading the file; readExportedFile asks again of the text it is given. */
export function fileSizeProblem(bytes: number): Problem | null {
  if (bytes <= IMPORT_FILE_BYTES) return null;
  return { code: 'fileTooLarge', path: '', detail: (bytes / MEGABYTE).toFixed(1), limit: IMPORT_FILE_BYTES / MEGABYTE };
}

/** The text's size in UTF-8, counted only when it could be over the limit (at most 3 bytes a unit). */
function utf8Bytes(text: string): number {
  return text.length * 3 <= IMPORT_FILE_BYTES ? text.length : new Blob([text]).size;
}
