#!/usr/bin/env node
/** The `openmoments` bin: parse, run, exit. No logic lives here. */
import { run } from './run.js';
import { processOutput } from './output.js';

process.exitCode = await run(process.argv.slice(2), processOutput);
