// Receiving a message, free of the browser: the check (checks.ts), the sender rule, the handler of
// its type, and a handler's error made the failure every sender reads. serve.ts installs it in a
// context; a test's fake receiver runs the same.

import type { Runtime } from 'webextension-polyfill';
import { messageProblem } from './checks.ts';
import type { Failure, Message, MessageType, Reply } from './messages.ts';

/** Answers one message: its reply, a promise of it, or undefined for no answer (another listener,
 *  or nobody, answers). */
export type Handler<T extends MessageType> = (
  message: Message<T>,
  sender: Runtime.MessageSender,
) => Reply<T> | Promise<Reply<T>> | undefined;
export type Handlers<K extends MessageType> = { [T in K]: Handler<T> };

/** Who may talk to a context. */
export type SenderRule = (sender: Runtime.MessageSender) => boolean;

/** The listener `serve` installs: checks, picks the handler, turns an error
 *  into a failure reply. */
export function receiver<K extends MessageType>(
  handlers: Handlers<K>,
  where: string,
  from: SenderRule,
): (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined {
  const fail = (error: unknown): Failure => {
    console.warn(`[Bối cảnh] ${where}:`, error);
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  };
  return (raw, sender) => {
    if (!from(sender)) return undefined;
    const problem = messageProblem(raw);
    if (problem) {
      console.warn(`[Bối cảnh] ${where}: dropped a malformed message: ${problem}`);
      return undefined;
    }
    const message = raw as Message;
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    // The table checked the message as its type's: its handler takes it.
    const handler = (
      handlers as unknown as Record<string, (message: Message, sender: Runtime.MessageSender) => unknown>
    )[message.type]!;
    try {
      const reply = handler(message, sender);
      // The browser sends back only what a promise resolves to.
      return reply === undefined ? undefined : Promise.resolve(reply).catch(fail);
    } catch (error) {
      return Promise.resolve(fail(error));
    }
  };
}

/** A content script hears only its own extension's messages: the browser keeps the rule. */
export const onlyOursReachUs: SenderRule = () => true;
