// Chrome's offscreen document: the one place in Chrome's extension with a DOM that is not the
// page's. The background forwards page copies here; Readability and the matcher read them.
// Every runtime message reaches this document (page messages included), so it answers only the
// offscreen/* types, and only when they come from our own background.
//
// The reader's glossary additions: this document has no storage access, so it asks the background
// for them when it first builds the matcher, and the background sends them again on every change
// (offscreen/user-glossary), when the matcher is rebuilt around them.

import { ask } from '../protocol/ask.ts';
import { succeeded } from '../protocol/reply.ts';
import { fromOurBackground, serve } from '../protocol/serve.ts';
import { ExtractionService } from '../analysis/extraction-service.ts';
import { glossaryDeps } from '../analysis/glossary-loader.ts';
import { loadBundledGlossary } from '../analysis/bundled-glossary.ts';
import { storedUserGlossary, type UserGlossary } from '../keeping/user-glossary.ts';

async function askBackground(): Promise<UserGlossary> {
  const reply = succeeded('glossary/user-additions', await ask({ type: 'glossary/user-additions' }));
  return storedUserGlossary(reply.glossary);
}

const serviceWith = (additions: () => Promise<UserGlossary>) =>
  new ExtractionService(glossaryDeps(loadBundledGlossary, new DOMParser(), additions));

let service = serviceWith(askBackground);

serve(
  {
    'offscreen/extract': (message) => service.extract(message.snapshot, message.people),
    'offscreen/user-glossary': (message) => {
      const additions = storedUserGlossary(message.glossary);
      service = serviceWith(async () => additions);
      return { ok: true };
    },
  },
  'offscreen',
  fromOurBackground,
);
