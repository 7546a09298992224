/**
 * `code --model-file`: the Python exported for a three-mode x–x chain (with ħ ≠ 1), run with
 * python3, reproduces lowerMoments of the same network (local and global, both orders, local
 * basis; also Redfield, partial-secular and the normal basis) to 1e-12 of each row's scale, at
 * the file's numbers and at other bath parameters, cutoff and ħ passed as arguments; the mathjs
 * script does the same through mathjs's evaluate. Bad input gets one line and exit 2.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from 'mathjs';
import { lowerMoments } from '../../src/numeric/lower.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import type { EquationKind } from '../../src/dissipators/index.js';
import type { FrameKind } from '../../src/model/index.js';
import { cli } from '../cli/run-bin.js';
import { pythonJson } from './python-json.js';

const CHAIN: NumericModel = {
  frequencies: [1, 1.2, 0.9],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.1 }, { a: 1, b: 2, kind: 'xx', strength: -0.07 }],
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: 2, label: 'c', temperature: 0.5, lambda2: 0.02 }],
  cutoff: 20,
  hbar: 1.3,
};

interface Case { readonly equation: EquationKind; readonly secularCutoff?: number; readonly order: 1 | 2; readonly basis: FrameKind }
const CASES: Case[] = [
  ...(['local', 'global'] as const).flatMap((equation) => ([1, 2] as const).map((order) => ({ equation, order, basis: 'local' as const }))),
  { equation: 'redfield', order: 2, basis: 'local' },
  { equation: 'partial-secular', secularCutoff: 0.1, order: 2, basis: 'local' },
  { equation: 'global', order: 1, basis: 'normal' },
];
const label = (c: Case): string => `${c.equation}${c.secularCutoff === undefined ? '' : ` X = ${c.secularCutoff}`}, order ${c.order}, ${c.basis} basis`;

/** The arguments of the exported function and the model they describe. */
const POINTS: { args: Record<string, number>; model: NumericModel }[] = [
  { args: {}, model: CHAIN },
  {
    args: { T_h: 3.5, lambda2_h: 0.04, T_c: 0.8, lambda2_c: 0.003, cutoff: 7, hbar: 0.6 },
    model: { ...CHAIN, baths: [{ ...CHAIN.baths[0]!, temperature: 3.5, lambda2: 0.04 }, { ...CHAIN.baths[1]!, temperature: 0.8, lambda2: 0.003 }], cutoff: 7, hbar: 0.6 },
  },
];

function expectRowsClose(got: { M: number[][]; c: number[] }, c: Case, model: NumericModel, what: string): void {
  const ref = lowerMoments({ model, equation: c.equation, ...(c.secularCutoff === undefined ? {} : { secularCutoff: c.secularCutoff }), order: c.order, basis: c.basis });
  expect(got.M.length, what).toBe(ref.M.length);
  ref.M.forEach((row, r) => {
    const scale = Math.max(...row.map(Math.abs), Math.abs(ref.c[r]!));
    row.forEach((x, s) => { if (!(Math.abs(got.M[r]![s]! - x) <= 1e-12 * scale)) expect.fail(`${what}: M[${r + 1}][${s + 1}] = ${got.M[r]![s]}, library ${x}`); });
    if (!(Math.abs(got.c[r]! - ref.c[r]!) <= 1e-12 * scale)) expect.fail(`${what}: c[${r + 1}] = ${got.c[r]}, library ${ref.c[r]}`);
  });
}

let dir: string;
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'om-model-code-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codeArgs = (c: Case, format: string): string[] => ['code', '--model-file', join(dir, 'chain.json'), '--equation', c.equation, ...(c.secularCutoff === undefined ? [] : ['--secular-cutoff', String(c.secularCutoff)]), '--order', String(c.order), '--basis', c.basis, '--format', format];

