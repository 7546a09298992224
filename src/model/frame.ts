/**
 * A frame is the set of quadratures the algebra works in: the local ones (x_α, p_α) or the
 * normal-mode ones (η_j, Π_j). Either way it can express H_S and both kinds of quadratures.
 */
import { OperatorAlgebra, type Operator, type FrameNames, type Scalar, rational } from '../algebra/index.js';
import type { Model } from './model.js';
import { momentumAmplitudes } from './normal-modes.js';
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
    if (c.kind === 'hop') {
      const r = s.symbol(c.root!);
      const g = s.symbol(c.strength);
      parts.push(ops.scale(ops.mul(x(c.a), x(c.b)), s.mul(g, r)));
      parts.push(ops.scale(ops.mul(p(c.a), p(c.b)), s.mul(g, s.symbol(c.root!, -1))));
      continue;
    }
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
  const normal = model.normalModes;
  // The symplectic inverse (normal-modes.ts): η_j = Σ_α (Q_αj x_α − PPi_αj p_α), Π_j = Σ_α (−QEta_αj x_α + P_αj p_α).
  const combine = (j: number, which: 'eta' | 'Pi'): Operator => {
    if (!normal) throw new ModelError(`the ${model.name} model has no normal modes`);
    const s = ops.scalars;
    const terms: Operator[] = [];
    model.modes.forEach((_, a) => {
      if (which === 'eta') {
        terms.push(ops.scale(x(a), momentumAmplitudes(normal)[a]![j]!));
        if (normal.PPi) terms.push(ops.scale(p(a), s.neg(normal.PPi[a]![j]!)));
      } else {
        if (normal.QEta) terms.push(ops.scale(x(a), s.neg(normal.QEta[a]![j]!)));
        terms.push(ops.scale(p(a), normal.P[a]![j]!));
      }
    });
    return ops.add(...terms);
  };
  return {
    kind: 'local',
    model,
    ops,
    names: localNames(model),
    hamiltonian: localHamiltonian(model, ops, x, p),
    localPosition: x,
    localMomentum: p,
    normalPosition: (j) => combine(j, 'eta'),
    normalMomentum: (j) => combine(j, 'Pi'),
  };
}

/**
 * Normal-mode frame: H_S = Σ_j (Π_j²/2 + Ω_j² η_j²/2) (eq. 38), x_α = Σ_j (P_αj η_j + PPi_αj Π_j),
 * p_α = Σ_j (QEta_αj η_j + Q_αj Π_j).
 */
export function normalFrame(model: Model): Frame {
  const normal = model.normalModes;
  if (!normal) throw new ModelError(`the ${model.name} model has no normal modes; use --basis local`);
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
  const Q = momentumAmplitudes(normal);
  const toLocal = (a: number, onEta: readonly (readonly Scalar[])[] | undefined, onPi: readonly (readonly Scalar[])[] | undefined): Operator =>
    ops.add(...normal.frequencies.flatMap((_, j) => [
      ...(onEta ? [ops.scale(eta(j), onEta[a]![j]!)] : []),
      ...(onPi ? [ops.scale(Pi(j), onPi[a]![j]!)] : []),
    ]));
  return {
    kind: 'normal',
    model,
    ops,
    names: normalNames(normal.frequencies.length),
    hamiltonian,
    localPosition: (a) => toLocal(a, normal.P, normal.PPi),
    localMomentum: (a) => toLocal(a, normal.QEta, Q),
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
