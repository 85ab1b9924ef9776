// The protocol's one table: for each message type (messages.ts), the check of the message its
// receiver runs before its handler (serve.ts), and the check of the reply its sender runs before
// reading it (ask.ts). The table is typed over every type of the protocol: a message added to
// messages.ts without both checks here does not compile.
//
// A message can come from an older build, another part's bug, or (through the page-visible parts
// of the runtime) from somewhere we do not control; a reply, from a receiver of another build.

import { entryProblems, rememberedProblem } from '../keeping/history.ts';
import { isNotReadReason } from '../shared/not-read.ts';
import { overCount, overLength, overTotalLength } from '../shared/bounds.ts';
import { PART_CHARS, PART_ITEMS } from '../shared/copy-parts.ts';
import {
  HISTORY_ENTRIES,
  IMPORT_ENTRIES,
  NAME_CHARS,
  PAGE_COPY_CHARS,
  PAGE_TEXT_NODES,
  PERSON_TITLE_CHARS,
  REMEMBERED_PEOPLE,
  USER_ACTORS,
  USER_ALIASES,
} from '../shared/limits.ts';
import { COMMANDS, type Command, type MessageType } from './messages.ts';
import {
  everyIs,
  extractReplyProblem,
  idProblem,
  isActorId,
  isIndex,
  isRecord,
  isString,
  listProblem,
  readingProblem,
  snapshotProblem,
  urlProblem,
} from './payload-checks.ts';

type RequestCheck = (m: Record<string, unknown>) => string | null;
type ReplyCheck = (raw: unknown) => string | null;

/** Characters of a copy's id: the content script makes short ones. */
const COPY_ID_CHARS = 64;

function copyIdProblem(v: unknown): string | null {
  return isString(v) && v !== '' ? overLength('copy', v, COPY_ID_CHARS) : 'copy is not a non-empty string';
}

/** A part's sizes against copy-parts.ts's bounds, then its items; the whole copy is checked once
 *  joined (snapshotProblem), where parents can be checked against the elements. */
function copyPartProblem(v: unknown): string | null {
  if (!isRecord(v)) return 'part is not an object';
  if (!isString(v.html)) return 'part.html is not a string';
  const lists = ['texts', 'parents', 'runs', 'tags'].find((k) => !Array.isArray(v[k]));
  if (lists) return `part.${lists} is not an array`;
  const texts = v.texts as unknown[];
  const size =
    overLength('part.html', v.html, PART_CHARS) ??
    overCount('part.texts', texts, PART_ITEMS) ??
    overCount('part.tags', v.tags as unknown[], PART_ITEMS);
  if (size) return size;
  const problem =
    everyIs(texts, isString, 'part.texts') ??
    everyIs(v.parents, isIndex, 'part.parents') ??
    everyIs(v.runs, isIndex, 'part.runs') ??
    everyIs(v.tags, isString, 'part.tags') ??
    // A single text may be longer: a text node is never cut.
    overTotalLength('part.texts', texts as string[], texts.length === 1 ? PAGE_COPY_CHARS : PART_CHARS);
  if (problem) return problem;
  if ((v.parents as unknown[]).length !== texts.length || (v.runs as unknown[]).length !== texts.length) {
    return 'part.texts, parents and runs differ in length';
  }
  return null;
}

/** The in-page path's runs are made of the copy's text nodes: the copy's limits bound them. */
function checkRuns(v: unknown): string | null {
  if (!Array.isArray(v)) return 'runs is not an array';
  const count = overCount('runs', v, PAGE_TEXT_NODES);
  if (count) return count;
  let nodes = 0;
  let chars = 0;
  for (let i = 0; i < v.length; i++) {
    const run: unknown = v[i];
    if (!isRecord(run)) return `runs[${i}] is not an object`;
    // Counted before the run is walked: one oversize run is refused unread.
    nodes += Array.isArray(run.nodes) ? run.nodes.length : 0;
    if (nodes > PAGE_TEXT_NODES) return `runs hold ${nodes} text nodes together, over the limit of ${PAGE_TEXT_NODES}`;
    const problem = everyIs(run.nodes, isIndex, `runs[${i}].nodes`) ?? everyIs(run.texts, isString, `runs[${i}].texts`);
    if (problem) return problem;
    if ((run.nodes as unknown[]).length !== (run.texts as unknown[]).length) {
      return `runs[${i}] has ${String((run.nodes as unknown[]).length)} nodes but ${String((run.texts as unknown[]).length)} texts`;
    }
    for (const text of run.texts as string[]) chars += text.length;
    if (chars > PAGE_COPY_CHARS) return `runs hold ${chars} characters together, over the limit of ${PAGE_COPY_CHARS}`;
  }
  return null;
}

