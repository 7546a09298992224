/**
 * `openmoments steady`: the steady covariance of any network (a model file, or the paper's pair
 * from the physical flags) from the covariance form, with the heat current of every bath, the
 * entropy production −Σ Q_α/T_α and the uncertainty check. Text, JSON or CSV.
 */
import { prepareCovariance, steadyCovariance, type SteadyCovariance } from '../../numeric/covariance/index.js';
import { readModelFile } from '../../numeric/model-file.js';
import { paperModel } from '../../numeric/paper-parameters.js';
import { loadSpectralDensity, loadBathSpectra } from '../../numeric/spectral-loader.js';
import type { NumericModel } from '../../numeric/physical.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';
import { formatMeasured } from '../../render/measured-number.js';

type SteadyCommand = Extract<Command, { name: 'steady' }>;

export function modeLabels(model: NumericModel, modelFile: string | null): string[] {
  return modelFile === null ? ['h', 'c'] : model.frequencies.map((_, i) => String(i + 1));
}

export async function runSteady(cmd: SteadyCommand, out: Output): Promise<number> {
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const model = cmd.modelFile === null ? paperModel(cmd.options.parameters) : readModelFile(cmd.modelFile);
  const bathSpectra = await loadBathSpectra(model);
  const steady = steadyCovariance(prepareCovariance({ model, equation: cmd.equation, spectral, bathSpectra, ...(cmd.secularCutoff === null ? {} : { secularCutoff: cmd.secularCutoff }) }));
  const labels = modeLabels(model, cmd.modelFile);
  switch (cmd.format) {
    case 'json':
      out.stdout(JSON.stringify(steadyJson(steady, model, labels)));
      return 0;
    case 'csv':
      out.stdout(steadyCsv(steady, labels));
      return 0;
    case 'text':
      out.stdout(steadyText(steady, model, labels));
      return 0;
  }
}

function rows(sigma: Float64Array, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(sigma.subarray(i * n, i * n + n)));
}

export function steadyJson(s: SteadyCovariance, model: NumericModel, labels: readonly string[]): object {
  return {
    equation: s.equation,
    modes: model.frequencies.map((w, m) => ({ label: labels[m], frequency: w, occupation: s.occupations[m] })),
    covariance: rows(s.covariance, s.quadratures.length),
    heat: s.heat,
    entropyProduction: s.entropyProduction,
    quadratures: s.quadratures,
    heatSum: s.heatSum,
    secondLaw: s.secondLaw,
    precision: s.precision,
    uncertainty: s.uncertainty,
    spectralAbscissa: s.spectralAbscissa,
    residual: s.residual,
  };
}

export function steadyCsv(s: SteadyCovariance, labels: readonly string[]): string {
  return [
    'kind,label,value,error',
    // value: the current as computed (full precision, as before); error: its estimated error bound, rounded up.
    ...Object.entries(s.heat).map(([b, q]) => `heat,${b},${q},${roundedUp(s.precision.current[b]!)}`),
    ...s.occupations.map((n, m) => `occupation,${labels[m]},${n},`),
  ].join('\n');
}

const e = (x: number, digits = 6): string => x.toExponential(digits);

/** A positive bound to two significant digits, rounded up (never below the bound). */
function roundedUp(bound: number): string {
  if (!(bound > 0)) return String(bound);
  const exponent = Math.floor(Math.log10(bound));
  const unit = 10 ** (exponent - 1);
  return (Math.ceil(bound / unit - 1e-9) * unit).toExponential(1);
}

export function steadyText(s: SteadyCovariance, model: NumericModel, labels: readonly string[]): string {
  const n = s.quadratures.length;
  const lines = [
    `${s.equation} equation, ${count(model.frequencies.length, 'mode')}, ${count(model.baths.length, 'bath')}: steady state of dσ/dt = Aσ + σAᵀ + D (residual ${e(s.residual, 1)}, spectral abscissa of A ${e(s.spectralAbscissa, 3)})`,
    'heat currents Q_α = ⟨D_α†(H_S)⟩ (from each bath into the system):',
    ...Object.entries(s.heat).map(([b, q]) => `  ${b.padEnd(8)} ${formatMeasured(q, s.precision.current[b]!)}`),
    `  sum      ${e(s.heatSum, 2)} (0 in exact arithmetic)`,
    !s.precision.entropyProductionResolved
      ? `entropy production −Σ Q_α/T_α = ${formatMeasured(s.entropyProduction, s.precision.entropyProduction, 4)}: zero within precision, consistent with the second law`
      : s.secondLaw.holds
        ? `entropy production −Σ Q_α/T_α = ${formatMeasured(s.entropyProduction, s.precision.entropyProduction, 4)} (second law holds)`
        : `entropy production −Σ Q_α/T_α = ${formatMeasured(s.entropyProduction, s.precision.entropyProduction, 4)} — NEGATIVE: the ${s.equation} equation violates the second law at these parameters`,
    s.uncertainty.satisfied
      ? `uncertainty relation σ + iħΩ/2 ≥ 0 holds: smallest eigenvalue ${e(s.uncertainty.smallestEigenvalue, 4)}`
      : `uncertainty relation σ + iħΩ/2 ≥ 0 VIOLATED: smallest eigenvalue ${e(s.uncertainty.smallestEigenvalue, 4)} (the steady state is not a quantum state)`,
    'mode occupations n = ⟨a†a⟩ of the bare oscillators:',
    ...s.occupations.map((occ, m) => `  ${labels[m]!.padEnd(8)} ${e(occ)}`),
  ];
  if (n <= 12) {
    const w = Math.max(...s.quadratures.map((q) => q.length));
    lines.push(`covariance σ (${s.quadratures.join(', ')}; ½⟨{x, p}⟩ symmetrised):`);
    rows(s.covariance, n).forEach((r, i) => lines.push(`  ${s.quadratures[i]!.padEnd(w)} ${r.map((v) => e(v, 5).padStart(13)).join(' ')}`));
  } else {
    lines.push(`covariance σ: ${n}×${n}, not printed as text (use --json)`);
  }
  return lines.join('\n');
}

/** "1 mode", "3 modes". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
