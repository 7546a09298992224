/**
 * The one dissipator kernel (docs/conventions.md). For channel pairs (ω, ω') of one bath,
 *     D†(O) = ½ Σ γ_ω (A_ω'† O A_ω + A_ω† O A_ω' − O A_ω'† A_ω − A_ω† A_ω' O).
 * Which pairs are summed is the pair rule: keep (ω, ω′) when both have the same sign and
 * |ω − ω′| ≤ cutoff. Cutoff 0 with one channel per frequency symbol is the GKSL form of
 * eqs. 9 and 12 (exactly equal Bohr frequencies, i.e. one symbol, grouped); cutoff ∞ is the
 * partial Redfield dissipator of eq. D.3; anything between is partial-secular.
 */
import { ModelError } from '../model/index.js';
import { rational, type Operator, type OperatorAlgebra, type OperatorTerm, type Scalar } from '../algebra/index.js';
import type { Channel } from './channel.js';

export interface PairRule {
  /** X of "same sign and |ω − ω′| ≤ X"; 0 keeps equal frequency symbols only, ∞ every same-sign pair. */
  readonly cutoff: number;
  /** Values of the frequency symbols, needed only when 0 < cutoff < ∞. */
  readonly bohrValues: ReadonlyMap<string, number> | null;
}

export interface BathDissipator {
  readonly bath: string;
  readonly channels: readonly Channel[];
  readonly pairs: PairRule;
}

/** Whether the rule keeps the pair (ω, ω′). */
export function keepsPair(rule: PairRule, w: Channel, w2: Channel): boolean {
  if (w.sign !== w2.sign) return false;
  if (w.frequency === w2.frequency) return true;
  if (rule.cutoff === Infinity) return true;
  if (rule.cutoff === 0) return false;
  const a = rule.bohrValues?.get(w.frequency);
  const b = rule.bohrValues?.get(w2.frequency);
  if (a === undefined || b === undefined) {
    throw new ModelError(`a secular cutoff between 0 and ∞ compares normal-mode frequencies, and no value of ${a === undefined ? w.frequency : w2.frequency} is known (derive partial-secular from a --model-file)`);
  }
  return Math.abs(a - b) <= rule.cutoff;
}

/**
 * The ordered channel pairs (ω, ω′) that the kernel sums over for one bath. This is the one
 * place that says which pairs a master equation keeps; consumers that work pair by pair (the
 * covariance form) iterate over it rather than re-deriving the rule.
 */
export function keptPairs(dissipator: BathDissipator): Array<readonly [Channel, Channel]> {
  const out: Array<readonly [Channel, Channel]> = [];
  for (const w of dissipator.channels) for (const w2 of dissipator.channels) if (keepsPair(dissipator.pairs, w, w2)) out.push([w, w2] as const);
  return out;
}

/**
 * Channel groups of the kept-pair graph (its connected components), each marked whether every
 * pair inside it is kept (a clique: singletons of the GKSL forms, the same-sign halves of Redfield).
 * A partial-secular cutoff can leave components that are not cliques.
 */
export function channelGroups(dissipator: BathDissipator): Array<{ readonly channels: Channel[]; readonly clique: boolean }> {
  const channels = dissipator.channels;
  const n = channels.length;
  // Cutoff 0 keeps a pair exactly when sign and frequency symbol agree, cutoff ∞ when the sign does:
  // the groups are those classes, each a clique, in the order of their first channel.
  const cutoff = dissipator.pairs.cutoff;
  if (cutoff === 0 || cutoff === Infinity) {
    const classes = new Map<string, Channel[]>();
    for (const c of channels) {
      const key = cutoff === 0 ? `${c.sign} ${c.frequency}` : String(c.sign);
      const members = classes.get(key);
      if (members) members.push(c);
      else classes.set(key, [c]);
    }
    return [...classes.values()].map((members) => ({ channels: members, clique: true }));
  }
  const kept = channels.map((w) => channels.map((w2) => keepsPair(dissipator.pairs, w, w2)));
  const component = new Array<number>(n).fill(-1);
  const groups: Array<{ channels: Channel[]; clique: boolean }> = [];
  for (let i = 0; i < n; i++) {
    if (component[i] !== -1) continue;
    const members: number[] = [];
    const stack = [i];
    component[i] = groups.length;
    while (stack.length > 0) {
      const a = stack.pop()!;
      members.push(a);
      for (let b = 0; b < n; b++) if (component[b] === -1 && kept[a]![b]) { component[b] = groups.length; stack.push(b); }
    }
    members.sort((u, v) => u - v);
    const clique = members.every((a) => members.every((b) => kept[a]![b]));
    groups.push({ channels: members.map((a) => channels[a]!), clique });
  }
  return groups;
}

/**
 * D_α†(O) for one bath, prepared once for many observables. The sum over pairs factorises. With
 * S_ω = Σ_{ω′ kept with ω} A_ω′ and T_ω = γ_ω A_ω (γ real), the pairs of one ω give
 *     ½ (S_ω† O T_ω + T_ω† O S_ω − O S_ω† T_ω − T_ω† S_ω O) = ½ (S_ω† [O, T_ω] + T_ω† [O, S_ω] + [S_ω† T_ω, O]),
 * which for linear A and quadratic O never builds a word longer than three letters. In a
 * clique S_ω is one S for the whole group, and summing over ω gives the same bracket with
 * T = Σ_ω γ_ω A_ω: one bracket per group instead of one per channel.
 */
