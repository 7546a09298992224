/**
 * The pipeline's layering, read from the stage table of docs/architecture.md: a module imports only from
 * its own stage or an earlier one, never from `derivations/`; the Fock-space oracle (`numeric/fock`) imports
 * nothing symbolic: only its own modules and its input, the plain-data model description `numeric/physical.ts`
 * (which itself imports nothing). Every static and dynamic import of every file under src/ is checked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

/** Stage folders in the order of the table's rows. */
function stageOrder(): string[] {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const folders: string[] = [];
  for (const line of doc.split('\n')) {
    const m = /^\| [0-9]+[a-z]? \| [a-z]+ \| `src\/([a-z-]+)`/.exec(line);
    if (m) folders.push(m[1]!);
  }
  return folders;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const patterns = [/\bfrom\s+'([^']+)'/g, /\bimport\s*\(\s*'([^']+)'\s*\)/g, /^\s*import\s+'([^']+)'/gm];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]!);
  return out.filter((s) => s.startsWith('.'));
}

/** The stage folder of a path under src/, or null for top-level files (src/index.ts). */
function stageOf(path: string): string | null {
  const rel = relative(src, path).split(sep);
  return rel.length > 1 ? rel[0]! : null;
}

describe('stage layering (docs/architecture.md)', () => {
  const order = stageOrder();
  const files = sources(src);

  it('the table names every stage folder under src/, once', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect([...order].sort()).toEqual(folders);
    expect(new Set(order).size).toBe(order.length);
  });

  it('no module imports from a later stage or from derivations/', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = stageOf(file);
      for (const spec of importsOf(file)) {
        const target = resolve(dirname(file), spec);
        const where = relative(root, file);
        if (!target.startsWith(src + sep)) {
          violations.push(`${where} imports ${spec} (outside src/)`);
          continue;
        }
        const to = stageOf(target);
        if (from === null || to === null) continue;
        if (order.indexOf(to) > order.indexOf(from)) violations.push(`${where} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the Fock-space oracle imports nothing outside numeric/fock but its input description', () => {
    const fock = join(src, 'numeric', 'fock');
    const input = join(src, 'numeric', 'physical.ts');
    expect(importsOf(input)).toEqual([]);
    const violations: string[] = [];
    for (const file of files.filter((f) => f.startsWith(fock + sep))) {
      for (const spec of importsOf(file)) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(fock + sep) && target.replace(/\.js$/, '.ts') !== input) violations.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
