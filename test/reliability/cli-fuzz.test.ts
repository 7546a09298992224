/**
 * Property: every command, given generated bad (or odd) flags, keeps the promise in process:
 * exit 2 with one line and no stack trace, or exit 0 with only finite numbers; and nothing under
 * a watched folder changes when a command refuses. Slow commands (whole-paper jobs, grids) are
 * only run when parsing already refuses them.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCli } from '../../src/cli/parse.js';
import { fuzzArgv, SLOW, NUMERIC } from './generators.js';
import { runInProcess, snapshot, temporaryFolder, expectRefused, expectRefusedOrFinite } from './helpers.js';


let dir = '';
beforeAll(() => {
  dir = temporaryFolder();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'existing.tex'), 'keep me');
  writeFileSync(join(dir, 'model.json'), '{"frequencies": [1, 1], "couplings": [], "baths": [], "cutoff": 1}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI fuzz, in process', () => {
  it('keeps the promise for generated flags', async () => {
    const before = snapshot(dir);
    const workingDirectory = readdirSync(process.cwd()).sort();
    await fc.assert(
      fc.asyncProperty(fuzzArgv(dir), async (args) => {
        let parses = true;
        try {
          parseCli(args);
        } catch {
          parses = false;
        }
        fc.pre(!(parses && SLOW.has(args[0]!)));
        // A --out inside the watched folder may be written by a valid run; only refusals must leave it alone.
        const r = await runInProcess(args);
        if (NUMERIC.has(args[0]!)) expectRefusedOrFinite(r, JSON.stringify(args));
        else if (r.status !== 0) expectRefused(r, JSON.stringify(args));
        if (r.status !== 0) expect(snapshot(dir), JSON.stringify(args)).toEqual(before);
        else if (!args.some((a) => a.includes(dir))) expect(snapshot(dir)).toEqual(before);
        if (r.status === 0) {
          // restore the folder for the next run
          rmSync(dir, { recursive: true, force: true });
          mkdirSync(dir);
          mkdirSync(join(dir, 'sub'));
          writeFileSync(join(dir, 'existing.tex'), 'keep me');
          writeFileSync(join(dir, 'model.json'), '{"frequencies": [1, 1], "couplings": [], "baths": [], "cutoff": 1}');
        }
      }),
      { numRuns: 500, seed: Number(process.env['FUZZ_SEED'] ?? 11) },
    );
    expect(readdirSync(process.cwd()).sort()).toEqual(workingDirectory);
  }, 120_000);

  it.each([
    [['matrix', '--spectral', 'w.constructor']],
    [['ep', '--spectral', 'w+0*(1:1e10)']],
    [['ep-lines', '--spectral', 'w+0*(1:1e10)']],
    [['matrix', '--spectral', 'w+0*(1:1e8)']],
    [['ep-lines', '--equation', 'global', '--omega', '1e-30']],
    [['ep', '--order', '2', '--omega', '1e12']],
    [['ep-map', '--omega', '0.2:2:10000', '--k', '0:1:10000', '--out', '/nonexistent-om/x.json']],
    [['matrix', '--spectral', 'null']],
    [['matrix', '--spectral', Array.from({ length: 2000 }, (_, i) => `w*${i}`).join('+')]],
    [['heat', '--initial', '1e308,1,0,1,1,0,0,0,0,0']],
    [['matrix', '--omega', '0x10']],
    [['help', 'frobnicate']],
    [['ep-lines', '--k', '2']],
    [['derive', '--symbol', 'omega=w']],
    [['latex', '--out', '--standalone']],
    [['latex', '--out=']],
    [['ep', '--omega', '1e80', '--k', '1']],
    [['ep', '--spectral', '1e300*w']],
    [['heat', '--spectral', '1e300*w']],
    [['heat', '--equation', 'global', '--Th', '1e-300', '--Tc', '1e-300']],
    [['ep', '--spectral', 'lambda2*w*(w-0.5)*(w-0.6)']],
    [['ep', '--spectral', 'lambda2*w/abs(w-0.5)']],
  ])('refuses %j with exit 2 and one line', async (args) => {
    expectRefused(await runInProcess(args), JSON.stringify(args).slice(0, 200));
  });

  it('blames --spectral, not --k, for a density whose rates overflow', async () => {
    const r = await runInProcess(['heat', '--spectral', '1e300*w']);
    expect(r.stderr).toMatch(/^openmoments: --spectral/);
  });

  it('cuts a long expression to the neighbourhood of the fault', async () => {
    const long = `${'w+'.repeat(400)}w+(`;
    const r = await runInProcess(['ep', '--spectral', long]);
    expectRefused(r, 'long expression');
    expect(r.stderr.length).toBeLessThan(300);
  });
});
