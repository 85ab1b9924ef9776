// What every panel view needs besides its own data: the messages, the language, and the ways back
// to the page and to the rest of the panel.

import type { Glossary } from '../core/types.ts';
import type { Translate } from '../shared/i18n.ts';
import type { ShowMentionReply } from '../protocol/messages.ts';

export interface ViewContext {
  t: Translate;
  locale: 'vi' | 'en';
  glossary: Glossary | null;
  /** Scrolls the described tab to the actor's index-th mention and flashes it. */
  showMention: (actorId: string, index: number) => Promise<ShowMentionReply>;
  /** Expands an actor of the cast and brings it into view. */
  focusActor: (actorId: string) => void;
  /** The address of the reader page for a corpus story. */
  readerUrl: (storyId: string) => string;
}
