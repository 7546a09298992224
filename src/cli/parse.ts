/**
 * Pure argument parsing: argv → a typed command, or a UsageError naming the flag. No I/O.
 * Flags are named after the paper's symbols; defaults are the Fig. 2 parameters.
 */
import { FIG2_PARAMETERS, type PaperParameters } from '../numeric/paper-parameters.js';
import type { EquationKind } from '../dissipators/index.js';
import type { FrameKind } from '../model/index.js';
import type { MomentOrder } from '../moments/index.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type OutputFormat = 'text' | 'latex' | 'json';

export interface CommonOptions {
  readonly format: OutputFormat;
  readonly parameters: PaperParameters;
  readonly spectral: string | null;
}

export type Command =
  | { readonly name: 'help'; readonly topic: string | null }
  | { readonly name: 'derive'; readonly equation: EquationKind; readonly order: MomentOrder; readonly basis: FrameKind; readonly resonant: boolean; readonly heat: boolean; readonly options: CommonOptions }
  | { readonly name: 'derive-all'; readonly resonant: boolean; readonly to: number; readonly options: CommonOptions }
  | { readonly name: 'expand'; readonly equation: EquationKind; readonly order: MomentOrder; readonly basis: FrameKind; readonly resonant: boolean; readonly to: number; readonly options: CommonOptions }
  | { readonly name: 'limits'; readonly options: CommonOptions }
  | { readonly name: 'verify-paper'; readonly out: string; readonly options: CommonOptions }
  | { readonly name: 'matrix'; readonly equation: EquationKind; readonly order: MomentOrder; readonly basis: FrameKind; readonly options: CommonOptions }
  | { readonly name: 'reproduce'; readonly out: string; readonly quiet: boolean };

export const COMMANDS = ['derive', 'matrix', 'expand', 'limits', 'verify-paper', 'reproduce', 'help'] as const;

type FlagKind = 'number' | 'string' | 'boolean';
interface FlagSpec { readonly kind: FlagKind; readonly values?: readonly string[] }

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
const OUTPUT: Record<string, FlagSpec> = {
  format: { kind: 'string', values: ['text', 'latex', 'json'] },
  json: { kind: 'boolean' },
};
const EQUATION: FlagSpec = { kind: 'string', values: ['local', 'global', 'redfield'] };
const ORDER: FlagSpec = { kind: 'string', values: ['1', '2'] };
const BASIS: FlagSpec = { kind: 'string', values: ['local', 'normal'] };
const MODEL: FlagSpec = { kind: 'string', values: ['resonant', 'general'] };

const FLAGS: Record<string, Record<string, FlagSpec>> = {
  derive: { equation: EQUATION, order: ORDER, basis: BASIS, model: MODEL, all: { kind: 'boolean' }, heat: { kind: 'boolean' }, ...OUTPUT },
  expand: { equation: EQUATION, order: ORDER, basis: BASIS, model: MODEL, to: { kind: 'number' }, ...OUTPUT },
  limits: { ...OUTPUT },
  'verify-paper': { out: { kind: 'string' }, ...OUTPUT },
  matrix: { equation: EQUATION, order: ORDER, basis: BASIS, ...PHYSICAL, ...OUTPUT },
  reproduce: { out: { kind: 'string' }, quiet: { kind: 'boolean' } },
  help: {},
};

type Parsed = Map<string, string | number | boolean>;

function parseFlags(command: string, args: readonly string[]): Parsed {
  const spec = FLAGS[command]!;
  const out: Parsed = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}" for ${command}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const flag = spec[name];
    if (!flag) throw new UsageError(`unknown flag --${name} for ${command}`);
    if (out.has(name)) throw new UsageError(`--${name} given twice`);
    if (flag.kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.set(name, true);
      continue;
    }
    const raw = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (raw === undefined) throw new UsageError(`--${name} needs a value`);
    if (flag.kind === 'number') {
      const v = raw.trim() === '' ? NaN : Number(raw);
      if (!Number.isFinite(v)) throw new UsageError(`--${name} must be a number, got "${raw}"`);
      out.set(name, v);
    } else {
      if (flag.values && !flag.values.includes(raw)) throw new UsageError(`--${name} must be one of ${flag.values.join('|')}, got "${raw}"`);
      out.set(name, raw);
    }
  }
  return out;
}

