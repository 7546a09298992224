/**
 * From a numeric model to the symbolic model that describes it and the values of its symbols.
 * Two resonators with one x–x coupling and a bath on each are the paper's model, resonant when
 * ω_h = ω_c as exact rationals (the decimals as written, never a float comparison); anything
 * else (or the paper's pair when the general path is asked for) is the N-resonator network,
 * whose normal modes come from the numeric Williamson diagonalisation (normal-modes.ts; with
 * x–p couplings the general symplectic one): the symbolic model gets their frequency classes,
 * and lowering their values.
 */
import { type Model, resonantPair, generalPair, generalModel, couplingSymbol, amplitudeSymbol } from '../model/index.js';
import { equalsQ, parseQ } from '../algebra/index.js';
import { numericNormalModes } from './normal-modes.js';
import type { NumericModel } from './physical.js';
import { InputError } from './input-error.js';
import { checkMagnitude } from './input-limits.js';
import { type LoweringInput } from './evaluate.js';
import { type SpectralDensity, ohmicAlgebraic } from './spectral.js';

export interface BridgedModel {
  readonly model: Model;
  readonly input: LoweringInput;
}

export function validateNumericModel(nm: NumericModel): void {
  const resonantPair = nm.frequencies.length === 2 && nm.frequencies[0] === nm.frequencies[1];
  nm.frequencies.forEach((w, i) => {
    const flag = resonantPair ? '--omega' : i < 2 && nm.frequencies.length === 2 ? ['--omega-h', '--omega-c'][i]! : `frequencies[${i}]`;
    if (!(Number.isFinite(w) && w > 0)) throw new InputError(flag, `must be a positive number, got ${w}`);
    checkMagnitude(flag, w);
  });
  const bathLabels = new Set<string>();
  for (const b of nm.baths) {
    if (!(Number.isFinite(b.temperature) && b.temperature > 0)) throw new InputError(`--T${b.label}`, `temperature must be positive, got ${b.temperature}`);
    if (!(Number.isFinite(b.lambda2) && b.lambda2 >= 0)) throw new InputError(`--lambda-${b.label}2`, `coupling λ² must be non-negative, got ${b.lambda2}`);
    if (!Number.isInteger(b.mode) || b.mode < 0 || b.mode >= nm.frequencies.length) throw new InputError(`bath ${b.label}`, `mode ${b.mode} does not exist`);
    if (bathLabels.has(b.label)) throw new InputError(`bath ${b.label}`, `the label ${b.label} is used by two baths`);
    bathLabels.add(b.label);
    checkMagnitude(`--T${b.label}`, b.temperature);
    checkMagnitude(`--lambda-${b.label}2`, b.lambda2);
  }
  if (!(Number.isFinite(nm.cutoff) && nm.cutoff > 0)) throw new InputError('--cutoff', `Λ must be positive, got ${nm.cutoff}`);
  if (nm.hbar !== undefined && !(Number.isFinite(nm.hbar) && nm.hbar > 0)) throw new InputError('--hbar', `ħ must be a positive number, got ${nm.hbar}`);
  checkMagnitude('--cutoff', nm.cutoff);
  for (const c of nm.couplings) {
    if (c.kind !== 'xx' && c.kind !== 'pp' && c.kind !== 'xp' && c.kind !== 'hop') throw new InputError('coupling kind', `must be "xx", "pp", "xp" or "hop", got ${JSON.stringify(c.kind)?.slice(0, 40)}`);
    if (!Number.isFinite(c.strength)) throw new InputError('--k', `must be a finite number, got ${c.strength}`);
    checkMagnitude('--k', c.strength);
  }
  // Stability of H_S: the quadratic form ½ qᵀ H q over q = (x_1, p_1, …) must be positive definite
  // (couplings of every kind: x–x, p–p and x–p).
  const n = nm.frequencies.length;
  const H = Array.from({ length: 2 * n }, (_, i) => Array.from({ length: 2 * n }, (_, j) => (i !== j ? 0 : i % 2 === 0 ? nm.frequencies[i >> 1]! ** 2 : 1)));
  const put = (row: number, col: number, v: number): void => { H[row]![col]! += v; H[col]![row]! += v; };
  for (const c of nm.couplings) {
    if (c.kind === 'hop') {
      // g (a_a† a_b + h.c.) = g √(ω_a ω_b) x_a x_b + g p_a p_b / √(ω_a ω_b).
      const r = Math.sqrt(nm.frequencies[c.a]! * nm.frequencies[c.b]!);
      put(2 * c.a, 2 * c.b, c.strength * r);
      put(2 * c.a + 1, 2 * c.b + 1, c.strength / r);
      continue;
    }
    put(2 * c.a + (c.kind === 'pp' ? 1 : 0), 2 * c.b + (c.kind === 'xx' ? 0 : 1), c.strength);
  }
  if (!isPositiveDefinite(H)) {
    if (!isPaperModel(nm)) throw new InputError('couplings', `the couplings (${nm.couplings.map((c, i) => `couplings[${i}] ${c.kind} ${c.a}-${c.b}`).join(', ')}) make H_S unbounded below: its Hamiltonian matrix is not positive definite`);
    throw new InputError('--k', 'the coupling makes H_S unbounded below (normal-mode frequencies not real): need |k| < ω_h ω_c (|k| < ω² in resonance)');
  }
}

