// A receiver in a test, met as the real one is: the message through the protocol's checks and
// `serve`'s handling (receiver), structured-cloned on the way there and back as the browser does,
// and the reply through `ask`'s check (asking).
import type { Runtime } from 'webextension-polyfill';
import { asking, type Ask } from '../../../src/protocol/reply.ts';
import type { MessageType } from '../../../src/protocol/messages.ts';
import { receiver, type Handlers } from '../../../src/protocol/handlers.ts';

/** Any type may be sent, as to a real receiver: one it has no handler for goes unanswered. */
export function answeredBy<K extends MessageType>(
  handlers: Handlers<K>,
  sender: Runtime.MessageSender = {},
): Ask<MessageType> {
  const answer = receiver(handlers, 'fake receiver', () => true);
  return asking(async (message) => {
    const reply = answer(structuredClone(message), sender);
    if (reply === undefined) throw new Error(`${message.type}: nobody answered`);
    return structuredClone(await reply);
  });
}
