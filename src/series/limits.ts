/**
 * The paper's limit claims, decided exactly: is the zeroth order of the Redfield (global)
 * equation's k-expansion equal to the local equation (eq. 47, App. D)?
 */
import { type Model, resonantPair, generalPair } from '../model/index.js';
import { deriveMoments, totalMatrix, totalConstant, type MomentOrder } from '../moments/index.js';
import { expandMoments } from './expand.js';

export interface LimitResult {
  readonly order: MomentOrder;
  readonly resonant: boolean;
  readonly basis: 'local';
  readonly redfieldZeroEqualsLocal: boolean;
  readonly globalZeroEqualsLocal: boolean;
  /** 1-based [row, col] where G^(0) ≠ L (M), and rows where c^(0) ≠ c_L. */
  readonly differingEntries: [number, number][];
  readonly differingConstants: number[];
  readonly redfieldDifferingEntries: [number, number][];
}

function zeroOrderDifferences(model: Model, equation: 'global' | 'redfield', order: MomentOrder): { entries: [number, number][]; constants: number[] } {
  const s = model.scalars;
  const local = deriveMoments({ model, equation: 'local', order, basis: 'local' });
  const other = expandMoments(deriveMoments({ model, equation, order, basis: 'local' }), 0);
  const L = totalMatrix(local);
  const cL = totalConstant(local);
  const entries: [number, number][] = [];
  const constants: number[] = [];
  other.matrices[0]!.forEach((row, i) => row.forEach((e, j) => {
    if (!s.equals(e, L[i]![j]!)) entries.push([i + 1, j + 1]);
  }));
  other.constants[0]!.forEach((e, i) => {
    if (!s.equals(e, cL[i]!)) constants.push(i + 1);
  });
  return { entries, constants };
}

export function paperLimits(): LimitResult[] {
  const out: LimitResult[] = [];
  for (const order of [1, 2] as MomentOrder[]) {
    for (const model of [resonantPair(), generalPair()]) {
      const g = zeroOrderDifferences(model, 'global', order);
      const r = zeroOrderDifferences(model, 'redfield', order);
      out.push({
        order,
        resonant: model.resonant,
        basis: 'local',
        redfieldZeroEqualsLocal: r.entries.length === 0 && r.constants.length === 0,
        globalZeroEqualsLocal: g.entries.length === 0 && g.constants.length === 0,
        differingEntries: g.entries,
        differingConstants: g.constants,
        redfieldDifferingEntries: r.entries,
      });
    }
  }
  return out;
}
