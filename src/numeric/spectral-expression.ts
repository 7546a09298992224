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

/**
 * Δ(w) = (γ(−w) − γ(w))/(2w) and Σ(w) = (γ(−w) + γ(w))/(2w) with γ(w) = 2J(w)(1 + 1/(e^{w/T} − 1))
 * (eq. 20) and J extended as an odd function, J(−w) = −J(w). Since γ(−w) = 2J(w)/(e^{w/T} − 1),
 * these are exactly Δ = −J/w and Σ = (J/w)(1 + 2/(e^{w/T} − 1)) for w > 0, which keeps the
 * symbolic derivatives small.
 */
function rateExpression(jText: string, rate: 'Delta' | 'Sigma'): MathNode {
  const J = `(${parse(jText).toString()})`;
  return parse(rate === 'Delta' ? `-${J} / w` : `${J} / w * (1 + 2 / (exp(w / T) - 1))`);
}

export function expressionSpectralDensity(text: string): SpectralDensity {
  let node: MathNode;
  try {
    node = parse(text);
  } catch (e) {
    throw new InputError('--spectral', `cannot parse "${text}": ${(e as Error).message}`);
  }
  const allowed = new Set(['w', 'lambda2', 'L']);
  node.traverse((n) => {
    if (n.type === 'SymbolNode') {
      const name = (n as MathNode & { name: string }).name;
      if (!allowed.has(name) && !['exp', 'sqrt', 'pi', 'e', 'tanh', 'atan', 'log', 'abs'].includes(name)) {
        throw new InputError('--spectral', `unknown symbol "${name}" (use w, lambda2, L)`);
      }
    }
  });
  // J is given for w > 0 and extended oddly; that extension exists only if J(0⁺) = 0 and J ≥ 0.
  const compiled = node.compile();
  const at = (w: number): number => Number(compiled.evaluate({ w, lambda2: 1, L: 50 }));
  for (const w of [1e-3, 0.3, 1, 2.7, 10]) {
    const v = at(w);
    if (!Number.isFinite(v)) throw new InputError('--spectral', `"${text}" is not finite at w = ${w}`);
    if (v < 0) throw new InputError('--spectral', `"${text}" is negative at w = ${w}; J must be non-negative for w > 0`);
  }
  // J(0⁺) = 0: J must fall towards zero as w → 0 (slowly is fine: sub-Ohmic √w).
  const [tiny, small, one] = [at(1e-12), at(1e-6), at(1)];
  if (!(tiny <= small && tiny <= 1e-3 * Math.max(Math.abs(one), Number.MIN_VALUE))) {
    throw new InputError('--spectral', `"${text}" is not odd: J(0⁺) = ${tiny} does not vanish, so J(−w) = −J(w) cannot hold`);
  }
  // Derivatives of this density, built once per (rate, order) for the life of this value.
  const derivatives = new Map<string, EvalFunction>();
  const derivativeOf = (rate: 'Delta' | 'Sigma', order: number): EvalFunction => {
    const key = `${rate}${order}`;
    const known = derivatives.get(key);
    if (known) return known;
    let expr = rateExpression(text, rate);
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
      // Checked again with the user's own λ² and Λ: J must be non-negative where it is used.
      const J = (f: number): number => Number(compiled.evaluate({ w: f, lambda2: bath.lambda2, L: cutoff }));
      const checked = (f: number): void => {
        const j = J(f);
        if (!(j >= 0)) throw new InputError('--spectral', `"${text}" is ${Number.isFinite(j) ? 'negative' : 'not finite'} at w = ${f} with these parameters (J = ${j}); J must be non-negative for w > 0`);
      };
      return (f) => {
        checked(f);
        return Number(fn.evaluate({ w: f, T: bath.temperature, lambda2: bath.lambda2, L: cutoff }));
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

/** Eq. 19 with closed forms at order 0 and mathjs derivatives above. */
export function ohmicAlgebraicWithDerivatives(): SpectralDensity {
  const symbolic = expressionSpectralDensity(OHMIC_ALGEBRAIC_TEXT);
  return {
    kind: 'ohmic-algebraic',
    text: OHMIC_ALGEBRAIC_TEXT,
    rate: (rate, order, bath, cutoff) => (order === 0 ? ohmicClosedForm(rate, bath, cutoff) : symbolic.rate(rate, order, bath, cutoff)),
  };
}
