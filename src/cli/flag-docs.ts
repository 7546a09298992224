/**
 * What every flag means, in one table that `help <command>` reads: meaning, unit, default and format.
 * Units are the toolkit's (ħ = k_B = 1, unit masses; docs/conventions.md): a frequency unit, with
 * temperatures as k_BT and times as 1/frequency. A flag whose meaning depends on the command has an
 * entry under "command:flag", which wins over the plain one.
 */
import { FIG2_PARAMETERS as D } from '../numeric/paper-parameters.js';
import { EXPRESSION_FUNCTIONS } from '../numeric/expression-guard.js';
import { FIGURE_FORMATS } from '../render/plots/figure.js';

export interface FlagDoc {
  /** What the flag sets, in the paper's words and symbols. */
  readonly meaning: string;
  /** The unit of a physical value. */
  readonly unit?: string;
  /** Accepted only to be refused with a pointed message: left out of `help <command>`. */
  readonly hidden?: boolean;
  /** The value used when the flag is absent. */
  readonly default?: string;
  /** How to write the value, when it is more than a number or one of the listed words. */
  readonly format?: string;
}

const RANGE = 'a:b:n, n points from a to b inclusive (2 ≤ n ≤ 10000)';
const B2 = 'x_h², p_h², ½{x_h,p_h}, x_c², p_c², ½{x_c,p_c}, x_h p_c, x_c p_h, x_h x_c, p_h p_c';

