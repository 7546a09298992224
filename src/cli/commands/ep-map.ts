/**
 * `openmoments ep-map`: log₁₀ κ over an (ω, k) grid (Fig. 2), with the exact exceptional lines,
 * for one equation or the paper's three panels (--equation all). Written as JSON, SVG, PNG, PDF or CSV.
 */
import { EQUATIONS } from '../../dissipators/index.js';
import { epMaps } from '../../numeric/physics/ep-maps.js';
import { rangeValues, UsageError, type Command } from '../parse.js';
import type { Output } from '../output.js';
import { writeFilesAtomically } from '../write-files.js';
import { checkOutputFile } from '../atomic-writes.js';
import { dirname, basename } from 'node:path';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';

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
  checkOutputFile(cmd.out);
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  // A figure needs Vega: load it while the worker threads compute the map.
  const renderer = /\.json$/i.test(cmd.out) ? undefined : import('../../render/plots/render.js').then(async (m) => (await m.preloadRenderer(), m));
  const result = await epMaps({
    spectral,
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
    const [{ epMapFigure }, { renderFigure }, { figureFormatOf }] = await Promise.all([
      import('../../render/ep-map-figure.js'), renderer!, import('../../render/plots/figure.js'),
    ]);
    const format = figureFormatOf(file);
    if (!format) throw new UsageError(`--out must end in .svg, .png, .pdf, .csv or .json, got "${cmd.out}"`);
    content = await renderFigure(epMapFigure(result), format);
  }
  writeFilesAtomically(dirname(cmd.out), new Map([[file, content]]), out.temporaries);
  if (!cmd.quiet) out.stderr(`wrote ${cmd.out}${result.panels.some((p) => p.unresolvedWitness > 0) ? ` (${result.panels.map((p) => `${p.equation}: ${p.unresolvedWitness} unresolved points`).join(', ')})` : ''}`);
  return 0;
}
