/** `openmoments heat`: steady and transient heat currents Q̇_h(t), Q̇_c(t) (eqs. 50–51, Fig. 3). */
import { heatDynamics } from '../../numeric/physics/heat-dynamics.js';
import { kOnExceptionalLine } from '../../numeric/physics/exceptional-line.js';
import { loadSpectralDensity, loadBathSpectra } from '../../numeric/spectral-loader.js';
import { prepareCovariance, covarianceTransient } from '../../numeric/covariance/index.js';
import { initialCovariance } from '../../numeric/initial-covariance.js';
import { readModelFile } from '../../numeric/model-file.js';

import { formatMeasured, formatRounded } from '../../render/measured-number.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type HeatCommand = Extract<Command, { name: 'heat' }>;

export async function runHeat(cmd: HeatCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  if (cmd.modelFile !== null) return runHeatFromCovariance(cmd, cmd.modelFile, spectral, out);
  const base = cmd.options.parameters;
  const k = cmd.kOnLine ? kOnExceptionalLine(base, spectral) : base.k;
  const result = heatDynamics({ parameters: { ...base, k }, equation: cmd.equation, times: cmd.times, spectral, ...(cmd.initial ? { initial: cmd.initial } : {}) });
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({ t: result.t, Qh: result.Qh, Qc: result.Qc, steady: result.steady, k, steadySum: result.steadySum, entropyProduction: result.entropyProduction, sumQOverT: result.sumQOverT, propagation: result.propagation, precision: result.precision, transientError: result.transientError }));
    return 0;
  }
  out.stdout([
    `${cmd.equation} equation, k = ${k}; propagation by ${result.propagation} (κ(V) = ${result.kappa.toExponential(3)})`,
    `steady state: Q_h = ${formatMeasured(result.steady.Qh, result.precision.current)}, Q_c = ${formatMeasured(result.steady.Qc, result.precision.current)}, sum = ${result.steadySum.toExponential(2)} (0 in exact arithmetic), Σ Q/T = ${formatMeasured(result.sumQOverT, result.precision.entropyProduction, 4)}`,
    `entropy production σ = −Σ Q/T = ${formatMeasured(result.entropyProduction, result.precision.entropyProduction, 4)}${belowRounding(result, base) ? entropyNote(cmd.equation) : ''}`,
    '        t            Q_h(t)          Q_c(t)   (digits shown: those resolved)',
    ...result.t.map((t, i) => `${t.toExponential(4).padStart(12)} ${formatRounded(result.Qh[i]!, result.transientError[i]!).padStart(15)} ${formatRounded(result.Qc[i]!, result.transientError[i]!).padStart(15)}`),
  ].join('\n'));
  return 0;
}

/** heat --model-file: σ(t) = σ∞ + e^{At}(σ₀ − σ∞)e^{Aᵀt} from local thermal states or the vacuum (--initial), Q_α(t) of every bath. */
async function runHeatFromCovariance(cmd: HeatCommand, modelFile: string, spectral: Awaited<ReturnType<typeof loadSpectralDensity>>, out: Output): Promise<number> {
  const model = readModelFile(modelFile);
  const bathSpectra = await loadBathSpectra(model);
  const prepared = prepareCovariance({ model, equation: cmd.equation, spectral, bathSpectra, ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }) });
  const start = initialCovariance(model, cmd.initial === 'vacuum' ? 'vacuum' : 'thermal');
  const tr = covarianceTransient(prepared, start.sigma, cmd.times);
  const baths = Object.keys(tr.heat);
  const violated = tr.uncertainty.findIndex((u, i) => u < -tr.uncertaintyTolerance[i]!);
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({
      equation: cmd.equation, t: tr.t, heat: tr.heat, steady: tr.steady.heat, steadySum: tr.steady.heatSum,
      entropyProduction: tr.steady.entropyProduction, sumQOverT: -tr.steady.entropyProduction, steadyPrecision: tr.steady.precision, uncertainty: tr.uncertainty,
    }));
    return 0;
  }
  out.stdout([
    `${cmd.equation} equation, ${model.frequencies.length} mode${model.frequencies.length === 1 ? '' : 's'}, ${start.description} (σ propagated as e^{At}σe^{Aᵀt})`,
    `steady state: ${baths.map((b) => `Q_${b} = ${formatMeasured(tr.steady.heat[b]!, tr.steady.precision.current[b]!)}`).join(', ')}, sum = ${tr.steady.heatSum.toExponential(2)}, entropy production −Σ Q/T = ${formatMeasured(tr.steady.entropyProduction, tr.steady.precision.entropyProduction, 4)}${tr.steady.secondLaw.holds ? '' : ' (NEGATIVE: second law violated)'}`,
    violated < 0 ? 'uncertainty relation σ(t) + iħΩ/2 ≥ 0 holds at every listed time' : `uncertainty relation VIOLATED at t = ${tr.t[violated]} (smallest eigenvalue ${tr.uncertainty[violated]!.toExponential(3)})`,
    `        t ${baths.map((b) => `Q_${b}(t)`.padStart(16)).join('')}`,
    ...tr.t.map((t, i) => `${t.toExponential(4).padStart(12)} ${baths.map((b) => tr.heat[b]![i]!.toExponential(6).padStart(15)).join(' ')}`),
  ].join('\n'));
  return 0;
}

/** σ < 0 beyond the rounding of its two terms. */
function belowRounding(r: { entropyProduction: number; steady: { Qh: number; Qc: number } }, p: { Th: number; Tc: number }): boolean {
  return r.entropyProduction < -1e-9 * (Math.abs(r.steady.Qh) / p.Th + Math.abs(r.steady.Qc) / p.Tc);
}

/** What σ < 0 means for each equation: known physics for the local one, a warning otherwise. */
function entropyNote(equation: HeatCommand['equation']): string {
  switch (equation) {
    case 'local':
      return ' < 0: the second law fails here; for the local equation off resonance this is a known property of the equation (Levy & Kosloff 2014), not a numerical error';
    case 'global':
      return ' < 0: the second law fails here, which the global equation should not do (eq. 10a); please report it';
    case 'redfield':
      return ' < 0: the second law fails here; the partial Redfield equation is not of GKSL form and does not guarantee σ ≥ 0';
    case 'partial-secular':
      return ' < 0: the second law fails here; a partial-secular equation is not of GKSL form in general and does not guarantee σ ≥ 0';
  }
}
