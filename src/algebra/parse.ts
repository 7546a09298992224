/**
 * Plain text → exact scalar, through mathjs's parser. Accepts numbers (decimals are read
 * exactly), symbols, + − * / ^ with integer exponents, parentheses, `i`, and sqrt(E) where E is
 * the declared square of a related symbol (e.g. sqrt(omega^2 + k) → Omega1). Division is exact
 * only by monomials. Anything else throws an InputError naming what it could not read.
 */
import type { MathNode } from 'mathjs';
import { mathjs } from './mathjs.js';

const parse = (text: string): MathNode => mathjs().parse(text);
import type { Scalar } from './scalar.js';
import type { ScalarAlgebra } from './scalar-algebra.js';
import { parseQ } from './rational.js';
import { InputError } from './input-error.js';

const ARGUMENT = 'parseScalar(text)';

export function parseScalar(text: string, scalars: ScalarAlgebra): Scalar {
  let node: MathNode;
  try {
    node = parse(text);
  } catch (e) {
    throw new InputError(ARGUMENT, `cannot parse "${text}": ${(e as Error).message}`);
  }
  return toScalar(node, scalars, text);
}

function toScalar(node: MathNode, s: ScalarAlgebra, source: string): Scalar {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode': {
      const value = n['value'];
      if (typeof value !== 'number') throw new InputError(ARGUMENT, `unsupported constant in "${source}"`);
      return s.fromRational(parseQ(String(value)));
    }
    case 'SymbolNode': {
      const name = n['name'] as string;
      if (name === 'i') return s.i;
      return s.symbol(name);
    }
    case 'ParenthesisNode':
      return toScalar(n['content'] as MathNode, s, source);
    case 'OperatorNode': {
      const fn = n['fn'] as string;
      const args = (n['args'] as MathNode[]).map((a) => toScalar(a, s, source));
      const [a, b] = args;
      switch (fn) {
        case 'add': return s.add(a!, b!);
        case 'subtract': return s.sub(a!, b!);
        case 'multiply': return s.mul(a!, b!);
        case 'divide': return s.div(a!, b!);
        case 'unaryMinus': return s.neg(a!);
        case 'unaryPlus': return a!;
        case 'pow': {
          const e = s.constantValue(b!);
          if (!e || e.im.num !== 0n || e.re.den !== 1n) throw new InputError(ARGUMENT, `only integer exponents are exact, in "${source}"`);
          return s.pow(a!, Number(e.re.num));
        }
        default:
          throw new InputError(ARGUMENT, `unsupported operator "${fn}" in "${source}"`);
      }
    }
    case 'FunctionNode': {
      const name = (n['fn'] as MathNode & { name?: string }).name;
      const args = (n['args'] as MathNode[]).map((a) => toScalar(a, s, source));
      if (name === 'sqrt' && args.length === 1) {
        const root = s.rootOf(args[0]!);
        if (root) return s.symbol(root);
        const c = s.constantValue(args[0]!);
        throw new InputError(ARGUMENT, `sqrt(${c ? 'constant' : 'expression'}) in "${source}" is not a declared root symbol`);
      }
      throw new InputError(ARGUMENT, `unsupported function "${name}" in "${source}"`);
    }
    default:
      throw new InputError(ARGUMENT, `unsupported expression "${node.toString()}" in "${source}"`);
  }
}
