// An HTTPS server on 127.0.0.1 that serves test/fixtures/sites/<hostname>/<path> by the request's
// Host header, so a browser that resolves vnexpress.net to loopback sees our fixture under the real
// hostname and the content script's match patterns apply.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { makeCertificate } from './certificate.ts';
import { SITES_DIR } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  // Article addresses some outlets end in their own way: Lao Động ".ldo", Tiền Phong ".tpo", VOV ".vov".
  '.ldo': 'text/html; charset=utf-8',
  '.tpo': 'text/html; charset=utf-8',
  '.vov': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface ServedRequest {
  host: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Hostnames with a fixture directory: every one resolves to this server in the browsers. */
  hostnames: string[];
  /** `https://<hostname>:<port><path>` */
  url(hostname: string, path?: string): string;
  /** Every request served, in order: a test can check the extension fetched nothing itself. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** The fixture sites: the directory names under test/fixtures/sites/. */
export function fixtureHostnames(sitesDir = SITES_DIR): string[] {
  return readdirSync(sitesDir)
    .filter((name) => statSync(join(sitesDir, name)).isDirectory())
    .sort();
}

export interface FixtureServerOptions {
  /** Extra response headers for particular pages, keyed by hostname and path as requested
   *  (`vnexpress.net/the-gioi/trang.html`): a page that must arrive with, say, its own
   *  Content-Security-Policy, which only a header can give it in full (a `<meta>` policy cannot
   *  carry every directive, and applies only from where it stands in the document). */
  headers?: Record<string, Record<string, string>>;
}

export async function startFixtureServer(
  sitesDir = SITES_DIR,
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const hostnames = fixtureHostnames(sitesDir);
  const requests: ServedRequest[] = [];
  const server: Server = createServer(makeCertificate(hostnames), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    const file = resolveFile(sitesDir, siteFor(host, hostnames), path);
    const status = file ? 200 : 404;
    requests.push({ host, path, status });
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no fixture for ${host}${path}`);
      return;
    }
    res.writeHead(200, {
      ...options.headers?.[`${host}${path}`],
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hostnames,
    requests,
    url: (hostname, path = '/') => `https://${hostname}:${port}${path}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** `e.vnexpress.net` is served from `vnexpress.net/` unless it has a directory of its own. */
function siteFor(host: string, hostnames: readonly string[]): string | undefined {
  if (hostnames.includes(host)) return host;
  return hostnames.find((h) => host.endsWith(`.${h}`));
}

function resolveFile(sitesDir: string, site: string | undefined, path: string): string | undefined {
  if (!site) return undefined;
  const base = join(sitesDir, site);
  const target = normalize(join(base, path));
  if (target !== base && !target.startsWith(base + sep)) return undefined; // no ../ escapes
  const candidates = path.endsWith('/')
    ? [join(target, 'index.html')]
    : [target, `${target}.html`, join(target, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
