// The corpus as people write it: one plain-text file per article, the original text kept byte
// for byte, with a front-matter block and section marker lines added (see src/corpus/README.md).
// Parsing is pure; only loadCorpus touches the file system.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compareIds } from '../../src/core/rank.ts';

export type SectionKind = 'headline' | 'lead' | 'byline' | 'body' | 'caption' | 'furniture';

export const SECTION_KINDS: readonly SectionKind[] = ['headline', 'lead', 'byline', 'body', 'caption', 'furniture'];

/** The sections that are the article's own text; bylines and page furniture are not. */
export const ARTICLE_TEXT_KINDS: readonly SectionKind[] = ['headline', 'lead', 'body', 'caption'];

export interface CorpusParagraph {
  kind: SectionKind;
  /** The line exactly as written, without its line break. */
  text: string;
  /** 1-based line in the article file. */
  line: number;
  /** 1-based line in the original (seed) text. */
  sourceLine: number;
}

export interface CorpusArticle {
  /** The file name without `.txt`: `000-si-quan-my-quan-sat-zapad-2025`, `003b-tong-thong-putin-…`. */
  id: string;
  file: string;
  outlet: string;
  /** ISO publication date, or "" when the text does not give it. */
  date: string;
  /** ISO date of the latest event reported, only when `date` is unknown; else "". */
  asOf: string;
  byline: string;
  url: string;
  /** The seed file the article came from, or "" for articles added later. */
  seed: string;
  /** Every non-blank line after the front matter, in order. */
  paragraphs: CorpusParagraph[];
}

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CorpusError';
  }
}

/** Every problem of a whole corpus folder at once, so one run shows the author all of them. */
export class CorpusLoadError extends Error {
  constructor(readonly errors: readonly CorpusError[]) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(`${count} in the corpus:\n${errors.map((e) => e.message).join('\n')}`);
    this.name = 'CorpusLoadError';
  }
}

const FRONT_MATTER_KEYS = ['outlet', 'date', 'as_of', 'byline', 'url', 'seed'] as const;
type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

const FENCE = '---';
/** `NNN-slug.txt`, or `NNNa-slug.txt` when one page gives several articles (parts a, b, …). */
const FILE_NAME = /^(\d{3})([a-z])?-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(.*)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What counts as an attempted marker: `@` and letters only (any script, so `@tiêuđề` too). */
const MARKER_LIKE = /^@\p{L}+$/u;

interface SourceLine {
  /** The line without its break. */
  text: string;
  /** The break as written: "\n", "\r\n" or "" for a last line without one. */
  end: string;
}

/** Splits text into lines, keeping each line's own break so the original can be rebuilt. */
function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline + 1;
    const raw = text.slice(start, stop);
    const end = raw.endsWith('\r\n') ? '\r\n' : raw.endsWith('\n') ? '\n' : '';
    lines.push({ text: raw.slice(0, raw.length - end.length), end });
    start = stop;
  }
  return lines;
}

function stripByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function isSectionKind(name: string): name is SectionKind {
  return (SECTION_KINDS as readonly string[]).includes(name);
}

function isFrontMatterKey(name: string): name is FrontMatterKey {
  return (FRONT_MATTER_KEYS as readonly string[]).includes(name);
}

function markerList(): string {
  return SECTION_KINDS.map((k) => `@${k}`).join(', ');
}

/** The index of the closing fence, or -1 when the front matter is not closed. */
function closingFence(lines: readonly SourceLine[]): number {
  for (let i = 1; i < lines.length; i++) if (lines[i]!.text === FENCE) return i;
  return -1;
}

/** A real calendar date in ISO form; rejects 2023-02-29 and 2022-13-01. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years below 100 as written
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns the original text: the article file without its front matter and marker lines. */
export function originalText(articleFileText: string): string {
  const lines = splitLines(stripByteOrderMark(articleFileText));
  if (lines[0]?.text !== FENCE) throw new Error('article text has no front matter (first line is not "---")');
  const close = closingFence(lines);
  if (close === -1) throw new Error('article front matter is not closed by a "---" line');
  return lines
    .slice(close + 1)
    .filter((l) => !(MARKER_LIKE.test(l.text) && isSectionKind(l.text.slice(1))))
    .map((l) => l.text + l.end)
    .join('');
}

/** One article checked on its own, with every problem found, not only the first. */
export interface ArticleCheck {
  article: CorpusArticle | undefined;
  errors: CorpusError[];
  /** Where each front-matter key stands, so the loader can point at it. */
  keyLines: Partial<Record<FrontMatterKey, number>>;
}

interface FrontMatter {
  values: Partial<Record<FrontMatterKey, string>>;
  keyLines: Partial<Record<FrontMatterKey, number>>;
}

