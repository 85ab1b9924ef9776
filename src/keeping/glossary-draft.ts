// A person the card offers to add ("Thêm vào từ điển của tôi" on the card of someone read from an
// article) arrives as the options page's address: options.html?add=person&name=…&description=…
// The page fills the new-actor form with it; the reader checks it and presses Add. Nothing is
// added without that press: the article's word is not the glossary's.

import { ACTOR_TYPES, type ActorType } from '../core/types.ts';
import { clip } from '../shared/bounds.ts';
import { DESCRIPTION_CHARS, NAME_CHARS } from '../shared/limits.ts';
import type { ActorDraft } from './user-glossary.ts';

/** The options page's address for a draft. */
export function draftAddress(base: string, draft: { type: ActorType; name: string; description: string }): string {
  const query = new URLSearchParams({ add: draft.type, name: draft.name, description: draft.description });
  return `${base}?${query.toString()}#glossary-heading`;
}

/** The draft an address carries, or null when it carries none (or one that is not ours). */
export function draftFromAddress(search: string): ActorDraft | null {
  const query = new URLSearchParams(search);
  const type = query.get('add');
  const name = query.get('name')?.trim();
  if (!type || !ACTOR_TYPES.includes(type as ActorType) || !name) return null;
  return {
    type,
    name: clip(name, NAME_CHARS),
    aliases: [],
    description: clip((query.get('description') ?? '').trim(), DESCRIPTION_CHARS),
  };
}
