/**
 * Pure argument parsing: argv → a typed command, or a UsageError naming the flag. No I/O.
 * Flags are named after the paper's symbols; defaults are the Fig. 2 parameters.
 */
import { FIG2_PARAMETERS, type PaperParameters } from '../numeric/paper-parameters.js';
import { type EquationKind, ALL_EQUATIONS } from '../dissipators/registry.js';
import type { FrameKind } from '../model/index.js';
import type { MomentOrder } from '../moments/index.js';
import { didYouMean } from './suggest.js';
import { parseDecimal } from './decimal-number.js';
import { parseQ } from '../algebra/rational.js';
import { GRID_POINTS_LIMIT } from '../numeric/input-limits.js';
import { FIGURE_FORMATS } from '../render/plots/figure.js';

/** The files ep-map writes, by extension: the figure formats and the JSON of the maps (one registry, read by help). */
export const EP_MAP_EXTENSIONS: readonly string[] = Object.freeze([...FIGURE_FORMATS, 'json']);
const epMapExtensionsText = (): string => `${EP_MAP_EXTENSIONS.slice(0, -1).map((e) => `.${e}`).join(', ')} or .${EP_MAP_EXTENSIONS[EP_MAP_EXTENSIONS.length - 1]!}`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type OutputFormat = 'text' | 'latex' | 'json';