function peopleProblem(v: unknown): string | null {
  if (!Array.isArray(v)) return 'people is not an array';
  return overCount('people', v, REMEMBERED_PEOPLE) ?? everyIs(v, (p) => rememberedProblem(p) === null, 'people');
}

function addToGlossaryProblem(m: Record<string, unknown>): string | null {
  if (!isString(m.name) || m.name.trim() === '' || !isString(m.title)) return 'name or title is not a string';
  return overLength('name', m.name, NAME_CHARS) ?? overLength('title', m.title, PERSON_TITLE_CHARS);
}

function historyImportProblem(m: Record<string, unknown>): string | null {
  if (!Array.isArray(m.entries)) return 'entries is not an array';
  const count = overCount('entries', m.entries, IMPORT_ENTRIES);
  if (count) return count;
  const first = m.entries.flatMap((e, i) => entryProblems(e, `entries[${i}]`))[0];
  return first ? `${first.path}: ${first.code}` : null;
}

/** Shape and counts only: the receiver reads it with storedUserGlossary, which drops malformed
 *  entries. */
function userGlossaryProblem(v: unknown): string | null {
  if (!isRecord(v) || !Array.isArray(v.actors) || !Array.isArray(v.aliases))
    return 'glossary is not { actors: [], aliases: [] }';
  return overCount('glossary.actors', v.actors, USER_ACTORS) ?? overCount('glossary.aliases', v.aliases, USER_ALIASES);
}

/** Why `raw` is not a valid PanelTabReply, or null. */
function panelTabReplyProblem(raw: unknown): string | null {
  if (!isRecord(raw) || raw.ok !== true) return 'reply is not { ok: true }';
  if (raw.reading !== null) {
    const problem = readingProblem(raw.reading);
    if (problem) return problem;
  }
  if (raw.notRead !== undefined && raw.notRead !== null && !isNotReadReason(raw.notRead))
    return 'reply.notRead is not a known reason';
  const focus = raw.focus;
  if (focus === null) return null;
  if (!isRecord(focus) || !isActorId(focus.actorId) || typeof focus.at !== 'number') return 'reply.focus is malformed';
  return null;
}

/** A reply that is either the receiver's failure (`{ ok: false, reason }`) or what `succeeded`
 *  accepts of an `{ ok: true, ... }`. */
function orFailure(succeeded: (reply: Record<string, unknown>) => string | null): ReplyCheck {
  return (raw) => {
    if (!isRecord(raw)) return 'reply is not an object';
    if (raw.ok === false) return isString(raw.reason) ? null : 'failure without a reason';
    if (raw.ok !== true) return 'reply.ok is not a boolean';
    return succeeded(raw);
  };
}

/** The reply of a message whose sender waits for delivery only: whatever comes back is unread. */
const unread: ReplyCheck = () => null;

const noFields: RequestCheck = () => null;
const tabIdProblem: RequestCheck = (m) => (isIndex(m.tabId) ? null : 'tabId is not a non-negative integer');

function openPanelReplyProblem(raw: unknown): string | null {
  if (!isRecord(raw) || raw.ok !== true) return 'reply is not { ok: true }';
  return raw.shown === 'panel' || raw.shown === 'sidebar' || raw.shown === 'hint' ? null : 'reply.shown is unknown';
}

const COUNTS = ['added', 'updated', 'unchanged', 'total'] as const;

/** Both checks of every message type: typed so that a type missing either does not compile. */
export type ProtocolChecks = { [T in MessageType]: { request: RequestCheck; reply: ReplyCheck } };

