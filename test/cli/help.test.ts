/** help <command>: every flag with its meaning, and unit, default and format where it has them; --initial presets. */
import { describe, it, expect } from 'vitest';
import { helpText } from '../../src/cli/help.js';
import { flagSpecsOf, commandNames, parseCli } from '../../src/cli/parse.js';
import { flagDoc } from '../../src/cli/flag-docs.js';
import { cli } from './run-bin.js';

const PHYSICAL_UNITS: Record<string, RegExp> = { omega: /frequency/, k: /frequency²/, Th: /frequency/, Tc: /frequency/, cutoff: /frequency/, times: /time/ };

describe('help <command>', () => {
  it.each(commandNames().filter((c) => c !== 'help'))('%s: every flag has a meaning', (command) => {
    const text = helpText(command);
    for (const f of flagSpecsOf(command)) {
      const doc = flagDoc(command, f.name, f.kind);
      expect(doc?.meaning, `--${f.name} of ${command}`).toBeTruthy();
      // a flag accepted only to be refused with a pointed message (code --spectral) is not listed
      if (doc?.hidden === true) { expect(text).not.toContain(`  --${f.name}`); continue; }
      expect(text).toContain(`  --${f.name}`);
      expect(text).toContain(doc!.meaning);
      if (f.values) expect(text).toContain(`--${f.name} ${f.values.join('|')}`);
      if (PHYSICAL_UNITS[f.name] && command !== 'ep-map') expect(doc!.unit).toMatch(PHYSICAL_UNITS[f.name]!);
    }
  });
  it('physical flags show the Fig. 2 defaults; ranges show the a:b:n format; --initial the order of eq. B.2', () => {
    const heat = helpText('heat');
    expect(heat).toMatch(/--Th NUMBER\n\s+T_h, temperature of the hot bath.*\n\s+unit: frequency.*; default: 10/);
    expect(heat).toMatch(/--initial VALUE\n.*\n\s+default: thermal; format: vacuum .*thermal .*10 comma-separated numbers in the order of eq\. B\.2: x_h², p_h², ½\{x_h,p_h\}, x_c², p_c², ½\{x_c,p_c\}, x_h p_c, x_c p_h, x_h x_c, p_h p_c/);
    expect(helpText('ep-map')).toMatch(/--omega VALUE\n\s+the ω grid.*\n\s+unit: frequency; default: 0\.2:2:200; format: a:b:n/);
    expect(helpText('derive')).toMatch(/--hbar\n\s+restore ħ in LaTeX/);
    expect(helpText('matrix')).toMatch(/--hbar NUMBER\n\s+ħ/);
  });
  it('the bin: help heat and heat --help print the same; help for a mistyped command suggests one', () => {
    expect(cli('help', 'heat').stdout).toBe(cli('heat', '--help').stdout);
    // An unknown help topic is a usage error (issue 11): one line, exit 2, with the suggestion (issue 12).
    const r = cli('help', 'heta');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "heta" \(did you mean heat\?\)/);
  });
});

describe('heat --initial vacuum|thermal', () => {
  it('parses the presets', () => {
    expect(parseCli(['heat', '--initial', 'vacuum'])).toMatchObject({ initial: 'vacuum' });
    expect(parseCli(['heat', '--initial', 'thermal'])).toMatchObject({ initial: 'thermal' });
  });
  it('vacuum: Q̇_h(0) = J_h(ω) n_h(ω) for the local equation (the ground state gains energy ħω at the rate γ_{−ω})', () => {
    const o = JSON.parse(cli('heat', '--equation', 'local', '--initial', 'vacuum', '--times', '0', '--json').stdout);
    const [w, l2, L, T] = [1, 1e-8, 1e3, 10];
    expect(o.Qh[0] / ((l2 * w * L * L) / (w * w + L * L) / Math.expm1(w / T))).toBeCloseTo(1, 12);
  });
  it('thermal is the default, and the local thermal state carries no heat at t = 0 (the fixed point of each local dissipator)', () => {
    const preset = JSON.parse(cli('heat', '--initial', 'thermal', '--times', '0,100', '--json').stdout);
    const plain = JSON.parse(cli('heat', '--times', '0,100', '--json').stdout);
    expect(preset.Qh).toEqual(plain.Qh);
    expect(Math.abs(preset.Qh[0])).toBeLessThan(1e-20);
  });
  it('a misspelt preset gets a suggestion, exit 2', () => {
    const r = cli('heat', '--initial', 'vacum');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did you mean vacuum\?/);
  });
});