/** A grid a:b:n, n points from a to b inclusive. */
export interface Range {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export function parseRange(flag: string, text: string): Range {
  const parts = text.split(':');
  const nums = parts.map(parseDecimal);
  if (parts.length !== 3 || nums.some((x) => !Number.isFinite(x))) throw new UsageError(`--${flag} must be a range a:b:n, got "${text}"`);
  const [from, to, count] = nums as [number, number, number];
  if (!Number.isInteger(count) || count < 2 || count > 10_000) throw new UsageError(`--${flag}: the number of points must be an integer from 2 to 10000, got ${count}`);
  if (!(to > from)) throw new UsageError(`--${flag}: the range must increase, got ${from} to ${to}`);
  return { from, to, count };
}

export function rangeValues(r: Range): number[] {
  return Array.from({ length: r.count }, (_, i) => gridPoint(r.from, r.to, i, r.count));
}

/**
 * a + (b − a)·i/(n − 1), rounded once from its exact value when a and b are decimals (so that
 * 0.2:2:9 gives 0.425, not 0.42500000000000004): the exact rational p/q, divided in double
 * precision when p and q are exact doubles (IEEE division rounds correctly); otherwise the float formula.
 */
function gridPoint(a: number, b: number, i: number, n: number): number {
  const float = a + ((b - a) * i) / (n - 1);
  if (i === 0 || n === 1) return a;
  if (i === n - 1) return b;
  try {
    const qa = parseQ(String(a));
    const qb = parseQ(String(b));
    // (a·(n−1) + (b − a)·i)/(n − 1) over the common denominator of a and b
    const den = qa.den * qb.den * BigInt(n - 1);
    const num = qa.num * qb.den * BigInt(n - 1) + (qb.num * qa.den - qa.num * qb.den) * BigInt(i);
    const limit = 2n ** 53n;
    if ((num < 0n ? -num : num) <= limit && den <= limit) return Number(num) / Number(den);
  } catch {
    // not a decimal literal: the float formula
  }
  return float;
}

/** The ω range, once the whole grid is known to be within GRID_POINTS_LIMIT. */
function gridChecked(omegas: Range, ks: Range): Range {
  if (omegas.count * ks.count > GRID_POINTS_LIMIT) throw new UsageError(`--omega, --k: the grid has ${omegas.count} × ${ks.count} = ${omegas.count * ks.count} points; the limit is ${GRID_POINTS_LIMIT}`);
  return omegas;
}

/** --times as t1,t2,… or a:b:n. */
export function parseTimes(text: string): number[] {
  const values = text.includes(':') ? rangeValues(parseRange('times', text)) : text.split(',').map(parseDecimal);
  if (values.length === 0 || values.some((t) => !Number.isFinite(t) || t < 0)) throw new UsageError(`--times must be non-negative numbers t1,t2,… or a range a:b:n, got "${text}"`);
  return values;
}

/** How symbols are written in emitted LaTeX (--notation FILE|JSON, --symbol name=latex …, --hbar). */
export interface NotationOptions {
  readonly notation: string | null;
  readonly symbols: readonly string[];
  readonly hbar: boolean;
}

/** Named initial states of `heat --initial` (numeric/physics/heat-dynamics.ts). */
export type InitialPreset = 'vacuum' | 'thermal';

export type CodeFormat = 'python' | 'julia' | 'mathjs';

export interface CommonOptions {
  readonly format: OutputFormat;
  readonly notation: NotationOptions;
  readonly parameters: PaperParameters;
  readonly spectral: string | null;
}

export type Command =
  | { readonly name: 'help'; readonly topic: string | null }
  | { readonly name: 'derive'; readonly equation: EquationKind; readonly order: MomentOrder; readonly basis: FrameKind; readonly resonant: boolean; readonly heat: boolean; readonly modelFile: string | null; readonly secularCutoff?: number; readonly standalone: boolean; readonly options: CommonOptions }
  | { readonly name: 'derive-all'; readonly resonant: boolean; readonly to: number; readonly options: CommonOptions }
  | { readonly name: 'expand'; readonly equation: EquationKind; readonly order: MomentOrder; readonly basis: FrameKind; readonly resonant: boolean; readonly to: number; readonly options: CommonOptions }
  | { readonly name: 'limits'; readonly options: CommonOptions }
  | { readonly name: 'verify-paper'; readonly out: string | null; readonly options: CommonOptions; /** --format or --json was given: print that to stdout even with --out. */ readonly formatGiven?: boolean }
  | { readonly name: 'ep'; readonly equation: EquationKind; readonly order: MomentOrder; readonly modelFile?: string; readonly secularCutoff?: number; readonly options: CommonOptions }
  | { readonly name: 'ep-lines'; readonly equation: EquationKind; readonly order: MomentOrder; readonly options: CommonOptions }
  | { readonly name: 'spectrum'; readonly equation: EquationKind; readonly order: MomentOrder; readonly ks: Range; readonly format: 'text' | 'json' | 'csv'; readonly out: string | null; readonly options: CommonOptions }
  | { readonly name: 'ep-map'; readonly equation: EquationKind | 'all'; readonly order: MomentOrder; readonly omegas: Range; readonly ks: Range; readonly out: string; readonly quiet: boolean; readonly options: CommonOptions }
  | { readonly name: 'latex'; readonly standalone: boolean; readonly out: string | null; readonly modelFile?: string; readonly secularCutoff?: number; readonly notation: NotationOptions }
  | { readonly name: 'code'; readonly format: CodeFormat; readonly equation: EquationKind; readonly order: MomentOrder; readonly basis: FrameKind; readonly resonant: boolean; readonly out: string | null; readonly functionName: string | null; readonly modelFile?: string; readonly secularCutoff?: number }
  | { readonly name: 'heat'; readonly equation: EquationKind; readonly times: readonly number[]; readonly kOnLine: boolean; readonly initial: readonly number[] | InitialPreset | null; readonly modelFile: string | null; readonly secularCutoff?: number; readonly options: CommonOptions }
  | { readonly name: 'steady'; readonly equation: EquationKind; readonly modelFile: string | null; readonly secularCutoff: number | null; readonly format: 'text' | 'json' | 'csv'; readonly options: CommonOptions }
  | { readonly name: 'matrix'; readonly equation: EquationKind; readonly order: MomentOrder; readonly basis: FrameKind; readonly modelFile: string | null; readonly secularCutoff?: number; readonly sparse: boolean; readonly options: CommonOptions }
  | { readonly name: 'reproduce'; readonly out: string; readonly quiet: boolean }
  | { readonly name: 'report'; readonly out: string; readonly explorer: boolean; readonly quick: boolean };

type FlagKind = 'number' | 'string' | 'boolean';
interface FlagSpec {
  readonly kind: FlagKind;
  readonly values?: readonly string[];
  readonly repeat?: boolean;
  /** Checks a string value where it is typed, so that errors come in the order the user typed them. */
  readonly check?: (raw: string) => void;
}

const PHYSICAL: Record<string, FlagSpec> = {
  omega: { kind: 'number' },
  'omega-h': { kind: 'number' },
  'omega-c': { kind: 'number' },
  k: { kind: 'number' },
  Th: { kind: 'number' },
  Tc: { kind: 'number' },
  'lambda-h2': { kind: 'number' },
  'lambda-c2': { kind: 'number' },
  cutoff: { kind: 'number' },
  spectral: { kind: 'string' },
};
const PHYSICAL_BATHS: Record<string, FlagSpec> = {
  Th: { kind: 'number' },
  Tc: { kind: 'number' },
  'lambda-h2': { kind: 'number' },
  'lambda-c2': { kind: 'number' },
  cutoff: { kind: 'number' },
};
const OUTPUT: Record<string, FlagSpec> = {
  format: { kind: 'string', values: ['text', 'latex', 'json'] },
  json: { kind: 'boolean' },
};
/** Output of the numeric commands: text or JSON (no LaTeX). */
const NUMERIC_OUTPUT: Record<string, FlagSpec> = {
  format: { kind: 'string', values: ['text', 'json'] },
  json: { kind: 'boolean' },
};
const NOTATION: Record<string, FlagSpec> = {
  notation: { kind: 'string' },
  symbol: { kind: 'string', repeat: true },
  hbar: { kind: 'boolean' },
};
/** ħ as a number, for the numeric commands (on LaTeX-emitting commands --hbar is the boolean notation flag). */
const HBAR_VALUE: FlagSpec = { kind: 'number' };
const EQUATION: FlagSpec = { kind: 'string', values: ['local', 'global', 'redfield'] };
/** Every equation of the registry, for the commands that take a model file and a secular cutoff. */
const ANY_EQUATION: FlagSpec = { kind: 'string', values: ALL_EQUATIONS };
const SECULAR_CUTOFF: FlagSpec = { kind: 'number' };
const ORDER: FlagSpec = { kind: 'string', values: ['1', '2'] };
const BASIS: FlagSpec = { kind: 'string', values: ['local', 'normal'] };
const MODEL: FlagSpec = { kind: 'string', values: ['resonant', 'general'] };

/** Values checked where they are typed (the command's own parsing below reads them again). */
const rangeFlag = (name: string): FlagSpec => ({ kind: 'string', check: (raw) => void parseRange(name, raw) });
const TIMES: FlagSpec = { kind: 'string', check: (raw) => void parseTimes(raw) };
const EP_MAP_OUT: FlagSpec = { kind: 'string', check: (raw) => checkEpMapOut(raw) };
const HEAT_K: FlagSpec = { kind: 'string', check: (raw) => void heatK(raw) };
const INITIAL: FlagSpec = { kind: 'string', check: (raw) => void initialMoments(raw) };
const EXPAND_TO: FlagSpec = { kind: 'number', check: (raw) => void expansionOrder(Number(raw)) };

function checkEpMapOut(out: string): void {
  const extension = /\.([A-Za-z0-9]+)$/.exec(out)?.[1]?.toLowerCase();
  if (extension === undefined || !EP_MAP_EXTENSIONS.includes(extension)) throw new UsageError(`--out must end in ${epMapExtensionsText()}, got "${out}"`);
}
function heatK(text: string): { kOnLine: boolean; k: number } {
  const kOnLine = text === 'ep';
  const k = kOnLine ? 0 : parseDecimal(text);
  if (!kOnLine && !Number.isFinite(k)) throw new UsageError(`--k must be a number or "ep", got "${text}"`);
  return { kOnLine, k };
}
function initialMoments(text: string): readonly number[] | InitialPreset {
  if (text === 'vacuum' || text === 'thermal') return text;
  const initial = text.split(',').map(parseDecimal);
  if (initial.length !== 10 || initial.some((x) => !Number.isFinite(x))) throw new UsageError(`--initial must be vacuum, thermal, or 10 comma-separated second moments in the order of eq. B.2, got "${text}"${/^[a-z]+$/i.test(text) ? didYouMean(text, ['vacuum', 'thermal']) : ''}`);
  return initial;
}
function expansionOrder(to: number): number {
  if (!Number.isInteger(to) || to < 0 || to > 6) throw new UsageError(`--to must be an integer from 0 to 6, got ${to}`);
  return to;
}

const FLAGS: Record<string, Record<string, FlagSpec>> = {
  derive: { equation: ANY_EQUATION, 'secular-cutoff': SECULAR_CUTOFF, order: ORDER, basis: BASIS, model: MODEL, 'model-file': { kind: 'string' }, all: { kind: 'boolean' }, heat: { kind: 'boolean' }, standalone: { kind: 'boolean' }, ...OUTPUT, format: { kind: 'string', values: ['text', 'latex', 'json', 'python', 'julia', 'mathjs'] }, function: { kind: 'string' }, ...NOTATION },
  expand: { equation: EQUATION, order: ORDER, basis: BASIS, model: MODEL, to: EXPAND_TO, ...OUTPUT, ...NOTATION },
  latex: { standalone: { kind: 'boolean' }, out: { kind: 'string' }, 'model-file': { kind: 'string' }, 'secular-cutoff': SECULAR_CUTOFF, ...NOTATION },
  code: { format: { kind: 'string', values: ['python', 'julia', 'mathjs'] }, equation: ANY_EQUATION, 'secular-cutoff': SECULAR_CUTOFF, order: ORDER, basis: BASIS, model: MODEL, 'model-file': { kind: 'string' }, out: { kind: 'string' }, function: { kind: 'string' }, spectral: { kind: 'string' } },
  limits: { ...NUMERIC_OUTPUT },
  'verify-paper': { out: { kind: 'string' }, ...OUTPUT, ...NOTATION },
  ep: { equation: ANY_EQUATION, 'secular-cutoff': SECULAR_CUTOFF, 'model-file': { kind: 'string' }, order: ORDER, ...PHYSICAL, ...NUMERIC_OUTPUT },
  'ep-lines': { equation: EQUATION, order: ORDER, ...PHYSICAL, ...NUMERIC_OUTPUT },
  'ep-map': { equation: { kind: 'string', values: ['local', 'global', 'redfield', 'all'] }, order: ORDER, omega: rangeFlag('omega'), k: rangeFlag('k'), out: EP_MAP_OUT, quiet: { kind: 'boolean' }, ...PHYSICAL_BATHS, spectral: { kind: 'string' } },
  spectrum: { equation: EQUATION, order: ORDER, ...PHYSICAL, k: { kind: 'string' }, format: { kind: 'string', values: ['text', 'json', 'csv'] }, json: { kind: 'boolean' }, out: { kind: 'string' } },
  heat: { equation: ANY_EQUATION, 'secular-cutoff': SECULAR_CUTOFF, ...PHYSICAL, k: HEAT_K, times: TIMES, initial: INITIAL, hbar: HBAR_VALUE, 'model-file': { kind: 'string' }, ...NUMERIC_OUTPUT },
  steady: { equation: ANY_EQUATION, 'model-file': { kind: 'string' }, 'secular-cutoff': SECULAR_CUTOFF, ...PHYSICAL, format: { kind: 'string', values: ['text', 'json', 'csv'] }, json: { kind: 'boolean' } },
  matrix: { equation: ANY_EQUATION, 'secular-cutoff': SECULAR_CUTOFF, order: ORDER, basis: BASIS, 'model-file': { kind: 'string' }, sparse: { kind: 'boolean' }, ...PHYSICAL, hbar: HBAR_VALUE, ...NUMERIC_OUTPUT },
  reproduce: { out: { kind: 'string' }, quiet: { kind: 'boolean' } },
  report: { out: { kind: 'string' }, 'no-explorer': { kind: 'boolean' }, quick: { kind: 'boolean' } },
  help: {},
};

/** The exported code evaluates the rates of eq. 19 in closed form; another J is refused rather than ignored. */
const SPECTRAL_NOT_IN_CODE = '--spectral: the exported code evaluates the rates of eq. 19, J = λ²wΛ²/(w² + Λ²), in closed form; another J cannot be exported (use matrix --spectral for numbers)';

/** For a flag unknown to this command: the commands that do take it (e.g. --spectral on derive). */
function elsewhere(name: string): string {
  const takers = Object.keys(FLAGS).filter((c) => name in FLAGS[c]!);
  return takers.length === 0 ? '' : ` (--${name} goes with ${takers.join(', ')})`;
}

type Parsed = Map<string, string | number | boolean | string[]>;

function parseFlags(command: string, args: readonly string[]): Parsed {
  const spec = FLAGS[command]!;
  const out: Parsed = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}" for ${command}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const flag = spec[name];
    if (!flag) throw new UsageError(`unknown flag --${name} for ${command}${didYouMean(name, Object.keys(spec), '--') || elsewhere(name)}`);
    if (out.has(name) && !flag.repeat) throw new UsageError(`--${name} given twice`);
    if (flag.kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.set(name, true);
      continue;
    }
    const raw = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (raw === undefined) throw new UsageError(`--${name} needs a value`);
    if (raw === '') throw new UsageError(`--${name} needs a value, got an empty one`);
    if (eq < 0 && raw.startsWith('--')) throw new UsageError(`--${name} needs a value, got the flag ${raw} (write --${name}=${raw} if that is really the value)`);
    if (flag.kind === 'number') {
      const v = parseDecimal(raw);
      if (!Number.isFinite(v)) throw new UsageError(`--${name} must be a number, got "${raw}"`);
      flag.check?.(raw);
      out.set(name, v);
    } else {
      if (flag.values && !flag.values.includes(raw)) throw new UsageError(`--${name} must be one of ${flag.values.join('|')}, got "${raw}"${didYouMean(raw, flag.values)}`);
      flag.check?.(raw);
      if (flag.repeat) out.set(name, [...((out.get(name) as string[] | undefined) ?? []), raw]);
      else out.set(name, raw);
    }
  }
  return out;
}