export const FLAG_DOCS: Readonly<Record<string, FlagDoc>> = Object.freeze({
  omega: { meaning: 'ω, the frequency of both resonators (resonant model)', unit: 'frequency (the unit of the toolkit)', default: String(D.omega) },
  'omega-h': { meaning: 'ω_h, the frequency of the hot resonator (out of resonance; give --omega-c too, and no --omega)', unit: 'frequency' },
  'omega-c': { meaning: 'ω_c, the frequency of the cold resonator (out of resonance; give --omega-h too)', unit: 'frequency' },
  k: { meaning: 'k, the coupling k x_h x_c of eq. 15; |k| < ω_h ω_c', unit: 'frequency²', default: String(D.k) },
  Th: { meaning: 'T_h, temperature of the hot bath (k_B T_h)', unit: 'frequency (ħ = k_B = 1)', default: String(D.Th) },
  Tc: { meaning: 'T_c, temperature of the cold bath (k_B T_c)', unit: 'frequency (ħ = k_B = 1)', default: String(D.Tc) },
  'lambda-h2': { meaning: 'λ_h², the system–bath coupling of the hot bath in J (eq. 19)', unit: 'dimensionless (J = λ² w Λ²/(w² + Λ²))', default: String(D.lambdaH2) },
  'lambda-c2': { meaning: 'λ_c², the system–bath coupling of the cold bath in J (eq. 19)', unit: 'dimensionless', default: String(D.lambdaC2) },
  cutoff: { meaning: 'Λ, the cutoff frequency of J (eq. 19)', unit: 'frequency', default: String(D.cutoff) },
  spectral: {
    meaning: 'J_α(w) for w > 0, replacing eq. 19 (extended as an odd function; J(0⁺) = 0, J ≥ 0)',
    default: 'lambda2 * w * L^2 / (w^2 + L^2) (eq. 19)',
    format: `a mathjs expression in w, lambda2 (λ_α²) and L (Λ), e.g. 'lambda2*w*exp(-w/L)'; functions ${EXPRESSION_FUNCTIONS.join(' ')}`,
  },
  hbar: { meaning: 'ħ (derived in units ħ = 1): the rates see k_BT/ħ and c carries one ħ (docs/conventions.md, "Where ħ enters")', unit: 'energy × time (k_BT/ħ is a frequency)', default: '1' },
  format: { meaning: 'output format', default: 'text' },
  json: { meaning: 'same as --format json: machine-readable output' },
  notation: { meaning: 'how symbols are written in LaTeX', format: 'a JSON file or inline JSON, {"Delta_h_omega": "\\\\gamma_h", …}; symbol names as in docs/conventions.md' },
  symbol: { meaning: 'write one symbol in LaTeX your way (repeatable; wins over --notation)', format: 'name=latex, e.g. Delta_h_omega=\\gamma_h' },
  'hbar-notation': { meaning: 'restore ħ in LaTeX: Mθ + ħc, ħ in front of the heat constants, Bose factor e^{ħf/k_BT} (M unchanged)' },
  equation: { meaning: 'the master equation: local (eq. 12), global (eq. 9) or partial Redfield (eqs. 5, D.3)', default: 'local' },
  order: { meaning: 'moment order: 1 (⟨x⟩, ⟨p⟩; eq. 29) or 2 (second moments; eq. B.2)', default: '1' },
  basis: { meaning: 'moment basis: local (x_α, p_α) or normal (η_j, Π_j; eqs. 39–40)', default: 'local' },
  model: { meaning: 'resonant (ω_h = ω_c = ω, symbol omega) or general (symbols omega_h, omega_c)', default: 'resonant' },
  'model-file': { meaning: 'your own network of N resonators, instead of the paper\'s pair (every --equation; normal modes by numeric Williamson diagonalisation)', format: 'FILE.json: {"frequencies": […], "couplings": [{"a", "b", "kind": "xx"|"pp"|"xp"|"hop", "strength"}], "baths": [{"mode", "label", "temperature", "lambda2", optional "spectral"}], "cutoff", optional "hbar"}' },
  'secular-cutoff': { meaning: 'the partial-secular cutoff: keep the channel pairs (ω, ω′) of one bath with the same sign and |ω − ω′| ≤ X (0: global, ∞: Redfield)', unit: 'frequency' },
  sparse: { meaning: 'second moments through the covariance form, printed as the non-zero entries of M (any network size)' },
  'steady:format': { meaning: 'output format: text, json, or csv (heat currents and mode occupations)', default: 'text' },
  all: { meaning: 'derive every equation, order and basis (and the heat currents)' },
  heat: { meaning: 'the heat currents Q̇_α = ⟨D_α†(H_S)⟩ (eq. 50) instead of the moment equations (second moments)' },
  function: { meaning: 'name of the exported Python/Julia function', default: 'moment_equations', format: 'an identifier (letters, digits, _)' },
  to: { meaning: 'highest power of k in the expansion (eqs. 47, 49)', default: '2', format: 'an integer from 0 to 6' },
  standalone: { meaning: 'a complete LaTeX document (article, amsmath) instead of the body only' },
  'derive:standalone': { meaning: 'with --format latex: a complete LaTeX document (article, amsmath) of these equations, ready for pdflatex' },
  out: { meaning: 'write to this file (atomically) instead of stdout', format: 'a file path' },
  quiet: { meaning: 'no progress bar and no "wrote" line' },
  times: { meaning: 'the times t at which Q̇_h(t), Q̇_c(t) are printed', unit: 'time (1/frequency)', default: '0:200000:101', format: `t1,t2,… (non-negative) or ${RANGE}` },
  initial: {
    meaning: 'the initial second moments of the transient',
    default: 'thermal',
    format: `vacuum (each resonator in its own ground state: ⟨x²⟩ = ħ/2ω, ⟨p²⟩ = ħω/2), thermal (each resonator thermal at its bath's temperature), or 10 comma-separated numbers in the order of eq. B.2: ${B2}`,
  },
  'no-explorer': { meaning: 'leave the interactive explorer out of the report' },
  quick: { meaning: 'smaller figure grids (for a quick look)' },
  'derive:format': { meaning: 'output: text, LaTeX (amsmath), JSON, or code (python|julia|mathjs: M(parameters), c(parameters))', default: 'text' },
  'code:format': { meaning: 'target language of the exported function', default: 'python' },
  'code:model-file': {
    meaning: 'export M and c of your own network (every --equation; --secular-cutoff X for partial-secular). The frequencies and couplings are fixed at the file\'s numbers (under global, redfield and partial-secular the normal-mode frequencies Ω_j and amplitudes u_α_j, v_α_j are computed from them numerically, so they cannot be free); the function\'s arguments are T_<label> and lambda2_<label> of every bath, cutoff (Λ) and hbar (ħ: the rates see k_BT/ħ, c carries one ħ), defaulting to the file\'s values (hbar 1 when the file has none)',
    format: 'FILE.json as for derive --model-file; baths with their own "spectral" are refused (the code evaluates eq. 19 in closed form)',
  },
  'code:spectral': { meaning: 'refused: the exported code evaluates the rates of eq. 19 in closed form (matrix --spectral gives numbers for another J)', hidden: true },
  'expand:equation': { meaning: 'the master equation to expand in k', default: 'redfield' },
  'ep-map:equation': { meaning: 'the master equation, or all for the three panels of Fig. 2', default: 'local' },
  'ep-map:omega': { meaning: 'the ω grid (columns of the map)', unit: 'frequency', default: '0.2:2:200', format: RANGE },
  'ep-map:k': { meaning: 'the k grid (rows of the map); |k| < ω² on the whole grid', unit: 'frequency²', default: '-1e-4:1e-4:200', format: RANGE },
  'ep-map:out': { meaning: 'the file to write (required); its extension picks the format', format: [...FIGURE_FORMATS, 'json'].map((e) => `FILE.${e}`).join(', ') },
  'heat:k': { meaning: 'k, the coupling of eq. 15, or ep for the k on the exceptional line (resonance only)', unit: 'frequency²', default: String(D.k), format: 'a number or ep' },
  'verify-paper:out': { meaning: 'also write paper-check.md into this folder (without --out nothing is written)', format: 'a folder path' },
  'reproduce:out': { meaning: 'folder for the generated documents and figures', default: 'docs', format: 'a folder path' },
  'report:out': { meaning: 'folder for the HTML report', default: 'docs/site', format: 'a folder path' },
  'latex:out': { meaning: 'write the LaTeX to this file (atomically) instead of stdout', format: 'FILE.tex' },
});

/** The doc of `flag` on `command`; the boolean --hbar of LaTeX-emitting commands is the notation switch. */
export function flagDoc(command: string, flag: string, kind: 'number' | 'string' | 'boolean'): FlagDoc | undefined {
  if (flag === 'hbar' && kind === 'boolean') return FLAG_DOCS['hbar-notation'];
  return FLAG_DOCS[`${command}:${flag}`] ?? FLAG_DOCS[flag];
}
