/** Write files all-or-nothing, as one set (the implementation is cli/atomic-writes.ts). */
import { writeFileSet, type TemporaryFiles } from './atomic-writes.js';

export function writeFilesAtomically(root: string, files: ReadonlyMap<string, string | Uint8Array>, temporaries?: TemporaryFiles): string[] {
  return writeFileSet(root, files, temporaries === undefined ? {} : { temporaries });
}
