/**
 * κ(V) = ‖V‖₂ ‖V⁻¹‖₂ = σ_max/σ_min of a complex n×n matrix (eq. 24 of the
 * paper with the 2-norm), by one-sided (Hestenes) Jacobi on the columns.
 *
 * Each step first multiplies column q by the unit phase that makes the
 * inner product of columns p and q real and positive, then applies a real
 * plane rotation that makes them orthogonal; both are unitary, so the
 * singular values are untouched. (This is the complex form of running
 * real Jacobi on the 2n×2n embedding [[Re, −Im], [Im, Re]], at a quarter of
 * the cost.) At convergence the column norms are the singular values.
 * One-sided Jacobi computes σ_min to absolute accuracy ~ eps·σ_max, so κ is
 * never NaN: a numerically singular V gives a huge finite κ or Infinity.
 */

const EPS = 2.220446049250313e-16;
const MAX_SWEEPS = 40;
/**
 * κ is reported as not resolved when κ·eps exceeds this: σ_min is then
 * within a factor 100 of the roundoff floor eps·σ_max.
 */
export const UNRESOLVED_KAPPA_TIMES_EPS = 1e-2;

export interface EigenvectorConditionWorkspace {
  readonly n: number;
  /** Column-major working copy: column j occupies [j·n, (j+1)·n). */
  readonly columnsRe: Float64Array;
  readonly columnsIm: Float64Array;
  readonly singularValues: Float64Array;
  sigmaMax: number;
  sigmaMin: number;
}

export function createEigenvectorConditionWorkspace(n: number): EigenvectorConditionWorkspace {
  return {
    n,
    columnsRe: new Float64Array(n * n),
    columnsIm: new Float64Array(n * n),
    singularValues: new Float64Array(n),
    sigmaMax: 0,
    sigmaMin: 0,
  };
}

/**
 * Singular values of the complex matrix (re, im) (n×n row-major, not
 * modified) into ws.singularValues (unordered), ws.sigmaMax, ws.sigmaMin.
 * Returns false if Jacobi did not converge or the input was not finite.
 */
export function singularValuesInto(ws: EigenvectorConditionWorkspace, re: Float64Array, im: Float64Array): boolean {
  const { n, columnsRe: cr, columnsIm: ci, singularValues } = ws;
  let finite = true;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = re[i * n + j]!;
      const b = im[i * n + j]!;
      cr[j * n + i] = a;
      ci[j * n + i] = b;
      if (a - a !== 0 || b - b !== 0) finite = false;
    }
  }
  if (!finite) {
    singularValues.fill(Number.NaN);
    ws.sigmaMax = Number.NaN;
    ws.sigmaMin = Number.NaN;
    return false;
  }
  const tolerance = EPS * n;
  let converged = false;
  for (let sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
    converged = true;
    for (let p = 0; p < n - 1; p++) {
      const op = p * n;
      for (let q = p + 1; q < n; q++) {
        const oq = q * n;
        let alpha = 0;
        let beta = 0;
        let gammaRe = 0;
        let gammaIm = 0;
        for (let i = 0; i < n; i++) {
          const xr = cr[op + i]!;
          const xi = ci[op + i]!;
          const yr = cr[oq + i]!;
          const yi = ci[oq + i]!;
          alpha += xr * xr + xi * xi;
          beta += yr * yr + yi * yi;
          // conj(x)·y
          gammaRe += xr * yr + xi * yi;
          gammaIm += xr * yi - xi * yr;
        }
        const gamma = Math.sqrt(gammaRe * gammaRe + gammaIm * gammaIm);
        if (gamma === 0 || gamma <= tolerance * Math.sqrt(alpha * beta)) continue;
        converged = false;
        // Phase e^{−iφ} = conj(γ)/|γ| applied to column q makes xᴴy real.
        const phaseRe = gammaRe / gamma;
        const phaseIm = -gammaIm / gamma;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < n; i++) {
          const xr = cr[op + i]!;
          const xi = ci[op + i]!;
          const yr0 = cr[oq + i]!;
          const yi0 = ci[oq + i]!;
          const yr = yr0 * phaseRe - yi0 * phaseIm;
          const yi = yr0 * phaseIm + yi0 * phaseRe;
          cr[op + i] = c * xr - s * yr;
          ci[op + i] = c * xi - s * yi;
          cr[oq + i] = s * xr + c * yr;
          ci[oq + i] = s * xi + c * yi;
        }
      }
    }
  }
  let sigmaMax = 0;
  let sigmaMin = Number.POSITIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    let normSquared = 0;
    for (let i = 0; i < n; i++) {
      const a = cr[j * n + i]!;
      const b = ci[j * n + i]!;
      normSquared += a * a + b * b;
    }
    const sigma = Math.sqrt(normSquared);
    singularValues[j] = sigma;
    if (sigma > sigmaMax) sigmaMax = sigma;
    if (sigma < sigmaMin) sigmaMin = sigma;
  }
  ws.sigmaMax = sigmaMax;
  ws.sigmaMin = sigmaMin;
  return converged;
}

