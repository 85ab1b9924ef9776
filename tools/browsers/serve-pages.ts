// Pages answered from memory instead of the network, for a test or a benchmark that makes its
// page on the fly (a hostile variant of a fixture, a 200,000-element article).

import type { HTTPRequest, Page } from 'puppeteer-core';

export interface ServePagesOptions {
  /** Refuse every other http(s) request (the benchmarks: nothing waits on a network this machine
   *  does not have); by default it goes on to the network. */
  refuseOthers?: boolean;
}

/** Answers the http(s) requests of `page` that `pageFor` has a page for (200, HTML). Interception
 *  is per tab in puppeteer: call it on each new tab before its first navigation. Other schemes
 *  (the extension's own resources, data:) always pass. */
export async function servePages(
  page: Page,
  pageFor: (url: URL) => string | undefined,
  options: ServePagesOptions = {},
): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    const html = web ? pageFor(url) : undefined;
    const answered =
      html !== undefined
        ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : web && options.refuseOthers
          ? request.abort('blockedbyclient')
          : request.continue();
    // A tab closed mid-request rejects its answer; nothing is waiting on it any more.
    void answered.catch(() => {});
  });
}
