/**
 * A model file is checked the same way by every command that reads one, before anything is
 * computed (tester: derive and latex accepted broken "spectral" expressions with exit 0 while
 * steady, ep, matrix and heat refused them). Each bad J gets the same one line from every command.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-bin.js';

const COMMANDS = ['derive', 'latex', 'code', 'steady', 'ep', 'matrix', 'heat'] as const;
const BAD = ['lambda2*w*exp(-w/L', '-lambda2*w', 'foo(w)', 'lambda2'];

function file(spectral: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'om-spectral-')), 'model.json');
  writeFileSync(path, JSON.stringify({ frequencies: [2], couplings: [], baths: [{ mode: 0, label: 'h', temperature: 1, lambda2: 1e-3, spectral }], cutoff: 3 }));
  return path;
}

describe('every command checks a bath\'s spectral expression', () => {
  it.each(BAD)('J = %s: exit 2 and one and the same line from every command', (spectral) => {
    const f = file(spectral);
    const lines = COMMANDS.map((command) => {
      const r = cli(command, '--model-file', f);
      expect(r.status, `${command}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      const errorLines = r.stderr.trim().split('\n');
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]).toMatch(/^openmoments: model file: baths\[0\]\.spectral: /);
      return errorLines[0];
    });
    expect(new Set(lines).size).toBe(1);
  });
});
