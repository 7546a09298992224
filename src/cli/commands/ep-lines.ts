/** `openmoments ep-lines`: the k of every exceptional point at the given ω. */
import { localExceptionalLineSymbolic, lowerExceptionalLine } from '../../numeric/physics/exceptional-line.js';
import { exceptionalPointsAlongK, isOffResonance } from '../../numeric/physics/exceptional-points.js';
import { validateNumericModel } from '../../numeric/model-bridge.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import { spectralOf } from './matrix.js';
import { scalarToText } from '../../render/scalar-format.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type EpLinesCommand = Extract<Command, { name: 'ep-lines' }>;

export async function runEpLines(cmd: EpLinesCommand, out: Output): Promise<number> {
  const p = { ...cmd.options.parameters, k: 0 };
  validateNumericModel(paperModel(p));
  const spectral = await spectralOf(cmd.options.spectral);
  if (cmd.equation === 'local' && !isOffResonance(p)) {
    const line = localExceptionalLineSymbolic();
    const lowered = lowerExceptionalLine(line, p, spectral);
    const k = lowered.k === 0 ? [] : [-lowered.k, lowered.k];
    if (k.length === 0) {
      out.stdout(cmd.options.format === 'json' ? JSON.stringify({ k, method: 'closed form', line: `k = ±(${scalarToText(line)})` }) : `no exceptional points: Δ_h = Δ_c at these parameters, so the line k = ±(${scalarToText(line)}) collapses to k = 0`);
      return 0;
    }
    if (cmd.options.format === 'json') {
      out.stdout(JSON.stringify({ k, method: 'closed form', line: `k = ±(${scalarToText(line)})`, eq37: { k: lowered.eq37, ratio: lowered.ratio } }));
    } else {
      out.stdout([
        `exact line (derived from the discriminant of M_L,1): k = ±(${scalarToText(line)})`,
        `at ω = ${p.omega}: k = ±${lowered.k.toExponential(10)}`,
        `eq. 37, k = ±(ω/2)|λ_h² − λ_c²|: ±${lowered.eq37.toExponential(10)}; exact/eq. 37 = ${lowered.ratio} (= Λ²/(ω² + Λ²) for eq. 19)`,
      ].join('\n'));
    }
    return 0;
  }
  if (cmd.options.spectral !== null) out.stderr('note: the numeric EP search uses the Ohmic–algebraic density of eq. 19');
  const k = exceptionalPointsAlongK(cmd.equation, 1, p);
  const where = isOffResonance(p) ? `ω_h = ${p.omegaH}, ω_c = ${p.omegaC}` : `ω = ${p.omega}`;
  out.stdout(cmd.options.format === 'json' ? JSON.stringify({ k, method: 'numeric (eigenvalue-gap minima where κ diverges)' }) : `${cmd.equation}: ${k.length === 0 ? 'no exceptional points' : k.map((x) => `k = ${x.toExponential(10)}`).join(', ')} at ${where}`);
  return 0;
}
