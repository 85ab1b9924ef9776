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