const CHECKS: ProtocolChecks = {
  'page/extract': { request: (m) => snapshotProblem(m.snapshot), reply: extractReplyProblem },
  'page/copy-part': {
    request: (m) =>
      copyIdProblem(m.copy) ??
      (isIndex(m.index) ? null : 'index is not a non-negative integer') ??
      copyPartProblem(m.part),
    reply: orFailure(() => null),
  },
  'page/extract-parts': {
    request: (m) =>
      urlProblem(m.url, 'url') ??
      copyIdProblem(m.copy) ??
      (isIndex(m.parts) && m.parts > 0 ? null : 'parts is not a positive integer'),
    reply: extractReplyProblem,
  },
  'page/match-runs': { request: (m) => urlProblem(m.url, 'url') ?? checkRuns(m.runs), reply: extractReplyProblem },
  'page/actor-count': {
    request: (m) => (isIndex(m.count) ? null : 'count is not a non-negative integer'),
    reply: unread,
  },
  'card/open-panel': { request: (m) => idProblem(m.actorId, 'actorId'), reply: openPanelReplyProblem },
  'card/add-to-glossary': { request: addToGlossaryProblem, reply: unread },
  'page/reading': { request: (m) => readingProblem(m.reading), reply: unread },
  'page/context-actor': {
    request: (m) =>
      m.actorId === null
        ? null
        : isString(m.actorId) && m.actorId !== ''
          ? idProblem(m.actorId, 'actorId')
          : 'actorId is neither null nor a non-empty string',
    reply: unread,
  },
  'panel/get-tab': { request: tabIdProblem, reply: panelTabReplyProblem },
  'history/list': {
    request: noFields,
    reply: orFailure((r) => listProblem(r.entries, 'reply.entries', HISTORY_ENTRIES)),
  },
  'history/clear': { request: noFields, reply: orFailure(() => null) },
  'history/import': {
    request: historyImportProblem,
    reply: orFailure((r) =>
      COUNTS.every((k) => isIndex(r[k])) ? null : 'reply.added, updated, unchanged or total is not a count',
    ),
  },
  'glossary/user-additions': { request: noFields, reply: orFailure((r) => userGlossaryProblem(r.glossary)) },
  'offscreen/extract': {
    request: (m) => snapshotProblem(m.snapshot) ?? (m.people === undefined ? null : peopleProblem(m.people)),
    reply: extractReplyProblem,
  },
  'offscreen/user-glossary': {
    request: (m) => userGlossaryProblem(m.glossary),
    reply: (raw) => (isRecord(raw) && raw.ok === true ? null : 'reply is not { ok: true }'),
  },
  'page/command': {
    request: (m) => (COMMANDS.includes(m.command as Command) ? null : `unknown command ${JSON.stringify(m.command)}`),
    reply: unread,
  },
  'page/activate': { request: noFields, reply: unread },
  'page/show-mention': {
    request: (m) =>
      idProblem(m.actorId, 'actorId') ??
      (!isIndex(m.index)
        ? 'index is not a non-negative integer'
        : m.tabId === undefined || isIndex(m.tabId)
          ? null
          : 'tabId is not a non-negative integer'),
    reply: orFailure((r) =>
      isIndex(r.index) && isIndex(r.total) ? null : 'reply.index or reply.total is not a count',
    ),
  },
  'panel/tab-changed': { request: tabIdProblem, reply: unread },
  'panel/focus-actor': {
    request: (m) => (!isIndex(m.tabId) ? 'tabId is not a non-negative integer' : idProblem(m.actorId, 'actorId')),
    reply: unread,
  },
};

/** The message types of the protocol, from its table. */
export const MESSAGE_TYPES = Object.keys(CHECKS) as MessageType[];

/** Why `raw` is not a valid message, or null when it is. */
export function messageProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'not an object';
  const type = raw.type;
  if (!isString(type)) return 'no string "type"';
  if (!Object.hasOwn(CHECKS, type)) return `unknown type ${JSON.stringify(type)}`;
  return CHECKS[type as MessageType].request(raw);
}

/** Why `raw` is not a valid reply to a message of type `type`, or null when it is. */
export function replyProblem(type: MessageType, raw: unknown): string | null {
  return CHECKS[type].reply(raw);
}
