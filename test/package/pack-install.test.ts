/**
 * `npm pack` makes a package whose bin and library work when installed into an empty folder. The
 * install is offline: the tarball, plus the dependencies from the npm cache, which `npm ci` has just
 * filled with exactly the versions of package-lock.json. An install without a lock file would need the
 * registry's metadata (not cached by `npm ci`), so the empty folder gets a lock file listing the tarball
 * and our lock file's production dependencies (their resolved URLs and integrity hashes), and `npm ci
 * --offline` installs it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface LockEntry { readonly dev?: boolean; readonly [key: string]: unknown }

let dir = '';
let app = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'om-pack-'));
  // --ignore-scripts: the suite has built dist/ already (npm test builds first); prepack's rebuild would
  // rewrite dist/ under the other test files.
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
  const tarball = packed[0]!.filename;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string>; license: string };
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  app = join(dir, 'app');
  mkdirSync(app);
  const spec = `file:../${tarball}`;
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, dependencies: { openmoments: spec } }, null, 2));
  const production = Object.fromEntries(Object.entries(lock.packages).filter(([path, e]) => path.startsWith('node_modules/') && e.dev !== true));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify({
    name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { openmoments: spec } },
      'node_modules/openmoments': { version: pkg.version, resolved: spec, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
      ...production,
    },
  }, null, 2));
  execFileSync(npm, ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm pack, installed into an empty folder (offline)', () => {
  it('holds the built library and no tests', () => {
    const pkgDir = join(app, 'node_modules', 'openmoments');
    expect(existsSync(join(pkgDir, 'dist', 'src', 'index.js'))).toBe(true);
    expect(existsSync(join(pkgDir, 'test'))).toBe(false);
  });
  it('the bin runs: openmoments matrix --json', () => {
    const r = spawnSync(join(app, 'node_modules', '.bin', 'openmoments'), ['matrix', '--json'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.basis).toEqual(['x_h', 'p_h', 'x_c', 'p_c']);
    // dx_h/dt ∋ p_h: the coherent part, unit mass, whatever the baths.
    expect(out.M[0][1]).toBe(1);
  });
  it('the bin runs a worker-thread command and a text parser: ep-map, --spectral', () => {
    const r = spawnSync(join(app, 'node_modules', '.bin', 'openmoments'), ['ep-map', '--omega', '0.5:1.5:3', '--k', '-1e-4:1e-4:3', '--spectral', 'lambda2*w*exp(-w/L)', '--out', join(dir, 'map.json'), '--quiet'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8')).panels[0].log10Kappa).toHaveLength(9);
  });
  it("the library: import 'openmoments' from the app folder, as the README shows", () => {
    const script = `
      import { resonantPair, deriveMoments, totalMatrix, parseScalar } from 'openmoments';
      const model = resonantPair();
      const eqs = deriveMoments({ model, equation: 'local', order: 1, basis: 'local' });
      const x = parseScalar('omega^2', model.scalars);
      console.log(JSON.stringify({ rows: totalMatrix(eqs).length, basis: eqs.basis.map((b) => b.name), terms: x.terms.length }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ rows: 4, basis: ['x_h', 'p_h', 'x_c', 'p_c'], terms: 1 });
  });
});
