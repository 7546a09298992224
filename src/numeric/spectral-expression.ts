/**
 * A spectral density given as a mathjs expression in w (and lambda2, L): parsed, checked to be
 * odd, and differentiated symbolically by mathjs for the rate derivatives of the k-expansion.
 */
import type { MathNode, EvalFunction } from 'mathjs';
import { mathjs } from '../algebra/mathjs.js';

const parse = (text: string): MathNode => mathjs().parse(text);
const derivative = (expr: MathNode, variable: string): MathNode => mathjs().derivative(expr, variable);
import { InputError } from './input-error.js';
import { type SpectralDensity, type RateSource, type BathParameters, OHMIC_ALGEBRAIC_TEXT, ohmicClosedForm } from './spectral.js';
import { guardedParse } from './expression-guard.js';
import { excerpt } from './excerpt.js';

/**
 * Δ(w) = (γ(−w) − γ(w))/(2w) and Σ(w) = (γ(−w) + γ(w))/(2w) with γ(w) = 2J(w)(1 + 1/(e^{w/T} − 1))
 * (eq. 20) and J extended as an odd function, J(−w) = −J(w). Since γ(−w) = 2J(w)/(e^{w/T} − 1),
 * these are exactly Δ = −J/w and Σ = (J/w)(1 + 2/(e^{w/T} − 1)) for w > 0, which keeps the
 * symbolic derivatives small.
 */
function rateExpression(j: MathNode, rate: 'Delta' | 'Sigma'): MathNode {
  const J = `(${j.toString()})`;
  return parse(rate === 'Delta' ? `-${J} / w` : `${J} / w * (1 + 2 / (exp(w / T) - 1))`);
}

/** The frequencies at which a density is scanned when it is read: log-spaced over [1e-6, 1e6]. */
export const SPECTRAL_SCAN = Object.freeze({ from: 1e-6, to: 1e6, points: 2401 });

