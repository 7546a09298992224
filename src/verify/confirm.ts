/**
 * Numeric confirmation of every reported discrepancy by the independent Fock-space oracle:
 * on a random state, the derived row (or heat-current form) must reproduce tr(θ 𝓛(ρ)) (or
 * tr(H_S D_α(ρ))) and the printed one must not. Identities about the mixing angle are confirmed
 * by diagonalising K numerically.
 */
import type { Scalar } from '../algebra/index.js';
import { deriveMoments, totalMatrix, totalConstant, deriveHeatCurrents } from '../moments/index.js';
import { evaluateDefinitions, evaluateScalar, type SymbolValues } from '../numeric/evaluate.js';
import { ohmicAlgebraic } from '../numeric/spectral.js';
import type { NumericModel } from '../numeric/physical.js';
import { oracleMoments, oracleHeatCurrents } from '../numeric/fock/index.js';
import type { EquationCheck } from './check.js';
import { printedMatrix, printedVector } from './parse-printed.js';
import { parseScalar } from '../algebra/parse.js';

export interface Confirmation {
  readonly confirmed: boolean;
  /** |derived − oracle| and |printed − oracle|, relative to the size of the terms. */
  readonly derivedError: number;
  readonly printedError: number;
  readonly how: string;
}

/** A test point with dissipation strong enough to be visible next to the coherent terms. */
export function confirmationModel(resonant: boolean): NumericModel {
  return {
    frequencies: resonant ? [1.3, 1.3] : [1.6, 1.1],
    couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.37 }],
    baths: [
      { mode: 0, label: 'h', temperature: 2.1, lambda2: 0.21 },
      { mode: 1, label: 'c', temperature: 0.9, lambda2: 0.07 },
    ],
    cutoff: 23,
  };
}

function valuesFor(check: EquationCheck): SymbolValues {
  const nm = confirmationModel(check.model.resonant);
  const parameters = check.model.resonant
    ? new Map([['omega', nm.frequencies[0]!], ['k', nm.couplings[0]!.strength]])
    : new Map([['omega_h', nm.frequencies[0]!], ['omega_c', nm.frequencies[1]!], ['k', nm.couplings[0]!.strength]]);
  const baths = new Map(nm.baths.map((b) => [b.label, { temperature: b.temperature, lambda2: b.lambda2 }]));
  return evaluateDefinitions(check.model.definitions, { parameters, baths, cutoff: nm.cutoff, spectral: ohmicAlgebraic() });
}

const TOLERANCE = 1e-9;
const ORACLE = { levels: 12, seed: 7, maxOccupation: 3 };

function affine(row: readonly Scalar[], constant: Scalar, theta: readonly number[], values: SymbolValues): { value: number; scale: number } {
  let value = evaluateScalar(constant, values);
  let scale = Math.abs(value);
  row.forEach((e, j) => {
    const t = evaluateScalar(e, values) * theta[j]!;
    value += t;
    scale += Math.abs(t);
  });
  return { value, scale };
}

