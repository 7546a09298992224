import { describe, it, expect } from 'vitest';
import { cli } from './run-bin.js';
import katex from 'katex';


describe('openmoments bin (built by npm test)', () => {
  it('matrix --json prints the basis, M and c in the paper order', () => {
    const r = cli('matrix', '--equation', 'local', '--order', '1', '--basis', 'local', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.basis).toEqual(['x_h', 'p_h', 'x_c', 'p_c']);
    expect(out.M).toHaveLength(4);
    // Δ_ω^(α) = −J_α(ω)/ω = −λ_α² Λ²/(ω² + Λ²) at the Fig. 2 parameters (eqs. 19, 20, 35).
    const delta = (l2: number) => (-l2 * 1e6) / (1 + 1e6);
    expect(out.M[0][0]).toBeCloseTo(delta(1e-8) / 2, 20);
    expect(out.M[3][3]).toBeCloseTo(delta(1e-4) / 2, 15);
    expect(out.M[1][2]).toBe(-1e-4);
  });
  it('derive --format latex emits LaTeX that KaTeX parses, for both orders', () => {
    for (const order of ['1', '2']) {
      const r = cli('derive', '--equation', 'local', '--order', order, '--format', 'latex');
      expect(r.status).toBe(0);
      for (const block of r.stdout.split(/(?=\\begin\{equation\})/)) {
        expect(() => katex.renderToString(block, { throwOnError: true, displayMode: true })).not.toThrow();
      }
    }
  });
  it.each([
    [['derive', '--equation', 'lindblad'], /--equation/],
    [['derive', '--order', '3'], /--order/],
    [['matrix', '--Tc', '-5'], /--Tc.*temperature must be positive/],
    [['matrix', '--k', 'ten'], /--k must be a number/],
    [['matrix', '--k', '1'], /--k.*unbounded below/],
    [['matrix', '--k', '2', '--omega', '1.2'], /--k/],
    [['matrix', '--lambda-c2', '-1e-4'], /--lambda-c2/],
  ])('bad input %j: one line on stderr, exit 2, nothing on stdout', (argv, message) => {
    const r = cli(...argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js/);
  });
});