export function expressionSpectralDensity(text: string): SpectralDensity {
  if (typeof text !== 'string') throw new InputError('--spectral', `must be an expression in w, lambda2 and L (text), got ${typeof text}`);
  const node = guardedParse('--spectral', text, ['w', 'lambda2', 'L']);
  const shown = excerpt(text);
  // J is given for w > 0 and extended oddly; that extension exists only if J(0⁺) = 0 and J ≥ 0.
  const compiled = node.compile();
  const evaluate = (scope: Record<string, number>): number => {
    const v: unknown = compiled.evaluate(scope);
    return typeof v === 'number' ? v : NaN;
  };
  const at = (w: number): number => evaluate({ w, lambda2: 1, L: 50 });
  const { from, to, points } = SPECTRAL_SCAN;
  for (let i = 0; i < points; i++) {
    const w = from * (to / from) ** (i / (points - 1));
    const v = at(w);
    if (!Number.isFinite(v)) throw new InputError('--spectral', `"${shown}" is not finite at w = ${w.toPrecision(6)} (probed with lambda2 = 1, L = 50 when the expression is read, whatever the bath's values)`);
    if (v < 0) throw new InputError('--spectral', `"${shown}" is negative at w = ${w.toPrecision(6)} (probed with lambda2 = 1, L = 50 when the expression is read, whatever the bath's values); J must be non-negative for w > 0`);
  }
  const pole = findPole(node, { from, to, points }, { lambda2: 1, L: 50 });
  if (pole !== null) throw new InputError('--spectral', `"${shown}" is singular at w ≈ ${pole.toPrecision(6)} (a denominator vanishes there, probed with lambda2 = 1, L = 50); J must be finite for w > 0`);
  // J(0⁺) = 0: J must fall towards zero as w → 0 (slowly is fine: sub-Ohmic √w).
  const [tiny, small, one] = [at(1e-12), at(1e-6), at(1)];
  if (!(tiny <= small && tiny <= 1e-3 * Math.max(Math.abs(one), Number.MIN_VALUE))) {
    throw new InputError('--spectral', `"${shown}" is not odd: J(0⁺) = ${tiny} does not vanish, so J(−w) = −J(w) cannot hold`);
  }
  // Derivatives of this density, built once per (rate, order) for the life of this value.
  const derivatives = new Map<string, EvalFunction>();
  const derivativeOf = (rate: 'Delta' | 'Sigma', order: number): EvalFunction => {
    const key = `${rate}${order}`;
    const known = derivatives.get(key);
    if (known) return known;
    let expr = rateExpression(node, rate);
    for (let m = 0; m < order; m++) expr = derivative(expr, 'w');
    const fn = expr.compile();
    derivatives.set(key, fn);
    return fn;
  };
  const js = javascriptOf(node, text);
  // As source for compiled fillers: J(w) with λ² and Λ inlined, inside an arrow function of w.
  const jOf = (f: string, bath: BathParameters, cutoff: number): string => `((w) => ${js(bath.lambda2, cutoff)})(${f})`;
  const source: RateSource = {
    delta: (f, bath, cutoff) => `(-${jOf(f, bath, cutoff)} / ${f})`,
    sigma: (f, bath, cutoff) => `(${jOf(f, bath, cutoff)} / ${f} * (1 + 2 / Math.expm1(${f} / ${literal(bath.temperature)})))`,
  };
  return {
    kind: 'expression',
    text,
    source,
    rate(rate, order, bath, cutoff) {
      const fn: EvalFunction = derivativeOf(rate, order);
      // Checked again where it is used, with the user's own λ² and Λ: J must be finite and non-negative there.
      const J = (f: number): number => evaluate({ w: f, lambda2: bath.lambda2, L: cutoff });
      return (f) => {
        const j = J(f);
        if (!(j >= 0) || !Number.isFinite(j)) throw new InputError('--spectral', `"${shown}" is ${Number.isFinite(j) ? 'negative' : 'not finite'} at w = ${f} with these parameters (J = ${j}); J must be finite and non-negative for w > 0`);
        const v: unknown = fn.evaluate({ w: f, T: bath.temperature, lambda2: bath.lambda2, L: cutoff });
        const r = typeof v === 'number' ? v : NaN;
        if (!Number.isFinite(r)) throw new InputError('--spectral', `the rate ${rate === 'Delta' ? 'Δ' : 'Σ'}${order > 0 ? ` (derivative ${order})` : ''} of "${shown}" is not finite at w = ${f} with these parameters`);
        if (Math.abs(r) > RATE_LIMIT) throw new InputError('--spectral', `the rate ${rate === 'Delta' ? 'Δ' : 'Σ'} of "${shown}" is ${r.toExponential(2)} at w = ${f}, beyond the limit ${RATE_LIMIT.toExponential(0)}`);
        return r;
      };
    },
  };
}

const literal = (x: number): string => (Object.is(x, -0) ? '0' : String(x));

const JS_FUNCTIONS: Readonly<Record<string, string>> = { exp: 'Math.exp', sqrt: 'Math.sqrt', tanh: 'Math.tanh', atan: 'Math.atan', log: 'Math.log', abs: 'Math.abs' };
const JS_BINARY: Readonly<Record<string, string>> = { add: '+', subtract: '-', multiply: '*', divide: '/' };

/**
 * J as JavaScript source (w free; λ² and Λ inlined): the same arithmetic as mathjs evaluates, for the
 * node types the symbol check above admits. Anything else is refused, naming --spectral.
 */
