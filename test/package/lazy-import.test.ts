/**
 * `import 'openmoments'` does not load mathjs: the static import graph of the built entry point never
 * reaches it, and at run time it is loaded by the first parse only (src/algebra/mathjs.ts).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const entry = fileURLToPath(new URL('../../dist/src/index.js', import.meta.url));

/** Bare package names reached from `file` through static imports and re-exports (not import()). */
function staticPackages(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  // Static forms only: `import … from 'x'`, `import 'x'`, `export … from 'x'` at the start of a statement.
  for (const m of source.matchAll(/^(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith('.')) staticPackages(resolve(dirname(file), spec), seen, packages);
    else if (!/^import\s+type\b/.test(m[0])) packages.add(spec);
  }
  return packages;
}

describe('lazy mathjs', () => {
  it('the entry point does not import mathjs statically', () => {
    const packages = staticPackages(entry);
    expect(packages.has('katex') || packages.has('ml-matrix')).toBe(true); // the walk does reach packages
    expect([...packages].filter((p) => p.startsWith('mathjs'))).toEqual([]);
  });
  it('at run time mathjs is loaded by the first parse, not by the import', () => {
    const script = `
      import { createRequire } from 'node:module';
      const lib = await import(${JSON.stringify(entry)});
      const loaded = () => Object.keys(createRequire(${JSON.stringify(entry)}).cache).some((p) => p.includes('/node_modules/mathjs/'));
      const before = loaded();
      const x = lib.parseScalar('omega^2/2 + k', lib.resonantPair().scalars);
      console.log(JSON.stringify({ before, after: loaded(), terms: x.terms.length }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ before: false, after: true, terms: 2 });
  });
});
