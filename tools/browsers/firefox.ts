// Real Firefox (Debian's /usr/bin/firefox-esr) with the built extension, through puppeteer-core over
// WebDriver BiDi: the driver Chromium's launcher uses too (Playwright would need its own patched
// Firefox, which this network cannot download).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { NAME_SHIM } from './page.ts';
import { FIREFOX_PATH, distDir } from './paths.ts';

/** Pinned moz-extension:// UUID, so tests can open extension pages at a known address. */
export const FIREFOX_EXTENSION_UUID = '3f6b2c1e-8a4d-4e7b-9c35-1d2e4f6a8b90';

export interface FirefoxOptions {
  /** The unpacked extension: dist/firefox unless told otherwise. */
  extensionDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** A profile directory to use and keep (a restart test launches twice on it). The extension is
   *  installed as a temporary add-on on each launch; its storage is kept between the two. */
  profileDir?: string;
  /** The UI language, which browser.i18n follows: 'en-US' unless told ('vi' for the Vietnamese
   *  UI; Debian needs the firefox-esr-l10n-vi language pack for it). */
  locale?: string;
  /** The colour scheme pages see (prefers-color-scheme): puppeteer cannot emulate it over
   *  WebDriver BiDi, so it is a pref, fixed for the session. The system's by default. */
  colorScheme?: 'light' | 'dark';
}

/** layout.css.prefers-color-scheme.content-override: 0 dark, 1 light. */
const COLOR_SCHEME_PREF = { dark: 0, light: 1 } as const;

export interface FirefoxSession {
  browser: Browser;
  /** The gecko id the extension was installed under. */
  addonId: string;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? distDir('firefox');
  const id = geckoId(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    // Lets the driver open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    extraPrefsFirefox: {
      // Every hostname resolves to loopback, where the fixture server listens.
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
      // A temporary add-on is uninstalled when Firefox closes: keep its storage.local for the
      // restart test (and any test reusing a profile).
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // The UI language, pinned so the tests do not depend on the machine's own locale.
      'intl.locale.requested': options.locale ?? 'en-US',
      'intl.accept_languages': options.locale ?? 'en-US',
      ...(options.colorScheme
        ? { 'layout.css.prefers-color-scheme.content-override': COLOR_SCHEME_PREF[options.colorScheme] }
        : {}),
    },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    return {
      browser,
      addonId,
      extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`,
      close: () => browser.close().catch(() => {}),
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox refused the extension in ${extensionDir}: ${String(error)}`);
  }
}

/** Opens an extension page in a new tab. Firefox never reports such a navigation as finished,
 *  and puppeteer's waitForSelector fails inside moz-extension pages, so we start the navigation
 *  without awaiting it and poll with plain evaluations until `readySelector` is there. */
export async function openExtensionPageFirefox(
  session: FirefoxSession,
  path: string,
  readySelector: string,
  timeoutMs = 15_000,
): Promise<Page> {
  const page = await session.browser.newPage();
  const url = session.extensionUrl(path);
  void page.goto(url).catch(() => {});
  const probe = `location.href === ${JSON.stringify(url)} && document.querySelector(${JSON.stringify(readySelector)}) !== null`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(probe).catch(() => false)) return page;
    if (Date.now() > deadline) throw new Error(`${url}: ${readySelector} did not appear within ${timeoutMs} ms`);
    await new Promise((ok) => setTimeout(ok, 150));
  }
}

interface BidiSender {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiRemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}
type BidiResult =
  | { type: 'success'; result: BidiRemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

function bidi(page: Page): { send: BidiSender['send']; context: string } {
  const connection = (page.browser() as unknown as { connection?: BidiSender }).connection;
  const context = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!connection || !context) throw new Error('this puppeteer page is not driven over WebDriver BiDi');
  return { send: (method, params) => connection.send(method, params), context };
}

function unwrap(result: BidiResult, what: string): BidiRemoteValue {
  if (result.type === 'exception') throw new Error(`${what}: ${result.exceptionDetails.text}`);
  return result.result;
}

/** Runs `fn(shadowRoot, arg)` inside the shadow root of the first element matching `hostSelector`,
 *  open or closed: BiDi serializes closed shadow roots with `includeShadowTree: 'all'`, and
 *  `script.callFunction` runs code on a node by its sharedId. Same contract as the Chromium twin. */
export async function evaluateInShadowRootFirefox<A, R>(
  page: Page,
  hostSelector: string,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<R> {
  const { send, context } = bidi(page);
  const host = unwrap(
    (
      await send('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(hostSelector)})`,
        target: { context },
        awaitPromise: false,
        resultOwnership: 'none',
        serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
      })
    ).result,
    `querying ${hostSelector}`,
  );
  if (host.type !== 'node') throw new Error(`no element matches ${hostSelector}`);
  const shadow = (host.value as { shadowRoot?: BidiRemoteValue | null } | undefined)?.shadowRoot;
  if (!shadow?.sharedId) throw new Error(`${hostSelector} has no shadow root`);
  const out = unwrap(
    (
      await send('script.callFunction', {
        functionDeclaration: `function (json) { ${NAME_SHIM} return JSON.stringify((${fn.toString()})(this, JSON.parse(json))); }`,
        this: { sharedId: shadow.sharedId },
        arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      })
    ).result,
    `in shadow root of ${hostSelector}`,
  );
  return (out.type === 'string' ? JSON.parse(out.value as string) : undefined) as R;
}
