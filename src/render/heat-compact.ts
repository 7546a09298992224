/**
 * Heat currents written as eq. 51 writes them: the terms of Q̇_α = Σ_b c_b⟨b⟩ + c_0 whose
 * coefficients differ by a monomial share one factor, Δ/4 (⟨Π_j²⟩ + Ω_j²⟨η_j²⟩), and the
 * factor is the member with the simplest ratio. The grouping is decided exactly (c_a − m·c_b = 0
 * by the normal form); it regroups, it never changes a coefficient, so the cold bath's cross-term
 * sign is whatever the derivation gives.
 */
import { type Scalar, type ScalarAlgebra, monomial, divG } from '../algebra/index.js';
import type { HeatCurrents } from '../moments/index.js';
import { type Notation, DEFAULT_NOTATION, inModelSymbols } from './notation.js';
import { scalarToLatex, termsToText } from './scalar-format.js';
import { presentScalar } from './scalar-presentation.js';
import { checkLatex } from './katex-check.js';

export interface HeatGroup {
  /** The common factor. */
  readonly factor: Scalar;
  /** Basis elements (indices) with their monomial ratios to the factor. */
  readonly members: readonly { readonly index: number; readonly ratio: Scalar }[];
}

/** c / f when it is a monomial in the related symbols (Ω_1², Ω_1Ω_2) times a constant, else null. */
function monomialRatio(s: ScalarAlgebra, c: Scalar, f: Scalar): { ratio: Scalar; degree: number } | null {
  const dc = presentScalar(c, s);
  const df = presentScalar(f, s);
  const a = dc[0];
  const b = df[0];
  if (!a || !b || dc.length !== df.length) return null;
  const m = monomial([...a.monomial.factors, ...b.monomial.factors.map(([n, p]) => [n, -p] as const)]);
  if (!m.factors.every(([n]) => s.relations.has(n))) return null;
  const ratio = s.normalForm(s.canonical([{ monomial: m, coefficient: divG(a.coefficient, b.coefficient) }]));
  if (!s.isZero(s.sub(c, s.mul(ratio, f)))) return null;
  return { ratio, degree: m.factors.reduce((d, [, p]) => d + Math.abs(p), 0) };
}

/** Groups of basis elements whose coefficients are monomial multiples of one factor. */
export function heatGroups(s: ScalarAlgebra, coefficients: readonly Scalar[]): HeatGroup[] {
  const groups: { factor: Scalar; members: { index: number; ratio: Scalar; degree: number }[] }[] = [];
  coefficients.forEach((raw, index) => {
    const c = s.normalForm(raw);
    if (c.terms.length === 0) return;
    for (const g of groups) {
      const r = monomialRatio(s, c, g.factor);
      if (r) {
        g.members.push({ index, ...r });
        return;
      }
    }
    groups.push({ factor: c, members: [{ index, ratio: s.one, degree: 0 }] });
  });
  // The factor is the member with the fewest terms, then the simplest ratio (Δ/4 rather than ΔΩ²/4).
  return groups.map((g) => {
    const coefficientOf = (i: number): Scalar => s.normalForm(coefficients[i]!);
    const shown = (i: number) => presentScalar(coefficientOf(i), s);
    const size = (i: number): number => shown(i).length;
    const related = (i: number): number => shown(i).reduce((d, t) => d + t.monomial.factors.reduce((e, [n, p]) => e + (s.relations.has(n) ? Math.abs(p) : 0), 0), 0);
    const better = (a: number, b: number): boolean => size(b) < size(a) || (size(b) === size(a) && related(b) < related(a));
    const best = g.members.reduce((a, b) => (better(a.index, b.index) ? b : a));
    if (best === g.members[0]) return { factor: g.factor, members: g.members.map(({ index, ratio }) => ({ index, ratio })) };
    const factor = coefficientOf(best.index);
    return { factor, members: g.members.map((m) => ({ index: m.index, ratio: monomialRatio(s, coefficientOf(m.index), factor)?.ratio ?? s.one })) };
  });
}

function joinSigned(pieces: readonly string[]): string {
  return pieces.map((p, i) => (i === 0 ? p : p.startsWith('-') ? ` - ${p.slice(1)}` : ` + ${p}`)).join('');
}

/** "1" → "", "-1" → "-", else the text followed by the product sign. */
function ratioPrefix(text: string, times: string): string {
  if (text === '1') return '';
  if (text === '-1') return '-';
  return `${text}${times}`;
}

export function heatToCompactText(h: HeatCurrents): string {
  const s = h.model.scalars;
  const lines = [`# heat currents in the form of eq. 51 (common factors pulled out), ${h.equation} equation, ${h.basisKind} basis`];
  for (const c of h.currents) {
    const pieces = heatGroups(s, c.form.coefficients).map((g) => {
      const inner = joinSigned(g.members.map((m) => `${ratioPrefix(termsToText(presentScalar(m.ratio, s)), '*')}<${h.basis[m.index]!.name}>`));
      return `(${termsToText(presentScalar(g.factor, s))})*(${inner})`;
    });
    const constant = s.normalForm(c.form.constant);
    if (constant.terms.length > 0) pieces.push(`(${termsToText(presentScalar(constant, s))})`);
    lines.push(`Q_${c.bath} = ${pieces.join(' + ') || '0'}`);
  }
  return lines.join('\n');
}

export function heatToCompactLatex(h: HeatCurrents, given: Notation = DEFAULT_NOTATION): string {
  const s = h.model.scalars;
  const notation = inModelSymbols(given, h.model);
  const rows = h.currents.map((c) => {
    const pieces = heatGroups(s, c.form.coefficients).map((g) => {
      const inner = joinSigned(g.members.map((m) => `${ratioPrefix(scalarToLatex(m.ratio, notation), ' ')}\\langle ${h.basis[m.index]!.latex}\\rangle`));
      const factor = scalarToLatex(g.factor, notation);
      const wrapped = / [+-] /.test(factor) ? `\\left(${factor}\\right)` : factor;
      return g.members.length === 1 ? `${wrapped} ${inner.startsWith('-') ? `\\left(${inner}\\right)` : inner}` : `${wrapped}\\left(${inner}\\right)`;
    });
    const constant = s.normalForm(c.form.constant);
    if (constant.terms.length > 0) pieces.push(scalarToLatex(constant, notation));
    return `\\dot{Q}_{${c.bath}} &= ${pieces.join(' + ') || '0'}`;
  });
  return checkLatex(`\\begin{align}\n${rows.join(' \\\\\n')}\n\\end{align}`);
}