export function confirmCheck(check: EquationCheck): Confirmation[] {
  const p = check.printed;
  const values = valuesFor(check);
  const model = confirmationModel(check.model.resonant);
  const s = check.model.scalars;
  switch (p.kind) {
    case 'matrix':
    case 'vector': {
      if (p.kind === 'matrix' && p.expansionOrder !== undefined) {
        return check.discrepancies.map(() => ({ confirmed: false, derivedError: NaN, printedError: NaN, how: 'expansion terms have no oracle' }));
      }
      const eqs = deriveMoments({ model: check.model, equation: p.equation, order: p.order, basis: p.basis });
      const M = totalMatrix(eqs);
      const c = totalConstant(eqs);
      const printedM = p.kind === 'matrix' ? printedMatrix(p, s) : M;
      const printedC = p.kind === 'vector' ? printedVector(p, s) : c;
      const oracle = oracleMoments({ model, equation: p.equation, order: p.order, basis: p.basis, ...ORACLE });
      // Each discrepancy alone: the derived row with only this entry replaced by its printed value.
      return check.discrepancies.map((d) => {
        const entry = d.entry as readonly number[];
        const row = entry[0]! - 1;
        const truth = oracle.dtheta[row]!;
        const derived = affine(M[row]!, c[row]!, oracle.theta, values);
        const printedRow = p.kind === 'matrix' ? M[row]!.map((x, j) => (j === entry[1]! - 1 ? printedM[row]![j]! : x)) : M[row]!;
        const printedConstant = p.kind === 'vector' ? printedC[row]! : c[row]!;
        const printed = affine(printedRow, printedConstant, oracle.theta, values);
        const scale = Math.max(derived.scale, Math.abs(truth), 1e-300);
        const derivedError = Math.abs(derived.value - truth) / scale;
        const printedError = Math.abs(printed.value - truth) / scale;
        return { confirmed: derivedError < TOLERANCE && printedError > 1e3 * TOLERANCE, derivedError, printedError, how: `entry ${entry.join(',')} alone, on a random state, against tr(θ 𝓛(ρ)) in a ${ORACLE.levels}-level Fock space` };
      });
    }
    case 'heat': {
      const heat = deriveHeatCurrents({ model: check.model, equation: p.equation, basis: p.basis });
      const current = heat.currents.find((x) => x.bath === p.bath)!;
      const printedTerm = (name: string): Scalar => (p.terms[name] !== undefined ? parseScalar(p.terms[name]!, s) : s.zero);
      const oracle = oracleHeatCurrents({ model, equation: p.equation, basis: p.basis, ...ORACLE });
      const truth = oracle.heat[p.bath]!;
      const derived = affine(current.form.coefficients, current.form.constant, oracle.theta, values);
      const derivedError = Math.abs(derived.value - truth) / Math.max(derived.scale, Math.abs(truth), 1e-300);
      // Each discrepancy alone: the derived form with only this term replaced by its printed value.
      return check.discrepancies.map((d) => {
        const term = String(d.entry);
        const row = heat.basis.map((b, i) => (`<${b.name}>` === term ? printedTerm(b.name) : current.form.coefficients[i]!));
        const constant = term === 'constant' ? parseScalar(p.constant, s) : current.form.constant;
        const printed = affine(row, constant, oracle.theta, values);
        const printedError = Math.abs(printed.value - truth) / Math.max(derived.scale, Math.abs(truth), 1e-300);
        return { confirmed: derivedError < TOLERANCE && printedError > 1e3 * TOLERANCE, derivedError, printedError, how: `term ${term} alone: Q̇ on a random state, against tr(H_S D_α(ρ)) in the Fock space` };
      });
    }
    case 'identity': {
      // Build P from the printed and the derived cos²ζ and test Pᵀ K P = diag(Ω_1², Ω_2²) numerically.
      const [wh, wc] = model.frequencies as [number, number];
      const k = model.couplings[0]!.strength;
      const residual = (cos2: number): number => {
        const c = Math.sqrt(cos2);
        const sn = Math.sqrt(1 - cos2) * (k >= 0 ? 1 : -1);
        const offDiagonal = sn * c * (wh * wh - wc * wc) + k * (c * c - sn * sn);
        const first = sn * sn * wh * wh + 2 * k * sn * c + c * c * wc * wc;
        return Math.abs(offDiagonal) + Math.abs(first - values.get('Omega1')! ** 2);
      };
      return check.discrepancies.map((d) => {
        const printedError = residual(evaluateScalar(d.printed, values));
        const derivedError = residual(evaluateScalar(d.derived, values));
        return { confirmed: derivedError < TOLERANCE && printedError > 1e-3, derivedError, printedError, how: 'numeric Pᵀ K P = diag(Ω_1², Ω_2²) with Ω_1² of eq. D.2' };
      });
    }
    case 'condition':
      return check.discrepancies.map(() => ({ confirmed: false, derivedError: NaN, printedError: NaN, how: 'conditions are not confirmed numerically' }));
  }
}
