// `npm run bench [-- NAME… [--only=CONTENDER,…] [--runs=N]]`: runs every benchmark, or the named ones.
// --only picks the matcher's contenders; --runs the main-thread benchmark's runs per variant and
// the glossary benchmark's timed loads per glossary.
// A small dispatcher on purpose: each benchmark lives in its own *.bench.ts and registers here.
// Benchmarks print and write test-results/*.json; they never fail on speed.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { runGlossaryBench } from './glossary.bench.ts';
import { runHugePageBench } from './huge-page.bench.ts';
import { runMainThreadBench } from './main-thread.bench.ts';
import { runMatcherBench } from './matcher.bench.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

interface BenchArgs {
  names: string[];
  only?: string[];
  runs?: number;
}

const BENCHMARKS: Record<string, (args: BenchArgs) => Promise<unknown>> = {
  matcher: (args) => runMatcherBench({ root: ROOT, ...(args.only ? { only: args.only } : {}) }),
  'main-thread': (args) => runMainThreadBench({ root: ROOT, ...(args.runs !== undefined ? { runs: args.runs } : {}) }),
  glossary: (args) => runGlossaryBench({ root: ROOT, ...(args.runs !== undefined ? { runs: args.runs } : {}) }),
  'huge-page': (args) => runHugePageBench({ root: ROOT, ...(args.runs !== undefined ? { runs: args.runs } : {}) }),
};

function parseArgs(argv: readonly string[]): BenchArgs {
  const names = argv.filter((arg) => !arg.startsWith('--'));
  const onlyArg = argv.find((arg) => arg.startsWith('--only='));
  const runsArg = argv.find((arg) => arg.startsWith('--runs='));
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  }
  return {
    names,
    ...(onlyArg ? { only: onlyArg.slice('--only='.length).split(',') } : {}),
    ...(runsArg ? { runs: Number(runsArg.slice('--runs='.length)) } : {}),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const names = args.names.length > 0 ? args.names : Object.keys(BENCHMARKS);
  for (const name of names) await BENCHMARKS[name]?.(args);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
