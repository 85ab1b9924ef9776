// The real browsers `npm start` and the browser tests drive: Debian's Chromium and Firefox ESR
// (test tools cannot download their own browsers on these machines). On a new machine they are
// missing; as root with apt we install them, so the README's two commands are all a newcomer
// needs. Anywhere else we say exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, FIREFOX_PATH } from './paths.ts';

/** Debian packages: the browsers and their Vietnamese language packs (Debian's Chromium ships
 *  only en-US, and the UI is Vietnamese first), openssl for the fixture server's certificate,
 *  unzip to check the store zips. */
const PACKAGES = ['chromium', 'chromium-l10n', 'firefox-esr', 'firefox-esr-l10n-vi', 'openssl', 'unzip'];

function missing(): string[] {
  const tools: [string, boolean][] = [
    ['chromium', existsSync(CHROMIUM_PATH)],
    ['chromium-l10n', installed('chromium-l10n')],
    ['firefox-esr', existsSync(FIREFOX_PATH)],
    ['firefox-esr-l10n-vi', installed('firefox-esr-l10n-vi')],
    ['openssl', onPath('openssl')],
    ['unzip', onPath('unzip')],
  ];
  return tools.filter(([, present]) => !present).map(([name]) => name);
}

/** A Debian package is installed; where there is no dpkg (another system with its own browsers,
 *  CHROMIUM_PATH and FIREFOX_PATH set), the language packs are that system's business. */
function installed(pkg: string): boolean {
  if (!onPath('dpkg-query')) return true;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${Status} is dpkg-query's own field syntax
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return status.status === 0 && status.stdout.includes('install ok installed');
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function ensureBrowsers(): void {
  const absent = missing();
  if (absent.length === 0) return;
  const install = `apt-get update && apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new Error(`missing: ${absent.join(', ')}. Install them first (Debian): sudo sh -c '${install}'`);
  }
  console.log(`Installing Debian packages (${absent.join(', ')} missing): ${install}`);
  const result = spawnSync('sh', ['-c', install], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0 || missing().length)
    throw new Error(`could not install ${missing().join(', ')}; run: ${install}`);
}

// Run as a script (`npm test` runs it first): installs what is missing, or says what to run and fails.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureBrowsers();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
