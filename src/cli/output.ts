import type { TemporaryFiles } from './atomic-writes.js';

/** Where a command writes: injected, so commands are testable in process. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The run's record of temporary files, emptied on every exit path (signals included). */
  readonly temporaries?: TemporaryFiles;
}

export const processOutput: Output = {
  stdout: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
