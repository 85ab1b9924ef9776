// The bundled glossary (dist/glossary.json, shipped as glossary.json at the extension's root), read
// the one way every extension context reads it. Apart from glossary-loader.ts because this needs
// the browser adapter, which Node cannot import; glossary-loader.ts stays importable from tests.

import type { Glossary } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import { checkGlossary } from './glossary-loader.ts';

export const GLOSSARY_FILE = 'glossary.json';

/** An extension-local read of a file in the package, not a network request. A missing or broken
 *  file throws, naming the file: every caller reports it or retries in its own way. */
export async function loadBundledGlossary(): Promise<Glossary> {
  const response = await fetch(browser.runtime.getURL(GLOSSARY_FILE));
  if (!response.ok) throw new Error(`${GLOSSARY_FILE} could not be read: HTTP ${response.status}`);
  const raw: unknown = await response.json().catch((error: unknown) => {
    throw new Error(`${GLOSSARY_FILE} is not JSON: ${String(error)}`);
  });
  return checkGlossary(raw);
}