function readFrontMatter(
  lines: readonly SourceLine[],
  close: number,
  fail: (line: number, reason: string) => void,
): FrontMatter {
  const values: FrontMatter['values'] = {};
  const keyLines: FrontMatter['keyLines'] = {};
  for (let i = 1; i < close; i++) {
    const line = i + 1;
    const text = lines[i]!.text;
    if (text.trim() === '') continue;
    const m = KEY_LINE.exec(text);
    if (!m) {
      fail(line, `expected "key: value" in the front matter, found "${text}"`);
      continue;
    }
    const key = m[1]!;
    const value = m[2]!.trim();
    if (!isFrontMatterKey(key)) {
      fail(line, `unknown key "${key}" (expected ${FRONT_MATTER_KEYS.join(', ')})`);
      continue;
    }
    const first = keyLines[key];
    if (first !== undefined) {
      fail(line, `duplicate key "${key}" (first on line ${first})`);
      continue;
    }
    keyLines[key] = line;
    values[key] = value;
  }
  for (const key of FRONT_MATTER_KEYS) {
    if (keyLines[key] === undefined) {
      fail(close + 1, `missing key "${key}" (leave the value empty if unknown)`);
    }
  }
  return { values, keyLines };
}

function checkValues(
  fm: FrontMatter,
  fileNumber: string | undefined,
  fail: (line: number, reason: string) => void,
): void {
  const { values, keyLines } = fm;
  for (const key of ['date', 'as_of'] as const) {
    const value = values[key];
    if (!value) continue;
    if (!ISO_DATE.test(value)) {
      fail(keyLines[key]!, `${key} must be an ISO date YYYY-MM-DD, found "${value}"`);
    } else if (!isCalendarDate(value)) fail(keyLines[key]!, `${key} "${value}" is not a real calendar date`);
  }
  if (values.date && values.as_of) {
    fail(
      keyLines.as_of!,
      'as_of must be empty when date is given (as_of is only for articles without a publication date)',
    );
  }
  if (values.url && !isWebAddress(values.url)) {
    fail(keyLines.url!, `url must be an http(s) address, found "${values.url}"`);
  }
  const seedNumber = values.seed ? /^(\d{3})\D/.exec(values.seed)?.[1] : undefined;
  if (seedNumber !== undefined && fileNumber !== undefined && seedNumber !== fileNumber) {
    const reason = `seed "${values.seed}" is number ${seedNumber} but the file is number ${fileNumber}`;
    fail(keyLines.seed!, reason);
  }
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function readSections(
  lines: readonly SourceLine[],
  close: number,
  fail: (line: number, reason: string) => void,
): CorpusParagraph[] {
  const paragraphs: CorpusParagraph[] = [];
  // `unnamed`: the lines under a bad marker or before any marker. They are reported once, at
  // the marker or the first line, and not judged again, so one mistake gives one error.
  let kind: SectionKind | 'unnamed' | undefined;
  let markerLine = 0;
  let sectionParagraphs = 0;
  let headlineLine = 0;
  let sourceLine = 0;
  const openSection = (next: SectionKind | 'unnamed', line: number) => {
    if (kind !== undefined && kind !== 'unnamed' && sectionParagraphs === 0) {
      fail(markerLine, `section @${kind} has no text`);
    }
    kind = next;
    markerLine = line;
    sectionParagraphs = 0;
  };
  if (close + 1 >= lines.length) fail(close + 1, 'no article text after the front matter');
  for (let i = close + 1; i < lines.length; i++) {
    const line = i + 1;
    const text = lines[i]!.text;
    const trimmed = text.trim();
    if (MARKER_LIKE.test(trimmed)) {
      const name = trimmed.slice(1);
      if (!isSectionKind(name)) {
        fail(line, `unknown section "${trimmed}" (expected one of ${markerList()})`);
        openSection('unnamed', line);
      } else {
        if (trimmed !== text) {
          fail(line, `section marker "${trimmed}" must stand alone on its line, without spaces`);
        }
        openSection(name, line);
      }
      continue;
    }
    sourceLine++;
    if (kind === undefined) {
      const what = trimmed === '' ? 'blank line' : 'text';
      fail(line, `${what} before the first section marker (start with one of ${markerList()})`);
      openSection('unnamed', line);
      continue;
    }
    if (trimmed === '' || kind === 'unnamed') continue; // blank lines are original text, not paragraphs
    if (kind === 'headline') {
      if (!headlineLine) headlineLine = line;
      else {
        const reason = `second headline paragraph (the headline is line ${headlineLine})`;
        fail(line, `${reason}; mark repeats of the title as @furniture`);
      }
    }
    sectionParagraphs++;
    paragraphs.push({ kind, text, line, sourceLine });
  }
  openSection('unnamed', 0); // checks that the last section has text
  return paragraphs;
}

/** Checks one article file and reports every problem found in it. */
export function checkArticle(file: string, text: string): ArticleCheck {
  const errors: CorpusError[] = [];
  const fail = (line: number, reason: string) => errors.push(new CorpusError(file, line, reason));
  const name = basename(file);
  const fileName = FILE_NAME.exec(name);
  if (!fileName) {
    const shape =
      'NNN-short-slug.txt or NNNa-short-slug.txt (three digits, an optional part letter, then lower-case ASCII words joined by "-")';
    fail(1, `file name "${name}" must look like ${shape}`);
  }
  const lines = splitLines(stripByteOrderMark(text));
  if (lines[0]?.text !== FENCE) {
    fail(1, 'the file must start with a front-matter line "---"');
    return { article: undefined, errors, keyLines: {} };
  }
  const close = closingFence(lines);
  if (close === -1) {
    fail(1, 'the front matter opened here is never closed by a "---" line');
    return { article: undefined, errors, keyLines: {} };
  }
  const frontMatter = readFrontMatter(lines, close, fail);
  checkValues(frontMatter, fileName?.[1], fail);
  const paragraphs = readSections(lines, close, fail);
  if (errors.length === 0 && !paragraphs.some((p) => p.kind === 'body')) {
    fail(close + 2, 'the article has no @body paragraph');
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { article: undefined, errors, keyLines: frontMatter.keyLines };
  const v = frontMatter.values;
  const article: CorpusArticle = {
    id: name.slice(0, -'.txt'.length),
    file,
    outlet: v.outlet ?? '',
    date: v.date ?? '',
    asOf: v.as_of ?? '',
    byline: v.byline ?? '',
    url: v.url ?? '',
    seed: v.seed ?? '',
    paragraphs,
  };
  return { article, errors, keyLines: frontMatter.keyLines };
}

/** Parses one article file; throws the first problem (by line) as a CorpusError. */
export function parseArticle(file: string, text: string): CorpusArticle {
  const { article, errors } = checkArticle(file, text);
  if (errors[0]) throw errors[0];
  return article!;
}

/** Reads bytes as UTF-8, refusing anything else rather than showing replacement characters. */
function decodeUtf8(file: string, bytes: Uint8Array): string | CorpusError {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new CorpusError(file, 1, 'the file is not valid UTF-8 text');
  }
}

/** Where a file stands in the numbering: its number and its part letter, if any. */
interface ArticleSlot {
  name: string;
  number: string;
  part: string | undefined;
}

function slotOf(name: string): ArticleSlot | undefined {
  const m = FILE_NAME.exec(name);
  return m ? { name, number: m[1]!, part: m[2] } : undefined;
}

/** Why `slot` may not share its number with `other`, or undefined when both are distinct parts of
 *  one page (`003a-`, `003b-`): a number is one page, and a page is split into parts or not at all. */
function numberClash(slot: ArticleSlot, other: ArticleSlot): string | undefined {
  if (slot.part !== undefined && other.part !== undefined) {
    if (slot.part !== other.part) return undefined;
    return `article number ${slot.number}${slot.part} is already used by ${other.name}`;
  }
  const taken = `article number ${slot.number} is already used by ${other.name}`;
  if (slot.part === undefined && other.part === undefined) return taken;
  return `${taken} (articles sharing a number must all carry distinct part letters: ${slot.number}a-…, ${slot.number}b-…)`;
}

/** A seed is one page; several files may take it only as distinct parts of one number. */
function sharesSeedRightly(slot: ArticleSlot, other: ArticleSlot): boolean {
  return (
    slot.part !== undefined && other.part !== undefined && slot.number === other.number && slot.part !== other.part
  );
}

/** Loads every `*.txt` article of a folder, sorted by name. Throws a CorpusLoadError listing
 *  every problem of every file, plus numbers and seeds used twice (parts of one page aside). */
export function loadCorpus(dir: string): CorpusArticle[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => e.name)
    .sort(compareIds);
  if (names.length === 0) throw new Error(`${dir}: no article files (*.txt) in the corpus folder`);
  const errors: CorpusError[] = [];
  const articles: CorpusArticle[] = [];
  const byNumber = new Map<string, ArticleSlot[]>();
  const bySeed = new Map<string, ArticleSlot[]>();
  for (const name of names) {
    const file = join(dir, name);
    const text = decodeUtf8(file, readFileSync(file));
    if (text instanceof CorpusError) {
      errors.push(text);
      continue;
    }
    const check = checkArticle(file, text);
    const fileErrors = [...check.errors];
    const slot = slotOf(name);
    if (slot !== undefined) {
      const sameNumber = byNumber.get(slot.number) ?? [];
      const clash = sameNumber.map((other) => numberClash(slot, other)).find((r) => r !== undefined);
      if (clash !== undefined) fileErrors.push(new CorpusError(file, 1, clash));
      else byNumber.set(slot.number, [...sameNumber, slot]);
    }
    const seed = check.article?.seed;
    if (seed && slot !== undefined) {
      const sameSeed = bySeed.get(seed) ?? [];
      const other = sameSeed.find((o) => !sharesSeedRightly(slot, o));
      if (other !== undefined) {
        const parts = `${slot.number}a-…, ${slot.number}b-…`;
        const reason = `seed "${seed}" is already used by ${other.name} (one seed may give several articles only as distinct parts of one number: ${parts})`;
        fileErrors.push(new CorpusError(file, check.keyLines.seed!, reason));
      } else bySeed.set(seed, [...sameSeed, slot]);
    }
    errors.push(...fileErrors.sort((x, y) => x.line - y.line));
    if (check.article && fileErrors.length === 0) articles.push(check.article);
  }
  if (errors.length > 0) throw new CorpusLoadError(errors);
  return articles;
}
