// Sending a message and reading its reply, typed by the protocol's map (messages.ts): `ask` over
// runtime.sendMessage (to the background, the offscreen document, or every extension page),
// `askTab` over tabs.sendMessage (to one tab's content script). The reply is checked (reply.ts)
// before the caller sees it: a malformed reply throws, naming the message type.

import { browser } from '../shared/browser.ts';
import type { Message, Reply, RuntimeMessageType, TabMessageType } from './messages.ts';
import { asking, type Ask } from './reply.ts';

/** To the background, the offscreen document, or (a broadcast) every open extension page. */
export const ask: Ask<RuntimeMessageType> = asking((message) => browser.runtime.sendMessage(message));

/** To the content script of tab `tabId`. */
export function askTab<T extends TabMessageType>(tabId: number, message: { type: T } & Message<T>): Promise<Reply<T>> {
  return asking<TabMessageType>((m) => browser.tabs.sendMessage(tabId, m))(message);
}
