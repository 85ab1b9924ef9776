// Real Chromium (Debian's /usr/bin/chromium) with the built extension, through puppeteer-core over
// --remote-debugging-pipe: over the pipe Chromium lets the driver load an unpacked extension
// (CDP Extensions.loadUnpacked) and press its toolbar button (Extensions.triggerAction); over a
// WebSocket it refuses both.

import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { NAME_SHIM } from './page.ts';
import { CHROMIUM_PATH, distDir } from './paths.ts';

export interface ChromiumOptions {
  /** The unpacked extension: dist/chrome unless told otherwise. */
  extensionDir?: string;
  /** More unpacked extensions to load beside it (the main-thread benchmark's common way and
   *  fallback copy, side by side in one browser); the session's id and worker stay the first's. */
  moreExtensionDirs?: readonly string[];
  /** Hostnames (and their subdomains) to resolve to 127.0.0.1, where the fixture server listens. */
  hostnames?: readonly string[];
  /** Defaults to true; `npm start` passes false when a display is available. */
  headless?: boolean;
  /** Every tab's viewport, 1280×900 unless told; null leaves the window's own size. */
  viewport?: { width: number; height: number } | null;
  /** A profile directory to use and keep (a restart test launches twice on it); by default a
   *  fresh temporary one, removed on close. */
  profileDir?: string;
  /** The browser's UI language, which chrome.i18n follows: 'en-US' unless told ('vi' for the
   *  Vietnamese UI; Debian needs the chromium-l10n package for any other than en-US). */
  locale?: string;
}

/** UI languages other than en-US come from Debian's chromium-l10n package. */
export const CHROMIUM_LOCALES_DIR = '/usr/lib/chromium/locales';

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  /** The extension's service worker, where chrome.* can be probed. */
  serviceWorker: WebWorker;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** The command-line flags every test Chromium gets, besides puppeteer's own. */
function chromiumFlags(hostnames: readonly string[], locale: string): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    // This network refuses most hosts: keep Chromium from trying them in the background.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--lang=${locale}`,
  ];
  if (hostnames.length) {
    const rules = hostnames.flatMap((h) => [`MAP ${h} 127.0.0.1`, `MAP *.${h} 127.0.0.1`]);
    args.push(`--host-resolver-rules=${rules.join(', ')}`);
  }
  return args;
}

/** On Linux Chromium takes its UI language from LANGUAGE (and --lang); both are set, so the
 *  tests do not depend on the machine's own locale. */
function chromiumEnv(locale: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.LANGUAGE = locale;
  return env;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? distDir('chrome');
  const locale = options.locale ?? 'en-US';
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    pipe: true,
    // Extensions allowed and loadable over the pipe: puppeteer adds --enable-unsafe-extension-debugging,
    // which is also what lets a test open the real side panel (Extensions.triggerAction).
    enableExtensions: true,
    acceptInsecureCerts: true,
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: chromiumFlags(options.hostnames ?? [], locale),
    env: chromiumEnv(locale),
    // Without it puppeteer makes a temporary profile and removes it on close.
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
  });
  const close = () => browser.close().catch(() => {});
  try {
    const extensionId = await browser.installExtension(extensionDir);
    for (const dir of options.moreExtensionDirs ?? []) await browser.installExtension(dir);
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 15_000 },
    );
    const serviceWorker = await target.worker();
    if (!serviceWorker) throw new Error(`${target.url()} is no worker`);
    await untilExtensionApis(serviceWorker);
    return {
      browser,
      extensionId,
      serviceWorker,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close,
    };
  } catch (error) {
    await close();
    throw new Error(
      `the extension in ${extensionDir} started no service worker in Chromium (is background.js built?): ${String(error)}`,
    );
  }
}

/** Right after the worker starts, puppeteer may evaluate in it before the extension APIs are bound. */
async function untilExtensionApis(worker: WebWorker): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await worker.evaluate(() => typeof chrome !== 'undefined' && Boolean(chrome.tabs)).catch(() => false))) {
    if (Date.now() > deadline) throw new Error('the service worker has no chrome.tabs');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** The tab id the background knows `page` by. Without the "tabs" permission the background cannot
 *  read tab URLs: the page is brought to the front, and the background asked for the active tab. */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** Runs `fn(shadowRoot, arg)` inside the shadow root of the first element matching `hostSelector`,
 *  open or closed: CDP pierces closed roots where page scripts and selectors cannot.
 *  `fn` is serialized, so it may use only its arguments; its result must be JSON. */
export async function evaluateInShadowRootChromium<A, R>(
  page: Page,
  hostSelector: string,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<R> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
    if (!nodeId) throw new Error(`no element matches ${hostSelector}`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error(`${hostSelector} has no shadow root`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (json) { ${NAME_SHIM} return JSON.stringify((${fn.toString()})(this, JSON.parse(json))); }`,
      arguments: [{ value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(
        `in shadow root of ${hostSelector}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    return (result.value === undefined ? undefined : JSON.parse(result.value as string)) as R;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};
