// The reader's own additions to the glossary: a new way of writing an actor's name (an alias), or
// an actor the bundled glossary lacks. Kept in storage.local, merged into the actor list wherever
// the matcher is built (the background, Chrome's offscreen document), applied at once. Nothing
// here touches a browser API: the rules are tested in Node with the real matcher.

import { asciiSlug, normalizeForMatch } from '../core/normalize.ts';
import type { Actor, ActorType, Glossary, GlossaryActor } from '../core/types.ts';
import { ACTOR_TYPES } from '../core/types.ts';
import {
  ACTOR_ALIASES,
  ACTOR_ID_CHARS,
  DESCRIPTION_CHARS,
  NAME_CHARS,
  USER_ACTORS,
  USER_ALIASES,
} from '../shared/limits.ts';
import { isRecord, oversize, problem, readExportedFile, type Problem, type ProblemCode } from './problems.ts';
import { USER_ACTOR_PREFIX } from '../shared/page-data.ts';

export const USER_GLOSSARY_KEY = 'userGlossary';
export const USER_GLOSSARY_FORMAT = 'boi-canh-user-glossary';
export const USER_GLOSSARY_VERSION = 1;

/** A new way of writing an existing actor's name. */
export interface UserAlias {
  actorId: string;
  alias: string;
}

/** An actor the reader added. The description is in the reader's own words (one language). */
export interface UserActor {
  /** Always starts with "user-", so it never collides with a bundled actor's id. */
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  description: string;
}

export interface UserGlossary {
  aliases: UserAlias[];
  actors: UserActor[];
}

export const EMPTY_USER_GLOSSARY: Readonly<UserGlossary> = Object.freeze({ aliases: [], actors: [] });

/** What the rules need of a bundled actor (the options page gets these from glossary.json). */
export type ActorNames = Pick<Actor, 'id' | 'type' | 'name' | 'latin' | 'aliases' | 'shortNames'>;

const USER_ID = /^user-[a-z0-9]+(-[a-z0-9]+)*$/;

const key = (s: string) => normalizeForMatch(s);
const aliasText = (spec: Actor['aliases'][number]) => (typeof spec === 'string' ? spec : spec.text);

/** Every written form of every actor (bundled and the reader's), normalized, to the actor owning it. */
export class NameBook {
  private readonly owners = new Map<string, string>();
  private readonly names = new Map<string, string>();

  constructor(base: readonly ActorNames[], user: UserGlossary) {
    for (const a of base) {
      this.names.set(a.id, a.name);
      this.add(a.id, [a.name, ...(a.latin ? [a.latin] : []), ...a.aliases.map(aliasText), ...(a.shortNames ?? [])]);
    }
    for (const a of user.actors) {
      this.names.set(a.id, a.name);
      this.add(a.id, [a.name, ...a.aliases]);
    }
    for (const a of user.aliases) this.add(a.actorId, [a.alias]);
  }

  private add(id: string, forms: readonly string[]): void {
    for (const form of forms) {
      const k = key(form);
      if (k && !this.owners.has(k)) this.owners.set(k, id);
    }
  }

  /** The actor that already goes by `form`, if any. */
  owner(form: string): string | undefined {
    return this.owners.get(key(form));
  }

  has(id: string): boolean {
    return this.names.has(id);
  }

  nameOf(id: string): string {
    return this.names.get(id) ?? id;
  }
}

/** Problems of one written form of a name (an alias or a new actor's name) for actor `actorId`
 *  ("" for an actor not yet created). */
function formProblems(book: NameBook, form: string, actorId: string, path: string, empty: ProblemCode): Problem[] {
  const text = form.trim();
  if (!text) return [problem(empty, path)];
  const long = formTooLong(text, path);
  if (long.length) return long;
  if (!/\p{L}/u.test(text)) return [problem('nameNoLetter', path, text)];
  const owner = book.owner(text);
  if (owner && owner === actorId) return [problem('aliasDuplicate', path, text)];
  if (owner) return [problem('aliasTakenBy', path, book.nameOf(owner))];
  return [];
}

