#!/usr/bin/env node
/** The `openmoments` bin: parse, run, exit. No logic lives here. */
import { run } from './run.js';
import { processOutput } from './output.js';
import { temporaryFiles } from './atomic-writes.js';

// One record of this run's temporary files, emptied on every exit path: errors (in run), SIGINT, SIGTERM.
const temporaries = temporaryFiles();
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    temporaries.cleanup();
    process.stderr.write(`openmoments: stopped by ${signal}; temporary files removed\n`);
    process.exit(code);
  });
}
process.exitCode = await run(process.argv.slice(2), { ...processOutput, temporaries });
