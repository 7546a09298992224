/**
 * Named models: the paper's two resonators (resonant, eq. 15 with ω_h = ω_c = ω; general,
 * App. D) and a chain of N resonators with local baths at both ends.
 */
import { ScalarAlgebra, rational, type Scalar } from '../algebra/index.js';
import type { NormalModes } from './normal-modes.js';
import type { SymbolDefinition } from './definitions.js';
import { type Model, type Mode, type Coupling, type Bath, type Shorthand, model } from './model.js';

/** Δ and Σ definitions of every bath at every listed frequency symbol. */
export function rateDefinitions(
  scalars: ScalarAlgebra,
  baths: readonly string[],
  frequencies: readonly string[],
): SymbolDefinition[] {
  const out: SymbolDefinition[] = [];
  for (const bath of baths) {
    for (const f of frequencies) {
      for (const rate of ['Delta', 'Sigma'] as const) {
        out.push({ kind: 'rate', name: rateSymbol(rate, bath, f), rate, bath, at: scalars.symbol(f), derivative: 0 });
      }
    }
  }
  return out;
}

/** The name of Δ_f^(bath) or Σ_f^(bath), with an optional derivative order. */
export function rateSymbol(rate: 'Delta' | 'Sigma', bath: string, frequency: string, derivative = 0): string {
  return derivative === 0 ? `${rate}_${bath}_${frequency}` : `${rate}_${bath}_${frequency}_d${derivative}`;
}

const param = (name: string, description: string): SymbolDefinition => ({ kind: 'parameter', name, description });

/** The paper's two resonators: in resonance (eqs. 39–40) or not (eqs. D.1–D.2). */
export function paperPair(resonant: boolean): Model {
  return resonant ? resonantPair() : generalPair();
}

/** Eq. 15 in resonance, with the normal modes of eqs. 39–40. */
export function resonantPair(): Model {
  const free = ScalarAlgebra.free();
  const w2 = free.pow(free.symbol('omega'), 2);
  const k = free.symbol('k');
  const scalars = free
    .withRelation('sqrt2', free.int(2))
    .withRelation('Omega1', free.add(w2, k))
    .withRelation('Omega2', free.sub(w2, k));
  const half = scalars.fromRational(rational(1, 2));
  const r = scalars.mul(scalars.symbol('sqrt2'), half); // 1/√2
  const modes: Mode[] = [{ label: 'h', frequency: 'omega' }, { label: 'c', frequency: 'omega' }];
  return model({
    name: 'two resonators, resonant',
    modes,
    couplings: [{ a: 0, b: 1, kind: 'xx', strength: 'k' }],
    baths: [{ label: 'h', mode: 0 }, { label: 'c', mode: 1 }],
    scalars,
    definitions: [
      param('omega', 'resonator frequency ω'),
      param('k', 'coupling k'),
      { kind: 'root', name: 'sqrt2', square: scalars.int(2) },
      { kind: 'root', name: 'Omega1', square: scalars.add(scalars.pow(scalars.symbol('omega'), 2), scalars.symbol('k')) },
      { kind: 'root', name: 'Omega2', square: scalars.sub(scalars.pow(scalars.symbol('omega'), 2), scalars.symbol('k')) },
      ...rateDefinitions(scalars, ['h', 'c'], ['omega', 'Omega1', 'Omega2']),
    ],
    normalModes: { P: [[r, r], [r, scalars.neg(r)]], frequencies: ['Omega1', 'Omega2'] },
    resonant: true,
    shorthands: pairShorthands(),
  });
}