describe('code --model-file: the exported Python reproduces lowerMoments', () => {
  let results: { M: number[][]; c: number[] }[][] = [];
  beforeAll(() => {
    file('chain.json', CHAIN);
    CASES.forEach((c, i) => {
      const r = cli(...codeArgs(c, 'python'), '--out', join(dir, `case${i}.py`));
      if (r.status !== 0) throw new Error(`code --model-file failed: ${r.stderr}`);
    });
    results = pythonJson(dir, [
      ...CASES.map((_, i) => `import case${i}`),
      `out = [[m.moment_equations(**p) for p in ${JSON.stringify(POINTS.map((p) => p.args))}] for m in [${CASES.map((_, i) => `case${i}`).join(', ')}]]`,
      'print(json.dumps([[{"M": M, "c": c} for (M, c) in case] for case in out]))',
    ]) as typeof results;
  });
  CASES.forEach((c, i) => {
    it(label(c), () => POINTS.forEach((p, j) => expectRowsClose(results[i]![j]!, c, p.model, `${label(c)}, point ${j + 1}`)));
  });
  it('the frequencies and couplings are fixed numbers; the bath parameters, cutoff and hbar arguments with the file\'s defaults', () => {
    const r = cli(...codeArgs(CASES[2]!, 'python'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^def moment_equations\(T_h=2\.0, lambda2_h=0\.01, T_c=0\.5, lambda2_c=0\.02, cutoff=20\.0, hbar=1\.3\):$/m);
    expect(r.stdout).toMatch(/^ {4}k_xx_23 = -0\.07$/m);
  });
});

describe('code --model-file --format julia (structure only: Julia is not installed)', () => {
  it('a function of the bath parameters, cutoff and hbar, with 2N rows of 2N entries and c of 2N', () => {
    const r = cli(...codeArgs(CASES[0]!, 'julia'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^function moment_equations\(; T_h::Real=2\.0, lambda2_h::Real=0\.01, T_c::Real=0\.5, lambda2_c::Real=0\.02, cutoff::Real=20\.0, hbar::Real=1\.3\)$/m);
    expect(r.stdout).toContain('M = Matrix{Float64}(undef, 6, 6)');
    expect([...r.stdout.matchAll(/^ {4}M\[(\d+), :\] = /gm)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.stdout).toMatch(/^ {4}return M, c$/m);
  });
});

describe('code --model-file --format mathjs', () => {
  it.each(CASES.slice(0, 4))('evaluates to lowerMoments: %o', (c) => {
    const r = cli(...codeArgs(c, 'mathjs'));
    expect(r.status).toBe(0);
    for (const p of POINTS) {
      const scope: Record<string, unknown> = { T_h: CHAIN.baths[0]!.temperature, lambda2_h: CHAIN.baths[0]!.lambda2, T_c: CHAIN.baths[1]!.temperature, lambda2_c: CHAIN.baths[1]!.lambda2, cutoff: CHAIN.cutoff, hbar: CHAIN.hbar, ...p.args };
      evaluate(r.stdout, scope);
      const M = (scope['M'] as { toArray(): number[][] }).toArray();
      const cv = (scope['c'] as { toArray(): number[] }).toArray();
      expectRowsClose({ M, c: cv }, c, p.model, label(c));
    }
  });
});

describe('code --model-file: bad input is one line and exit 2', () => {
  const refused = (args: string[], pattern: RegExp): void => {
    const r = cli(...args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  };
  it('an unknown field of the model file, naming it', () => refused(['code', '--model-file', file('unknown.json', { ...CHAIN, temperature: 1 })], /temperature/));
  it('a malformed file', () => refused(['code', '--model-file', file('malformed.json', '{ "frequencies": [1, ')], /model file|JSON/i));
  it('--spectral together with code', () => refused(['code', '--model-file', join(dir, 'chain.json'), '--spectral', 'lambda2 * w'], /--spectral/));
  it('--model together with --model-file', () => refused(['code', '--model-file', join(dir, 'chain.json'), '--model', 'general'], /--model/));
  it('a bath with its own spectral density (the code evaluates eq. 19)', () => refused(['code', '--model-file', file('spectral.json', { ...CHAIN, baths: [CHAIN.baths[0], { ...CHAIN.baths[1], spectral: 'lambda2 * w' }] })], /baths\[1\]\.spectral/));
  it('partial-secular without --secular-cutoff, and without a model file', () => {
    refused(['code', '--model-file', join(dir, 'chain.json'), '--equation', 'partial-secular'], /--secular-cutoff/);
    refused(['code', '--equation', 'partial-secular', '--secular-cutoff', '0.1'], /--model-file/);
  });
  it('a negative temperature in the file', () => refused(['code', '--model-file', file('negative.json', { ...CHAIN, baths: [{ ...CHAIN.baths[0], temperature: -1 }, CHAIN.baths[1]] })], /temperature/));
});
