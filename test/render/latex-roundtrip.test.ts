/**
 * Every entry the LaTeX printer writes still equals the derivation. A small parser of its own
 * (fractions, signs, juxtaposed products, powers, parentheses; symbol names looked up in the
 * notation table, the structure read independently of render/scalar-format.ts) reads each
 * printed entry of all twelve matrices and constants back into a number at random parameter
 * points where the relations hold (shorthands such as eq. 48's Δ̄_α valued from their definitions),
 * and compares it with the exact entry evaluated there, to 1e-12.
 */
import { describe, it, expect } from 'vitest';
import type { Scalar } from '../../src/algebra/index.js';
import { resonantPair, generalPair, type Model, type FrameKind } from '../../src/model/index.js';
import { deriveMoments, totalMatrix, totalConstant, type MomentOrder } from '../../src/moments/index.js';
import { EQUATIONS } from '../../src/dissipators/index.js';
import { scalarToLatex, symbolLatex, inModelSymbols, DEFAULT_NOTATION } from '../../src/render/index.js';

type Point = Map<string, number>;

function evaluate(x: Scalar, at: Point): { value: number; scale: number } {
  let value = 0;
  let scale = 0;
  for (const t of x.terms) {
    let term = Number(t.coefficient.re.num) / Number(t.coefficient.re.den);
    for (const [n, p] of t.monomial.factors) term *= at.get(n)! ** p;
    value += term;
    scale += Math.abs(term);
  }
  return { value, scale };
}

/** Parse the printed LaTeX of one value into a number, symbols valued by `at`. */
function parseLatex(source: string, symbols: ReadonlyMap<string, string>, at: Point): number {
  const names = [...symbols.keys()].sort((a, b) => b.length - a.length);
  let i = 0;
  const ws = (): void => { while (source[i] === ' ') i++; };
  const eat = (s: string): boolean => { ws(); if (source.startsWith(s, i)) { i += s.length; return true; } return false; };
  const expect_ = (s: string): void => { if (!eat(s)) throw new Error(`expected ${s} at ${i} in ${source}`); };
  const power = (): number => {
    if (!eat('^{')) return 1;
    const m = /^-?\d+/.exec(source.slice(i));
    if (!m) throw new Error(`bad power at ${i} in ${source}`);
    i += m[0].length;
    expect_('}');
    return Number(m[0]);
  };
  const factor = (): number | null => {
    ws();
    if (eat('\\frac{')) { const a = expr(); expect_('}{'); const b = expr(); expect_('}'); return a / b; }
    if (eat('\\left(')) { const a = expr(); expect_('\\right)'); return a ** power(); }
    const num = /^\d+/.exec(source.slice(i));
    if (num) { i += num[0].length; return Number(num[0]); }
    for (const latex of names) {
      if (source.startsWith(latex, i)) {
        i += latex.length;
        return at.get(symbols.get(latex)!)! ** power();
      }
    }
    return null;
  };
  const term = (): number => {
    let product = 1;
    let any = false;
    for (let f = factor(); f !== null; f = factor()) { product *= f; any = true; }
    if (!any) throw new Error(`expected a factor at ${i} in ${source}`);
    return product;
  };
  function expr(): number {
    ws();
    let sign = 1;
    if (eat('-')) sign = -1;
    let sum = sign * term();
    for (;;) {
      ws();
      if (eat('+')) sum += term();
      else if (eat('-')) sum -= term();
      else return sum;
    }
  }
  const value = expr();
  ws();
  if (i !== source.length) throw new Error(`unparsed rest "${source.slice(i)}" of ${source}`);
  return value;
}

function randomPoint(model: Model, rng: () => number): Point {
  const at = new Map<string, number>();
  for (const d of model.definitions) if (d.kind === 'rate') at.set(d.name, rng() - 0.5);
  if (model.resonant) {
    const omega = 0.5 + rng();
    const k = (0.1 + 0.8 * rng()) * omega * omega;
    at.set('omega', omega).set('k', k).set('sqrt2', Math.SQRT2)
      .set('Omega1', Math.sqrt(omega * omega + k)).set('Omega2', Math.sqrt(omega * omega - k));
  } else {
    const wh = 1 + rng();
    const wc = 0.3 + 0.6 * rng();
    const k = (0.05 + 0.3 * rng()) * wh * wc;
    const delta = wh * wh - wc * wc;
    const R = Math.hypot(2 * k, delta);
    at.set('omega_h', wh).set('omega_c', wc).set('k', k).set('delta', delta).set('Rzeta', R)
      .set('Omega1', Math.sqrt((wh * wh + wc * wc + R) / 2)).set('Omega2', Math.sqrt((wh * wh + wc * wc - R) / 2))
      .set('sinz', Math.sqrt((R + delta) / (2 * R)));
  }
  // The model's printing shorthands (eq. 48b), valued from their definitions.
  for (const h of model.shorthands ?? []) {
    const a = at.get(h.a)!;
    const b = at.get(h.b)!;
    at.set(h.mean.name, (a + b) / 2).set(h.difference.name, (a - b) / 2);
  }
  return at;
}

function lcg(seed: number): () => number {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
}

for (const model of [resonantPair(), generalPair()]) {
  describe(`printed LaTeX reads back to the derived entries (${model.name})`, () => {
    const s = model.scalars;
    const notation = inModelSymbols(DEFAULT_NOTATION, model);
    const rng = lcg(model.resonant ? 7 : 11);
    const points = [randomPoint(model, rng), randomPoint(model, rng), randomPoint(model, rng)];
    const symbols = new Map([...points[0]!.keys()].map((n) => [symbolLatex(n, notation), n] as const));
    for (const equation of EQUATIONS) {
      for (const order of [1, 2] as MomentOrder[]) {
        for (const basis of ['local', 'normal'] as FrameKind[]) {
          it(`${equation}, order ${order}, ${basis} basis`, () => {
            const eqs = deriveMoments({ model, equation, order, basis });
            const entries = [...totalMatrix(eqs).flat(), ...totalConstant(eqs)];
            let compared = 0;
            for (const entry of entries) {
              const latex = scalarToLatex(entry, notation);
              for (const at of points) {
                const exact = evaluate(entry, at);
                const read = parseLatex(latex, symbols, at);
                expect(Math.abs(read - exact.value), latex).toBeLessThanOrEqual(1e-12 * Math.max(1, exact.scale));
                compared++;
              }
            }
            expect(compared).toBe(entries.length * points.length);
          });
        }
      }
    }
  });
}