const num = (p: Parsed, name: string, fallback: number): number => (p.has(name) ? (p.get(name) as number) : fallback);
const str = <T extends string>(p: Parsed, name: string, fallback: T): T => (p.has(name) ? (p.get(name) as T) : fallback);

function common(p: Parsed): CommonOptions {
  const d = FIG2_PARAMETERS;
  const format: OutputFormat = p.get('json') === true ? 'json' : str<OutputFormat>(p, 'format', 'text');
  const parameters: PaperParameters = {
    omega: num(p, 'omega', d.omega),
    ...(p.has('omega-h') ? { omegaH: p.get('omega-h') as number } : {}),
    ...(p.has('omega-c') ? { omegaC: p.get('omega-c') as number } : {}),
    k: num(p, 'k', d.k),
    Th: num(p, 'Th', d.Th),
    Tc: num(p, 'Tc', d.Tc),
    lambdaH2: num(p, 'lambda-h2', d.lambdaH2),
    lambdaC2: num(p, 'lambda-c2', d.lambdaC2),
    cutoff: num(p, 'cutoff', d.cutoff),
  };
  if (p.has('omega-h') !== p.has('omega-c')) throw new UsageError('--omega-h and --omega-c go together');
  return { format, parameters, spectral: p.has('spectral') ? (p.get('spectral') as string) : null };
}

export function parseCli(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { name: 'help', topic: null };
  if (!(command in FLAGS)) throw new UsageError(`unknown command "${command}" (commands: ${Object.keys(FLAGS).join(', ')})`);
  if (command === 'help') return { name: 'help', topic: rest[0] ?? null };
  if (rest.includes('--help')) return { name: 'help', topic: command };
  const p = parseFlags(command, rest);
  const order = Number(str(p, 'order', '1')) as MomentOrder;
  const basis = str<FrameKind>(p, 'basis', 'local');
  switch (command) {
    case 'derive': {
      const resonant = str(p, 'model', 'resonant') === 'resonant';
      if (p.get('all') === true) {
        for (const excluded of ['equation', 'order', 'basis', 'heat']) if (p.has(excluded)) throw new UsageError(`--all derives every equation, order and basis; drop --${excluded}`);
        return { name: 'derive-all', resonant, to: 2, options: common(p) };
      }
      if (p.get('heat') === true && p.has('order')) throw new UsageError('--heat is defined on the second moments; drop --order');
      return { name: 'derive', equation: str<EquationKind>(p, 'equation', 'local'), order, basis, resonant, heat: p.get('heat') === true, options: common(p) };
    }
    case 'expand': {
      const to = num(p, 'to', 2);
      if (!Number.isInteger(to) || to < 0 || to > 6) throw new UsageError(`--to must be an integer from 0 to 6, got ${to}`);
      return { name: 'expand', equation: str<EquationKind>(p, 'equation', 'redfield'), order, basis: str<FrameKind>(p, 'basis', 'local'), resonant: str(p, 'model', 'resonant') === 'resonant', to, options: common(p) };
    }
    case 'limits':
      return { name: 'limits', options: common(p) };
    case 'verify-paper':
      return { name: 'verify-paper', out: str(p, 'out', 'docs'), options: common(p) };
    case 'matrix':
      return { name: 'matrix', equation: str<EquationKind>(p, 'equation', 'local'), order, basis, options: common(p) };
    case 'reproduce':
      return { name: 'reproduce', out: str(p, 'out', 'docs'), quiet: p.get('quiet') === true };
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

export function flagsOf(command: string): readonly string[] {
  return Object.keys(FLAGS[command] ?? {});
}