/** Eq. 15 with ω_h ≠ ω_c, with the normal modes of eqs. D.1–D.2 (ζ as in docs/conventions.md). */
export function generalPair(): Model {
  // δ = ω_h² − ω_c² is a symbol, and ω_c² = ω_h² − δ a relation: every value is written in δ, so
  // that lowering evaluates δ once, without cancellation next to resonance (δ = (ω_h − ω_c)(ω_h + ω_c)).
  const base = ScalarAlgebra.free();
  const free = base.withRelation('omega_c', base.sub(base.pow(base.symbol('omega_h'), 2), base.symbol('delta')));
  const wh2 = free.pow(free.symbol('omega_h'), 2);
  const wc2 = free.pow(free.symbol('omega_c'), 2);
  const k = free.symbol('k');
  const delta = free.symbol('delta');
  const half = free.fromRational(rational(1, 2));
  const withR = free.withRelation('Rzeta', free.add(free.mul(free.int(4), k, k), free.mul(delta, delta)));
  const R = withR.symbol('Rzeta');
  // sin²ζ = (R + δ)/(2R) (docs/conventions.md), and cos ζ = k/(R sin ζ), so that
  // sin ζ cos ζ R = k and sin²ζ + cos²ζ = 1 follow from the relations: the mixing angle is
  // defined completely, and Pᵀ P = 1 and Pᵀ K P = diag(Ω_1², Ω_2²) are exact identities.
  const scalars = withR
    .withRelation('Omega1', withR.mul(half, withR.add(wh2, wc2, R)))
    .withRelation('Omega2', withR.mul(half, withR.sub(withR.add(wh2, wc2), R)))
    .withRelation('sinz', withR.mul(half, withR.add(withR.one, withR.mul(delta, withR.inverse(R)))));
  const s = scalars.symbol('sinz');
  const c = generalPairCosine(scalars);
  return model({
    name: 'two resonators, general',
    modes: [{ label: 'h', frequency: 'omega_h' }, { label: 'c', frequency: 'omega_c' }],
    couplings: [{ a: 0, b: 1, kind: 'xx', strength: 'k' }],
    baths: [{ label: 'h', mode: 0 }, { label: 'c', mode: 1 }],
    scalars,
    definitions: [
      param('omega_h', 'hot resonator frequency ω_h'),
      param('omega_c', 'cold resonator frequency ω_c'),
      param('k', 'coupling k'),
      { kind: 'difference-of-squares', name: 'delta', a: 'omega_h', b: 'omega_c' },
      { kind: 'hypot', name: 'Rzeta', x: scalars.mul(scalars.int(2), scalars.symbol('k')), y: scalars.symbol('delta') },
      { kind: 'root', name: 'Omega1', square: scalars.relations.get('Omega1')!.square },
      { kind: 'root', name: 'Omega2', square: scalars.relations.get('Omega2')!.square },
      { kind: 'mixing', name: 'sinz', part: 'sin', delta: scalars.symbol('delta'), radius: 'Rzeta', coupling: 'k' },
      { kind: 'mixing', name: 'cosz', part: 'cos', delta: scalars.symbol('delta'), radius: 'Rzeta', coupling: 'k' },
      ...rateDefinitions(scalars, ['h', 'c'], ['omega_h', 'omega_c', 'Omega1', 'Omega2']),
    ],
    normalModes: { P: [[s, c], [c, scalars.neg(s)]], frequencies: ['Omega1', 'Omega2'] },
    resonant: false,
    shorthands: pairShorthands(),
  });
}

/** Eq. 48b: Δ̄_α = ½(Δ_1^(α) + Δ_2^(α)) and δ_α = ½(Δ_1^(α) − Δ_2^(α)), for printing. */
function pairShorthands(): Shorthand[] {
  return ['h', 'c'].map((bath) => ({
    kind: 'mean-difference' as const,
    a: rateSymbol('Delta', bath, 'Omega1'),
    b: rateSymbol('Delta', bath, 'Omega2'),
    mean: { name: `barDelta_${bath}`, latex: `\\bar{\\Delta}_{${bath}}` },
    difference: { name: `halfDelta_${bath}`, latex: `\\delta_{${bath}}` },
  }));
}

/** cos ζ of the general pair as a value of its algebra: k/(R sin ζ) (docs/conventions.md). */
export function generalPairCosine(scalars: ScalarAlgebra): Scalar {
  return scalars.mul(scalars.symbol('k'), scalars.symbol('Rzeta', -1), scalars.symbol('sinz', -1));
}

export interface GeneralModelSpec {
  readonly modes: readonly string[];
  readonly couplings: readonly { a: number; b: number; kind: Coupling['kind'] }[];
  readonly baths: readonly Bath[];
  /**
   * The normal modes, when the numeric stage has diagonalised the model: for each normal mode j
   * (Ω_j descending) the index of its frequency class. Exactly degenerate normal modes share a
   * class, so they share the symbol Ω_<class+1>. Absent: no normal modes (local equation only).
   */
  readonly normalFrequencyClasses?: readonly number[];
  /**
   * Give the normal modes the general (Williamson) amplitudes u, v, w, z even without x–p
   * couplings (the numeric stage diagonalised the model by the general symplectic path).
   */
  readonly mixingNormalModes?: boolean;
}

/**
 * Symbol of the amplitude of x_α on η_j (u), of p_α on Π_j (v), and, when x–p couplings mix them,
 * of x_α on Π_j (w) and of p_α on η_j (z); j is 1-based.
 */
export type AmplitudeKind = 'u' | 'v' | 'w' | 'z';
export const amplitudeSymbol = (which: AmplitudeKind, mode: string, j: number): string => `${which}_${mode}_${j}`;
const AMPLITUDE_MEANING: Readonly<Record<AmplitudeKind, string>> = { u: 'x_α on η', v: 'p_α on Π', w: 'x_α on Π', z: 'p_α on η' };
/** Symbol of r = √(ω_a ω_b) of a hop coupling. */
export const hopRootSymbol = (a: string, b: string): string => `r_${a}_${b}`;

