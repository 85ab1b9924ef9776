// The same job done "the common way", for the main-thread benchmark to compare against: a small
// unpacked extension whose content scripts run Readability (to find the article) and then mark.js
// over the article's elements, with every name the glossary knows, on the page's main thread.
// It loads beside ours in the same Chromium, at document_idle like ours, on hosts of its own.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AliasSpec } from '../../src/core/types.ts';
import { NAME_SHIM } from '../../tools/browsers/page.ts';

/** Hosts the common-way content scripts run on (reserved .test names: nothing real answers). */
export const READABILITY_HOST = 'readability.test';
export const MARKJS_HOST = 'readability-markjs.test';

/** Where the common-way script reports what it did: an attribute on <html>, which the page's own
 *  world (and so the benchmark) can read. */
export const REPORT_ATTRIBUTE = 'data-common-way';

/** Vietnamese news punctuation that can stand right before or after a name ("(Nga)", "Mỹ,", "“NATO”"). */
export const VIETNAMESE_LIMITERS = [
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '…',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '(',
  ')',
  '[',
  ']',
  '«',
  '»',
  '-',
  '–',
  '—',
  '/',
];

/** One `new Mark(articleElements).mark(terms, options)` call, configured as a site would: whole terms,
 *  no splitting into words, no diacritic folding (Vietnamese tones tell names apart: Mỹ is not
 *  My), case as written (as our matcher: names are capitalized), matches only inside one text node. */
export const MARKJS_OPTIONS = {
  separateWordSearch: false,
  accuracy: { value: 'exactly', limiters: VIETNAMESE_LIMITERS },
  diacritics: false,
  caseSensitive: true,
  acrossElements: false,
  className: 'common-way',
} as const;

/** Terms per mark() call: mark.js recurses once per keyword, and ~4,000 at once overflow the stack. */
export const MARKJS_BATCH = 250;

export function describeMarkJs(terms: number): string {
  return (
    `new Mark(articleElements).mark(${terms} terms in batches of ${MARKJS_BATCH}, { separateWordSearch: false, accuracy: { value: 'exactly', ` +
    `limiters: ${VIETNAMESE_LIMITERS.join('')} }, diacritics: false, caseSensitive: true, acrossElements: false })`
  );
}

export const READABILITY_CALL =
  'new Readability(document.cloneNode(true), { keepClasses: true, serializer: (el) => el }).parse()';

interface GlossaryFile {
  actors: { name: string; aliases: AliasSpec[]; shortNames?: string[] }[];
}

/** Every name, alias and short name of the glossary, once each. Cue aliases ("Anh" only next to
 *  "nước", "Thủ tướng"…) go in as plain terms: mark.js has no notion of a cue. */
export function glossaryTerms(glossaryPath: string): string[] {
  const glossary = JSON.parse(readFileSync(glossaryPath, 'utf8')) as GlossaryFile;
  if (!Array.isArray(glossary.actors)) throw new Error(`${glossaryPath}: no "actors" array`);
  const terms = glossary.actors.flatMap((actor) => [
    actor.name,
    ...actor.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
    ...(actor.shortNames ?? []),
  ]);
  return [...new Set(terms.filter((t) => t.trim().length > 0))];
}

export interface CommonWayReport {
  job: 'readability' | 'readability+markjs';
  /** Wall time in the page, ms (one synchronous task each, so it is main-thread time). */
  readabilityMs: number;
  markMs: number;
  /** The live elements mark.js ran over, found from Readability's article by their ids or classes. */
  /** Selectors, comma-separated (or "body (…)" when none was found). */
  article: string;
  marks: number;
  /** performance.now() when the marks were in the DOM. */
  doneAt: number;
}

interface CommonWayConfig {
  job: CommonWayReport['job'];
  terms: string[];
  batch: number;
  options: typeof MARKJS_OPTIONS;
  attribute: string;
}

/** Runs in the page as the last content script (Readability and mark.js loaded before it).
 *  Serialized with toString: it may use only its argument and the page's globals. */
