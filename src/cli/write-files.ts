/** Write files all-or-nothing: every file goes to a temporary name first, then all are renamed. */
import { mkdirSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../numeric/input-error.js';

export function writeFilesAtomically(root: string, files: ReadonlyMap<string, string | Uint8Array>): string[] {
  const staged: [string, string][] = [];
  try {
    for (const [relative, content] of files) {
      const target = join(root, relative);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.tmp-${process.pid}`;
      writeFileSync(temporary, content);
      staged.push([temporary, target]);
    }
  } catch (e) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new InputError('--out', `cannot write under "${root}" (${code})`);
  }
  for (const [temporary, target] of staged) renameSync(temporary, target);
  return staged.map(([, target]) => target);
}
