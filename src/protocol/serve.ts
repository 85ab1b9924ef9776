// Answering messages, one `serve` per context: the handlers' keys are the types this context
// answers. Every message is checked first (checks.ts); a malformed one is dropped with its reason
// logged, and one of a type this context does not answer is left alone silently (in Chrome every
// extension page hears every runtime message: hearing another part's mail is normal). A handler
// that throws is answered `{ ok: false, reason }`, which every sender reads (ask.ts), rather than
// a rejection the sender cannot read.
//
// Handlers run synchronously inside the browser's listener, before any await: the card's
// card/open-panel opens the panel within the click's gesture, and page/copy-part keeps its part
// before the next part can arrive.

import { browser } from '../shared/browser.ts';
import type { MessageType } from './messages.ts';
import { receiver, type Handlers, type SenderRule } from './handlers.ts';

/** Our own extension's contexts only: a web page cannot reach runtime messaging (no
 *  externally_connectable), but another extension's id never passes. */
export const fromOurExtension: SenderRule = (sender) => sender.id === browser.runtime.id;

/** Our background (no tab), for the pages it alone speaks to. */
export const fromOurBackground: SenderRule = (sender) => fromOurExtension(sender) && !sender.tab;

/** Answers the handlers' message types in this context, from senders `from` allows. Returns the
 *  way to stop. */
export function serve<K extends MessageType>(
  handlers: Handlers<K>,
  where: string,
  from: SenderRule = fromOurExtension,
): () => void {
  const listener = receiver(handlers, where, from);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
