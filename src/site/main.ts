/**
 * Stand-alone entry point of the site build, until the CLI wires `openmoments report`:
 *   node dist/src/site/main.js [OUT_DIR=docs/site] [--no-explorer] [--quick-figures]
 * Same as runReport({ out, explorer, quickFigures }).
 */
import { runReport } from '../cli/commands/report.js';
import { processOutput } from '../cli/output.js';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith('--') && a !== '--no-explorer' && a !== '--quick-figures');
const positional = args.filter((a) => !a.startsWith('--'));
if (unknown.length > 0 || positional.length > 1) {
  process.stderr.write('usage: node dist/src/site/main.js [OUT_DIR] [--no-explorer] [--quick-figures]\n');
  process.exit(2);
}
try {
  process.exitCode = await runReport(
    { out: positional[0] ?? 'docs/site', explorer: !args.includes('--no-explorer'), quickFigures: args.includes('--quick-figures') },
    processOutput,
  );
} catch (e) {
  process.stderr.write(`openmoments report: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