/**
 * Any number of resonators with symbolic frequencies ω_<label>, couplings k_<kind>_<a><b> and,
 * when normal-mode classes are given, normal modes in symbols: Ω_c for each class and the
 * amplitudes u_<α>_<j> (x_α = Σ_j u_αj η_j) and v_<α>_<j> (p_α = Σ_j v_αj Π_j; v = u when the
 * kinetic form is the identity, i.e. no pp or hop couplings). With x–p couplings the normal modes
 * mix x and p: x_α = Σ_j (u_αj η_j + w_αj Π_j) and p_α = Σ_j (z_αj η_j + v_αj Π_j), the general
 * symplectic (Williamson) form. These are filled in by lowering (numeric/normal-modes.ts).
 */
export function generalModel(spec: GeneralModelSpec): Model {
  const free = ScalarAlgebra.free();
  const modes: Mode[] = spec.modes.map((label) => ({ label, frequency: `omega_${label}` }));
  const label = (i: number): string => spec.modes[i] ?? '?';
  let scalars = free;
  const roots: SymbolDefinition[] = [];
  const couplings: Coupling[] = spec.couplings.map((c) => {
    const strength = couplingSymbol(c.kind, label(c.a), label(c.b));
    if (c.kind !== 'hop') return { ...c, strength };
    const root = hopRootSymbol(label(c.a), label(c.b));
    if (!scalars.relations.has(root)) {
      const square = free.mul(free.symbol(`omega_${label(c.a)}`), free.symbol(`omega_${label(c.b)}`));
      scalars = scalars.withRelation(root, square);
      roots.push({ kind: 'root', name: root, square });
    }
    return { ...c, strength, root };
  });
  const classes = spec.normalFrequencyClasses;
  if (classes !== undefined) {
    if (classes.length !== modes.length) throw new Error('generalModel: one frequency class per normal mode');
  }
  const mixing = spec.mixingNormalModes === true || spec.couplings.some((c) => c.kind === 'xp');
  const orthogonal = !mixing && !spec.couplings.some((c) => c.kind === 'pp' || c.kind === 'hop');
  const kinds: AmplitudeKind[] = mixing ? ['u', 'v', 'w', 'z'] : orthogonal ? ['u'] : ['u', 'v'];
  const frequencies = classes?.map((c) => `Omega${c + 1}`) ?? [];
  const distinct = [...new Set(frequencies)];
  const amplitudes = (which: AmplitudeKind): Scalar[][] => modes.map((m) => frequencies.map((_, j) => scalars.symbol(amplitudeSymbol(which, m.label, j + 1))));
  const normalModes: NormalModes | null = classes === undefined ? null : {
    P: amplitudes('u'),
    ...(orthogonal ? {} : { Q: amplitudes('v') }),
    ...(mixing ? { PPi: amplitudes('w'), QEta: amplitudes('z') } : {}),
    frequencies,
  };
  const normalDefinitions: SymbolDefinition[] = classes === undefined ? [] : [
    ...distinct.map((f) => param(f, `normal-mode frequency ${f} (numeric Williamson diagonalisation)`)),
    ...kinds.flatMap((which) => modes.flatMap((m) => frequencies.map((_, j) =>
      param(amplitudeSymbol(which, m.label, j + 1), mixing
        ? `amplitude of ${AMPLITUDE_MEANING[which].replace('α', m.label)}_${j + 1} (numeric)`
        : `amplitude of ${which === 'u' ? 'x' : 'p'}_${m.label} on normal mode ${j + 1} (numeric)`)))),
  ];
  const baths = spec.baths;
  const rateFrequencies = baths.map((b) => [modes[b.mode]?.frequency ?? 'omega', ...distinct.filter((f) => f !== modes[b.mode]?.frequency)]);
  return model({
    name: `${modes.length} resonators`,
    modes,
    couplings,
    baths,
    scalars,
    definitions: [
      ...modes.map((m) => param(m.frequency, `frequency of resonator ${m.label}`)),
      ...couplings.map((c) => param(c.strength, `coupling ${c.kind} between ${label(c.a)} and ${label(c.b)}`)),
      ...roots,
      ...normalDefinitions,
      ...baths.flatMap((b, i) => rateDefinitions(scalars, [b.label], rateFrequencies[i]!)),
    ],
    normalModes,
    resonant: false,
  });
}

export const couplingSymbol = (kind: Coupling['kind'], a: string, b: string): string => `k_${kind}_${a}${b}`;

/** A chain of n resonators, nearest-neighbour x–x couplings, baths h (first) and c (last). */
export function chain(n: number): Model {
  if (!Number.isInteger(n) || n < 2) throw new RangeError('chain: at least two resonators');
  const modes = Array.from({ length: n }, (_, i) => String(i + 1));
  return generalModel({
    modes,
    couplings: Array.from({ length: n - 1 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx' as const })),
    baths: [{ label: 'h', mode: 0 }, { label: 'c', mode: n - 1 }],
  });
}

