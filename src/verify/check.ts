/**
 * The paper check: each transcription of the print is compared with the toolkit's own
 * derivation under the same conventions and basis, entry by entry (matrices, vectors) or term
 * by term (heat currents, identities). Equality is exact (canonical forms under relations).
 */
import type { Scalar, ScalarAlgebra } from '../algebra/index.js';
import { parseScalar } from '../algebra/parse.js';
import { type Model, resonantPair, generalPair, generalPairCosine } from '../model/index.js';
import { deriveMoments, totalMatrix, totalConstant, deriveHeatCurrents } from '../moments/index.js';
import { expandMoments } from '../series/index.js';
import type { PrintedEquation, PrintedMatrix, PrintedVector, PrintedHeatCurrent, PrintedIdentity, PrintedCondition } from './printed.js';
import { printedMatrix, printedVector } from './parse-printed.js';
import { compareMatrices, compareVectors, type EntryDifference } from './compare.js';
import { characteristicPolynomial, discriminantVanishesOn } from '../moments/characteristic.js';

export type CheckStatus = 'agrees' | 'disagrees';

export interface EquationCheck {
  readonly label: string;
  readonly printed: PrintedEquation;
  readonly status: CheckStatus;
  readonly model: Model;
  readonly discrepancies: readonly EntryDifference[];
  /** Conventions normalised before comparing (factor pulled out, shorthands expanded, …). */
  readonly conventions: readonly string[];
}

interface Models {
  readonly resonant: Model;
  readonly general: Model;
}

const modelFor = (models: Models, resonant: boolean): Model => (resonant ? models.resonant : models.general);

function checkMatrix(p: PrintedMatrix, model: Model): Omit<EquationCheck, 'label' | 'printed' | 'status' | 'model'> {
  const s = model.scalars;
  const eqs = deriveMoments({ model, equation: p.equation, order: p.order, basis: p.basis });
  const derived = p.expansionOrder === undefined ? totalMatrix(eqs) : expandMoments(eqs, p.expansionOrder).matrices[p.expansionOrder]!;
  const conventions: string[] = [];
  if (p.factor !== '1') conventions.push(`the printed overall factor ${p.factor} is multiplied into every entry before comparing`);
  if (p.expansionOrder !== undefined) conventions.push(`term k^${p.expansionOrder} of the expansion of the dissipative part; the coherent part is kept exact in M^(0)`);
  return { discrepancies: compareMatrices(s, printedMatrix(p, s), derived), conventions };
}

function checkVector(p: PrintedVector, model: Model): Omit<EquationCheck, 'label' | 'printed' | 'status' | 'model'> {
  const s = model.scalars;
  const derived = totalConstant(deriveMoments({ model, equation: p.equation, order: p.order, basis: p.basis }));
  return { discrepancies: compareVectors(s, printedVector(p, s), derived), conventions: [] };
}

function checkHeat(p: PrintedHeatCurrent, model: Model): Omit<EquationCheck, 'label' | 'printed' | 'status' | 'model'> {
  const s = model.scalars;
  const heat = deriveHeatCurrents({ model, equation: p.equation, basis: p.basis });
  const current = heat.currents.find((c) => c.bath === p.bath);
  if (!current) throw new Error(`no bath ${p.bath} in the derivation`);
  const names = heat.basis.map((b) => b.name);
  for (const key of Object.keys(p.terms)) if (!names.includes(key)) throw new Error(`eq. ${p.label}: "${key}" is not a second-moment basis name`);
  const discrepancies: EntryDifference[] = [];
  heat.basis.forEach((b, i) => {
    const printed = p.terms[b.name] !== undefined ? parseScalar(p.terms[b.name]!, s) : s.zero;
    const derived = current.form.coefficients[i]!;
    if (!s.equals(printed, derived)) discrepancies.push({ entry: `<${b.name}>`, printed, derived });
  });
  const printedConstant = parseScalar(p.constant, s);
  if (!s.equals(printedConstant, current.form.constant)) discrepancies.push({ entry: 'constant', printed: printedConstant, derived: current.form.constant });
  return { discrepancies, conventions: ['Q̇_α = ⟨D_α†(H_S)⟩ (eq. 50) written over the second-moment basis plus a constant'] };
}

/**
 * cos ζ in a transcription is the general pair's k/(R sin ζ); sin²ζ = (R + δ)/(2R) is a declared
 * relation, so the algebra decides every identity about the mixing angle itself.
 */
function withMixing(x: Scalar, s: ScalarAlgebra): Scalar {
  return s.substitute(x, new Map([['cosz', generalPairCosine(s)]]));
}

function checkIdentity(p: PrintedIdentity, model: Model): Omit<EquationCheck, 'label' | 'printed' | 'status' | 'model'> {
  const s = model.scalars;
  const lhs = parseScalar(p.lhs, s);
  const printed = parseScalar(p.rhs, s);
  const conventions: string[] = [];
  // The derived value of the left-hand side: the declared relations (Ω_j² = …), and the mixing
  // angle fixed by Pᵀ K P = diag(Ω_1², Ω_2²) (docs/conventions.md).
  const usesMixing = /sinz|cosz/.test(p.lhs);
  const derived = usesMixing ? withMixing(lhs, s) : lhs;
  if (usesMixing) conventions.push('sin²ζ = (R + δ)/(2R) and cos ζ = k/(R sin ζ), the values for which the first column of P is the Ω_1 eigenvector of K');
  const printedValue = usesMixing ? withMixing(printed, s) : printed;
  const discrepancies: EntryDifference[] = s.equals(printedValue, derived) ? [] : [{ entry: p.lhs, printed, derived }];
  return { discrepancies, conventions };
}

function checkCondition(p: PrintedCondition, model: Model): Omit<EquationCheck, 'label' | 'printed' | 'status' | 'model'> {
  const s = model.scalars;
  const eqs = deriveMoments({ model, equation: p.equation, order: p.order, basis: 'local' });
  const poly = characteristicPolynomial(s, totalMatrix(eqs));
  const printed = parseScalar(p.expression, s);
  const vanishes = discriminantVanishesOn(s, poly, printed);
  return {
    discrepancies: vanishes ? [] : [{ entry: 'condition', printed, derived: s.zero }],
    conventions: ['agrees means: on the printed condition the characteristic polynomial of M has a repeated root (its discriminant vanishes)'],
  };
}

export function checkEquation(p: PrintedEquation, models: Models = { resonant: resonantPair(), general: generalPair() }): EquationCheck {
  const model = modelFor(models, p.resonant);
  let result: Omit<EquationCheck, 'label' | 'printed' | 'status' | 'model'>;
  switch (p.kind) {
    case 'matrix': result = checkMatrix(p, model); break;
    case 'vector': result = checkVector(p, model); break;
    case 'heat': result = checkHeat(p, model); break;
    case 'identity': result = checkIdentity(p, model); break;
    case 'condition': result = checkCondition(p, model); break;
  }
  return { label: p.label, printed: p, model, status: result.discrepancies.length === 0 ? 'agrees' : 'disagrees', ...result };
}

export function checkPaper(printed: readonly PrintedEquation[]): EquationCheck[] {
  const models = { resonant: resonantPair(), general: generalPair() };
  return printed.map((p) => checkEquation(p, models));
}