/** A numeric flag's value, or the fallback (also where the command gives the flag another meaning, e.g. ep-map's --omega range). */
const num = (p: Parsed, name: string, fallback: number): number => {
  const v = p.get(name);
  return typeof v === 'number' ? v : fallback;
};
const str = <T extends string>(p: Parsed, name: string, fallback: T): T => (p.has(name) ? (p.get(name) as T) : fallback);

function common(p: Parsed): CommonOptions {
  const d = FIG2_PARAMETERS;
  const format: OutputFormat = p.get('json') === true ? 'json' : (str<string>(p, 'format', 'text') as OutputFormat);
  const parameters: PaperParameters = {
    omega: num(p, 'omega', d.omega),
    ...(p.has('omega-h') ? { omegaH: p.get('omega-h') as number } : {}),
    ...(p.has('omega-c') ? { omegaC: p.get('omega-c') as number } : {}),
    k: typeof p.get('k') === 'number' ? (p.get('k') as number) : d.k,
    Th: num(p, 'Th', d.Th),
    Tc: num(p, 'Tc', d.Tc),
    lambdaH2: num(p, 'lambda-h2', d.lambdaH2),
    lambdaC2: num(p, 'lambda-c2', d.lambdaC2),
    cutoff: num(p, 'cutoff', d.cutoff),
    ...(typeof p.get('hbar') === 'number' ? { hbar: p.get('hbar') as number } : {}),
  };
  if (p.has('omega-h') !== p.has('omega-c')) throw new UsageError('--omega-h and --omega-c go together');
  if (p.has('omega-h') && typeof p.get('omega') === 'number') throw new UsageError('--omega is the resonant frequency; with --omega-h and --omega-c drop it');
  const notation: NotationOptions = {
    notation: p.has('notation') ? (p.get('notation') as string) : null,
    symbols: (p.get('symbol') as string[] | undefined) ?? [],
    hbar: p.get('hbar') === true,
  };
  return { format, notation, parameters, spectral: p.has('spectral') ? (p.get('spectral') as string) : null };
}

