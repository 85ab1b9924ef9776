// `npm test`: the type check, the formatter and linter, the unit tests, the build, and the
// real-browser tests, one after the other, ending with one line that totals them all: "N passed, N failed". Each vitest run
// writes a JSON report so the totals are counted, not guessed from its console output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const results = resolve('test-results');
mkdirSync(results, { recursive: true });

interface Tally {
  suite: string;
  passed: number;
  failed: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', shell: false, env }).status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function step(suite: string, command: string, args: string[], env?: NodeJS.ProcessEnv): Tally {
  const ok = run(command, args, env);
  return { suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

/** A vitest run, counted test by test from its JSON report. A run that crashed before writing
 *  its report, or that ran no test, counts as one failure: silence is not success. */
function vitest(suite: string, args: string[]): Tally {
  const report = resolve(results, `${suite}.json`);
  rmSync(report, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) return { suite, passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  const failed = json.numFailedTests + (ok ? 0 : json.numFailedTests === 0 ? 1 : 0);
  if (json.numTotalTests === 0) return { suite, passed: 0, failed: 1 };
  return { suite, passed: json.numPassedTests, failed };
}

const tallies: Tally[] = [];
// Debian's Chromium and Firefox ESR, installed here when missing (as root): the browser suite needs them.
tallies.push(step('browsers', 'npx', ['tsx', 'tools/browsers/install.ts']));
tallies.push(step('typecheck', 'npx', ['tsc', '-p', '.']));
// The text core again, with the language's library only: `document` or `process` in src/core/ fails here.
tallies.push(step('typecheck (core, no DOM)', 'npx', ['tsc', '-p', 'tsconfig.core.json']));
// One layout and the linter's rules (biome.jsonc), checked, never rewritten: `npm run format` fixes.
tallies.push(step('format and lint', 'npx', ['biome', 'ci', '--error-on-warnings', '--reporter=summary', '.']));
tallies.push(vitest('unit', []));
const built = step('build', 'npm', ['run', 'build']);
tallies.push(built);
if (built.failed === 0) {
  tallies.push(vitest('browser', ['--config', 'test/browser/vitest.config.ts']));
  // The README's first command, as a newcomer without a display runs it: marks and a card on the demo.
  const { DISPLAY: _display, ...headless } = process.env;
  tallies.push(step('npm start (headless)', 'npm', ['start'], headless));
} else tallies.push({ suite: 'browser (not run: the build failed)', passed: 0, failed: 1 });

console.log('\nSuites:');
for (const t of tallies) console.log(`  ${t.suite}: ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
