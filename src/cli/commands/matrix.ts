/** `openmoments matrix`: numeric M and c at the given physical parameters. */
import { lowerMoments } from '../../numeric/lower.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import type { Command } from '../parse.js';
import { readModelFile } from '../../numeric/model-file.js';
import { loadBathSpectra } from '../../numeric/spectral-loader.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import type { Output } from '../output.js';

type MatrixCommand = Extract<Command, { name: 'matrix' }>;

export async function runMatrix(cmd: MatrixCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const model = cmd.modelFile === null ? paperModel(cmd.options.parameters) : readModelFile(cmd.modelFile);
  const bathSpectra = await loadBathSpectra(model);
  const lowered = lowerMoments({ model, equation: cmd.equation, ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }), order: cmd.order, basis: cmd.basis, spectral, bridge: { bathSpectra } });
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({ basis: lowered.basis, M: lowered.M, c: lowered.c }));
    return 0;
  }
  const width = Math.max(...lowered.basis.map((b) => b.length));
  const rows = lowered.M.map((row, i) => `${lowered.basis[i]!.padEnd(width)} | ${row.map((v) => v.toExponential(6).padStart(14)).join(' ')} | ${lowered.c[i]!.toExponential(6)}`);
  out.stdout([`M (rows and columns in the order of the basis) | c`, ...rows].join('\n'));
  return 0;
}
