#!/usr/bin/env node
/** The `openmoments` bin: parse, run, exit. No logic lives here. */
import { run } from './run.js';
import { processOutput } from './output.js';
import { temporaryFiles } from './atomic-writes.js';

// One record of this run's temporary files, emptied on every exit path: errors (in run), SIGINT, SIGTERM.
// The signal handlers are installed only once the first temporary path exists (a write has begun):
// a JavaScript handler cannot run while synchronous computation holds the thread, so before any
// write SIGINT/SIGTERM keep their default action and stop a long computation at once (the shell
// sees 130 / 143); nothing is on disk to remove then.
const temporaries = temporaryFiles(() => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      temporaries.cleanup();
      process.stderr.write(`openmoments: stopped by ${signal}; temporary files removed\n`);
      process.exit(code);
    });
  }
});
// A reader that stops early (`openmoments … | head`) closes the pipe: stop quietly, as other Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  temporaries.cleanup();
  process.exit(0);
});
process.exitCode = await run(process.argv.slice(2), { ...processOutput, temporaries });
