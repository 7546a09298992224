/** `openmoments matrix`: numeric M and c at the given physical parameters. */
import { lowerMoments } from '../../numeric/lower.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import type { Command } from '../parse.js';
import { readModelFile } from '../../numeric/model-file.js';
import { loadBathSpectra } from '../../numeric/spectral-loader.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import type { Output } from '../output.js';
import { InputError } from '../../numeric/input-error.js';
import { lowerSecondMomentsSparse } from '../../numeric/covariance/sparse-moments.js';

/** Above this many entries of M the dense output is refused (it would not fit in memory as JSON). */
const DENSE_ENTRY_LIMIT = 4_000_000;

type MatrixCommand = Extract<Command, { name: 'matrix' }>;

export async function runMatrix(cmd: MatrixCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const hbar = cmd.options.parameters.hbar;
  const model = cmd.modelFile === null ? paperModel(cmd.options.parameters) : { ...readModelFile(cmd.modelFile), ...(hbar === undefined ? {} : { hbar }) };
  const bathSpectra = await loadBathSpectra(model);
  if (cmd.sparse) {
    const s = lowerSecondMomentsSparse(model, cmd.equation, spectral, { bathSpectra });
    if (cmd.options.format === 'json') {
      out.stdout(JSON.stringify({ basis: s.basis, size: s.basis.length, entries: { rows: Array.from(s.M.rows), columns: Array.from(s.M.columns), values: Array.from(s.M.values) }, c: s.c }));
      return 0;
    }
    const lines = [`M: ${s.basis.length}×${s.basis.length}, ${s.M.values.length} non-zero entries (row, column, value; basis order as in docs/conventions.md)`];
    for (let e = 0; e < s.M.values.length; e++) lines.push(`${s.basis[s.M.rows[e]!]} | ${s.basis[s.M.columns[e]!]} | ${s.M.values[e]!.toExponential(6)}`);
    lines.push('c (non-zero entries):');
    s.c.forEach((v, i) => { if (v !== 0) lines.push(`${s.basis[i]} | ${v.toExponential(6)}`); });
    out.stdout(lines.join('\n'));
    return 0;
  }
  const n = model.frequencies.length;
  const size = cmd.order === 2 ? 2 * n * n + n : 2 * n;
  if (size * size > DENSE_ENTRY_LIMIT) throw new InputError('--order', `M is ${size}×${size} (${size * size} entries), too large to print dense; add --sparse for its non-zero entries`);
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
