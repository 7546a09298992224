/**
 * How symbols are written in LaTeX. The default follows the paper; any symbol can be
 * overridden (e.g. write Δ_ω^(h) as \gamma_h, or restore ħ in a frequency).
 */
export interface Notation {
  readonly overrides: ReadonlyMap<string, string>;
}

export const DEFAULT_NOTATION: Notation = { overrides: new Map() };

export function notationWith(overrides: Readonly<Record<string, string>>): Notation {
  return { overrides: new Map(Object.entries(overrides)) };
}

const FIXED: Readonly<Record<string, string>> = {
  omega: '\\omega',
  omega_h: '\\omega_h',
  omega_c: '\\omega_c',
  k: 'k',
  sqrt2: '\\sqrt{2}',
  sinz: '\\sin\\zeta',
  cosz: '\\cos\\zeta',
  Rzeta: 'R',
};

const PRIMES = ['', '\\prime', '\\prime\\prime', '\\prime\\prime\\prime'];

export function symbolLatex(name: string, notation: Notation = DEFAULT_NOTATION): string {
  const custom = notation.overrides.get(name);
  if (custom !== undefined) return custom;
  const fixed = FIXED[name];
  if (fixed !== undefined) return fixed;
  const omegaJ = /^Omega(\d+)$/.exec(name);
  if (omegaJ) return `\\Omega_{${omegaJ[1]}}`;
  const rate = /^(Delta|Sigma)_([A-Za-z0-9]+)_(.+?)(?:_d(\d+))?$/.exec(name);
  if (rate) {
    const [, kind, bath, freq, d] = rate;
    const m = Number(d ?? 0);
    const mark = m === 0 ? '' : m < PRIMES.length ? PRIMES[m]! : `(${m})`;
    return `\\${kind}^{(${bath})${mark}}_{${symbolLatex(freq!, notation)}}`;
  }
  const omegaMode = /^omega_([A-Za-z0-9]+)$/.exec(name);
  if (omegaMode) return `\\omega_{${omegaMode[1]}}`;
  const coupling = /^k_(xx|pp|xp)_([A-Za-z0-9]+)$/.exec(name);
  if (coupling) return `k^{${coupling[1]}}_{${coupling[2]}}`;
  const hop = /^k_hop_([A-Za-z0-9]+)$/.exec(name);
  if (hop) return `g_{${hop[1]}}`;
  const amplitude = /^([uv])_([A-Za-z0-9]+)_(\d+)$/.exec(name);
  if (amplitude) return `${amplitude[1]}_{${amplitude[2]},${amplitude[3]}}`;
  const hopRoot = /^r_([A-Za-z0-9]+)_([A-Za-z0-9]+)$/.exec(name);
  if (hopRoot) return `\\sqrt{\\omega_{${hopRoot[1]}}\\omega_{${hopRoot[2]}}}`;
  return `\\mathrm{${name.replace(/_/g, '\\_')}}`;
}
