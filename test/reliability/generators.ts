/** Generators of command lines for the fuzz suites: every command, its flags, nasty and plausible values. */
import fc from 'fast-check';
import { flagsOf } from '../../src/cli/parse.js';

export const COMMANDS = ['derive', 'expand', 'latex', 'code', 'limits', 'verify-paper', 'ep', 'ep-lines', 'ep-map', 'heat', 'matrix', 'reproduce', 'report', 'help'];
/** Commands that take seconds when their flags are valid: run only if parsing refuses them. */
export const SLOW = new Set(['verify-paper', 'ep-map', 'reproduce', 'report']);

const NASTY = [
  '', ' 1', '1 ', '0x10', '0b1', '0o7', 'NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '1e-400', '1e308', '-1e308', '1e-300', '-1', '0', '2', '1e30', '1e31',
  'null', 'true', '--json', '-', '1,2', ',', ':', '1:2', '1:2:1', '0:1:100001', '1:0:3', '0.2:2:3', 'ep', 'local', 'normal', 'global', 'redfield', 'all', 'python', 'cobol',
  'w', 'w+0*(1:1e10)', 'w.constructor', '__proto__', 'lambda2*w*(w-0.5)*(w-0.6)', 'lambda2*w/abs(w-0.5)', '1e300*w', '"s"', '[w]', 'f(x)=x', '('.repeat(500),
  'x'.repeat(3000), 'omega=\\alpha', 'garbage', '{"omega": 1}', '{"nope": "x"}', '{', '/dev/zero', '/proc/self/sub/x.tex', '.', '/',
];

/** Values a command may accept, so that generated runs reach the computation and not only the parser. */
const PLAUSIBLE = ['1', '0.5', '1e-4', '-1e-4', '2', '10', '5', '1e-8', '0.9', '1.1', 'local', 'global', 'redfield', '1', '2', 'normal', 'json', 'text', 'latex', 'resonant', 'general', '0,10,100', '0:100:3', 'ep', 'lambda2*w', 'lambda2*sqrt(w)*exp(-w/L)', '0.1,0.1,0,1,1,0,0,0,0,0'];

const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 4, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.constantFrom('existing.tex', 'sub', 'sub/', 'model.json', 'missing/x.svg', 'a'.repeat(250) + '.json').map((n) => `DIR/${n}`) },
);

export const PATH_FLAGS = new Set(['out', 'model-file', 'notation']);
export const NUMERIC = new Set(['matrix', 'ep', 'ep-lines', 'heat', 'limits']);

const argvFor = (dir: string, command: string): fc.Arbitrary<string[]> => {
  const flags = [...flagsOf(command), 'frobnicate'];
  const flag = fc.record({ name: fc.constantFrom(...flags), value, joined: fc.boolean() });
  return fc.array(flag, { minLength: command === 'help' ? 0 : 1, maxLength: 3 }).map((list) =>
    [command, ...list.flatMap((f) => {
      // Paths always point into the watched folder: a run must never touch the working directory.
      const inside = PATH_FLAGS.has(f.name) && !f.value.startsWith('DIR/') && !f.value.startsWith('/') ? `DIR/${f.value}` : f.value;
      const v = inside.replaceAll('DIR/', `${dir}/`);
      return f.joined ? [`--${f.name}=${v}`] : [`--${f.name}`, v];
    })]);
};

/** argv for any command, with every path inside `dir`. */
export const fuzzArgv = (dir: string): fc.Arbitrary<string[]> => fc.constantFrom(...COMMANDS).chain((command) => argvFor(dir, command));

