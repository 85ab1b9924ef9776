// The gold files (test/gold/NNN.json): every mention of every actor on chosen lines of a seed
// article, written by reading it. Read by the gold-file checks and by the matcher's scoring.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldMention {
  line: number;
  start: number;
  end: number;
  text: string;
  actor: string;
}

export interface Gold {
  seed: string;
  lines: number[];
  mentions: GoldMention[];
}

const GOLD_DIR = join(import.meta.dirname, '..', '..', 'gold');

/** The gold files' names, "000.json" and so on. */
export const GOLD_FILES: readonly string[] = readdirSync(GOLD_DIR).filter((f) => /^\d{3}\.json$/.test(f));

export function readGold(file: string): Gold {
  return JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as Gold;
}
