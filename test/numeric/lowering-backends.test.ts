/**
 * The back ends of the one lowering program agree with each other and with an independent
 * reference: for the paper's two models and three-mode chains (x–x; p–p and hop), under every equation and both
 * orders, the interpreter (evaluateProgram), the compiled worker JavaScript (compileMatrixSource)
 * and the printed Python (run with python3) give the same M and c, and the interpreter's M and c
 * reproduce the Fock-space oracle (src/numeric/fock: its own operators, normal modes and
 * dissipators) to 1e-10. Interpreter and JavaScript agree bit for bit (same operations in the
 * same order); Python, whose pow is libm's, to 1e-13 of the row scale.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bridgeModel } from '../../src/numeric/model-bridge.js';
import { evaluateDefinitions, evaluateProgram } from '../../src/numeric/evaluate.js';
import { equationFor } from '../../src/numeric/lower.js';
import { lowerToProgram } from '../../src/numeric/lowering-program.js';
import { compileMatrixSource } from '../../src/numeric/compile.js';
import { compileMatrixFiller } from '../../src/numeric/ep/matrix-filler.js';
import { oracleMoments } from '../../src/numeric/fock/index.js';
import { networkModes } from '../../src/numeric/fock/network-modes.js';
import { deriveMoments, totalMatrix, totalConstant } from '../../src/moments/index.js';
import { exportModelCode } from '../../src/export/code-format.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import type { EquationKind } from '../../src/dissipators/index.js';
import { pythonJson } from '../export/python-json.js';
import { CHAIN, NON_RESONANT, RESONANT, expectAffine } from '../oracle/helpers.js';

interface Case {
  readonly name: string;
  readonly model: NumericModel;
  readonly equation: EquationKind;
  readonly secularCutoff?: number;
  readonly order: 1 | 2;
}

/** Between the smallest and the next gap of the oracle's normal-mode frequencies: neither global nor Redfield. */
function middleCutoff(model: NumericModel): number {
  const O = networkModes(model).Omega;
  const gaps = O.flatMap((a, i) => O.slice(i + 1).map((b) => Math.abs(a - b))).sort((a, b) => a - b);
  return (gaps[0]! + gaps[1]!) / 2;
}

/** p–p and hop couplings: the kinetic form is not the identity (amplitudes v_αj) and the hop root r = √(ω_a ω_b) is a root statement. */
const HOP_PP_CHAIN: NumericModel = {
  frequencies: [1.0, 1.3, 1.6],
  couplings: [{ a: 0, b: 1, kind: 'pp', strength: 0.2 }, { a: 1, b: 2, kind: 'hop', strength: 0.15 }],
  baths: [{ mode: 0, label: 'h', temperature: 1.7, lambda2: 0.2 }, { mode: 2, label: 'c', temperature: 0.9, lambda2: 0.25 }],
  cutoff: 20,
};

const MODELS: [string, NumericModel][] = [['resonant pair', RESONANT], ['non-resonant pair', NON_RESONANT], ['three-mode x–x chain', CHAIN], ['three-mode p–p and hop chain', HOP_PP_CHAIN]];
const CASES: Case[] = MODELS.flatMap(([name, model]) => [
  ...(['local', 'global', 'redfield'] as const).map((equation) => ({ equation })),
  ...(model === CHAIN ? [{ equation: 'partial-secular' as const, secularCutoff: middleCutoff(CHAIN) }] : []),
].flatMap((eq) => ([1, 2] as const).map((order) => ({ name, model, ...eq, order }))));

const label = (c: Case): string => `${c.name}, ${c.equation}, order ${c.order}`;

/** The program of a case and its interpretation. */
function interpret(c: Case) {
  const { model, input } = bridgeModel(c.model);
  const values = evaluateDefinitions(model.definitions, input);
  const equation = equationFor(model, values, c.equation, c.secularCutoff);
  const eqs = deriveMoments({ model, equation, order: c.order, basis: 'local' });
  const M = totalMatrix(eqs);
  const program = lowerToProgram(model.definitions, M, totalConstant(eqs));
  return { model, input, M, basis: eqs.basis.map((b) => b.name), result: evaluateProgram(program, input) };
}

describe('the lowering program: interpreter, worker JavaScript and Python agree, and match the Fock-space oracle', () => {
  let python: { M: number[][]; c: number[] }[] = [];
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'om-backends-'));
    try {
      CASES.forEach((c, i) => writeFileSync(join(dir, `case${i}.py`), exportModelCode({ format: 'python', model: c.model, equation: c.equation, ...(c.secularCutoff === undefined ? {} : { secularCutoff: c.secularCutoff }), order: c.order, basis: 'local' })));
      python = pythonJson(dir, [
        ...CASES.map((_, i) => `import case${i}`),
        `out = [${CASES.map((_, i) => `case${i}.moment_equations()`).join(', ')}]`,
        'print(json.dumps([{"M": M, "c": c} for (M, c) in out]))',
      ]) as typeof python;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  CASES.forEach((c, i) => {
    it(label(c), () => {
      const { model, input, M, basis, result } = interpret(c);
      const n = M.length;

      // The worker JavaScript: the paper's models take ω (or nothing) and k as arguments, the chain fixed numbers.
      const paper = input.parameters.has('k');
      const args = (name: string): 'omega' | 'k' | number => (paper && (name === 'omega' || name === 'k') ? name : input.parameters.get(name)!);
      const source = compileMatrixSource({ model, matrix: M, baths: input.baths, cutoff: input.cutoff, parameters: new Map([...input.parameters.keys()].map((p) => [p, args(p)])) });
      const out = new Float64Array(n * n);
      compileMatrixFiller(source)(out, input.parameters.get('omega') ?? Number.NaN, input.parameters.get('k') ?? Number.NaN);
      result.M.forEach((row, r) => row.forEach((x, s) => {
        if (out[r * n + s] !== x) expect.fail(`${label(c)}: M[${r + 1}][${s + 1}] interpreter ${x}, JavaScript ${out[r * n + s]}`);
      }));

      // The printed Python, at the model's own numbers.
      const py = python[i]!;
      expect(py.M.length).toBe(n);
      result.M.forEach((row, r) => {
        const scale = Math.max(...row.map(Math.abs), Math.abs(result.c[r]!));
        row.forEach((x, s) => expect(Math.abs(py.M[r]![s]! - x), `${label(c)}: Python M[${r + 1}][${s + 1}]`).toBeLessThanOrEqual(1e-13 * scale));
        expect(Math.abs(py.c[r]! - result.c[r]!), `${label(c)}: Python c[${r + 1}]`).toBeLessThanOrEqual(1e-13 * scale);
      });

      // The independent reference: dθ/dt of the Fock-space oracle on random states.
      for (const seed of [5]) {
        const oracle = oracleMoments({ model: c.model, equation: c.equation, ...(c.secularCutoff === undefined ? {} : { secularCutoff: c.secularCutoff }), order: c.order, basis: 'local', levels: c.model.frequencies.length === 2 ? 9 : 7, seed, maxOccupation: 3 });
        expect(basis).toEqual(oracle.basis);
        expectAffine(`${label(c)}, seed ${seed}`, oracle.basis, oracle.dtheta, result.M, oracle.theta, result.c);
      }
    });
  });
});
