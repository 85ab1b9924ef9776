// Summarizes a V8 .cpuprofile (node --cpu-prof): self time per function and per file, as % of
// the sampled time, so a report can say precisely where the matcher spends it.
//   npx tsx test/bench/cpu-profile-summary.ts FILE.cpuprofile… [--top=N]
// Given several files (node under tsx writes one per thread, the loader thread's mostly idle),
// it summarizes the one with the most busy time.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds of self time per node id, from the sample stream. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  return times;
}

function shortUrl(url: string): string {
  const match = /\/(src|node_modules|test)\/.*$/.exec(url);
  return match ? match[0].slice(1) : url || '(native)';
}

function top(totals: Map<string, number>, all: number, count: number): string[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, us]) =>
        `${((100 * us) / all).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    );
}

/** Sampled time that was not idle: tells the main thread's profile from the loader's. */
function busyTime(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0);
}

function summarize(path: string, profile: CpuProfile, count: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let all = 0;
  for (const [id, us] of selfTimes(profile)) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = shortUrl(frame.url);
    const line = frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}  ${file}${line}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    all += us;
  }
  console.log(`${path}: ${(all / 1000).toFixed(0)} ms sampled\n\nSelf time by function:`);
  console.log(top(byFunction, all, count).join('\n'));
  console.log('\nSelf time by file:');
  console.log(top(byFile, all, 12).join('\n'));
}

const args = process.argv.slice(2);
const paths = args.filter((arg) => !arg.startsWith('--'));
const topCount = Number(args.find((arg) => arg.startsWith('--top='))?.slice('--top='.length) ?? 25);
if (paths.length === 0) throw new Error('usage: cpu-profile-summary.ts FILE.cpuprofile… [--top=N]');
const profiles = paths.map((path) => ({ path, profile: JSON.parse(readFileSync(path, 'utf8')) as CpuProfile }));
const busiest = profiles.reduce((a, b) => (busyTime(b.profile) > busyTime(a.profile) ? b : a));
summarize(busiest.path, busiest.profile, topCount);