/** --secular-cutoff X: only with --equation partial-secular, which needs it; X ≥ 0. */
function secularCutoff(p: Parsed): { secularCutoff?: number } {
  const partial = p.get('equation') === 'partial-secular';
  if (!p.has('secular-cutoff')) {
    if (partial) throw new UsageError('--equation partial-secular needs --secular-cutoff X (0 is global, above every Bohr-frequency gap is redfield)');
    return {};
  }
  if (!partial) throw new UsageError('--secular-cutoff belongs to --equation partial-secular');
  const x = p.get('secular-cutoff') as number;
  if (!(x >= 0)) throw new UsageError(`--secular-cutoff must be non-negative, got ${x}`);
  return { secularCutoff: x };
}

/** --notation, --symbol and --hbar change LaTeX only: with any other output they would be ignored, so they are refused. */
function latexOnlyFlags(command: string, p: Parsed): void {
  if (command === 'latex') return;
  // Only where the flag is the LaTeX notation flag (on matrix and heat --hbar is the numeric ħ).
  const given = ['notation', 'symbol', 'hbar'].find((f) => p.has(f) && FLAGS[command]?.[f] === NOTATION[f]);
  if (given === undefined) return;
  const format = p.get('json') === true ? 'json' : str<string>(p, 'format', 'text');
  if (format !== 'latex') throw new UsageError(`--${given} changes how LaTeX is written; it needs --format latex (got ${format} output)`);
}

