// Reach: on test pages written for it (test/fixtures/sites/, gold-labelled by reading in
// test/reach/*.json, and the world beyond Russia and Belarus in test/reach-world/*.json), how many
// actor mentions get a right card, and how many marks are wrong.
// It runs the extension's own path in Node: the page's copy as the content script makes it, the
// article text the worker chooses, the matcher with the built glossary, the people read from the
// article. The browser tests check that the real browsers mark the same.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { DEFAULT_PATHS, loadAllActors } from '../../build/glossary/main.ts';
import { loadNotActors } from '../../build/glossary/actors.ts';
import { buildGlossary } from '../../build/glossary/build-glossary.ts';
import { loadCorpus } from '../../build/glossary/corpus.ts';
import { markKind, type MarkKind } from '../../src/marking/mark-looks.ts';
import { snapshotPage } from '../../src/content/serialize.ts';
import { buildMatcher } from '../../src/core/matcher.ts';
import { normalizeForMatch } from '../../src/core/normalize.ts';
import type { Glossary } from '../../src/core/types.ts';
import { chooseArticleText, parseSnapshot } from '../../src/analysis/article-extract.ts';
import type { ActorCard } from '../../src/shared/page-data.ts';
import { PageMatcher } from '../../src/analysis/page-matching.ts';
import { groupRuns } from '../../src/analysis/runs.ts';

const REACH = import.meta.dirname;
const SITES = join(REACH, '..', 'fixtures', 'sites');

/** The gold sets: Russia, Belarus and their neighbours (the unit and browser tests hold this one),
 *  and the rest of the world's foreign-affairs news. */
export const REACH_DIR = REACH;
export const WORLD_DIR = join(REACH, '..', 'reach-world');

export interface GoldMention {
  text: string;
  actor: string;
  /** A person's full name as the article introduces it. */
  name?: string;
  /** "Bộ Ngoại giao Trung Quốc": one institution named by kind and country. */
  institution?: boolean;
}

export interface GoldPage {
  page: string;
  topic: string;
  mentions: GoldMention[];
  traps: string[];
}

/** What became of one gold mention. */
export type Outcome =
  | 'right' // a mark on it with the right actor (glossary or read from the article)
  | 'part' // an actor named inside it (the country inside an institution's name; never a person's)
  | 'wrong' // a mark on it with another actor
  | 'missed'; // no mark on it

export interface PageScore {
  page: string;
  gold: number;
  right: number;
  /** Gold mentions with a wrong card, and marks on no gold mention at all (traps lit). */
  wrong: { text: string; actor: string; expected?: string }[];
  outcomes: { mention: GoldMention; outcome: Outcome }[];
  /** Gold mentions the article text the extension read does not contain, in order. */
  unplaced: GoldMention[];
  /** Every mark the extension makes on the page, in reading order: what the browser tests expect
   *  the real browsers to paint. */
  marks: PageMark[];
}

export interface PageMark {
  text: string;
  kind: MarkKind;
  card: ActorCard;
}

/** The gold pages of one set (test/reach/ unless told). */
export function goldPages(dir: string = REACH_DIR): GoldPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldPage);
}

/** The glossary the build writes, built in memory from the same sources. */
export function builtGlossary(): Glossary {
  const { actors, sources } = loadAllActors(DEFAULT_PATHS);
  const notActors = loadNotActors(DEFAULT_PATHS.notActors);
  const skip = new Set([...notActors.bylines, ...notActors.words].map(normalizeForMatch));
  return buildGlossary(loadCorpus(DEFAULT_PATHS.articles), actors, buildMatcher(actors), skip, sources).glossary;
}

export interface Placed {
  start: number;
  end: number;
}

/** The article text as the worker chose it (chosen text nodes in order), and where each node
 *  starts in it. */
