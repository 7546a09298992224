/**
 * The exported code reproduces the library's lowering: the Python text is run with python3 (math
 * module only), the mathjs script with mathjs's evaluate, at two parameter points, and compared
 * with lowerMoments to 1e-12 relative. Julia is not installed here, so its text is checked
 * structurally only (it names every parameter, defines the function, and has n×n + n entries).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from 'mathjs';
import { exportCode, loweringProgram, physicalParameters, toMathjsAssignments, type ModelKind } from '../../src/export/index.js';
import { lowerMoments } from '../../src/numeric/lower.js';
import { paperModel, type PaperParameters } from '../../src/numeric/paper-parameters.js';
import type { EquationKind } from '../../src/dissipators/index.js';
import type { MomentOrder } from '../../src/moments/index.js';
import type { FrameKind } from '../../src/model/index.js';

interface Case { readonly model: ModelKind; readonly equation: EquationKind; readonly order: MomentOrder; readonly basis: FrameKind }

const CASES: Case[] = [
  ...(['local', 'global', 'redfield'] as const).flatMap((equation) => ([1, 2] as const).map((order) => ({ model: 'resonant' as const, equation, order, basis: 'local' as const }))),
  { model: 'resonant', equation: 'redfield', order: 2, basis: 'normal' },
  { model: 'general', equation: 'local', order: 1, basis: 'local' },
  { model: 'general', equation: 'global', order: 1, basis: 'normal' },
  { model: 'general', equation: 'redfield', order: 2, basis: 'local' },
];

/** Two points: Fig. 2, and a strongly coupled, hot one where every rate matters. */
const POINTS: Record<ModelKind, PaperParameters[]> = {
  resonant: [
    { omega: 1, k: 1e-4, Th: 10, Tc: 5, lambdaH2: 1e-8, lambdaC2: 1e-4, cutoff: 1e3 },
    { omega: 1.3, k: -0.4, Th: 2, Tc: 0.7, lambdaH2: 0.03, lambdaC2: 0.01, cutoff: 15 },
  ],
  general: [
    { omega: 1, omegaH: 1.5, omegaC: 1.1, k: 1e-4, Th: 10, Tc: 5, lambdaH2: 1e-8, lambdaC2: 1e-4, cutoff: 1e3 },
    { omega: 1, omegaH: 1.2, omegaC: 2.1, k: -0.6, Th: 2, Tc: 0.7, lambdaH2: 0.03, lambdaC2: 0.01, cutoff: 15 },
  ],
};

/** The exported functions' arguments for a point. */
function argumentsOf(model: ModelKind, p: PaperParameters): Record<string, number> {
  return {
    ...(model === 'resonant' ? { omega: p.omega } : { omega_h: p.omegaH!, omega_c: p.omegaC! }),
    k: p.k, Th: p.Th, Tc: p.Tc, lambda_h2: p.lambdaH2, lambda_c2: p.lambdaC2, cutoff: p.cutoff,
  };
}

const label = (c: Case): string => `${c.model} ${c.equation} order ${c.order} ${c.basis} basis`;

/** |a − b| ≤ 1e-12 |b| entry by entry (exact zeros must come out exactly zero). */
function expectClose(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((a, i) => {
    const b = expected[i]!;
    const ok = Math.abs(a - b) <= 1e-12 * Math.abs(b);
    if (!ok) expect.fail(`${what}, entry ${i}: got ${a}, library ${b} (relative error ${Math.abs(a - b) / Math.abs(b)})`);
  });
}

const references = new Map<string, { M: number[]; c: number[]; n: number }>();

/** lowerMoments at a point (memoised: the Python and mathjs tests share it). */
function reference(c: Case, p: PaperParameters): { M: number[]; c: number[]; n: number } {
  const key = JSON.stringify([c, p]);
  let r = references.get(key);
  if (!r) {
    const lowered = lowerMoments({ model: paperModel(p), equation: c.equation, order: c.order, basis: c.basis });
    r = { M: lowered.M.flat(), c: lowered.c, n: lowered.M.length };
    references.set(key, r);
  }
  return r;
}

