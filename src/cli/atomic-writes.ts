/**
 * All files of one command written as one set, or none of them:
 *
 * 1. check: every target's folder is a folder (or can be made), no target is a folder;
 * 2. stage: missing folders are made, each file goes to a short temporary name in its own folder
 *    (`.om-<pid>-<n>.tmp`, so a 250-character file name stays within the file-system limit);
 * 3. commit: existing targets are kept under a backup name (a hard link), then every temporary file
 *    is renamed onto its target; if one rename fails, the renamed ones are put back.
 *
 * On any failure the temporary files, backups and made folders are removed. Every path this run
 * creates is recorded in its `TemporaryFiles` (one per run, passed down), which the bin also empties
 * on SIGINT and SIGTERM (its handlers are installed when the first path is recorded; before that a
 * signal ends the process by its default action, nothing being on disk yet).
 */
import { lstatSync, statSync, mkdirSync, writeFileSync, renameSync, rmSync, rmdirSync, linkSync, copyFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, parse as parsePath } from 'node:path';
import { InputError } from '../numeric/input-error.js';

/** The paths a run has created and not yet committed or removed: temporary files first, folders last. */
export interface TemporaryFiles {
  /** Record a temporary file (or backup) this run created. */
  file(path: string): void;
  /** Record a folder this run created. */
  folder(path: string): void;
  /** Forget a temporary file that was renamed or removed, or a folder that now holds committed files. */
  done(path: string): void;
  /** Remove every recorded temporary file, then every recorded (empty) folder, newest first. */
  cleanup(): void;
  /** How many paths are recorded (for tests). */
  readonly size: number;
}

/**
 * A run's record of temporary paths. `onFirstRecord` runs once, when the first path is recorded:
 * the bin installs its SIGINT/SIGTERM clean-up there, so that before any write (validation and
 * computation, often one long synchronous stretch) a signal keeps its default effect and ends the
 * process at once, while from the first temporary file on it waits for the (synchronous) write set
 * to finish or be undone, then removes what is left and exits 130 / 143.
 */
export function temporaryFiles(onFirstRecord?: () => void): TemporaryFiles {
  const files = new Set<string>();
  const folders = new Set<string>();
  let armed = onFirstRecord === undefined;
  const arm = (): void => {
    if (armed) return;
    armed = true;
    onFirstRecord!();
  };
  return {
    file: (p) => { arm(); files.add(p); },
    folder: (p) => { arm(); folders.add(p); },
    done: (p) => void (files.delete(p) || folders.delete(p)),
    cleanup() {
      for (const p of files) rmSync(p, { force: true });
      files.clear();
      const newestFirst = [...folders].reverse();
      folders.clear();
      for (const p of newestFirst) {
        try {
          rmdirSync(p);
        } catch {
          // not empty (someone else wrote there) or already gone: leave it
        }
      }
    },
    get size() {
      return files.size + folders.size;
    },
  };
}

const statOrNull = (path: string): Stats | null => {
  try {
    return lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw e;
  }
};

