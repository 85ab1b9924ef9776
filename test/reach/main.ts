// `npm run eval`: the reach figure, per test page and in total: how many actor mentions get a
// right card, how many marks are wrong. `--misses` lists what each page missed and got wrong.
import { evaluateReach, type PageScore } from './evaluate.ts';

const percent = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

function report(scores: readonly PageScore[], misses: boolean): void {
  const width = Math.max(...scores.map((s) => s.page.split('/')[0]!.length));
  console.log(`${'page'.padEnd(width)}  mentions  right cards      wrong marks`);
  for (const s of scores) {
    console.log(`${s.page.split('/')[0]!.padEnd(width)}  ${String(s.gold).padStart(8)}  ${String(s.right).padStart(4)} ${percent(s.right, s.gold).padStart(7)}  ${String(s.wrong.length).padStart(11)}`);
    if (!misses) continue;
    const missed = s.outcomes.filter((o) => o.outcome !== 'right').map((o) => `${o.mention.text} [${o.mention.actor}${o.outcome === 'missed' ? '' : `: ${o.outcome}`}]`);
    if (missed.length) console.log(`    missed: ${missed.join(', ')}`);
    for (const w of s.wrong) console.log(`    WRONG: "${w.text}" → ${w.actor}${w.expected ? ` (gold: ${w.expected})` : ' (no actor there)'}`);
    if (s.unplaced.length) console.log(`    not in the text read: ${s.unplaced.map((m) => m.text).join(', ')}`);
  }
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const right = scores.reduce((n, s) => n + s.right, 0);
  const wrong = scores.reduce((n, s) => n + s.wrong.length, 0);
  const actors = new Map<string, boolean>();
  for (const s of scores) for (const o of s.outcomes) actors.set(o.mention.actor, (actors.get(o.mention.actor) ?? false) || o.outcome === 'right');
  const actorsRight = [...actors.values()].filter(Boolean).length;
  console.log(`${'total'.padEnd(width)}  ${String(gold).padStart(8)}  ${String(right).padStart(4)} ${percent(right, gold).padStart(7)}  ${String(wrong).padStart(11)}`);
  console.log(`distinct actors with a right card somewhere: ${actorsRight} of ${actors.size} (${percent(actorsRight, actors.size)})`);
}

report(evaluateReach(), process.argv.includes('--misses'));
