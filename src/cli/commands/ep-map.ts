/**
 * `openmoments ep-map`: log₁₀ κ over an (ω, k) grid (Fig. 2), with the exact exceptional lines,
 * for one equation or the paper's three panels (--equation all). Written as JSON, SVG or PNG.
 */
import { EQUATIONS } from '../../dissipators/index.js';
import { epMaps } from '../../numeric/physics/ep-maps.js';
import { rangeValues, type Command } from '../parse.js';
import type { Output } from '../output.js';
import { writeFilesAtomically } from '../write-files.js';
import { checkFileSet } from '../atomic-writes.js';
import { dirname, basename } from 'node:path';

type EpMapCommand = Extract<Command, { name: 'ep-map' }>;

export function progressBar(quiet: boolean): (fraction: number) => void {
  if (quiet || !process.stderr.isTTY) return () => undefined;
  return (fraction) => {
    const width = 30;
    const filled = Math.round(fraction * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%${fraction >= 1 ? '\n' : ''}`);
  };
}

export async function runEpMap(cmd: EpMapCommand, out: Output): Promise<number> {
  checkFileSet(dirname(cmd.out), [basename(cmd.out)]);
  const result = await epMaps({
    equations: cmd.equation === 'all' ? EQUATIONS : [cmd.equation],
    order: cmd.order,
    omegas: rangeValues(cmd.omegas),
    ks: rangeValues(cmd.ks),
    parameters: cmd.options.parameters,
    onProgress: progressBar(cmd.quiet),
  });
  const file = basename(cmd.out);
  let content: string | Uint8Array;
  if (/\.json$/i.test(file)) content = JSON.stringify(result);
  else {
    const { epMapFigure } = await import('../../render/ep-map-figure.js');
    content = epMapFigure(result, /\.png$/i.test(file) ? 'png' : 'svg');
  }
  writeFilesAtomically(dirname(cmd.out), new Map([[file, content]]), out.temporaries);
  if (!cmd.quiet) out.stderr(`wrote ${cmd.out}${result.panels.some((p) => p.unresolved > 0) ? ` (${result.panels.map((p) => `${p.equation}: ${p.unresolved} unresolved points`).join(', ')})` : ''}`);
  return 0;
}
