/** `openmoments heat`: steady and transient heat currents Q̇_h(t), Q̇_c(t) (eqs. 50–51, Fig. 3). */
import { heatDynamics } from '../../numeric/physics/heat-dynamics.js';
import { kOnExceptionalLine } from '../../numeric/physics/exceptional-line.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import { formatMeasured, formatRounded } from '../../render/measured-number.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type HeatCommand = Extract<Command, { name: 'heat' }>;

export async function runHeat(cmd: HeatCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const base = cmd.options.parameters;
  const k = cmd.kOnLine ? kOnExceptionalLine(base, spectral) : base.k;
  const result = heatDynamics({ parameters: { ...base, k }, equation: cmd.equation, times: cmd.times, spectral, ...(cmd.initial ? { initial: cmd.initial } : {}) });
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({ t: result.t, Qh: result.Qh, Qc: result.Qc, steady: result.steady, k, steadySum: result.steadySum, entropyProduction: result.entropyProduction, propagation: result.propagation, precision: result.precision, transientError: result.transientError }));
    return 0;
  }
  out.stdout([
    `${cmd.equation} equation, k = ${k}; propagation by ${result.propagation} (κ(V) = ${result.kappa.toExponential(3)})`,
    `steady state: Q_h = ${formatMeasured(result.steady.Qh, result.precision.current)}, Q_c = ${formatMeasured(result.steady.Qc, result.precision.current)}, sum = ${result.steadySum.toExponential(2)} (0 in exact arithmetic), Σ Q/T = ${formatMeasured(result.entropyProduction, result.precision.entropyProduction, 4)}`,
    '        t            Q_h(t)          Q_c(t)   (digits shown: those resolved)',
    ...result.t.map((t, i) => `${t.toExponential(4).padStart(12)} ${formatRounded(result.Qh[i]!, result.transientError[i]!).padStart(15)} ${formatRounded(result.Qc[i]!, result.transientError[i]!).padStart(15)}`),
  ].join('\n'));
  return 0;
}
