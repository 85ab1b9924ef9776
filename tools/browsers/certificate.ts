// A throwaway self-signed certificate for the fixture server, made at run time with openssl so no
// key material is ever committed. The browsers are told to accept it (see chromium.ts, firefox.ts).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  cert: string;
}

export function makeCertificate(hostnames: readonly string[]): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'boi-canh-cert-'));
  try {
    const names = hostnames.flatMap((h) => [`DNS:${h}`, `DNS:*.${h}`]).concat('IP:127.0.0.1');
    // biome-ignore format: a list packed by hand, a few items to a line, reads as a list
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-sha256',
        '-subj', '/CN=boi-canh-fixtures',
        '-addext', `subjectAltName=${names.join(',')}`,
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch (error) {
    throw new Error(`openssl could not make the test certificate (is openssl installed?): ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
