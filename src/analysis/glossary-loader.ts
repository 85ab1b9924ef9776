// The worker's glossary: the bundled one (read by bundled-glossary.ts, passed in so that this file
// stays importable from Node tests), with the reader's own additions (src/keeping/user-glossary.ts),
// and the matcher built from it. Only the worker contexts call glossaryDeps: the glossary never
// enters a page.

import { buildMatcher } from '../core/matcher.ts';
import type { Glossary } from '../core/types.ts';
import type { ExtractionDeps } from './extraction-service.ts';
import {
  EMPTY_USER_GLOSSARY,
  USER_GLOSSARY_KEY,
  storedUserGlossary,
  withUserAdditions,
  type UserGlossary,
} from '../keeping/user-glossary.ts';

export function checkGlossary(raw: unknown): Glossary {
  const g = raw as Partial<Glossary> | null;
  if (g?.version !== 1 || !Array.isArray(g.actors) || !Array.isArray(g.stories)) {
    throw new Error('glossary.json is not a version 1 glossary with actors and stories');
  }
  return g as Glossary;
}

interface LocalStorageLike {
  get(key: string): Promise<Record<string, unknown>>;
}

/** The additions from storage.local where this context has it (both backgrounds); none elsewhere
 *  (Chrome's offscreen document has no storage: it passes its own reader). Looked up on the global
 *  object rather than through the polyfill, so that Node tests can import this file. */
export async function storedAdditions(): Promise<UserGlossary> {
  const scope = globalThis as {
    browser?: { storage?: { local?: LocalStorageLike } };
    chrome?: { storage?: { local?: LocalStorageLike } };
  };
  const local = scope.browser?.storage?.local ?? scope.chrome?.storage?.local;
  if (!local) return EMPTY_USER_GLOSSARY;
  return storedUserGlossary((await local.get(USER_GLOSSARY_KEY))[USER_GLOSSARY_KEY]);
}

/** `userAdditions` is asked once per load: a change of the additions is applied by building new
 *  deps (and a new ExtractionService) around the new additions. */
export function glossaryDeps(
  loadBundled: () => Promise<Glossary>,
  parser: DOMParser | null,
  userAdditions: () => Promise<UserGlossary> = storedAdditions,
): ExtractionDeps {
  return {
    parser,
    loadGlossary: async () => {
      const [bundled, additions] = await Promise.all([
        loadBundled(),
        // The reader's additions must never cost them the bundled glossary.
        userAdditions().catch((error: unknown) => {
          console.warn('[Bối cảnh] the reader’s glossary additions could not be read:', error);
          return EMPTY_USER_GLOSSARY;
        }),
      ]);
      return withUserAdditions(bundled, additions);
    },
    buildFinder: (glossary) => buildMatcher(glossary.actors),
  };
}
