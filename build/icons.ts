// The icon is drawn once, by hand, as SVG (icons/icon.svg) and rendered to the PNG sizes the
// browsers ask for at build time, so no binary images live in the repository.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;

export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

/** Renders icons/icon.svg to icons/icon-<size>.png under each output directory. */
export function writeIcons(root: string, outDirs: readonly string[]): void {
  const svg = readFileSync(join(root, 'icons', 'icon.svg'), 'utf8');
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    for (const dir of outDirs) {
      mkdirSync(join(dir, 'icons'), { recursive: true });
      writeFileSync(join(dir, 'icons', iconFileName(size)), png);
    }
  }
}
