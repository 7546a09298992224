/** `openmoments ep`: eigenvalues, κ(V) and phase rigidities of M at one parameter point. */
import { lowerMoments } from '../../numeric/lower.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import { analyseMatrix } from '../../numeric/physics/eigen-analysis.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import type { Command } from '../parse.js';
import { eigenvalueErrorBound, eigenvaluesBeyondNorm } from '../../numeric/physics/eigenvalue-precision.js';
import { InputError } from '../../numeric/input-error.js';
import { formatRounded } from '../../render/measured-number.js';
import type { Output } from '../output.js';

type EpCommand = Extract<Command, { name: 'ep' }>;

export async function runEp(cmd: EpCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const lowered = lowerMoments({ model: paperModel(cmd.options.parameters), equation: cmd.equation, order: cmd.order, basis: 'local', spectral });
  const a = analyseMatrix(lowered.M);
  const beyond = eigenvaluesBeyondNorm(lowered.M, a.eigenvalues);
  if (beyond.length > 0) throw new InputError('ep', `the eigenvalue computation failed at these parameters (μ${beyond[0]! + 1} exceeds ‖M‖, which bounds every eigenvalue): the scales of the parameters are too far apart`);
  const error = eigenvalueErrorBound(lowered.M, a.kappa, a.kappaResolved, a.eigenvalues);
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({ eigenvalues: a.eigenvalues, kappa: a.kappa, kappaResolved: a.kappaResolved, precision: a.precision, phaseRigidity: a.phaseRigidity, eigenvalueError: error }));
    return 0;
  }
  out.stdout([
    `${cmd.equation} equation, ${cmd.order === 1 ? 'first' : 'second'} moments`,
    ...a.eigenvalues.map((e, i) => `  μ${i + 1} = ${formatRounded(e.re, error, 10)} ${Math.abs(e.im) > error ? `${e.im < 0 ? '-' : '+'} ${formatRounded(Math.abs(e.im), error, 10)}` : `± ${error.toExponential(1)}`} i   phase rigidity ${a.phaseRigidity[i]!.toExponential(3)}`),
    `  eigenvalues to ±${error.toExponential(1)} (digits shown: those resolved)`,
    `  κ(V) = ${a.kappa.toExponential(4)} (${a.precision} precision${a.kappaResolved ? "" : "; not resolved even there: a lower bound at an exceptional point"})`,
  ].join('\n'));
  return 0;
}
