// The one read of the bundled glossary every extension context shares: the file asked for at the
// extension's own address, and a missing, non-JSON or wrong-shaped file refused with its name, so
// that each caller's failure path (the panel's retry, the reader's warning) has a clear reason.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundledGlossary } from '../../../src/analysis/bundled-glossary.ts';
import { glossaryDeps } from '../../../src/analysis/glossary-loader.ts';
import type { Glossary } from '../../../src/core/types.ts';
import { EMPTY_USER_GLOSSARY } from '../../../src/keeping/user-glossary.ts';

vi.mock('../../../src/shared/browser.ts', () => ({
  browser: { runtime: { getURL: (path: string) => `chrome-extension://boi-canh/${path}` } },
}));

const GLOSSARY: Glossary = { version: 1, actors: [], stories: [] };

/** A fetch that answers every address with this body and status, and remembers what it was asked. */
function stubFetch(body: string, status = 200) {
  const fetch = vi.fn(async () => new Response(body, { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadBundledGlossary', () => {
  it('reads glossary.json from the extension itself and returns the checked glossary', async () => {
    const fetch = stubFetch(JSON.stringify(GLOSSARY));
    await expect(loadBundledGlossary()).resolves.toEqual(GLOSSARY);
    expect(fetch).toHaveBeenCalledWith('chrome-extension://boi-canh/glossary.json');
  });

  it('refuses a failed read, naming the file and the HTTP status', async () => {
    stubFetch('Not found', 404);
    await expect(loadBundledGlossary()).rejects.toThrow(/glossary\.json.*HTTP 404/);
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    stubFetch('{"version": 1, "actors": [');
    await expect(loadBundledGlossary()).rejects.toThrow(/glossary\.json is not JSON/);
  });

  it('refuses JSON that is not a version 1 glossary', async () => {
    stubFetch(JSON.stringify({ version: 2, actors: [], stories: [] }));
    await expect(loadBundledGlossary()).rejects.toThrow(/glossary\.json is not a version 1 glossary/);
  });
});

describe('glossaryDeps', () => {
  it('loads the bundled glossary through the loader it is given, with the reader’s additions', async () => {
    const deps = glossaryDeps(
      async () => GLOSSARY,
      null,
      async () => EMPTY_USER_GLOSSARY,
    );
    await expect(deps.loadGlossary()).resolves.toMatchObject({ version: 1, stories: [] });
  });

  it('passes on a failed read of the bundled glossary', async () => {
    const deps = glossaryDeps(
      async () => Promise.reject(new Error('glossary.json could not be read: HTTP 404')),
      null,
      async () => EMPTY_USER_GLOSSARY,
    );
    await expect(deps.loadGlossary()).rejects.toThrow(/HTTP 404/);
  });
});