function javascriptOf(root: MathNode, text: string): (lambda2: number, cutoff: number) => string {
  const refuse = (what: string): never => {
    throw new InputError('--spectral', `"${text}": ${what} is not supported in a spectral density (use + − * / ^, numbers, w, lambda2, L, pi, e and ${Object.keys(JS_FUNCTIONS).join(', ')})`);
  };
  const emit = (n: MathNode, lambda2: number, cutoff: number): string => {
    const node = n as MathNode & { value?: unknown; name?: string; fn?: string | MathNode & { name?: string }; args?: MathNode[]; content?: MathNode };
    switch (n.type) {
      case 'ConstantNode':
        return typeof node.value === 'number' ? `(${literal(node.value)})` : refuse(`the constant ${String(node.value)}`);
      case 'SymbolNode':
        switch (node.name) {
          case 'w': return 'w';
          case 'lambda2': return `(${literal(lambda2)})`;
          case 'L': return `(${literal(cutoff)})`;
          case 'pi': return 'Math.PI';
          case 'e': return 'Math.E';
          default: return refuse(`the symbol ${String(node.name)}`);
        }
      case 'ParenthesisNode':
        return `(${emit(node.content!, lambda2, cutoff)})`;
      case 'OperatorNode': {
        const fn = String(node.fn);
        const args = (node.args ?? []).map((a) => emit(a, lambda2, cutoff));
        if (args.length === 1 && fn === 'unaryMinus') return `(-${args[0]})`;
        if (args.length === 1 && fn === 'unaryPlus') return `(${args[0]})`;
        if (args.length === 2 && fn === 'pow') return `Math.pow(${args[0]}, ${args[1]})`;
        if (args.length === 2 && JS_BINARY[fn]) return `(${args[0]} ${JS_BINARY[fn]} ${args[1]})`;
        return refuse(`the operator ${fn}`);
      }
      case 'FunctionNode': {
        const name = typeof node.fn === 'object' ? node.fn.name : undefined;
        const js = name === undefined ? undefined : JS_FUNCTIONS[name];
        if (js === undefined || (node.args ?? []).length !== 1) return refuse(`the function ${String(name)}`);
        return `${js}(${emit(node.args![0]!, lambda2, cutoff)})`;
      }
      default:
        return refuse(`a ${n.type}`);
    }
  };
  return (lambda2, cutoff) => emit(root, lambda2, cutoff);
}

/**
 * Where a denominator of J (the divisor of a division, the base of a negative power) vanishes on
 * the scanned interval: its modulus is scanned on the grid, and each local minimum is refined by
 * ternary search; a minimum below 1e-12 of the values beside it is a zero, so J has a pole there.
 */
function findPole(root: MathNode, grid: { from: number; to: number; points: number }, scope: Record<string, number>): number | null {
  const denominators: MathNode[] = [];
  root.traverse((node) => {
    const n = node as MathNode & { fn?: unknown; args?: MathNode[] };
    if (node.type !== 'OperatorNode' || !n.args) return;
    if (n.fn === 'divide') denominators.push(n.args[1]!);
    if (n.fn === 'pow') {
      const exponent = n.args[1]!.compile().evaluate({ w: 1, ...scope }) as unknown;
      if (typeof exponent !== 'number' || exponent < 0) denominators.push(n.args[0]!);
    }
  });
  const { from, to, points } = grid;
  const ws = Array.from({ length: points }, (_, i) => from * (to / from) ** (i / (points - 1)));
  for (const d of denominators) {
    const f = d.compile();
    const size = (w: number): number => {
      const v: unknown = f.evaluate({ w, ...scope });
      return typeof v === 'number' ? Math.abs(v) : NaN;
    };
    const values = ws.map(size);
    for (let i = 1; i + 1 < points; i++) {
      if (values[i] === 0) return ws[i]!;
      if (!(values[i]! <= values[i - 1]! && values[i]! <= values[i + 1]!)) continue;
      let [a, b] = [ws[i - 1]!, ws[i + 1]!];
      for (let step = 0; step < 80; step++) {
        const m1 = a + (b - a) / 3;
        const m2 = b - (b - a) / 3;
        if (size(m1) <= size(m2)) b = m2;
        else a = m1;
      }
      const w = (a + b) / 2;
      const beside = Math.max(values[i - 1]!, values[i + 1]!);
      if (size(w) <= 1e-12 * beside) return w;
    }
  }
  return null;
}

/** The largest rate |Δ|, |Σ| (and derivative) a density may give: M must stay far from overflow. */
export const RATE_LIMIT = 1e100;

/** Eq. 19 with closed forms at order 0 and mathjs derivatives above. */
export function ohmicAlgebraicWithDerivatives(): SpectralDensity {
  const symbolic = expressionSpectralDensity(OHMIC_ALGEBRAIC_TEXT);
  return {
    kind: 'ohmic-algebraic',
    text: OHMIC_ALGEBRAIC_TEXT,
    rate: (rate, order, bath, cutoff) => (order === 0 ? ohmicClosedForm(rate, bath, cutoff) : symbolic.rate(rate, order, bath, cutoff)),
  };
}
