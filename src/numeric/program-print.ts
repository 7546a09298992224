/**
 * Printing the expressions of a lowering program (lowering-program.ts) in one language: a dialect
 * says how numbers, names, powers and calls are spelt; precedence and left association are common
 * to every language here, so that the printed code performs the interpreter's operations in order.
 */
import { type Expr, type MathFunction, polynomialExpr } from './lowering-program.js';

export interface Dialect {
  /** A non-negative rational; `atom` false when printed as a quotient (binds as a product). */
  readonly rational: (num: bigint, den: bigint) => { readonly text: string; readonly atom: boolean };
  /** A finite double, as a literal that reads back as the same double. */
  readonly constant: (x: number) => string;
  readonly variable: (name: string) => string;
  readonly pow: (base: string, exponent: number) => string;
  readonly call: (fn: MathFunction, args: string[]) => string;
  readonly sign: (x: string) => string;
}

const isPowerOfTwo = (d: bigint): boolean => d > 0n && (d & (d - 1n)) === 0n;

/**
 * Rationals as the languages with float literals read them: integers as n.0 (or n), dyadic ones
 * as exact decimals (0.5, 0.125), others as a quotient, which evaluates to the correctly rounded
 * double, as toNumberQ does.
 */
export function decimalRational(integer: (n: bigint) => string): Dialect['rational'] {
  return (num, den) => {
    if (den === 1n) return { text: integer(num), atom: true };
    if (isPowerOfTwo(den) && num < 2n ** 53n) return { text: String(Number(num) / Number(den)), atom: true };
    return { text: `${integer(num)}/${integer(den)}`, atom: false };
  };
}

/** The shortest decimal that reads back as x, with a point or exponent (1.0, 1e-08 stays 1e-8). */
export function floatLiteral(x: number): string {
  const s = Object.is(x, -0) ? '0' : String(x);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/** Binding strength: sum 1, unary minus 2, product 3, power 4, atom 5. */
function precedence(e: Expr, d: Dialect): number {
  switch (e.kind) {
    case 'add': return 1;
    case 'neg': return 2;
    case 'mul': case 'div': return 3;
    case 'pow': return 4;
    case 'rational': return d.rational(e.num, e.den).atom ? 5 : 3;
    case 'constant': return e.value < 0 ? 2 : 5;
    case 'polynomial': return precedence(polynomialExpr(e.scalar), d);
    case 'var': case 'call': case 'sign': return 5;
  }
}

export function expressionPrinter(d: Dialect): (e: Expr) => string {
  const print = (e: Expr): string => {
    const operand = (x: Expr, min: number): string => (precedence(x, d) >= min ? print(x) : `(${print(x)})`);
    switch (e.kind) {
      case 'rational':
        return d.rational(e.num, e.den).text;
      case 'constant':
        return d.constant(e.value);
      case 'var':
        return d.variable(e.name);
      case 'polynomial':
        return print(polynomialExpr(e.scalar));
      case 'add':
        return e.terms.map((t, i) => (i === 0 ? operand(t, 2) : t.kind === 'neg' ? ` - ${operand(t.a, 2)}` : ` + ${operand(t, 2)}`)).join('');
      case 'neg':
        // -x^n reads as −(x^n) in Python, Julia and mathjs; JavaScript's powers are parenthesised products.
        return `-${operand(e.a, 3)}`;
      case 'mul':
        // Left-associated: every factor after the first is a single operand; the first may be −x.
        return e.factors.map((f, i) => (i === 0 ? operand(f, f.kind === 'neg' ? 2 : 3) : operand(f, 4))).join(' * ');
      case 'div':
        return `${operand(e.a, 3)} / ${operand(e.b, 4)}`;
      case 'pow':
        return d.pow(operand(e.base, 5), e.exponent);
      case 'call':
        return d.call(e.fn, e.args.map(print));
      case 'sign':
        return d.sign(print(e.of));
    }
  };
  return print;
}
