// Reading a reply: checked against the protocol's table (checks.ts) before the sender sees it, a
// malformed one thrown as an Error naming the message type and the problem. Free of the browser,
// so that a test's fake receiver is asked the way ask.ts asks the real one.

import { replyProblem } from './checks.ts';
import type { Message, MessageType, Reply } from './messages.ts';

/** Sends a message of one of the types `K`, and resolves to its checked reply. */
export type Ask<K extends MessageType> = <T extends K>(message: { type: T } & Message<T>) => Promise<Reply<T>>;

/** An `Ask` over any way of posting a message (a test's fake receiver, say): the reply is checked
 *  as `ask`'s is. */
export function asking<K extends MessageType>(post: (message: Message<K>) => Promise<unknown>): Ask<K> {
  return async (message) => checkedReply(message.type, await post(message));
}

/** The reply, when it is one of `type`'s replies; otherwise an Error naming the type and the
 *  problem. A receiver's failure (`{ ok: false, reason }`) where its reply has none, e.g. a
 *  handler that threw, says the receiver's reason. */
export function checkedReply<T extends MessageType>(type: T, raw: unknown): Reply<T> {
  const problem = replyProblem(type, raw);
  if (!problem) return raw as Reply<T>;
  const reason = (raw as { ok?: unknown; reason?: unknown } | undefined)?.reason;
  if ((raw as { ok?: unknown } | undefined)?.ok === false && typeof reason === 'string')
    throw new Error(`${type}: ${reason}`);
  throw new Error(`${type}: malformed reply: ${problem}`);
}

/** The success of a reply that may be a failure; a failure throws its reason, naming the type. */
export function succeeded<T extends MessageType, R extends Reply<T> & { ok: boolean }>(
  type: T,
  reply: R,
): Extract<R, { ok: true }> {
  if (!reply.ok) throw new Error(`${type}: ${(reply as { reason?: string }).reason ?? 'failed'}`);
  return reply as Extract<R, { ok: true }>;
}