/** What is wrong with adding `alias` to actor `actorId`; empty when it can be added. */
export function aliasProblems(
  base: readonly ActorNames[],
  user: UserGlossary,
  actorId: string,
  alias: string,
): Problem[] {
  const book = new NameBook(base, user);
  if (!actorId) return [problem('actorNotChosen', 'actor')];
  if (!book.has(actorId)) return [problem('actorUnknown', 'actor', actorId)];
  if (user.aliases.length >= USER_ALIASES)
    return [oversize('tooManyUserAliases', 'alias', user.aliases.length + 1, USER_ALIASES)];
  return formProblems(book, alias, actorId, 'alias', 'aliasEmpty');
}

export interface ActorDraft {
  type: string;
  name: string;
  aliases: string[];
  description: string;
}

/** What is wrong with a new actor; empty when it can be added. */
export function actorProblems(base: readonly ActorNames[], user: UserGlossary, draft: ActorDraft): Problem[] {
  const book = new NameBook(base, user);
  const found: Problem[] = [];
  if (user.actors.length >= USER_ACTORS)
    found.push(oversize('tooManyUserActors', 'name', user.actors.length + 1, USER_ACTORS));
  if (!ACTOR_TYPES.includes(draft.type as ActorType)) found.push(problem('typeInvalid', 'type', draft.type));
  found.push(...formProblems(book, draft.name, '', 'name', 'nameEmpty'));
  const aliases = draft.aliases.map((a) => a.trim()).filter(Boolean);
  if (aliases.length > ACTOR_ALIASES) found.push(oversize('tooManyAliases', 'aliases', aliases.length, ACTOR_ALIASES));
  const seen = new Set([key(draft.name)]);
  aliases.forEach((alias, i) => {
    const path = `aliases[${i}]`;
    if (seen.has(key(alias))) found.push(problem('aliasRepeated', path, alias));
    else found.push(...formProblems(book, alias, '', path, 'aliasEmpty'));
    seen.add(key(alias));
  });
  const description = draft.description.trim();
  if (description.length > DESCRIPTION_CHARS)
    found.push(oversize('descriptionTooLong', 'description', description.length, DESCRIPTION_CHARS));
  return found;
}

/** "Tổng cục Tình báo Đối ngoại" → "tong-cuc-tinh-bao-doi-ngoai", at most 48 characters. */
export function slug(name: string): string {
  return asciiSlug(name).slice(0, 48).replace(/-+$/, '') || 'actor';
}

function freshId(name: string, taken: (id: string) => boolean): string {
  const stem = `${USER_ACTOR_PREFIX}${slug(name)}`;
  let id = stem;
  for (let n = 2; taken(id); n++) id = `${stem}-${n}`;
  return id;
}

export function withAlias(user: UserGlossary, actorId: string, alias: string): UserGlossary {
  return { ...user, aliases: [...user.aliases, { actorId, alias: alias.trim() }] };
}

export function withActor(
  base: readonly ActorNames[],
  user: UserGlossary,
  draft: ActorDraft,
): { user: UserGlossary; actor: UserActor } {
  const baseIds = new Set(base.map((a) => a.id));
  const actor: UserActor = {
    id: freshId(draft.name, (id) => baseIds.has(id) || user.actors.some((a) => a.id === id)),
    type: draft.type as ActorType,
    name: draft.name.trim(),
    aliases: draft.aliases.map((a) => a.trim()).filter(Boolean),
    description: draft.description.trim(),
  };
  return { user: { ...user, actors: [...user.actors, actor] }, actor };
}

export function withoutAlias(user: UserGlossary, index: number): UserGlossary {
  return { ...user, aliases: user.aliases.filter((_, i) => i !== index) };
}

/** Removes a user actor and the aliases the reader gave it. */
export function withoutActor(user: UserGlossary, id: string): UserGlossary {
  return { aliases: user.aliases.filter((a) => a.actorId !== id), actors: user.actors.filter((a) => a.id !== id) };
}

function asGlossaryActor(a: UserActor): GlossaryActor {
  return {
    id: a.id,
    type: a.type,
    name: a.name,
    aliases: [...a.aliases],
    description: { vi: a.description, en: a.description },
    roles: [],
    contexts: [],
    storyIds: [],
    coMentions: [],
    mentionCount: 0,
    source: 'reader',
  };
}

