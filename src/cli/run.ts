/** Dispatch a parsed command; turn input errors into one line and exit code 2. */
import { parseCli, UsageError, type Command } from './parse.js';
import type { Output } from './output.js';
import { InputError } from '../numeric/input-error.js';
import { ModelError } from '../model/model-error.js';
import { helpText } from './help.js';
import { finiteOutput } from './finite-output.js';
import { oneLine } from './one-line.js';
import { readModelFile } from '../numeric/model-file.js';
import { loadBathSpectra } from '../numeric/spectral-loader.js';

/** Commands whose stdout is numbers: checked for NaN, Infinity and null before printing. */
const NUMERIC_COMMANDS: ReadonlySet<string> = new Set(['matrix', 'ep', 'ep-lines', 'heat']);
import { runDerive } from './commands/derive.js';
import { runMatrix } from './commands/matrix.js';
import { runReproduce } from './commands/reproduce.js';
import { runDeriveAll } from './commands/derive-all.js';
import { runExpand } from './commands/expand.js';
import { runLimits } from './commands/limits.js';
import { runVerifyPaper } from './commands/verify-paper.js';
import { runEp } from './commands/ep.js';
import { runEpLines } from './commands/ep-lines.js';
import { runEpMap } from './commands/ep-map.js';
import { runSpectrum } from './commands/spectrum.js';
import { runHeat } from './commands/heat.js';
import { runSteady } from './commands/steady.js';
import { runLatex } from './commands/latex.js';
import { runCode } from './commands/code.js';
import { runReport } from './commands/report.js';

async function dispatch(cmd: Command, out: Output): Promise<number> {
  switch (cmd.name) {
    case 'help':
      out.stdout(helpText(cmd.topic));
      return 0;
    case 'derive':
      return runDerive(cmd, out);
    case 'matrix':
      return runMatrix(cmd, out);
    case 'reproduce':
      return runReproduce(cmd, out);
    case 'derive-all':
      return runDeriveAll(cmd, out);
    case 'expand':
      return runExpand(cmd, out);
    case 'limits':
      return runLimits(cmd, out);
    case 'verify-paper':
      return runVerifyPaper(cmd, out);
    case 'ep':
      return runEp(cmd, out);
    case 'ep-lines':
      return runEpLines(cmd, out);
    case 'ep-map':
      return runEpMap(cmd, out);
    case 'spectrum':
      return runSpectrum(cmd, out);
    case 'heat':
      return runHeat(cmd, out);
    case 'steady':
      return runSteady(cmd, out);
    case 'latex':
      return runLatex({ standalone: cmd.standalone, out: cmd.out, ...(cmd.modelFile === undefined ? {} : { modelFile: cmd.modelFile }), ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }), ...cmd.notation }, out);
    case 'report':
      return runReport({ out: cmd.out, explorer: cmd.explorer, quickFigures: cmd.quick }, out);
    case 'code':
      return runCode({ format: cmd.format, equation: cmd.equation, order: cmd.order, basis: cmd.basis, model: cmd.resonant ? 'resonant' : 'general', out: cmd.out, functionName: cmd.functionName, modelFile: cmd.modelFile ?? null, ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }) }, out);
  }
}

/**
 * A model file is checked whole, its spectral expressions included, by every command that takes
 * one and before anything is computed (derive, latex and code read no rates, so they would
 * otherwise never parse a bath's "spectral").
 */
async function checkModelFile(cmd: Command): Promise<void> {
  const path = 'modelFile' in cmd ? cmd.modelFile : undefined;
  if (typeof path === 'string') await loadBathSpectra(readModelFile(path));
}

export async function run(argv: readonly string[], out: Output): Promise<number> {
  try {
    const cmd = parseCli(argv);
    await checkModelFile(cmd);
    return await dispatch(cmd, NUMERIC_COMMANDS.has(cmd.name) ? finiteOutput(cmd.name, out) : out);
  } catch (e) {
    out.temporaries?.cleanup();
    if (e instanceof UsageError || e instanceof InputError || e instanceof ModelError) {
      out.stderr(`openmoments: ${oneLine(e.message)}`);
      return 2;
    }
    const message = oneLine(e instanceof Error ? e.message : String(e));
    out.stderr(`openmoments: internal error: ${message}`);
    if (process.env['OPENMOMENTS_DEBUG'] && e instanceof Error) out.stderr(e.stack ?? '');
    return 1;
  }
}
