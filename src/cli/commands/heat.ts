/** `openmoments heat`: steady and transient heat currents Q̇_h(t), Q̇_c(t) (eqs. 50–51, Fig. 3). */
import { heatDynamics } from '../../numeric/physics/heat-dynamics.js';
import { kOnExceptionalLine } from '../../numeric/physics/exceptional-line.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import { networkSteadyHeat } from '../../numeric/physics/network-heat.js';
import { readModelFile } from '../../numeric/model-file.js';
import { loadBathSpectra } from '../../numeric/spectral-loader.js';

import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type HeatCommand = Extract<Command, { name: 'heat' }>;

export async function runHeat(cmd: HeatCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  if (cmd.modelFile !== undefined) {
    const model = readModelFile(cmd.modelFile);
    const result = networkSteadyHeat({ model, equation: cmd.equation, ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }), spectral, bathSpectra: await loadBathSpectra(model) });
    if (cmd.options.format === 'json') {
      out.stdout(JSON.stringify({ equation: cmd.equation, steady: result.steady, steadySum: result.steadySum, entropyProduction: result.entropyProduction }));
      return 0;
    }
    out.stdout([
      `${cmd.equation} equation, steady state of the model file`,
      ...Object.entries(result.steady).map(([label, q]) => `  Q_${label} = ${q.toExponential(6)}`),
      `  sum = ${result.steadySum.toExponential(2)}, Σ Q/T = ${result.entropyProduction.toExponential(3)}`,
    ].join('\n'));
    return 0;
  }
  const base = cmd.options.parameters;
  const k = cmd.kOnLine ? kOnExceptionalLine(base, spectral) : base.k;
  const result = heatDynamics({ parameters: { ...base, k }, equation: cmd.equation, times: cmd.times, spectral, ...(cmd.initial ? { initial: cmd.initial } : {}) });
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({ t: result.t, Qh: result.Qh, Qc: result.Qc, steady: result.steady, k, steadySum: result.steadySum, entropyProduction: result.entropyProduction, propagation: result.propagation }));
    return 0;
  }
  out.stdout([
    `${cmd.equation} equation, k = ${k}; propagation by ${result.propagation} (κ(V) = ${result.kappa.toExponential(3)})`,
    `steady state: Q_h = ${result.steady.Qh.toExponential(6)}, Q_c = ${result.steady.Qc.toExponential(6)}, sum = ${result.steadySum.toExponential(2)}, Σ Q/T = ${result.entropyProduction.toExponential(3)}`,
    '        t            Q_h(t)          Q_c(t)',
    ...result.t.map((t, i) => `${t.toExponential(4).padStart(12)} ${result.Qh[i]!.toExponential(6).padStart(15)} ${result.Qc[i]!.toExponential(6).padStart(15)}`),
  ].join('\n'));
  return 0;
}
