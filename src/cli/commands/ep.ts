/**
 * `openmoments ep`: eigenvalues of M at one parameter point grouped into clusters, with the
 * spectral projector norm, the verdict per cluster (simple, semisimple repeated, defective of
 * order n), κ(V) on the semisimple-aware eigenbasis and the phase rigidities where defined.
 */
import { lowerMoments } from '../../numeric/lower.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import { epReport, assertResolvable, type EpCluster } from '../../numeric/physics/ep-analysis.js';
import { readModelFile } from '../../numeric/model-file.js';
import { loadBathSpectra } from '../../numeric/spectral-loader.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import { InputError } from '../../numeric/input-error.js';
import type { Command } from '../parse.js';
import { eigenvaluesBeyondNorm } from '../../numeric/physics/eigenvalue-precision.js';
import type { Output } from '../output.js';

type EpCommand = Extract<Command, { name: 'ep' }>;

const complexText = (e: { re: number; im: number }): string => `${e.re.toExponential(9)} ${e.im < 0 ? '-' : '+'} ${Math.abs(e.im).toExponential(9)} i`;

function clusterText(c: EpCluster): string {
  const what =
    c.verdict === 'simple'
      ? `simple, phase rigidity ${c.phaseRigidity!.toExponential(6)}`
      : c.verdict === 'semisimple'
        ? `semisimple, multiplicity ${c.multiplicity} (diabolic)`
        : c.verdict === 'defective'
          ? `DEFECTIVE, multiplicity ${c.multiplicity}, Jordan blocks ${c.jordanBlocks.join('+')}: exceptional point of order ${c.order}`
          : `unresolved, multiplicity ${c.multiplicity}`;
  const where = c.multiplicity === 1 ? complexText(c.centre) : `${complexText(c.centre)} (spread ${c.spread.toExponential(2)})`;
  return `  ${where}   ‖P‖ = ${c.projectorNorm.toExponential(4)}   ${what}${c.verdict === 'simple' && c.exceptionalPoint ? '   [‖P‖ above threshold]' : ''}`;
}

export async function runEp(cmd: EpCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const model = cmd.modelFile === undefined ? paperModel(cmd.options.parameters) : readModelFile(cmd.modelFile);
  const bathSpectra = await loadBathSpectra(model);
  if (model.baths.every((b) => b.lambda2 === 0)) throw new InputError(cmd.modelFile === undefined ? '--lambda-h2, --lambda-c2' : 'model file: baths', 'no bath with λ² > 0: the system is closed, so there is no dissipation and no exceptional point');
  const lowered = lowerMoments({ model, equation: cmd.equation, ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }), order: cmd.order, basis: 'local', spectral, bridge: { bathSpectra } });
  const a = epReport(lowered.M);
  const beyond = eigenvaluesBeyondNorm(lowered.M, a.eigenvalues);
  if (beyond.length > 0) throw new InputError('ep', `the eigenvalue computation failed at these parameters (μ${beyond[0]! + 1} exceeds ‖M‖, which bounds every eigenvalue): the scales of the parameters are too far apart`);
  if (!a.converged) throw new InputError('parameters', 'the Schur decomposition of M did not converge at these parameters; no witness can be given');
  assertResolvable(a);
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify(a));
    return 0;
  }
  const kappa = Number.isFinite(a.kappa) ? a.kappa.toExponential(4) : a.kappa === Number.POSITIVE_INFINITY ? '∞ (a cluster is defective: no eigenbasis exists)' : 'not available';
  out.stdout([
    `${cmd.equation} equation, ${cmd.order === 1 ? 'first' : 'second'} moments: ${a.verdict}`,
    ...a.clusters.map(clusterText),
    `  κ(V) = ${kappa} (${a.kappaBasis}${a.kappaResolved ? '' : '; clusters not resolved at the backward error'})`,
    `  clusters at backward error η = ${a.backwardError.toExponential(2)}; exceptional-point threshold ‖P‖ ≥ ${a.projectorNormThreshold} for clusters that are not defective (a defective cluster is an exceptional point whatever its ‖P‖: ‖P‖ is the norm of the projector onto the whole cluster, finite at the EP)`,
  ].join('\n'));
  return 0;
}
