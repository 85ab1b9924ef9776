// Glossaries for the unit tests that read pages and merge the reader's additions: the reviewed
// actor list as it stands, or a few actors made up, each with no corpus record (no roles, contexts
// or stories): those tests are about finding and keeping names, not about the glossary build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, ActorSource, ActorType, Glossary, GlossaryActor } from '../../../src/core/types.ts';

/** The reviewed actor list, src/corpus/actors.json. */
export const CORPUS_ACTORS = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'corpus', 'actors.json'), 'utf8'),
) as Actor[];

/** An actor as the glossary carries it, with an empty record. */
export function glossaryActor(actor: Actor, source: ActorSource = 'corpus'): GlossaryActor {
  return { ...actor, roles: [], contexts: [], storyIds: [], coMentions: [], mentionCount: 0, source };
}

/** A made-up actor known by its name alone. */
export function namedActor(id: string, type: ActorType, name: string): GlossaryActor {
  return glossaryActor({ id, type, name, aliases: [], description: { vi: '', en: '' } });
}

/** A glossary of these actors and no stories. */
export function glossaryOf(actors: GlossaryActor[]): Glossary {
  return { version: 1, actors, stories: [] };
}
