/**
 * `openmoments ep-map`: log₁₀ κ over an (ω, k) grid (Fig. 2), with the exact exceptional lines,
 * for one equation or the paper's three panels (--equation all). Written as JSON, SVG or PNG.
 */
import { EQUATIONS, type EquationKind } from '../../dissipators/index.js';
import { computeEpMap } from '../../numeric/ep/ep-map.js';
import { paperMatrixSource } from '../../numeric/physics/exceptional-points.js';
import { localExceptionalLineSymbolic, lowerExceptionalLine } from '../../numeric/physics/exceptional-line.js';
import { InputError } from '../../numeric/input-error.js';
import { validateNumericModel } from '../../numeric/model-bridge.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import { rangeValues, type Command } from '../parse.js';
import type { Output } from '../output.js';
import { writeFilesAtomically } from '../write-files.js';
import { dirname, basename } from 'node:path';

type EpMapCommand = Extract<Command, { name: 'ep-map' }>;

export interface EpMapPanel {
  readonly equation: EquationKind;
  /** log₁₀ κ, row-major over k (rows) then ω (columns); NaN where unresolved. */
  readonly log10Kappa: number[];
  readonly unresolved: number;
}

export interface EpMapResult {
  readonly order: number;
  readonly omega: number[];
  readonly k: number[];
  readonly panels: EpMapPanel[];
  /** The exact exceptional line ±k*(ω) on the ω grid. */
  readonly line: { readonly omega: number[]; readonly k: number[] };
}

export function progressBar(out: Output, quiet: boolean): (fraction: number) => void {
  if (quiet || !process.stderr.isTTY) return () => undefined;
  return (fraction) => {
    const width = 30;
    const filled = Math.round(fraction * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%${fraction >= 1 ? '\n' : ''}`);
  };
}

export async function computeEpMaps(cmd: EpMapCommand, onProgress: (f: number) => void): Promise<EpMapResult> {
  const omegas = rangeValues(cmd.omegas);
  const ks = rangeValues(cmd.ks);
  if (omegas[0]! <= 0) throw new InputError('--omega', `frequencies must be positive, got ${omegas[0]}`);
  const kMax = Math.max(Math.abs(ks[0]!), Math.abs(ks[ks.length - 1]!));
  if (kMax >= omegas[0]! ** 2) throw new InputError('--k', `|k| must stay below ω² on the whole grid (|k| up to ${kMax}, ω² down to ${omegas[0]! ** 2}): the normal-mode frequencies would not be real`);
  validateNumericModel(paperModel({ ...cmd.options.parameters, omega: omegas[0]!, k: 0 }));
  const equations = cmd.equation === 'all' ? EQUATIONS : [cmd.equation];
  const panels: EpMapPanel[] = [];
  for (const [index, equation] of equations.entries()) {
    const { size, source } = paperMatrixSource(equation, cmd.order, cmd.options.parameters);
    const map = await computeEpMap({ size, omegas, ks, fillerSource: source }, { onProgress: (f) => onProgress((index + f) / equations.length) });
    panels.push({ equation, log10Kappa: Array.from(map.log10Kappa), unresolved: map.unresolvedCount });
  }
  const line = localExceptionalLineSymbolic();
  const kLine = omegas.map((omega) => lowerExceptionalLine(line, { ...cmd.options.parameters, omega }).k);
  return { order: cmd.order, omega: omegas, k: ks, panels, line: { omega: omegas, k: kLine } };
}

export async function runEpMap(cmd: EpMapCommand, out: Output): Promise<number> {
  const result = await computeEpMaps(cmd, progressBar(out, cmd.quiet));
  const file = basename(cmd.out);
  let content: string | Uint8Array;
  if (/\.json$/i.test(file)) content = JSON.stringify(result);
  else {
    const { epMapFigure } = await import('../../render/ep-map-figure.js');
    content = epMapFigure(result, /\.png$/i.test(file) ? 'png' : 'svg');
  }
  writeFilesAtomically(dirname(cmd.out), new Map([[file, content]]));
  if (!cmd.quiet) out.stderr(`wrote ${cmd.out}${result.panels.some((p) => p.unresolved > 0) ? ` (${result.panels.map((p) => `${p.equation}: ${p.unresolved} unresolved points`).join(', ')})` : ''}`);
  return 0;
}