/**
 * Cholesky on the envelope of A: row i of L is zero left of A's first non-zero in that row (no fill-in
 * outside the envelope), so a chain's banded Hamiltonian matrix costs O(n·b²), not O(n³).
 */
function isPositiveDefinite(A: number[][]): boolean {
  const n = A.length;
  const first = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let f = 0;
    while (f < i && A[i]![f] === 0) f++;
    first[i] = f;
  }
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = first[i]!; j <= i; j++) {
      let sum = A[i]![j]!;
      for (let m = Math.max(first[i]!, first[j]!); m < j; m++) sum -= L[i * n + m]! * L[j * n + m]!;
      if (i === j) {
        if (!(sum > 0)) return false;
        L[i * n + i] = Math.sqrt(sum);
      } else L[i * n + j] = sum / L[j * n + j]!;
    }
  }
  return true;
}

/**
 * The paper's pair as its own symbolic model: two modes, one x–x coupling, and the baths labelled
 * as the paper labels them, h on mode 0 and c on mode 1. Any other labelling (c on mode 0, or
 * T1/cold) is served by the N-mode network, so that every output keeps the file's own labels.
 */
export function isPaperModel(nm: NumericModel): boolean {
  const c = nm.couplings[0];
  return (
    nm.frequencies.length === 2 &&
    nm.couplings.length === 1 && !!c && c.kind === 'xx' && ((c.a === 0 && c.b === 1) || (c.a === 1 && c.b === 0)) &&
    nm.baths.length === 2 && nm.baths.some((b) => b.mode === 0 && b.label === 'h') && nm.baths.some((b) => b.mode === 1 && b.label === 'c')
  );
}

/** Exact equality of two inputs as the decimals they were written as. */
function sameDecimal(a: number, b: number): boolean {
  return equalsQ(parseQ(String(a)), parseQ(String(b)));
}

export interface BridgeOptions {
  /** Serve the paper's pair through the general N-mode path too (numeric normal modes). */
  readonly generalPath?: boolean;
  /**
   * Diagonalise the network by the general symplectic (Williamson) path even without x–p
   * couplings (which always take it): the normal modes then carry all four amplitudes.
   */
  readonly williamsonNormalModes?: boolean;
  /** The loaded per-bath spectral densities of the model (loadBathSpectra), by bath label. */
  readonly bathSpectra?: ReadonlyMap<string, SpectralDensity>;
  /**
   * Leave a network without normal modes (for the local equation, whose channels are the bare
   * modes'): the numeric diagonalisation, O(N³), is then skipped.
   */
  readonly withoutNormalModes?: boolean;
}

function bathSpectraOf(nm: NumericModel, options: BridgeOptions): ReadonlyMap<string, SpectralDensity> | undefined {
  const given = options.bathSpectra;
  nm.baths.forEach((b, i) => {
    if (b.spectral !== undefined && given?.get(b.label) === undefined) throw new InputError(`model file: baths[${i}].spectral`, 'not loaded (call loadBathSpectra first)');
  });
  return given;
}

