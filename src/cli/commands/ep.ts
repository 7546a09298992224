/** `openmoments ep`: eigenvalues, κ(V) and phase rigidities of M at one parameter point. */
import { lowerMoments } from '../../numeric/lower.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import { readModelFile } from '../../numeric/model-file.js';
import { loadBathSpectra } from '../../numeric/spectral-loader.js';
import { analyseMatrix } from '../../numeric/physics/eigen-analysis.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type EpCommand = Extract<Command, { name: 'ep' }>;

export async function runEp(cmd: EpCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const model = cmd.modelFile === undefined ? paperModel(cmd.options.parameters) : readModelFile(cmd.modelFile);
  const bathSpectra = await loadBathSpectra(model);
  const lowered = lowerMoments({ model, equation: cmd.equation, ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }), order: cmd.order, basis: 'local', spectral, bridge: { bathSpectra } });
  const a = analyseMatrix(lowered.M);
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({ eigenvalues: a.eigenvalues, kappa: a.kappa, kappaResolved: a.kappaResolved, precision: a.precision, phaseRigidity: a.phaseRigidity }));
    return 0;
  }
  out.stdout([
    `${cmd.equation} equation, ${cmd.order === 1 ? 'first' : 'second'} moments`,
    ...a.eigenvalues.map((e, i) => `  μ${i + 1} = ${e.re.toExponential(9)} ${e.im < 0 ? '-' : '+'} ${Math.abs(e.im).toExponential(9)} i   phase rigidity ${a.phaseRigidity[i]!.toExponential(3)}`),
    `  κ(V) = ${a.kappa.toExponential(4)} (${a.precision} precision${a.kappaResolved ? "" : "; not resolved even there: a lower bound at an exceptional point"})`,
  ].join('\n'));
  return 0;
}