/**
 * The output formats that --out FILE names by its extension, per command: with no --format (or
 * --json) the extension chooses the format; a known extension that names another format than the
 * one asked for is refused. Other extensions leave the format to --format (or its default).
 */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  spectrum: { '.csv': 'csv', '.json': 'json', '.txt': 'text' },
  code: { '.py': 'python', '.jl': 'julia' },
};

function formatForOut<T extends string>(command: string, p: Parsed, fallback: T): T {
  const asked = p.get('json') === true ? 'json' : p.has('format') ? (p.get('format') as string) : null;
  const out = p.has('out') ? (p.get('out') as string) : null;
  const extension = out === null ? null : /(\.[A-Za-z0-9]+)$/.exec(out)?.[1]?.toLowerCase() ?? null;
  const named = extension === null ? undefined : FORMAT_BY_EXTENSION[command]?.[extension];
  if (named !== undefined && asked !== null && named !== asked) throw new UsageError(`--out ${out} names a ${named} file but ${asked === 'json' && p.get('json') === true ? '--json' : `--format ${asked}`} was given; make them agree`);
  return (asked ?? named ?? fallback) as T;
}

export function parseCli(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { name: 'help', topic: null };
  if (!(command in FLAGS)) {
    const hint = command.startsWith('--') ? didYouMean(command.slice(2), Object.keys(FLAGS)) : didYouMean(command, Object.keys(FLAGS));
    throw new UsageError(`unknown command "${command}"${hint || ` (commands: ${Object.keys(FLAGS).join(', ')})`}`);
  }
  if (command === 'help') {
    const topic = rest[0] ?? null;
    if (topic !== null && !(topic in FLAGS)) throw new UsageError(`help: unknown command "${topic}"${didYouMean(topic, Object.keys(FLAGS)) || ` (commands: ${Object.keys(FLAGS).join(', ')})`}`);
    if (rest.length > 1) throw new UsageError(`help takes one command name, got ${rest.length} arguments`);
    return { name: 'help', topic };
  }
  if (rest.includes('--help')) return { name: 'help', topic: command };
  const p = parseFlags(command, rest);
  // One rule for every command: --json is --format json, so any other --format contradicts it.
  if (p.get('json') === true && p.has('format') && p.get('format') !== 'json') throw new UsageError(`--json and --format ${String(p.get('format'))} contradict each other; give one`);
  const order = Number(str(p, 'order', '1')) as MomentOrder;
  latexOnlyFlags(command, p);
  const basis = str<FrameKind>(p, 'basis', 'local');
  switch (command) {
    case 'derive': {
      const resonant = str(p, 'model', 'resonant') === 'resonant';
      const format = str<string>(p, 'format', 'text');
      const modelFile = p.has('model-file') ? (p.get('model-file') as string) : null;
      if (modelFile !== null && (p.has('model') || p.get('all') === true || ['python', 'julia', 'mathjs'].includes(format))) {
        throw new UsageError('--model-file works with text, latex and json output of one equation; drop --model, --all and --format python|julia|mathjs (code --model-file exports M and c as code)');
      }
      if (format === 'python' || format === 'julia' || format === 'mathjs') {
        if (p.get('all') === true || p.get('heat') === true) throw new UsageError(`--format ${format} exports one M(parameters), c(parameters); drop --all and --heat`);
        return { name: 'code', format, equation: str<EquationKind>(p, 'equation', 'local'), order, basis, resonant, out: null, functionName: p.has('function') ? (p.get('function') as string) : null };
      }
      if (p.has('function')) throw new UsageError('--function goes with --format python|julia|mathjs');
      if (p.get('all') === true) {
        for (const excluded of ['equation', 'order', 'basis', 'heat', 'standalone']) if (p.has(excluded)) throw new UsageError(`--all derives every equation, order and basis; drop --${excluded}`);
        return { name: 'derive-all', resonant, to: 2, options: common(p) };
      }
      if (p.get('heat') === true && p.has('order') && order !== 2) throw new UsageError('--heat is defined on the second moments: use --order 2 or drop --order');
      if (p.get('standalone') === true && (format !== 'latex' || p.get('heat') === true)) throw new UsageError('--standalone goes with --format latex of the moment equations (for every equation at once: openmoments latex --standalone)');
      return { name: 'derive', equation: str<EquationKind>(p, 'equation', 'local'), order, basis, resonant, heat: p.get('heat') === true, modelFile, ...secularCutoff(p), standalone: p.get('standalone') === true, options: common(p) };
    }
    case 'expand': {
      const to = expansionOrder(num(p, 'to', 2));
      return { name: 'expand', equation: str<EquationKind>(p, 'equation', 'redfield'), order, basis: str<FrameKind>(p, 'basis', 'local'), resonant: str(p, 'model', 'resonant') === 'resonant', to, options: common(p) };
    }
    case 'limits':
      return { name: 'limits', options: common(p) };
    case 'verify-paper':
      // The check prints the paper's equations as transcribed, in its units ħ = 1: --hbar would be ignored.
      if (p.get('hbar') === true) throw new UsageError('verify-paper prints the paper\'s equations as transcribed, in its units ħ = 1; drop --hbar (latex --hbar restores ħ in the derived equations)');
      return { name: 'verify-paper', out: p.has('out') ? (p.get('out') as string) : null, options: common(p), formatGiven: p.has('format') || p.get('json') === true };
    case 'ep': {
      const physical = Object.keys(PHYSICAL).filter((f) => f !== 'spectral' && p.has(f));
      if (p.has('model-file') && physical.length > 0) throw new UsageError(`--model-file gives every physical parameter; drop --${physical[0]}`);
      return { name: 'ep', equation: str<EquationKind>(p, 'equation', 'local'), order, ...(p.has('model-file') ? { modelFile: p.get('model-file') as string } : {}), ...secularCutoff(p), options: common(p) };
    }
    case 'ep-lines':
      if (p.has('k')) throw new UsageError('ep-lines finds the k of every exceptional point at the given ω; drop --k');
      return { name: 'ep-lines', equation: str<EquationKind>(p, 'equation', 'local'), order, options: common(p) };
    case 'ep-map': {
      if (!p.has('out')) throw new UsageError(`ep-map needs --out ${EP_MAP_EXTENSIONS.map((e) => `FILE.${e}`).join('|')}`);
      const out = str(p, 'out', '');
      checkEpMapOut(out);
      return {
        name: 'ep-map',
        equation: str<EquationKind | 'all'>(p, 'equation', 'local'),
        order,
        omegas: gridChecked(parseRange('omega', str(p, 'omega', '0.2:2:200')), parseRange('k', str(p, 'k', '-1e-4:1e-4:200'))),
        ks: parseRange('k', str(p, 'k', '-1e-4:1e-4:200')),
        out,
        quiet: p.get('quiet') === true,
        options: common(p),
      };
    }
    case 'spectrum': {
      const options = common(p);
      const format = formatForOut<'text' | 'json' | 'csv'>('spectrum', p, 'text');
      return {
        name: 'spectrum',
        equation: str<EquationKind>(p, 'equation', 'local'),
        order,
        ks: parseRange('k', str(p, 'k', '0:1e-4:201')),
        format,
        out: p.has('out') ? (p.get('out') as string) : null,
        options: { ...options, format: format === 'json' ? 'json' : 'text' },
      };
    }
    case 'latex':
      if (p.has('secular-cutoff') && !p.has('model-file')) throw new UsageError('--secular-cutoff adds the partial-secular equations of a --model-file');
      if (p.has('secular-cutoff') && !((p.get('secular-cutoff') as number) >= 0)) throw new UsageError(`--secular-cutoff must be non-negative, got ${String(p.get('secular-cutoff'))}`);
      return {
        name: 'latex', standalone: p.get('standalone') === true, out: p.has('out') ? (p.get('out') as string) : null,
        ...(p.has('model-file') ? { modelFile: p.get('model-file') as string } : {}),
        ...(p.has('secular-cutoff') ? { secularCutoff: p.get('secular-cutoff') as number } : {}),
        notation: common(p).notation,
      };
    case 'code':
      if (p.has('spectral')) throw new UsageError(SPECTRAL_NOT_IN_CODE);
      if (p.has('model-file') && p.has('model')) throw new UsageError('--model-file gives the model; drop --model');
      if (!p.has('model-file') && p.get('equation') === 'partial-secular') throw new UsageError('--equation partial-secular needs a --model-file (its kept pairs depend on the numbers; --model resonant|general exports local, global and redfield)');
      return {
        ...(p.has('model-file') ? { modelFile: p.get('model-file') as string } : {}),
        ...secularCutoff(p),
        name: 'code',
        format: formatForOut<CodeFormat>('code', p, 'python'),
        equation: str<EquationKind>(p, 'equation', 'local'),
        order,
        basis,
        resonant: str(p, 'model', 'resonant') === 'resonant',
        out: p.has('out') ? (p.get('out') as string) : null,
        functionName: p.has('function') ? (p.get('function') as string) : null,
      };
    case 'heat': {
      const modelFile = p.has('model-file') ? (p.get('model-file') as string) : null;
      if (modelFile !== null) {
        const conflict = [...Object.keys(PHYSICAL).filter((f) => f !== 'spectral'), 'hbar'].find((f) => p.has(f));
        if (conflict) throw new UsageError(`--model-file gives every physical parameter; drop --${conflict}`);
        const initial: string = p.has('initial') ? (p.get('initial') as string) : 'thermal';
        if (initial !== 'vacuum' && initial !== 'thermal') throw new UsageError(`with --model-file, --initial is vacuum or thermal (the 10 numbers are the pair's moments of eq. B.2), got "${initial}"`);
      }
      const { kOnLine, k: kValue } = heatK(str(p, 'k', String(FIG2_PARAMETERS.k)));
      const initial = p.has('initial') ? initialMoments(str(p, 'initial', '')) : null;
      const options = common(p);
      return {
        name: 'heat',
        modelFile,
        ...secularCutoff(p),
        equation: str<EquationKind>(p, 'equation', 'local'),
        times: parseTimes(str(p, 'times', '0:200000:101')),
        kOnLine,
        initial,
        options: { ...options, parameters: { ...options.parameters, k: kValue } },
      };
    }
    case 'steady': {
      const modelFile = p.has('model-file') ? (p.get('model-file') as string) : null;
      const physical = Object.keys(PHYSICAL).filter((f) => f !== 'spectral' && p.has(f));
      if (modelFile !== null && physical.length > 0) throw new UsageError(`--model-file gives every physical parameter; drop --${physical[0]}`);
      const format = p.get('json') === true ? 'json' : str<'text' | 'json' | 'csv'>(p, 'format', 'text');
      return { name: 'steady', equation: str<EquationKind>(p, 'equation', 'local'), modelFile, secularCutoff: secularCutoff(p).secularCutoff ?? null, format, options: common(p) };
    }
    case 'matrix': {
      const modelFile = p.has('model-file') ? (p.get('model-file') as string) : null;
      const physical = Object.keys(PHYSICAL).filter((f) => f !== 'spectral' && p.has(f));
      if (modelFile !== null && physical.length > 0) throw new UsageError(`--model-file gives every physical parameter; drop --${physical[0]}`);
      const sparse = p.get('sparse') === true;
      if (sparse && order !== 2) throw new UsageError(`--sparse gives the second moments in the local basis; use --order 2${basis !== 'local' ? ' and drop --basis normal' : ''}`);
      if (sparse && basis !== 'local') throw new UsageError('--sparse gives the second moments in the local basis; drop --basis normal');
      return { name: 'matrix', equation: str<EquationKind>(p, 'equation', 'local'), order, basis, modelFile, ...secularCutoff(p), sparse, options: common(p) };
    }
    case 'reproduce':
      return { name: 'reproduce', out: str(p, 'out', 'docs'), quiet: p.get('quiet') === true };
    case 'report':
      return { name: 'report', out: str(p, 'out', 'docs/site'), explorer: p.get('no-explorer') !== true, quick: p.get('quick') === true };
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

export function flagsOf(command: string): readonly string[] {
  return Object.keys(FLAGS[command] ?? {});
}

/** The flags of a command with their kind and allowed words (for help). */
export function flagSpecsOf(command: string): readonly { readonly name: string; readonly kind: FlagKind; readonly values?: readonly string[]; readonly repeat?: boolean }[] {
  return Object.entries(FLAGS[command] ?? {}).map(([name, f]) => ({ name, kind: f.kind, ...(f.values ? { values: f.values } : {}), ...(f.repeat ? { repeat: true } : {}) }));
}

/** The command names (for help and suggestions). */
export function commandNames(): readonly string[] {
  return Object.keys(FLAGS);
}
