// How marks look: one look per kind of actor in each of the reader's mark styles, as CSS.
//
// The highlight rules of every style ship as a static style sheet, marks.css (written by the build
// from highlightCss, injected by the browser with the content script before the page is first
// styled). Adding ::highlight() rules to a page later makes the browser restyle every element of
// it: measured in Chromium, 1.8 s on a 200,000-element page, in one task. So the rules never
// change: each style has its own highlight names, and a change of style moves the marks to the
// other names (marks.ts), which costs one repaint and no restyle.

import { ACTOR_TYPES, type ActorType } from '../core/types.ts';
import type { ActorCard } from '../shared/page-data.ts';
import type { MarkStyle } from '../keeping/settings.ts';

export const HIGHLIGHT_PREFIX = 'boi-canh-';
export const CURRENT_HIGHLIGHT = 'boi-canh-current';
/** A brief, stronger paint on the mention the side panel just scrolled to. */
export const FLASH_HIGHLIGHT = 'boi-canh-flash';
/** The element the fallback painter wraps marks in, where there is no highlight API. */
export const MARK_TAG = 'boi-canh-mark';
/** The static style sheet's file in the built extension. */
export const MARKS_CSS_FILE = 'marks.css';

/** How a mark is painted: by its actor's type, or lighter for a person read from the article
 *  alone (not in the glossary), whose card says less. */
export type MarkKind = ActorType | 'introduced';
export const MARK_KINDS: readonly MarkKind[] = [...ACTOR_TYPES, 'introduced'];

export function markKind(card: ActorCard): MarkKind {
  return card.introduced ? 'introduced' : card.type;
}

/** The styles that draw something, and the infix of their highlight names: the default style keeps
 *  the plain names (boi-canh-person). */
type DrawnStyle = Exclude<MarkStyle, 'off'>;
const NAME_INFIX: Record<DrawnStyle, string> = { 'tint-underline': '', underline: 'u-', background: 'b-' };
const DRAWN_STYLES = Object.keys(NAME_INFIX) as DrawnStyle[];

/** The highlight a mark of this kind is registered under in this style; null for "off". */
export function highlightName(kind: MarkKind, style: MarkStyle): string | null {
  return style === 'off' ? null : `${HIGHLIGHT_PREFIX}${NAME_INFIX[style]}${kind}`;
}

/** Quiet but visible on light and dark pages: a translucent tint plus an underline in the type's
 *  colour. Translucent colours mix with whatever background the site uses. */
const COLOURS: Record<ActorType, string> = {
  person: '31, 111, 235',
  state: '214, 120, 0',
  organization: '35, 150, 70',
  place: '130, 80, 223',
  event: '207, 34, 46',
  treaty: '10, 140, 150',
  weapon: '120, 128, 138',
  media: '170, 120, 0',
};

/** One mark's look in the reader's chosen style ("off" draws nothing: the options page's choice). */
function lookOf(kind: MarkKind, style: MarkStyle): string {
  if (style === 'off') return '';
  // A dotted underline in the person colour, no tint, whatever the style: visibly a lighter claim.
  if (kind === 'introduced')
    return `text-decoration: underline 1.5px dotted rgba(${COLOURS.person}, 0.85); text-underline-offset: 3px;`;
  const rgb = COLOURS[kind];
  const line = `text-decoration: underline 2px rgba(${rgb}, 0.75); text-underline-offset: 3px;`;
  if (style === 'underline') return line;
  if (style === 'background') return `background-color: rgba(${rgb}, 0.22);`;
  return `background-color: rgba(${rgb}, 0.13); ${line}`;
}

/** Every style's highlight rules, and the current and flashed mention's: the static sheet. */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const style of DRAWN_STYLES) {
    for (const kind of MARK_KINDS) rules.push(`::highlight(${highlightName(kind, style)}) { ${lookOf(kind, style)} }`);
  }
  rules.push(`::highlight(${CURRENT_HIGHLIGHT}) { background-color: rgba(255, 200, 0, 0.45); }`);
  rules.push(`::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 170, 0, 0.75); color: #1d232b; }`);
  return `${rules.join('\n')}\n`;
}

/** The fallback's rules, for one style: its marks are elements, restyled in place. */
export function elementCss(style: MarkStyle): string {
  return MARK_KINDS.map(
    (kind) => `${MARK_TAG}[data-type="${kind}"] { all: unset; display: inline; ${lookOf(kind, style)} }`,
  ).join('\n');
}

/** Whether the static sheet's rules are in force in `doc`: the browser injects them with the
 *  content script declared in the manifest or registered for a site, not with one injected by the
 *  toolbar button. Read from the computed style of a highlight, which needs no restyle once the
 *  page has been styled. */
export function highlightRulesInForce(doc: Document): boolean {
  try {
    const probe = `::highlight(${highlightName('person', 'tint-underline')})`;
    const color = doc.defaultView?.getComputedStyle(doc.documentElement, probe).backgroundColor ?? '';
    return color !== '' && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)';
  } catch {
    return false;
  }
}
