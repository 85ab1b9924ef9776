// Loads the bundled glossary (dist/glossary.json, shipped as glossary.json at the extension's
// root) and builds the matcher. Only the worker contexts call this: the glossary never enters a page.

import { buildMatcher } from '../core/matcher.ts';
import type { Glossary } from '../core/types.ts';
import type { ExtractionDeps } from './extraction-service.ts';

export function checkGlossary(raw: unknown): Glossary {
  const g = raw as Partial<Glossary> | null;
  if (!g || g.version !== 1 || !Array.isArray(g.actors) || !Array.isArray(g.stories)) {
    throw new Error('glossary.json is not a version 1 glossary with actors and stories');
  }
  return g as Glossary;
}

export function glossaryDeps(glossaryUrl: string, parser: DOMParser | null): ExtractionDeps {
  return {
    parser,
    loadGlossary: async () => {
      const response = await fetch(glossaryUrl);
      if (!response.ok) throw new Error(`glossary.json: HTTP ${response.status}`);
      return checkGlossary(await response.json());
    },
    buildFinder: (glossary) => buildMatcher(glossary.actors),
  };
}