/** The actor list with the reader's additions: aliases joined to their actors, new actors after
 *  the bundled ones. An alias whose actor no longer exists (a newer glossary) is left out. */
export function mergeActors<A extends Actor>(actors: readonly A[], user: UserGlossary, make: (a: UserActor) => A): A[] {
  const extra = new Map<string, string[]>();
  for (const { actorId, alias } of user.aliases) extra.set(actorId, [...(extra.get(actorId) ?? []), alias]);
  const known = new Set(actors.map((a) => a.id));
  const added = user.actors.filter((a) => !known.has(a.id)).map(make);
  return [...actors, ...added].map((a) =>
    extra.has(a.id) ? { ...a, aliases: [...a.aliases, ...extra.get(a.id)!] } : a,
  );
}

export function withUserAdditions(glossary: Glossary, user: UserGlossary): Glossary {
  if (!user.aliases.length && !user.actors.length) return glossary;
  return { ...glossary, actors: mergeActors(glossary.actors, user, asGlossaryActor) };
}

// ---- Reading what is stored or imported ----

/** A written form's problem of length: each name and alias is at most NAME_CHARS. */
function formTooLong(form: string, path: string): Problem[] {
  return form.trim().length > NAME_CHARS ? [oversize('nameTooLong', path, form.trim().length, NAME_CHARS)] : [];
}

/** The shape of a stored or imported actor, with the bounds of its texts (the count of its aliases
 *  is the import's to report and the store's to trim). */
function userActorProblems(raw: unknown, path: string): Problem[] {
  if (!isRecord(raw)) return [problem('entryNotObject', path)];
  const found: Problem[] = [];
  if (typeof raw.id !== 'string' || !USER_ID.test(raw.id) || raw.id.length > ACTOR_ID_CHARS) {
    found.push(problem('userIdInvalid', `${path}.id`, String(raw.id)));
  }
  if (!ACTOR_TYPES.includes(raw.type as ActorType))
    found.push(problem('typeInvalid', `${path}.type`, String(raw.type)));
  if (typeof raw.name !== 'string' || !raw.name.trim()) found.push(problem('nameEmpty', `${path}.name`));
  else found.push(...formTooLong(raw.name, `${path}.name`));
  if (!Array.isArray(raw.aliases) || raw.aliases.some((a) => typeof a !== 'string' || !a.trim())) {
    found.push(problem('aliasesInvalid', `${path}.aliases`));
  } else {
    for (const [i, a] of (raw.aliases as string[]).entries()) found.push(...formTooLong(a, `${path}.aliases[${i}]`));
  }
  if (typeof raw.description !== 'string') found.push(problem('descriptionInvalid', `${path}.description`));
  else if (raw.description.trim().length > DESCRIPTION_CHARS) {
    found.push(oversize('descriptionTooLong', `${path}.description`, raw.description.trim().length, DESCRIPTION_CHARS));
  }
  return found;
}

function userAliasProblems(raw: unknown, path: string): Problem[] {
  if (!isRecord(raw)) return [problem('entryNotObject', path)];
  const found: Problem[] = [];
  if (typeof raw.actorId !== 'string' || !raw.actorId || raw.actorId.length > ACTOR_ID_CHARS) {
    found.push(problem('actorIdInvalid', `${path}.actorId`, String(raw.actorId)));
  }
  if (typeof raw.alias !== 'string' || !raw.alias.trim()) found.push(problem('aliasEmpty', `${path}.alias`));
  else found.push(...formTooLong(raw.alias, `${path}.alias`));
  return found;
}

/** What storage holds, leniently: malformed entries and those with a text over its bound are left
 *  out, never thrown on; lists over their bounds are cut (the first USER_ACTORS actors, each with
 *  its first ACTOR_ALIASES aliases, and the first USER_ALIASES aliases). */