describe('exported Python', () => {
  let results: { M: number[][]; c: number[] }[][] = [];
  beforeAll(() => {
    // One python3 process for every case and point: write the modules, import each, print JSON.
    const dir = mkdtempSync(join(tmpdir(), 'om-code-'));
    try {
      const calls: string[] = [];
      CASES.forEach((c, i) => {
        writeFileSync(join(dir, `case${i}.py`), exportCode({ format: 'python', ...c }));
        calls.push(`[case${i}.moment_equations(**p) for p in ${JSON.stringify(POINTS[c.model].map((p) => argumentsOf(c.model, p)))}]`);
      });
      const script = [
        'import json, sys',
        `sys.path.insert(0, ${JSON.stringify(dir)})`,
        ...CASES.map((_, i) => `import case${i}`),
        `out = [${calls.join(', ')}]`,
        'print(json.dumps([[{"M": M, "c": c} for (M, c) in case] for case in out]))',
      ].join('\n');
      const r = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
      if (r.error) throw new Error(`python3 could not be run (${r.error.message}); the code-export test needs python3 on PATH`);
      if (r.status !== 0) throw new Error(`python3 failed:\n${r.stderr}`);
      results = JSON.parse(r.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  CASES.forEach((c, i) => {
    it(`matches lowerMoments: ${label(c)}`, () => {
      POINTS[c.model].forEach((p, j) => {
        const ref = reference(c, p);
        const got = results[i]![j]!;
        expect(got.M.length).toBe(ref.n);
        for (const row of got.M) expect(row.length).toBe(ref.n);
        expectClose(got.M.flat(), ref.M, `${label(c)}, point ${j + 1}, M`);
        expectClose(got.c, ref.c, `${label(c)}, point ${j + 1}, c`);
      });
    });
  });

  it('refuses an unstable coupling with a ValueError naming Omega2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-code-'));
    try {
      writeFileSync(join(dir, 'm.py'), exportCode({ format: 'python', model: 'resonant', equation: 'global', order: 1, basis: 'local' }));
      const r = spawnSync('python3', ['-c', `import sys; sys.path.insert(0, ${JSON.stringify(dir)}); import m; m.moment_equations(omega=1.0, k=2.0)`], { encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/ValueError: Omega2\^2 is not positive/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('exported mathjs script', () => {
  CASES.forEach((c) => {
    it(`evaluates to lowerMoments: ${label(c)}`, () => {
      const script = exportCode({ format: 'mathjs', ...c });
      POINTS[c.model].forEach((p, j) => {
        const scope: Record<string, unknown> = { ...argumentsOf(c.model, p) };
        evaluate(script, scope);
        const ref = reference(c, p);
        const M = (scope['M'] as { toArray(): number[][]; size(): number[] });
        const cv = (scope['c'] as { toArray(): number[]; size(): number[] });
        expect(M.size()).toEqual([ref.n, ref.n]);
        expect(cv.size()).toEqual([ref.n]);
        expectClose(M.toArray().flat(), ref.M, `${label(c)}, point ${j + 1}, M`);
        expectClose(cv.toArray(), ref.c, `${label(c)}, point ${j + 1}, c`);
      });
    });
  });
});

describe('mathjs assignments (the script as data)', () => {
  it('evaluated one by one, give the same M and c as the script', () => {
    const c: Case = { model: 'resonant', equation: 'redfield', order: 2, basis: 'normal' };
    const data = toMathjsAssignments(loweringProgram(c));
    const p = POINTS.resonant[1]!;
    expect(data.parameters).toEqual(Object.keys(argumentsOf('resonant', p)));
    const scope: Record<string, unknown> = { ...argumentsOf('resonant', p) };
    for (const [name, expr] of data.assignments) scope[name] = evaluate(expr, scope);
    const ref = reference(c, p);
    expectClose(data.M.flat().map((e) => evaluate(e, scope) as number), ref.M, 'M');
    expectClose(data.c.map((e) => evaluate(e, scope) as number), ref.c, 'c');
  });
});

describe('exported Julia (structure only: Julia is not installed)', () => {
  CASES.forEach((c) => {
    it(`is a function of every parameter with n×n + n entries: ${label(c)}`, () => {
      const text = exportCode({ format: 'julia', ...c });
      const program = loweringProgram(c);
      const n = program.M.length;
      const signature = /^function moment_equations\(; (.*)\)$/m.exec(text);
      expect(signature, 'function definition').not.toBeNull();
      const args = signature![1]!.split(', ').map((a) => a.split('::')[0]);
      expect(args).toEqual(physicalParameters(c.model).map((x) => x.name));
      expect(text).toMatch(/^end$/m);
      expect(text).toContain(`M = Matrix{Float64}(undef, ${n}, ${n})`);
      // Every row assigned once, with n comma-separated entries; c has n entries.
      const rows = [...text.matchAll(/^ {4}M\[(\d+), :\] = \[(.*?)\n? *\](?: *#[^\n]*)?$/gms)];
      expect(rows.map((r) => Number(r[1]))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      const entries = (s: string) => s.replace(/#[^\n]*/g, '').split(',').map((x) => x.trim()).filter((x) => x !== '');
      for (const r of rows) expect(entries(r[2]!)).toHaveLength(n);
      const cv = /^ {4}c = Float64\[(.*?)\]$/ms.exec(text);
      expect(cv).not.toBeNull();
      expect(entries(cv![1]!)).toHaveLength(n);
      expect(text).toMatch(/^ {4}return M, c$/m);
      // Base only: no `using`/`import`, and brackets balance.
      expect(text).not.toMatch(/^\s*(using|import)\b/m);
      for (const [open, close] of [['(', ')'], ['[', ']']] as const) expect(text.split(open).length).toBe(text.split(close).length);
    });
  });
});