export function prepareAdjoint(ops: OperatorAlgebra, dissipator: BathDissipator): (observable: Operator) => Operator {
  const s = ops.scalars;
  const half = s.fromRational(rational(1, 2));
  const terms: Array<{ S: Operator; T: Operator; Sd: Operator; Td: Operator }> = [];
  const push = (S: Operator, T: Operator): void => {
    terms.push({ S, T, Sd: ops.adjoint(S), Td: ops.adjoint(T) });
  };
  for (const group of channelGroups(dissipator)) {
    if (group.clique) {
      push(ops.add(...group.channels.map((c) => c.operator)), ops.add(...group.channels.map((c) => ops.scale(c.operator, c.rate))));
    } else {
      for (const w of group.channels) {
        push(ops.add(...group.channels.filter((w2) => keepsPair(dissipator.pairs, w, w2)).map((c) => c.operator)), ops.scale(w.operator, w.rate));
      }
    }
  }
  const bracket = (observable: Operator): Operator => {
    const parts = terms.map(({ S, T, Sd, Td }) =>
      ops.add(ops.mul(Sd, ops.commutator(observable, T)), ops.mul(Td, ops.commutator(observable, S)), ops.commutator(ops.mul(Sd, T), observable)),
    );
    return ops.scale(ops.add(...parts), half);
  };
  const scalarPart = (o: Operator): Scalar => o.terms.find((t) => t.word.length === 0)?.coefficient ?? s.zero;
  const letterOp = (letter: number): Operator => ops.operator([{ word: [letter], coefficient: s.one }]);
  // [S†, q], [T†, q], [q, T], [q, S] of each group and letter, once.
  const letterCommutators = new Map<number, Array<{ sd: Scalar; td: Scalar; t: Scalar; s: Scalar }>>();
  const commutatorsOf = (letter: number): Array<{ sd: Scalar; td: Scalar; t: Scalar; s: Scalar }> => {
    let list = letterCommutators.get(letter);
    if (list === undefined) {
      const q = letterOp(letter);
      list = terms.map(({ S, T, Sd, Td }) => ({
        sd: scalarPart(ops.commutator(Sd, q)),
        td: scalarPart(ops.commutator(Td, q)),
        t: scalarPart(ops.commutator(q, T)),
        s: scalarPart(ops.commutator(q, S)),
      }));
      letterCommutators.set(letter, list);
    }
    return list;
  };
  // Words of one and two letters (every moment of order ≤ 2) by the product rule
  //     D†(XY) = D†(X) Y + X D†(Y) + ½ Σ_{(ω,ω′)} γ_ω ([A_ω′†, X][Y, A_ω] + [A_ω†, X][Y, A_ω′]),
  // whose last sum is a number for letters X, Y: per group ½ ([S†, X][Y, T] + [T†, X][Y, S]).
  // D†(q) of each letter is computed once; longer words use the bracket.
  const letterImage = new Map<number, Operator>();
  const imageOf = (letter: number): Operator => {
    let image = letterImage.get(letter);
    if (image === undefined) {
      // For a letter q the commutators are numbers and [S†T, q] = S† [T, q] + [S†, q] T, so
      // ½ (S† [q, T] + T† [q, S] + [S†T, q]) = ½ ([q, S] T† + [S†, q] T) per group.
      const c = commutatorsOf(letter);
      image = ops.scale(ops.add(...terms.map(({ T, Td }, i) => ops.add(ops.scale(Td, c[i]!.s), ops.scale(T, c[i]!.sd)))), half);
      letterImage.set(letter, image);
    }
    return image;
  };
  const crossTerm = (x: number, y: number): Scalar => {
    const cx = commutatorsOf(x);
    const cy = commutatorsOf(y);
    return s.mul(half, s.add(...cx.map((g, i) => s.add(s.mul(g.sd, cy[i]!.t), s.mul(g.td, cy[i]!.s)))));
  };
  return (observable) => {
    const parts: Operator[] = [];
    const longer: OperatorTerm[] = [];
    for (const term of observable.terms) {
      const w = term.word;
      if (w.length === 0) continue;
      if (w.length === 1) parts.push(ops.scale(imageOf(w[0]!), term.coefficient));
      else if (w.length === 2) {
        const X = letterOp(w[0]!);
        const Y = letterOp(w[1]!);
        parts.push(ops.scale(ops.add(ops.mul(imageOf(w[0]!), Y), ops.mul(X, imageOf(w[1]!)), ops.identity(crossTerm(w[0]!, w[1]!))), term.coefficient));
      } else longer.push(term);
    }
    if (longer.length > 0) parts.push(bracket(ops.operator(longer)));
    return ops.add(...parts);
  };
}

/** D_α†(O) for one bath (see prepareAdjoint). */
export function applyAdjoint(ops: OperatorAlgebra, dissipator: BathDissipator, observable: Operator): Operator {
  return prepareAdjoint(ops, dissipator)(observable);
}
