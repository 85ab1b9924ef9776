// Sizes of the scripts the built extension ships, raw and gzipped, against the content script's
// size aim: every page the extension runs on parses content.js.
import { bundleSizes, type FileSize } from '../../build/bundle.ts';

/** The aim for content.js, gzipped: 60 KB (60 × 1024 bytes). */
export const CONTENT_GZIP_AIM = 60 * 1024;

export interface ScriptSizes {
  dir: string;
  scripts: FileSize[];
  contentGzip: number | null;
}

export function scriptSizes(distChrome: string): ScriptSizes {
  const scripts = bundleSizes(distChrome).filter((s) => s.file.endsWith('.js'));
  return { dir: distChrome, scripts, contentGzip: scripts.find((s) => s.file === 'content.js')?.gzip ?? null };
}
