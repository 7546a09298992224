/** `openmoments matrix`: numeric M and c at the given physical parameters. */
import { lowerMoments } from '../../numeric/lower.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import { ohmicAlgebraic, type SpectralDensity } from '../../numeric/spectral.js';
import type { Command } from '../parse.js';
import { readFileSync } from 'node:fs';
import { parseModelFile } from '../../numeric/model-file.js';
import { InputError } from '../../numeric/input-error.js';
import type { NumericModel } from '../../numeric/physical.js';
import type { Output } from '../output.js';

type MatrixCommand = Extract<Command, { name: 'matrix' }>;

/** A model file from disk (numeric/model-file.ts), with the reading error named after the flag. */
export function readModelFile(path: string): NumericModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError('--model-file', `cannot read "${path}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseModelFile(text);
}

/** The spectral density of the command: eq. 19 by default; mathjs is loaded only for --spectral. */
export async function spectralOf(text: string | null): Promise<SpectralDensity> {
  if (text === null) return ohmicAlgebraic();
  const { expressionSpectralDensity } = await import('../../numeric/spectral-expression.js');
  return expressionSpectralDensity(text);
}

export async function runMatrix(cmd: MatrixCommand, out: Output): Promise<number> {
  const spectral = await spectralOf(cmd.options.spectral);
  const model = cmd.modelFile === null ? paperModel(cmd.options.parameters) : readModelFile(cmd.modelFile);
  const lowered = lowerMoments({ model, equation: cmd.equation, order: cmd.order, basis: cmd.basis, spectral });
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({ basis: lowered.basis, M: lowered.M, c: lowered.c }));
    return 0;
  }
  const width = Math.max(...lowered.basis.map((b) => b.length));
  const rows = lowered.M.map((row, i) => `${lowered.basis[i]!.padEnd(width)} | ${row.map((v) => v.toExponential(6).padStart(14)).join(' ')} | ${lowered.c[i]!.toExponential(6)}`);
  out.stdout([`M (rows and columns in the order of the basis) | c`, ...rows].join('\n'));
  return 0;
}
