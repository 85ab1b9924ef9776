// One actor list from several sources, surest first: the corpus's reviewed list, the reviewed
// standing actors from public record, then what data packages give. The same id from two sources
// is one actor: the surer source's name, type and description, everyone's spellings. A spelling
// that two actors claim must not light the wrong one: a package's spelling gives way to a
// reviewed actor's (and a package actor whose very name a reviewed actor claims is left out);
// two package actors claiming one spelling both lose it; two reviewed actors claiming one is an
// error for the reviewers to settle.
import { normalizeForMatch } from '../../../src/core/normalize.ts';
import type { Actor, ActorLink, ActorSource, AliasSpec } from '../../../src/core/types.ts';
import { DataFileError } from '../actors.ts';

export interface Source {
  source: ActorSource;
  actors: readonly Actor[];
  /** Where the source's actors are written, for error messages. */
  where: string;
}

export interface Merged {
  actors: Actor[];
  sources: Map<string, ActorSource>;
  /** What gave way, for the build's report: "Congo" (dr-congo, republic-of-the-congo). */
  dropped: string[];
}

const aliasText = (spec: AliasSpec) => (typeof spec === 'string' ? spec : spec.text);

function mergeInto(into: Actor, from: Actor): void {
  const texts = new Set([into.name, ...into.aliases.map(aliasText)]);
  for (const spec of from.aliases) {
    if (!texts.has(aliasText(spec))) into.aliases.push(spec);
    texts.add(aliasText(spec));
  }
  if (!texts.has(from.name)) into.aliases.push(from.name);
  if (from.shortNames) into.shortNames = [...new Set([...(into.shortNames ?? []), ...from.shortNames])];
  into.latin ??= from.latin;
  into.original ??= from.original;
  into.wikidata ??= from.wikidata;
  into.record ??= from.record;
  if (from.links) {
    const key = (l: ActorLink) => `${l.rel} ${l.to}`;
    const have = new Set((into.links ?? []).map(key));
    into.links = [...(into.links ?? []), ...from.links.filter((l) => !have.has(key(l)))];
  }
}

function copyOf(a: Actor): Actor {
  return { ...a, aliases: [...a.aliases], ...(a.links ? { links: [...a.links] } : {}) };
}

export function mergeSources(sources: readonly Source[]): Merged {
  const byId = new Map<string, Actor>();
  const sourceOf = new Map<string, ActorSource>();
  const whereOf = new Map<string, string>();
  for (const { source, actors, where } of sources) {
    for (const actor of actors) {
      const known = byId.get(actor.id);
      if (known) mergeInto(known, actor);
      else {
        byId.set(actor.id, copyOf(actor));
        sourceOf.set(actor.id, source);
        whereOf.set(actor.id, where);
      }
    }
  }
  const dropped = settleSharedSpellings(byId, sourceOf, whereOf);
  // A capital whose state gave way keeps no link to it.
  for (const a of byId.values()) {
    const links = a.links?.filter((l) => byId.has(l.to));
    if (links && links.length !== a.links!.length) dropped.push(`links of ${a.id} to actors left out`);
    if (links) a.links = links;
  }
  return { actors: [...byId.values()], sources: sourceOf, dropped };
}

function settleSharedSpellings(
  byId: Map<string, Actor>,
  sourceOf: Map<string, ActorSource>,
  whereOf: Map<string, string>,
): string[] {
  const claims = new Map<string, Set<string>>(); // spelling key → actor ids
  for (const a of byId.values()) {
    for (const text of [a.name, ...a.aliases.map(aliasText)]) {
      const key = normalizeForMatch(text);
      (claims.get(key) ?? claims.set(key, new Set()).get(key)!).add(a.id);
    }
  }
  const dropped: string[] = [];
  const conflicts: string[] = [];
  const reviewed = (id: string) => sourceOf.get(id) !== 'data';
  for (const [key, ids] of claims) {
    if (ids.size < 2) continue;
    const holders = [...ids].sort();
    const sure = holders.filter(reviewed);
    if (sure.length > 1) {
      conflicts.push(`"${key}" is claimed by ${sure.map((id) => `${id} (${whereOf.get(id)})`).join(' and ')}`);
      continue;
    }
    const losers = sure.length === 1 ? holders.filter((id) => !reviewed(id)) : holders;
    for (const id of losers) {
      const actor = byId.get(id)!;
      if (normalizeForMatch(actor.name) === key) {
        byId.delete(id);
        sourceOf.delete(id);
        dropped.push(`${id} (its name "${actor.name}" is ${sure[0] ?? holders.filter((h) => h !== id).join(', ')}'s)`);
      } else {
        actor.aliases = actor.aliases.filter((spec) => normalizeForMatch(aliasText(spec)) !== key);
        dropped.push(`"${key}" of ${id}`);
      }
    }
  }
  if (conflicts.length) throw new DataFileError(conflicts.map((c) => `one spelling, two reviewed actors: ${c}`));
  return dropped;
}
