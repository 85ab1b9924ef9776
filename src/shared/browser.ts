// Browser differences, in one place. Extension code imports `browser` from here (the
// webextension-polyfill: promises in Chrome, the native object in Firefox) and asks the helpers
// below instead of testing for browsers itself.

import browser from 'webextension-polyfill';

export { browser };

/** Chrome's `chrome.offscreen`, which the polyfill does not wrap. Absent in Firefox. */
export interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

interface ChromeLike {
  offscreen?: OffscreenApi;
  runtime?: {
    getContexts?: (filter: { contextTypes: string[] }) => Promise<unknown[]>;
  };
}

export function chromeApi(): ChromeLike | undefined {
  return (globalThis as { chrome?: ChromeLike }).chrome;
}

/** Where the page copy is parsed: Chrome's service worker has no DOM, so an offscreen document;
 *  Firefox's event page has one, so right there. */
export function extractionPlace(): 'offscreen' | 'here' {
  return typeof DOMParser === 'function' ? 'here' : 'offscreen';
}
