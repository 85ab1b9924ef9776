// Real Chromium (Debian's /usr/bin/chromium) with the built extension loaded unpacked, through
// playwright-core. Extensions run only in a persistent context, hence launchPersistentContext.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { NAME_SHIM } from './page.ts';
import { CHROMIUM_PATH, distDir } from './paths.ts';

export interface ChromiumOptions {
  /** The unpacked extension: dist/chrome unless told otherwise. */
  extensionDir?: string;
  /** Hostnames (and their subdomains) to resolve to 127.0.0.1, where the fixture server listens. */
  hostnames?: readonly string[];
  /** Defaults to true; `npm start` passes false when a display is available. */
  headless?: boolean;
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
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** The command-line flags every test Chromium gets, less the ones that load the extension (the
 *  Playwright launch passes --load-extension; the puppeteer one loads it over CDP). */
export function chromiumFlags(hostnames: readonly string[] = [], locale = 'en-US'): string[] {
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
    // Lets a test open the real side panel with CDP Extensions.triggerAction.
    '--enable-unsafe-extension-debugging',
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
export function chromiumEnv(locale = 'en-US'): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.LANGUAGE = locale;
  return env;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? distDir('chrome');
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'boi-canh-chromium-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...chromiumFlags(options.hostnames ?? [], options.locale),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args,
    env: chromiumEnv(options.locale),
    ignoreHTTPSErrors: true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
  });
  const close = async () => {
    await context.close().catch(() => {});
    if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
  };
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
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

/** Runs `fn(shadowRoot, arg)` inside the shadow root of the first element matching `hostSelector`,
 *  open or closed: CDP pierces closed roots where page scripts and Playwright locators cannot.
 *  `fn` is serialized, so it may use only its arguments; its result must be JSON. */
export async function evaluateInShadowRootChromium<A, R>(
  page: Page,
  hostSelector: string,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
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
    if (exceptionDetails) throw new Error(`in shadow root of ${hostSelector}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return (result.value === undefined ? undefined : JSON.parse(result.value as string)) as R;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
