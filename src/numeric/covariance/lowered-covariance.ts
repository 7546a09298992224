/**
 * The covariance form at numbers: dense drift A and diffusion D (row-major 2N × 2N, the solver's
 * input) and, sparse, the Hamiltonian form H and each bath's drift A_α and diffusion D_α (the heat
 * currents' input). Lowering only evaluates the exact entries; it adds nothing.
 */
import type { SparseExactMatrix, CovarianceForm } from '../../moments/index.js';
import { evaluateScalar, type SymbolValues } from '../evaluate.js';
import { InputError } from '../input-error.js';
import type { DiffusionFactors } from '../linalg/lyapunov.js';

/** Sparse numeric matrix: entries (row, column, value). */
export interface NumericSparse {
  readonly n: number;
  readonly rows: Int32Array;
  readonly columns: Int32Array;
  readonly values: Float64Array;
}

export interface LoweredBath {
  readonly bath: string;
  readonly drift: NumericSparse;
  readonly diffusion: NumericSparse;
}

export interface LoweredCovariance {
  readonly n: number;
  readonly quadratures: readonly string[];
  readonly drift: Float64Array;
  readonly diffusion: Float64Array;
  readonly hamiltonian: NumericSparse;
  readonly baths: readonly LoweredBath[];
  /** D = Σ_k (u_k w_kᵀ + w_k u_kᵀ), given where D has low rank (the solver's congruence then costs O(n² r)). */
  readonly diffusionFactors?: DiffusionFactors;
}

function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw new InputError('parameters', `${what} = ${x} is not finite: the parameters are outside what double precision represents`);
  return x;
}

export function lowerSparse(m: SparseExactMatrix, values: SymbolValues, what: string): NumericSparse {
  const rows: number[] = [];
  const columns: number[] = [];
  const vals: number[] = [];
  m.rows.forEach((row, i) => row.forEach((v, j) => {
    rows.push(i);
    columns.push(j);
    vals.push(finite(evaluateScalar(v, values), `${what}[${i + 1}][${j + 1}]`));
  }));
  return { n: m.n, rows: Int32Array.from(rows), columns: Int32Array.from(columns), values: Float64Array.from(vals) };
}

export function denseOf(m: NumericSparse): Float64Array {
  const out = new Float64Array(m.n * m.n);
  for (let e = 0; e < m.values.length; e++) out[m.rows[e]! * m.n + m.columns[e]!] = out[m.rows[e]! * m.n + m.columns[e]!]! + m.values[e]!;
  return out;
}

export function lowerCovarianceForm(form: CovarianceForm, values: SymbolValues): LoweredCovariance {
  return {
    n: form.drift.n,
    quadratures: form.quadratures,
    drift: denseOf(lowerSparse(form.drift, values, 'A')),
    diffusion: denseOf(lowerSparse(form.diffusion, values, 'D')),
    hamiltonian: lowerSparse(form.hamiltonian, values, 'H'),
    baths: form.baths.map((b) => ({ bath: b.bath, drift: lowerSparse(b.drift, values, `A_${b.bath}`), diffusion: lowerSparse(b.diffusion, values, `D_${b.bath}`) })),
  };
}
