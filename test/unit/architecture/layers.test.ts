// The layer rules, held. The README's "How it is built" is their one source: its table says what
// each folder may import, and the list under it the known exceptions, file to file. This test
// reads both and every relative import in src/, build/, tools/ and test/, so an import across the
// layers fails here, naming the file, the import and the rule, instead of being found in a review.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('## How it is built');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

/** The backquoted words of a piece of markdown: folders and files, in the table and the list. */
const quoted = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

interface Layer {
  folder: string;
  mayImport: string[];
}

/** The table's rows, "| `folder` | runs in | may import |", under its header row. */
function layersOf(markdown: string): Layer[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => /^\|\s*folder\s*\|\s*runs in\s*\|\s*may import\s*\|/.test(l));
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1);
    rows.push({ folder: quoted(cells[0]!)[0]!, mayImport: quoted(cells[2]!) });
  }
  return rows;
}

/** The exceptions, "- `from` → `to`, `to`: why", a bullet perhaps wrapped over several lines. */
function exceptionsOf(markdown: string): string[] {
  const bullets = markdown.split(/\n(?=- )/).map((b) => b.replace(/\n\s+/g, ' '));
  return bullets.flatMap((bullet) => {
    const m = /^- `([^`]+)` → ((?:`[^`]+`,?\s*)+):/.exec(bullet);
    return m ? quoted(m[2]!).map((to) => `${m[1]} → ${to}`) : [];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Static imports and re-exports (`import … from`, `import '…'`, `export … from`) and dynamic
 *  `import('…')`, of relative paths only: packages are not a layer. */
const IMPORT =
  /\b(?:import|export)\s[^;'"]*?\bfrom\s*['"](\.\.?\/[^'"]+)['"]|\bimport\s*['"](\.\.?\/[^'"]+)['"]|(?<![\w$.])import\(\s*['"](\.\.?\/[^'"]+)['"]\s*\)/g;

function importsOf(file: string): { spec: string; target: string }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    return { spec, target: relative(ROOT, resolve(ROOT, dirname(file), spec)) };
  });
}

/** The folders of code whose imports are held to the table. */
const CODE = ['src', 'build', 'tools', 'test'];

const layers = layersOf(section);
const exceptions = exceptionsOf(section);
/** The row a path belongs to: the longest folder of the table it lies in. */
const layerOf = (path: string) =>
  layers.filter((l) => path.startsWith(l.folder)).sort((a, b) => b.folder.length - a.folder.length)[0];

describe('the layer rules of the README', () => {
  it('are found: a table row for the core, for every folder of src/ and for build/, tools/ and test/, and each folder exists', () => {
    expect(layers.map((l) => l.folder)).toContain('src/core/');
    const topLevel = CODE.filter((d) => d !== 'src').map((d) => `${d}/`);
    expect(
      topLevel.filter((f) => !layers.some((l) => l.folder === f)),
      "folders of code the README's table does not name",
    ).toEqual([]);
    const srcFolders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `src/${e.name}/`);
    const unnamed = srcFolders.filter((f) => !layers.some((l) => l.folder === f));
    expect(unnamed, "folders of src/ the README's table does not name").toEqual([]);
    const missing = layers.filter((l) => !existsSync(join(ROOT, l.folder)));
    expect(
      missing.map((l) => l.folder),
      'folders the table names that do not exist',
    ).toEqual([]);
  });

  it('hold for every import in src/, build/, tools/ and test/', () => {
    const used = new Set<string>();
    const broken: string[] = [];
    for (const file of CODE.flatMap(sourceFiles)) {
      const from = layerOf(file);
      for (const { spec, target } of importsOf(file)) {
        if (from?.mayImport.some((allowed) => target.startsWith(allowed))) continue;
        const exception = `${file} → ${target}`;
        if (exceptions.includes(exception)) {
          used.add(exception);
          continue;
        }
        const rule = from
          ? `${from.folder} may import only ${from.mayImport.join(', ') || 'nothing'}`
          : 'its folder is not in the table';
        broken.push(`${file} imports '${spec}' (${target}): ${rule}`);
      }
    }
    expect(broken, 'imports across the layers (README, "How it is built")').toEqual([]);
    const stale = exceptions.filter((e) => !used.has(e));
    expect(stale, 'known exceptions no import needs any more: strike them from the README').toEqual([]);
  });
});
