// `npm run eval`: the reach figure, per test page and in total, for each gold set: Russia, Belarus
// and their neighbours (test/reach/), and the world beyond them (test/reach-world/). How many actor
// mentions get a right card, how many marks are wrong. `--misses` lists what each page missed and
// got wrong; `--set=reach` or `--set=world` prints one set only.
import { builtGlossary, evaluateReach, REACH_DIR, WORLD_DIR, type PageScore } from './evaluate.ts';

const percent = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

/** "host  file-name" (the name cut short): a page can share its host with another. */
function label(page: string): string {
  const [host, ...rest] = page.split('/');
  const stem = rest.at(-1)!.replace(/\.[a-z]+$/, '');
  return `${host}  ${stem.length > 40 ? `${stem.slice(0, 39)}…` : stem}`;
}

function report(title: string, scores: readonly PageScore[], misses: boolean): void {
  console.log(`\n${title}: ${scores.length} pages`);
  const width = Math.max(...scores.map((s) => label(s.page).length));
  console.log(`${'page'.padEnd(width)}  mentions  right cards      wrong marks`);
  for (const s of scores) {
    console.log(
      `${label(s.page).padEnd(width)}  ${String(s.gold).padStart(8)}  ${String(s.right).padStart(4)} ${percent(s.right, s.gold).padStart(7)}  ${String(s.wrong.length).padStart(11)}`,
    );
    if (!misses) continue;
    const missed = s.outcomes
      .filter((o) => o.outcome !== 'right')
      .map((o) => `${o.mention.text} [${o.mention.actor}${o.outcome === 'missed' ? '' : `: ${o.outcome}`}]`);
    if (missed.length) console.log(`    missed: ${missed.join(', ')}`);
    for (const w of s.wrong)
      console.log(`    WRONG: "${w.text}" → ${w.actor}${w.expected ? ` (gold: ${w.expected})` : ' (no actor there)'}`);
    if (s.unplaced.length) console.log(`    not in the text read: ${s.unplaced.map((m) => m.text).join(', ')}`);
  }
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const right = scores.reduce((n, s) => n + s.right, 0);
  const wrong = scores.reduce((n, s) => n + s.wrong.length, 0);
  const unplaced = scores.reduce((n, s) => n + s.unplaced.length, 0);
  const actors = new Map<string, boolean>();
  for (const s of scores)
    for (const o of s.outcomes)
      actors.set(o.mention.actor, (actors.get(o.mention.actor) ?? false) || o.outcome === 'right');
  const actorsRight = [...actors.values()].filter(Boolean).length;
  console.log(
    `${'total'.padEnd(width)}  ${String(gold).padStart(8)}  ${String(right).padStart(4)} ${percent(right, gold).padStart(7)}  ${String(wrong).padStart(11)}`,
  );
  console.log(
    `distinct actors with a right card somewhere: ${actorsRight} of ${actors.size} (${percent(actorsRight, actors.size)})`,
  );
  if (unplaced) console.log(`gold mentions not in the text read: ${unplaced} (fix the page or the gold)`);
}

const misses = process.argv.includes('--misses');
const only = process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length);
const glossary = builtGlossary();
if (!only || only === 'reach')
  report('Russia–Belarus and neighbours (test/reach)', evaluateReach(glossary, REACH_DIR), misses);
if (!only || only === 'world') report('the world (test/reach-world)', evaluateReach(glossary, WORLD_DIR), misses);