/**
 * Singular values of the REAL n×n matrix held column-major in
 * ws.columnsRe (filled by the caller, destroyed here), by real one-sided
 * Jacobi; results as for singularValuesInto.
 */
export function realColumnsSingularValuesInPlace(ws: EigenvectorConditionWorkspace): boolean {
  const { n, columnsRe: c, singularValues } = ws;
  const tolerance = EPS * n;
  let converged = false;
  for (let sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
    converged = true;
    for (let p = 0; p < n - 1; p++) {
      const op = p * n;
      for (let q = p + 1; q < n; q++) {
        const oq = q * n;
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < n; i++) {
          const x = c[op + i]!;
          const y = c[oq + i]!;
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        const size = Math.abs(gamma);
        if (size === 0 || size <= tolerance * Math.sqrt(alpha * beta)) continue;
        converged = false;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const cs = 1 / Math.sqrt(1 + t * t);
        const sn = cs * t;
        for (let i = 0; i < n; i++) {
          const x = c[op + i]!;
          const y = c[oq + i]!;
          c[op + i] = cs * x - sn * y;
          c[oq + i] = sn * x + cs * y;
        }
      }
    }
  }
  let sigmaMax = 0;
  let sigmaMin = Number.POSITIVE_INFINITY;
  let finite = true;
  for (let j = 0; j < n; j++) {
    let normSquared = 0;
    for (let i = 0; i < n; i++) normSquared += c[j * n + i]! * c[j * n + i]!;
    const sigma = Math.sqrt(normSquared);
    if (sigma - sigma !== 0) finite = false;
    singularValues[j] = sigma;
    if (sigma > sigmaMax) sigmaMax = sigma;
    if (sigma < sigmaMin) sigmaMin = sigma;
  }
  ws.sigmaMax = finite ? sigmaMax : Number.NaN;
  ws.sigmaMin = finite ? sigmaMin : Number.NaN;
  return converged && finite;
}

/**
 * κ = σ_max/σ_min of (re, im). Infinity when σ_min = 0, NaN only for
 * non-finite input.
 */
export function conditionNumberInto(ws: EigenvectorConditionWorkspace, re: Float64Array, im: Float64Array): number {
  singularValuesInto(ws, re, im);
  if (Number.isNaN(ws.sigmaMax)) return Number.NaN;
  return ws.sigmaMin > 0 ? ws.sigmaMax / ws.sigmaMin : Number.POSITIVE_INFINITY;
}

/** Whether a κ computed in double precision is above the roundoff floor (see UNRESOLVED_KAPPA_TIMES_EPS). */
export function kappaAboveRoundoffFloor(kappa: number): boolean {
  return !(kappa * EPS <= UNRESOLVED_KAPPA_TIMES_EPS);
}