function articleOf(page: string) {
  const [host, ...rest] = page.split('/');
  const window = new Window({ url: `https://${host}/${rest.join('/')}`, settings: { disableCSSFileLoading: true } });
  window.document.write(readFileSync(join(SITES, page), 'utf8'));
  const { snapshot } = snapshotPage(window.document as unknown as Document);
  const parser = new window.DOMParser() as unknown as DOMParser;
  const { chosen } = chooseArticleText(parseSnapshot(snapshot, parser), snapshot);
  const nodes = [...chosen].sort((a, b) => a - b);
  const nodeStart = new Map<number, number>();
  let text = '';
  for (const i of nodes) {
    nodeStart.set(i, text.length);
    text += snapshot.texts[i];
  }
  return { snapshot, chosen, text, nodeStart };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

/** Each gold mention's place in the text, searched in reading order on word boundaries. */
function placeGold(
  text: string,
  mentions: readonly GoldMention[],
): { placed: (Placed | null)[]; unplaced: GoldMention[] } {
  let from = 0;
  const unplaced: GoldMention[] = [];
  const placed = mentions.map((m) => {
    for (let at = text.indexOf(m.text, from); at >= 0; at = text.indexOf(m.text, at + 1)) {
      if (isWordChar(text[at - 1]) || isWordChar(text[at + m.text.length])) continue;
      from = at + m.text.length;
      return { start: at, end: from };
    }
    unplaced.push(m);
    return null;
  });
  return { placed, unplaced };
}

/** Is the card the gold mention's actor: the same glossary id, or the same person read from the
 *  article under the same name? */
function rightCard(card: ActorCard, gold: GoldMention): boolean {
  if (card.id === gold.actor) return true;
  return (
    card.introduced === true && gold.name !== undefined && normalizeForMatch(card.name) === normalizeForMatch(gold.name)
  );
}

const overlaps = (a: Placed, b: Placed) => a.start < b.end && b.start < a.end;
const inside = (a: Placed, b: Placed) => a.end - a.start < b.end - b.start && a.start >= b.start && a.end <= b.end;

/** What became of the gold `mention` at `span` (null: not in the text read), given the page's marks. */
export function outcomeOf(
  mention: GoldMention,
  span: Placed | null,
  marks: readonly (Placed & { card: ActorCard })[],
): Outcome {
  const on = span ? marks.filter((mark) => overlaps(mark, span)) : [];
  if (on.some((mark) => rightCard(mark.card, mention))) return 'right';
  // An actor named inside a longer name ("Nga" in "Quỹ Đầu tư Trực tiếp Nga", "SCO" in "Hội nghị
  // thượng đỉnh SCO") is that actor: the longer name is missed, nothing is wrong. Not inside a
  // person's name: "Assad" in "Hafez al-Assad", "Kim Dae" in "Kim Dae-jung" is someone else.
  if (on.length && mention.name === undefined && on.every((mark) => inside(mark, span!))) return 'part';
  return on.length ? 'wrong' : 'missed';
}

export function scorePage(gold: GoldPage, matcher: PageMatcher): PageScore {
  const { snapshot, chosen, text, nodeStart } = articleOf(gold.page);
  const runs = groupRuns(snapshot.texts, snapshot.runs, (i) => chosen.has(i));
  const reply = matcher.match(snapshot.texts, runs, true);
  if (!reply.ok) throw new Error(`${gold.page}: ${reply.reason}`);
  const cards = new Map(reply.actors.map((c) => [c.id, c]));
  const marks = reply.mentions.map((m) => ({
    start: nodeStart.get(m.start.node)! + m.start.offset,
    end: nodeStart.get(m.end.node)! + m.end.offset,
    card: cards.get(m.actorId)!,
  }));
  const { placed, unplaced } = placeGold(text, gold.mentions);
  const outcomes = gold.mentions.map((mention, k) => ({
    mention,
    outcome: outcomeOf(mention, placed[k] ?? null, marks),
  }));
  const wrong: PageScore['wrong'] = [];
  outcomes.forEach(({ mention, outcome }, k) => {
    if (outcome !== 'wrong') return;
    for (const mark of marks.filter((m) => overlaps(m, placed[k]!))) {
      wrong.push({ text: text.slice(mark.start, mark.end), actor: mark.card.id, expected: mention.actor });
    }
  });
  for (const mark of marks) {
    if (!placed.some((span) => span && overlaps(mark, span)))
      wrong.push({ text: text.slice(mark.start, mark.end), actor: mark.card.id });
  }
  return {
    page: gold.page,
    gold: gold.mentions.length,
    right: outcomes.filter((o) => o.outcome === 'right').length,
    wrong,
    outcomes,
    unplaced,
    marks: marks.map((mark) => ({
      text: text.slice(mark.start, mark.end),
      kind: markKind(mark.card),
      card: mark.card,
    })),
  };
}

/** Every page of one gold set (test/reach/ unless told) scored with the glossary. */
export function evaluateReach(glossary: Glossary = builtGlossary(), dir: string = REACH_DIR): PageScore[] {
  const matcher = new PageMatcher(glossary, buildMatcher(glossary.actors));
  return goldPages(dir).map((gold) => scorePage(gold, matcher));
}
