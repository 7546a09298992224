/** writeFileSet: all files of a set or none, existing files untouched on failure, temporary names short. */
import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdirSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSet, checkFileSet, temporaryFiles } from '../../src/cli/atomic-writes.js';
import { InputError } from '../../src/numeric/input-error.js';
import { snapshot, temporaryFolder } from './helpers.js';

describe('writeFileSet', () => {
  it('writes nothing and keeps the old files when a file of the set fails half-way', () => {
    const root = temporaryFolder();
    writeFileSync(join(root, 'index.html'), 'old page');
    const before = snapshot(root);
    const files = new Map<string, string | Uint8Array>([
      ['index.html', 'new page'],
      ['a/b.txt', 'x'],
      ['c.txt', 42 as unknown as string], // not writable: fails after two files were staged
    ]);
    const temporaries = temporaryFiles();
    expect(() => writeFileSet(root, files, { temporaries })).toThrow(InputError);
    expect(snapshot(root)).toEqual(before);
    expect(temporaries.size).toBe(0);
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a folder where a file is meant, and a file where a folder is meant, before writing', () => {
    const root = temporaryFolder();
    mkdirSync(join(root, 'folder'));
    writeFileSync(join(root, 'plain'), 'x');
    const before = snapshot(root);
    expect(() => writeFileSet(root, new Map([['ok.txt', 'y'], ['folder', 'z']]))).toThrow(/is a folder; a file is meant here/);
    expect(() => writeFileSet(root, new Map([['ok.txt', 'y'], ['plain/x.txt', 'z']]))).toThrow(/is not a folder/);
    expect(() => checkFileSet('', ['x'])).toThrow(/empty/);
    expect(snapshot(root)).toEqual(before);
    rmSync(root, { recursive: true, force: true });
  });

  it('does not loop on a path that can never be made (/proc/self/...)', () => {
    expect(() => writeFileSet('/proc/self/sub', new Map([['x.tex', 'y']]))).toThrow(InputError);
  });

  it('replaces a whole set, makes missing folders, and writes names of 250 characters', () => {
    const root = temporaryFolder();
    writeFileSync(join(root, 'index.html'), 'old');
    const long = `${'n'.repeat(245)}.html`;
    const written = writeFileSet(root, new Map([['index.html', 'new'], [`deep/er/${long}`, 'long']]));
    expect(written).toHaveLength(2);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(root, 'deep', 'er', long), 'utf8')).toBe('long');
    expect(readdirSync(root).sort()).toEqual(['deep', 'index.html']);
    rmSync(root, { recursive: true, force: true });
  });

  it('removes the folders it made when the set fails', () => {
    const root = temporaryFolder();
    expect(() => writeFileSet(root, new Map([['new/a.txt', 'x'], ['new/b.txt', 7 as unknown as string]]))).toThrow(InputError);
    expect(readdirSync(root)).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});
