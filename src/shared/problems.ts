// What was wrong with something the reader typed or a file they imported, as data: a code (which
// names the message in src/_locales, `problem_<code>`), where it was found, and a detail to show
// (a field's value, another actor's name). The UI turns it into words in the reader's language.

import type { Translate } from './i18n.ts';

export interface Problem {
  code: string;
  /** Where in the input: "entries[3].url", "name", "" for the whole thing. */
  path: string;
  /** Shown in the message: the offending value, the actor an alias belongs to... */
  detail?: string;
}

export function problem(code: string, path = '', detail?: string): Problem {
  return detail === undefined ? { code, path } : { code, path, detail };
}

/** "entries[3].url: the address is not an http(s) URL" in the reader's language. */
export function describeProblem(t: Translate, p: Problem): string {
  const text = t(`problem_${p.code}`, [p.detail ?? '']);
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
