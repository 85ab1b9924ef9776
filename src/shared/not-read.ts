// Why the toolbar button could not read a tab, said to the reader rather than to the console: a
// browser page or a store (no extension may script those), a PDF (the browser's viewer, not a web
// page), no permission yet, or another failure. Pure, so the rules are tested without a browser;
// the background records the reason (src/background/tab-state.ts), the badge and the panel say it.

import type { MessageKey } from './i18n.ts';

export const NOT_READ_REASONS = ['browser-page', 'pdf', 'no-permission', 'failed'] as const;
export type NotReadReason = (typeof NOT_READ_REASONS)[number];

/** Pages no extension may script, whatever it is granted. */
const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** The reason a tab cannot be read, known from its address before trying; null when it may be
 *  (or when the address is unknown: the attempt will tell). */
export function unreadableAddress(url: string | undefined): NotReadReason | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return 'browser-page';
  if (STORES.includes(u.hostname)) return 'browser-page';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}

/** The reason an attempt to run on a tab failed, from the browser's error. */
export function reasonOfError(error: unknown): NotReadReason {
  const message = error instanceof Error ? error.message : String(error);
  if (
    /chrome:\/\/|about:|edge:\/\/|moz-extension|chrome-extension|extensions gallery|cannot be scripted|webstore/i.test(
      message,
    )
  )
    return 'browser-page';
  if (/pdf/i.test(message)) return 'pdf';
  if (/permission|cannot access/i.test(message)) return 'no-permission';
  return 'failed';
}

export function isNotReadReason(v: unknown): v is NotReadReason {
  return (NOT_READ_REASONS as readonly unknown[]).includes(v);
}

/** The stem of the messages keys saying each reason, spelt out so that the keys are type-checked. */
const NOT_READ_STEMS = {
  'browser-page': 'notReadBrowserPage',
  pdf: 'notReadPdf',
  'no-permission': 'notReadNoPermission',
  failed: 'notReadFailed',
} as const satisfies Record<NotReadReason, string>;

/** The messages key saying `reason`: notReadBrowserPageTitle, notReadPdfText… */
export function notReadKey(reason: NotReadReason, part: 'Title' | 'Text'): MessageKey {
  return `${NOT_READ_STEMS[reason]}${part}`;
}
