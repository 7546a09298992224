/**
 * What each symbol of a model means numerically, in dependency order. Lowering evaluates these
 * one after another; the symbolic layers never look at numbers.
 */
import type { Scalar } from '../algebra/index.js';

export type SymbolDefinition =
  /** A physical parameter given by the user (ω, k, …). */
  | { readonly kind: 'parameter'; readonly name: string; readonly description: string }
  /** The positive square root of an expression in earlier symbols (Ω_1 = √(ω² + k)). */
  | { readonly kind: 'root'; readonly name: string; readonly square: Scalar }
  /** sin ζ, cos ζ of the non-resonant normal modes (docs/conventions.md). */
  | { readonly kind: 'mixing'; readonly name: string; readonly part: 'sin' | 'cos'; readonly delta: Scalar; readonly radius: string; readonly coupling: string }
  /** A symbol that stands for an expression in earlier symbols (δ = ω_h² − ω_c² in k-expansions). */
  | { readonly kind: 'value'; readonly name: string; readonly value: Scalar }
  /** Δ_f^(α) or Σ_f^(α) (eqs. 35, B.4) at frequency f, or its m-th derivative in f. */
  | {
      readonly kind: 'rate';
      readonly name: string;
      readonly rate: 'Delta' | 'Sigma';
      readonly bath: string;
      readonly at: Scalar;
      readonly derivative: number;
    };