const failure = (flag: string, root: string, e: unknown): InputError =>
  e instanceof InputError ? e : new InputError(flag, `cannot write under "${root}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);

/** The folders from the nearest existing ancestor of `folder` down to `folder` that do not exist yet. */
function missingFolders(flag: string, folder: string): string[] {
  const missing: string[] = [];
  let at = resolve(folder);
  const top = parsePath(at).root;
  for (;;) {
    const s = statOrNull(at);
    if (s !== null) {
      const isFolder = s.isDirectory() || (s.isSymbolicLink() && statSync(at).isDirectory());
      if (!isFolder) throw new InputError(flag, `"${at}" is not a folder`);
      return missing.reverse();
    }
    missing.push(at);
    if (at === top) throw new InputError(flag, `cannot write under "${folder}" (no existing folder above it)`);
    at = dirname(at);
  }
}

/** Check that every target can be written (its folder is or can be made a folder; it is no folder); returns the folders to make. */
function checkTargets(flag: string, targets: readonly string[]): Set<string> {
  const folders = new Set<string>();
  try {
    for (const target of targets) {
      const s = statOrNull(target);
      if (s !== null && s.isDirectory()) throw new InputError(flag, `"${target}" is a folder; a file is meant here`);
      for (const f of missingFolders(flag, dirname(target))) folders.add(f);
    }
  } catch (e) {
    throw failure(flag, targets[0] ?? '', e);
  }
  return folders;
}

/** The checks of `writeFileSet` alone, before a long computation whose result goes there. */
export function checkFileSet(root: string, names: readonly string[], flag = '--out'): void {
  if (root === '') throw new InputError(flag, 'the path is empty');
  checkTargets(flag, names.map((n) => join(root, n)));
}

/**
 * The checks for a command that writes one file (--out FILE: ep-map, latex, code, spectrum): its
 * folder must exist already (a mistyped folder is refused, exit 2, rather than made); commands that
 * write a folder of files (--out DIR: report, reproduce, verify-paper) make it, as writeFileSet does.
 */
export function checkOutputFile(path: string, flag = '--out'): void {
  if (path === '') throw new InputError(flag, 'the path is empty');
  const folder = dirname(path);
  const s = statOrNull(folder);
  if (s === null) {
    let missing = resolve(folder);
    while (statOrNull(dirname(missing)) === null && dirname(missing) !== missing) missing = dirname(missing);
    throw new InputError(flag, `the folder "${missing}" does not exist; create it first`);
  }
  checkFileSet(folder, [basename(path)], flag);
}

export interface AtomicWriteOptions {
  /** The flag named in errors (default --out). */
  readonly flag?: string;
  /** The run's record of temporary paths (default: one for this call only). */
  readonly temporaries?: TemporaryFiles;
}

/** Write `files` (paths relative to `root`) as one set; returns the targets written. */
export function writeFileSet(root: string, files: ReadonlyMap<string, string | Uint8Array>, options: AtomicWriteOptions = {}): string[] {
  const flag = options.flag ?? '--out';
  const temporaries = options.temporaries ?? temporaryFiles();
  if (root === '') throw new InputError(flag, 'the path is empty');
  const targets = [...files.keys()].map((relative) => {
    if (relative === '' || relative.endsWith('/')) throw new InputError(flag, `"${join(root, relative)}" names a folder, not a file`);
    return join(root, relative);
  });
  checkTargets(flag, targets);
  let counter = 0;
  const temporaryName = (target: string): string => join(dirname(target), `.om-${process.pid.toString(36)}-${(counter++).toString(36)}.tmp`);
  const created: string[] = [];
  try {
    // 1. check everything before writing anything
    const folders = checkTargets(flag, targets);
    // 2. stage
    for (const f of [...folders].sort((a, b) => a.length - b.length)) {
      if (statOrNull(f) !== null) continue;
      mkdirSync(f);
      temporaries.folder(f);
      created.push(f);
    }
    const staged: [string, string][] = [];
    for (const [i, content] of [...files.values()].entries()) {
      const target = targets[i]!;
      const temporary = temporaryName(target);
      temporaries.file(temporary);
      writeFileSync(temporary, content, { flag: 'wx' });
      staged.push([temporary, target]);
    }
    // 3. commit, with backups of what is replaced
    const backups = new Map<string, string>();
    for (const [, target] of staged) {
      if (statOrNull(target) === null) continue;
      const backup = temporaryName(target);
      temporaries.file(backup);
      try {
        linkSync(target, backup);
      } catch {
        copyFileSync(target, backup);
      }
      backups.set(target, backup);
    }
    const renamed: string[] = [];
    try {
      for (const [temporary, target] of staged) {
        renameSync(temporary, target);
        temporaries.done(temporary);
        renamed.push(target);
      }
    } catch (e) {
      for (const target of renamed.reverse()) {
        const backup = backups.get(target);
        if (backup === undefined) rmSync(target, { force: true });
        else {
          renameSync(backup, target);
          temporaries.done(backup);
        }
      }
      throw e;
    }
    for (const backup of backups.values()) {
      rmSync(backup, { force: true });
      temporaries.done(backup);
    }
    // committed: the folders made are now the user's
    for (const f of created) temporaries.done(f);
    return targets;
  } catch (e) {
    temporaries.cleanup();
    throw failure(flag, root, e);
  }
}
