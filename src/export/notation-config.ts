/**
 * Notation configuration for exported LaTeX: a `Notation` (render/notation.ts) built from a JSON
 * object ({"Delta_h_omega": "\\gamma_h", …}) or from `name=latex` pairs, plus the ħ option.
 *
 * Every override is checked: the name must be a symbol the toolkit can produce
 * (docs/conventions.md, "Symbol names"), and the LaTeX must be accepted by KaTeX.
 */
import { type Notation, notationWith } from '../render/notation.js';
import { checkLatex, LatexError } from '../render/katex-check.js';

/** A notation request that cannot be honoured; the CLI turns it into a usage error (exit 2). */
export class NotationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotationError';
  }
}

/** Symbol names the toolkit produces (models, normal modes, rates and their k-expansion derivatives). */
const KNOWN_SYMBOL = [
  /^omega$/,
  /^omega_[A-Za-z0-9]+$/,
  /^k$/,
  /^k_(xx|pp|xp)_[A-Za-z0-9]+$/,
  /^Omega\d+$/,
  /^(Rzeta|sinz|cosz|sqrt2|delta)$/,
  /^(Delta|Sigma)_[A-Za-z0-9]+_(omega|omega_[A-Za-z0-9]+|Omega\d+)(_d\d+)?$/,
];

export function isKnownSymbol(name: string): boolean {
  return KNOWN_SYMBOL.some((r) => r.test(name));
}

function validated(entries: readonly (readonly [string, unknown])[], origin: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (!isKnownSymbol(name)) {
      throw new NotationError(`${origin}: unknown symbol "${name}" (symbols are named as in docs/conventions.md, e.g. omega, k, Omega1, Delta_h_omega, Sigma_c_Omega2)`);
    }
    if (typeof value !== 'string' || value.trim() === '') throw new NotationError(`${origin}: the LaTeX for "${name}" must be a non-empty string`);
    try {
      checkLatex(value);
    } catch (e) {
      if (e instanceof LatexError) throw new NotationError(`${origin}: KaTeX rejects the LaTeX for "${name}": ${e.message.split('\n')[0]}`);
      throw e;
    }
    if (name in out) throw new NotationError(`${origin}: "${name}" given twice`);
    out[name] = value;
  }
  return out;
}

/** Overrides from a parsed JSON object: { "symbol": "latex", … }. */
export function overridesFromObject(obj: unknown, origin = 'notation'): Record<string, string> {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new NotationError(`${origin}: expected a JSON object {"symbol": "latex", …}`);
  return validated(Object.entries(obj), origin);
}

/** Overrides from JSON text. */
export function overridesFromJson(text: string, origin = 'notation'): Record<string, string> {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw new NotationError(`${origin}: not valid JSON (${(e as Error).message})`);
  }
  return overridesFromObject(obj, origin);
}

/** Overrides from `name=latex` pairs (split at the first "="), e.g. `Delta_h_omega=\gamma_h`. */
export function overridesFromPairs(pairs: readonly string[], origin = '--symbol'): Record<string, string> {
  return validated(
    pairs.map((p) => {
      const eq = p.indexOf('=');
      if (eq <= 0) throw new NotationError(`${origin}: expected name=latex, got "${p}"`);
      return [p.slice(0, eq).trim(), p.slice(eq + 1)] as const;
    }),
    origin,
  );
}

export interface NotationConfig {
  /** A JSON object of overrides (already parsed), or JSON text. */
  readonly json?: unknown;
  /** `name=latex` pairs; they win over `json` for the same symbol. */
  readonly pairs?: readonly string[];
  /**
   * Restore ħ where it belongs (docs/conventions.md, "Where ħ enters"): [x, p] = iħ and the Bose
   * factor n = 1/(e^{ħω/k_BT} − 1). M carries no ħ (its rates Δ_f, Σ_f are defined with ħ), the
   * constant vectors c and the heat currents' constants carry one factor ħ. Frequencies stay ω.
   */
  readonly hbar?: boolean;
}

export function notationFromConfig(config: NotationConfig = {}): Notation {
  const fromJson = config.json === undefined ? {} : typeof config.json === 'string' ? overridesFromJson(config.json) : overridesFromObject(config.json);
  const fromPairs = overridesFromPairs(config.pairs ?? []);
  const notation = notationWith({ ...fromJson, ...fromPairs });
  return config.hbar ? { ...notation, hbar: true } : notation;
}

/**
 * Final touch on LaTeX rendered with a notation: a braced group raised to a power, `{\hbar\omega}^{2}`,
 * becomes `\left(\hbar\omega\right)^{2}`, so that the power visibly applies to the whole group.
 * (scalarToLatex parenthesises only bases it recognises as compound; a braced override marks
 * itself as one this way.) Other LaTeX passes through unchanged.
 */
export function finishLatex(latex: string): string {
  let out = '';
  let i = 0;
  while (i < latex.length) {
    const open = latex.indexOf('{\\hbar', i);
    if (open < 0) break;
    // The brace may also open an argument (\frac{\hbar…}{…}); the rewrite only fires when the
    // closing brace is followed by ^, which an argument brace is not in what we render.
    let depth = 0;
    let close = -1;
    for (let j = open; j < latex.length; j++) {
      const ch = latex[j];
      if (ch === '\\') { j++; continue; }
      if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) { close = j; break; }
    }
    if (close < 0) break;
    const inner = latex.slice(open + 1, close);
    out += latex.slice(i, open);
    out += latex[close + 1] === '^' ? `\\left(${inner}\\right)` : `{${inner}}`;
    i = close + 1;
  }
  return out + latex.slice(i);
}
