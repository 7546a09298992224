/**
 * Reading a user's input file (--model-file, --notation): regular files only, checked with fstat
 * on the opened descriptor (a FIFO, a device or a directory is refused, and opening never blocks),
 * at most FILE_INPUT_LIMIT bytes, read with a bounded read, UTF-8 decoded strictly.
 */
import { openSync, fstatSync, readSync, closeSync, constants } from 'node:fs';
import { InputError } from './input-error.js';

/** The largest input file, in bytes (docs/architecture.md, "Input limits"). */
export const FILE_INPUT_LIMIT = 1_048_576;

export function readInputFile(flag: string, path: string, limit: number = FILE_INPUT_LIMIT): string {
  if (path === '') throw new InputError(flag, 'the file name is empty');
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    throw new InputError(flag, `cannot read "${path}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError(flag, `"${path}" is not a regular file (${stat.isDirectory() ? 'a directory' : stat.isFIFO() ? 'a pipe' : stat.isSocket() ? 'a socket' : 'a device'})`);
    if (stat.size > limit) throw new InputError(flag, `"${path}" has ${stat.size} bytes; the limit is ${limit}`);
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) throw new InputError(flag, `"${path}" has more than ${limit} bytes; the limit is ${limit}`);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new InputError(flag, `"${path}" is not UTF-8 text`);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(flag, `cannot read "${path}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  } finally {
    closeSync(fd);
  }
}
