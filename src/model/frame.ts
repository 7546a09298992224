/**
 * A frame is the set of quadratures the algebra works in: the local ones (x_α, p_α) or the
 * normal-mode ones (η_j, Π_j). Either way it can express H_S and both kinds of quadratures.
 */
import { OperatorAlgebra, type Operator, type FrameNames, rational } from '../algebra/index.js';
import type { Model } from './model.js';
import { ModelError } from './model-error.js';

export type FrameKind = 'local' | 'normal';

export interface Frame {
  readonly kind: FrameKind;
  readonly model: Model;
  readonly ops: OperatorAlgebra;
  readonly names: FrameNames;
  readonly hamiltonian: Operator;
  /** x_α and p_α of mode α, in this frame. */
  localPosition(mode: number): Operator;
  localMomentum(mode: number): Operator;
  /** η_j and Π_j of normal mode j, in this frame. */
  normalPosition(j: number): Operator;
  normalMomentum(j: number): Operator;
}

const latexLabel = (label: string): string => (/^[A-Za-z0-9]$/.test(label) ? label : `\\mathrm{${label}}`);

function localNames(model: Model): FrameNames {
  return {
    position: model.modes.map((m) => `x_${m.label}`),
    momentum: model.modes.map((m) => `p_${m.label}`),
    positionLatex: model.modes.map((m) => `x_{${latexLabel(m.label)}}`),
    momentumLatex: model.modes.map((m) => `p_{${latexLabel(m.label)}}`),
  };
}

function normalNames(count: number): FrameNames {
  const idx = Array.from({ length: count }, (_, j) => j + 1);
  return {
    position: idx.map((j) => `eta${j}`),
    momentum: idx.map((j) => `Pi${j}`),
    positionLatex: idx.map((j) => `\\eta_{${j}}`),
    momentumLatex: idx.map((j) => `\\Pi_{${j}}`),
  };
}

/** Eq. 15 (and its generalisation) in the local quadratures. */
export function localHamiltonian(model: Model, ops: OperatorAlgebra, x: (m: number) => Operator, p: (m: number) => Operator): Operator {
  const s = ops.scalars;
  const half = s.fromRational(rational(1, 2));
  const parts: Operator[] = [];
  model.modes.forEach((mode, m) => {
    const w2 = s.pow(s.symbol(mode.frequency), 2);
    parts.push(ops.scale(ops.mul(p(m), p(m)), half));
    parts.push(ops.scale(ops.mul(x(m), x(m)), s.mul(half, w2)));
  });
  for (const c of model.couplings) {
    const left = c.kind === 'pp' ? p(c.a) : x(c.a);
    const right = c.kind === 'xx' ? x(c.b) : p(c.b);
    parts.push(ops.scale(ops.mul(left, right), s.symbol(c.strength)));
  }
  return ops.add(...parts);
}

export function localFrame(model: Model): Frame {
  const ops = new OperatorAlgebra(model.scalars);
  const x = (m: number): Operator => ops.x(m);
  const p = (m: number): Operator => ops.p(m);
  const P = model.normalModes?.P;
  const combine = (j: number, q: (m: number) => Operator): Operator => {
    if (!P) throw new ModelError(`the ${model.name} model has no closed-form normal modes`);
    return ops.add(...model.modes.map((_, a) => ops.scale(q(a), P[a]![j]!)));
  };
  return {
    kind: 'local',
    model,
    ops,
    names: localNames(model),
    hamiltonian: localHamiltonian(model, ops, x, p),
    localPosition: x,
    localMomentum: p,
    normalPosition: (j) => combine(j, x),
    normalMomentum: (j) => combine(j, p),
  };
}

/** Normal-mode frame: H_S = Σ_j (Π_j²/2 + Ω_j² η_j²/2) (eq. 38), x_α = Σ_j P_αj η_j. */
export function normalFrame(model: Model): Frame {
  const normal = model.normalModes;
  if (!normal) throw new ModelError(`the ${model.name} model has no closed-form normal modes; use --basis local`);
  const ops = new OperatorAlgebra(model.scalars);
  const s = ops.scalars;
  const half = s.fromRational(rational(1, 2));
  const eta = (j: number): Operator => ops.x(j);
  const Pi = (j: number): Operator => ops.p(j);
  const hamiltonian = ops.add(
    ...normal.frequencies.flatMap((f, j) => [
      ops.scale(ops.mul(Pi(j), Pi(j)), half),
      ops.scale(ops.mul(eta(j), eta(j)), s.mul(half, s.pow(s.symbol(f), 2))),
    ]),
  );
  const toLocal = (a: number, q: (j: number) => Operator): Operator =>
    ops.add(...normal.frequencies.map((_, j) => ops.scale(q(j), normal.P[a]![j]!)));
  return {
    kind: 'normal',
    model,
    ops,
    names: normalNames(normal.frequencies.length),
    hamiltonian,
    localPosition: (a) => toLocal(a, eta),
    localMomentum: (a) => toLocal(a, Pi),
    normalPosition: eta,
    normalMomentum: Pi,
  };
}

export function frameOf(model: Model, kind: FrameKind): Frame {
  switch (kind) {
    case 'local': return localFrame(model);
    case 'normal': return normalFrame(model);
  }
}