export function bridgeModel(nm: NumericModel, spectral: SpectralDensity = ohmicAlgebraic(), options: BridgeOptions = {}): BridgedModel {
  validateNumericModel(nm);
  // The rate functions take the thermal frequency k_BT/ħ: the Bose factor is n(f) = 1/(e^{ħf/k_BT} − 1)
  // (docs/conventions.md, "Where ħ enters"). With ħ = 1 this is the temperature itself.
  const hbar = nm.hbar ?? 1;
  const baths = new Map(nm.baths.map((b) => [b.label, { temperature: b.temperature / hbar, lambda2: b.lambda2 }]));
  const spectra = bathSpectraOf(nm, options);
  const withSpectra = (bridged: BridgedModel, labels: ReadonlyMap<string, string> = new Map()): BridgedModel => {
    if (spectra === undefined || spectra.size === 0) return bridged;
    const renamed = new Map([...spectra].map(([label, d]) => [labels.get(label) ?? label, d]));
    return { model: bridged.model, input: { ...bridged.input, bathSpectra: renamed } };
  };
  if (isPaperModel(nm) && options.generalPath !== true) {
    const hot = nm.baths.find((b) => b.mode === 0)!;
    const cold = nm.baths.find((b) => b.mode === 1)!;
    const paperBaths = new Map([['h', { temperature: hot.temperature / hbar, lambda2: hot.lambda2 }], ['c', { temperature: cold.temperature / hbar, lambda2: cold.lambda2 }]]);
    const [wh, wc] = nm.frequencies as [number, number];
    const k = nm.couplings[0]!.strength;
    const paperLabels = new Map([[hot.label, 'h'], [cold.label, 'c']]);
    if (sameDecimal(wh, wc)) {
      return withSpectra({ model: resonantPair(), input: { parameters: new Map([['omega', wh], ['k', k]]), baths: paperBaths, cutoff: nm.cutoff, spectral } }, paperLabels);
    }
    return withSpectra({ model: generalPair(), input: { parameters: new Map([['omega_h', wh], ['omega_c', wc], ['k', k]]), baths: paperBaths, cutoff: nm.cutoff, spectral } }, paperLabels);
  }
  return withSpectra(networkModel(nm, baths, spectral, options.williamsonNormalModes === true, options.withoutNormalModes === true));
}

function networkModel(nm: NumericModel, baths: LoweringInput['baths'], spectral: SpectralDensity, williamson: boolean, withoutNormalModes: boolean): BridgedModel {
  const labels = nm.frequencies.map((_, i) => String(i + 1));
  if (withoutNormalModes) {
    const model = generalModel({
      modes: labels,
      couplings: nm.couplings.map((c) => ({ a: c.a, b: c.b, kind: c.kind })),
      baths: nm.baths.map((b) => ({ label: b.label, mode: b.mode })),
    });
    return { model, input: { parameters: bareParameters(nm, labels), baths, cutoff: nm.cutoff, spectral } };
  }
  const modes = numericNormalModes(nm, { method: williamson ? 'williamson' : 'auto' });
  const model = generalModel({
    modes: labels,
    couplings: nm.couplings.map((c) => ({ a: c.a, b: c.b, kind: c.kind })),
    baths: nm.baths.map((b) => ({ label: b.label, mode: b.mode })),
    normalFrequencyClasses: modes.classes,
    ...(modes.mixing ? { mixingNormalModes: true } : {}),
  });
  const parameters = bareParameters(nm, labels);
  modes.classes.forEach((c, j) => parameters.set(`Omega${c + 1}`, modes.Omega[j]!));
  labels.forEach((label, a) => modes.Omega.forEach((_, j) => {
    parameters.set(amplitudeSymbol('u', label, j + 1), modes.L[a]![j]!);
    parameters.set(amplitudeSymbol('v', label, j + 1), modes.Q[a]![j]!);
    if (modes.mixing) {
      parameters.set(amplitudeSymbol('w', label, j + 1), modes.LPi[a]![j]!);
      parameters.set(amplitudeSymbol('z', label, j + 1), modes.QEta[a]![j]!);
    }
  }));
  return { model, input: { parameters, baths, cutoff: nm.cutoff, spectral } };
}

/** The bare frequencies ω_<label> and the coupling strengths (repeated couplings add). */
function bareParameters(nm: NumericModel, labels: readonly string[]): Map<string, number> {
  const parameters = new Map<string, number>();
  nm.frequencies.forEach((w, i) => parameters.set(`omega_${labels[i]}`, w));
  for (const c of nm.couplings) {
    const name = couplingSymbol(c.kind, labels[c.a]!, labels[c.b]!);
    parameters.set(name, (parameters.get(name) ?? 0) + c.strength);
  }
  return parameters;
}
