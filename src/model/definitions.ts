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
  /** a² − b² of two earlier symbols, evaluated as (a − b)(a + b) so that it stays accurate when a ≈ b (δ = ω_h² − ω_c²). */
  | { readonly kind: 'difference-of-squares'; readonly name: string; readonly a: string; readonly b: string }
  /** √(x² + y²) of two expressions, evaluated as a sum of squares (no cancellation): R = √(4k² + δ²). */
  | { readonly kind: 'hypot'; readonly name: string; readonly x: Scalar; readonly y: Scalar }
  /** A symbol that stands for an expression in earlier symbols. */
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