function commonWay(config: CommonWayConfig): void {
  type ReadabilityCtor = new (doc: Document, options: object) => { parse(): { content: Element | null } | null };
  type MarkCtor = new (context: Element[]) => { mark(terms: string[], options: object): void };
  const scope = globalThis as unknown as { Readability: ReadabilityCtor; Mark: MarkCtor };

  /** A selector for `el` that matches exactly one element of the live page, or null. */
  const uniqueSelector = (el: Element): string | null => {
    const own = el.id ? `#${CSS.escape(el.id)}` : [...el.classList].map((c) => `.${CSS.escape(c)}`).join('');
    if (!own || el.id.startsWith('readability-')) return null;
    const selector = `${el.localName}${own}`;
    return document.querySelectorAll(selector).length === 1 ? selector : null;
  };
  /** The live elements Readability kept: each top-level element of its article by its id or
   *  classes (kept with keepClasses), or, for one without, its shallowest descendants with them. */
  const liveArticle = (content: Element | null): { elements: Element[]; selector: string } => {
    const page = content?.querySelector('.page') ?? content;
    const selectors: string[] = [];
    let level = page ? [...page.children] : [];
    while (level.length > 0) {
      const next: Element[] = [];
      for (const el of level) {
        const selector = uniqueSelector(el);
        if (selector) selectors.push(selector);
        else next.push(...el.children);
      }
      level = next;
    }
    if (selectors.length === 0)
      return { elements: [document.body], selector: "body (no element of Readability's article found in the page)" };
    return { elements: selectors.map((s) => document.querySelector(s)!), selector: selectors.join(', ') };
  };

  const start = performance.now();
  const parsed = new scope.Readability(document.cloneNode(true) as Document, {
    keepClasses: true,
    serializer: (el: Element) => el,
  }).parse();
  const { elements, selector } = liveArticle(parsed?.content ?? null);
  const readabilityMs = performance.now() - start;
  let marks = 0;
  let markMs = 0;
  if (config.job === 'readability+markjs') {
    const markStart = performance.now();
    // In batches: mark.js walks its keywords by recursion, and one call with the glossary's ~4,000
    // terms overflows the stack (Chrome: "Invalid regular expression … Stack overflow").
    const marker = new scope.Mark(elements);
    for (let i = 0; i < config.terms.length; i += config.batch) {
      marker.mark(config.terms.slice(i, i + config.batch), {
        ...config.options,
        done: (total: number) => (marks += total),
      });
    }
    markMs = performance.now() - markStart;
  }
  const report = {
    job: config.job,
    readabilityMs,
    markMs,
    article: selector,
    marks,
    doneAt: performance.now(),
  };
  document.documentElement.setAttribute(config.attribute, JSON.stringify(report));
}

export interface CommonWayExtension {
  dir: string;
  terms: number;
  close(): void;
}

/** Writes the common-way extension into a temporary folder. */
export function writeCommonWayExtension(root: string, glossaryPath: string): CommonWayExtension {
  const dir = mkdtempSync(join(tmpdir(), 'boi-canh-common-way-'));
  const terms = glossaryTerms(glossaryPath);
  copyFileSync(join(root, 'node_modules', '@mozilla', 'readability', 'Readability.js'), join(dir, 'Readability.js'));
  copyFileSync(join(root, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), join(dir, 'mark.min.js'));
  const runner = (job: CommonWayConfig['job']): string =>
    `${NAME_SHIM}\n(${commonWay.toString()})(${JSON.stringify({ job, terms, batch: MARKJS_BATCH, options: MARKJS_OPTIONS, attribute: REPORT_ATTRIBUTE } satisfies CommonWayConfig)});\n`;
  writeFileSync(join(dir, 'run-readability.js'), runner('readability'));
  writeFileSync(join(dir, 'run-markjs.js'), runner('readability+markjs'));
  const manifest = {
    manifest_version: 3,
    name: 'Common way (benchmark baseline)',
    version: '1.0.0',
    content_scripts: [
      { matches: [`*://${READABILITY_HOST}/*`], js: ['Readability.js', 'run-readability.js'], run_at: 'document_idle' },
      {
        matches: [`*://${MARKJS_HOST}/*`],
        js: ['Readability.js', 'mark.min.js', 'run-markjs.js'],
        run_at: 'document_idle',
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, terms: terms.length, close: () => rmSync(dir, { recursive: true, force: true }) };
}