export function storedUserGlossary(raw: unknown): UserGlossary {
  if (!isRecord(raw)) return { aliases: [], actors: [] };
  const actors = Array.isArray(raw.actors) ? raw.actors.filter((a) => userActorProblems(a, '').length === 0) : [];
  const aliases = Array.isArray(raw.aliases) ? raw.aliases.filter((a) => userAliasProblems(a, '').length === 0) : [];
  return {
    actors: (actors as UserActor[]).slice(0, USER_ACTORS).map((a) => ({
      id: a.id,
      type: a.type,
      name: a.name,
      aliases: a.aliases.slice(0, ACTOR_ALIASES),
      description: a.description,
    })),
    aliases: (aliases as UserAlias[]).slice(0, USER_ALIASES).map((a) => ({ actorId: a.actorId, alias: a.alias })),
  };
}

export interface UserGlossaryFile extends UserGlossary {
  format: typeof USER_GLOSSARY_FORMAT;
  version: typeof USER_GLOSSARY_VERSION;
  exportedAt: string;
}

export function userGlossaryFile(user: UserGlossary, now: Date): UserGlossaryFile {
  return { format: USER_GLOSSARY_FORMAT, version: USER_GLOSSARY_VERSION, exportedAt: now.toISOString(), ...user };
}

export type ImportedGlossary = { ok: true; user: UserGlossary; added: number } | { ok: false; problems: Problem[] };

/** Reads an exported file and merges it into `current`: actors by id (the file's version wins),
 *  aliases the reader already has are skipped. Every field is checked, and every alias and name
 *  against the bundled glossary; one problem rejects the whole file. */
export function importUserGlossary(text: string, base: readonly ActorNames[], current: UserGlossary): ImportedGlossary {
  const file = readExportedFile(text, USER_GLOSSARY_FORMAT, USER_GLOSSARY_VERSION);
  if (!file.ok) return file;
  const { raw } = file;
  if (!Array.isArray(raw.actors)) return { ok: false, problems: [problem('actorsInvalid', 'actors')] };
  if (!Array.isArray(raw.aliases)) return { ok: false, problems: [problem('aliasesInvalid', 'aliases')] };
  // A file over the store's bounds is refused whole, before its items are walked; within them,
  // each addition is checked against what the merge already holds (actorProblems, aliasProblems).
  if (raw.actors.length > USER_ACTORS)
    return { ok: false, problems: [oversize('tooManyUserActors', 'actors', raw.actors.length, USER_ACTORS)] };
  if (raw.aliases.length > USER_ALIASES)
    return { ok: false, problems: [oversize('tooManyUserAliases', 'aliases', raw.aliases.length, USER_ALIASES)] };
  let user: UserGlossary = { aliases: [...current.aliases], actors: [...current.actors] };
  const problems: Problem[] = [];
  let added = 0;
  // Each item is checked for its shape first; only a well-formed one is checked against the
  // glossary (and merged), so that every problem of the file is reported in one go.
  (raw.actors as unknown[]).forEach((item, i) => {
    const shape = userActorProblems(item, `actors[${i}]`);
    if (shape.length) {
      problems.push(...shape);
      return;
    }
    const a = item as UserActor;
    if (base.some((b) => b.id === a.id)) {
      problems.push(problem('userIdInvalid', `actors[${i}].id`, a.id));
      return;
    }
    const rest = withoutActor(user, a.id);
    const found = actorProblems(base, rest, a).map((p) => ({ ...p, path: `actors[${i}].${p.path}` }));
    if (found.length) {
      problems.push(...found);
      return;
    }
    const actor: UserActor = {
      id: a.id,
      type: a.type,
      name: a.name.trim(),
      aliases: a.aliases.map((s) => s.trim()),
      description: a.description.trim(),
    };
    user = { aliases: user.aliases, actors: [...rest.actors, actor] };
    added++;
  });
  (raw.aliases as unknown[]).forEach((item, i) => {
    const shape = userAliasProblems(item, `aliases[${i}]`);
    if (shape.length) {
      problems.push(...shape);
      return;
    }
    const a = item as UserAlias;
    const found = aliasProblems(base, user, a.actorId, a.alias);
    if (found.length === 1 && found[0]!.code === 'aliasDuplicate') return;
    if (found.length) {
      problems.push(...found.map((p) => ({ ...p, path: `aliases[${i}].${p.path === 'actor' ? 'actorId' : 'alias'}` })));
      return;
    }
    user = withAlias(user, a.actorId, a.alias);
    added++;
  });
  return problems.length ? { ok: false, problems } : { ok: true, user, added };
}
