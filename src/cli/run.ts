/** Dispatch a parsed command; turn input errors into one line and exit code 2. */
import { parseCli, UsageError, type Command } from './parse.js';
import type { Output } from './output.js';
import { InputError } from '../numeric/input-error.js';
import { ModelError } from '../model/model-error.js';
import { helpText } from './help.js';
import { finiteOutput } from './finite-output.js';
import { oneLine } from './one-line.js';
import { readModelFile } from '../numeric/model-file.js';
import { checkNetworkSize, type NetworkComputation } from '../numeric/network-size.js';
import { loadBathSpectra } from '../numeric/spectral-loader.js';

/** Commands whose stdout is numbers: checked for NaN, Infinity and null before printing. */
const NUMERIC_COMMANDS: ReadonlySet<string> = new Set(['matrix', 'ep', 'ep-lines', 'heat']);
import { runCode } from './commands/code.js';

// Each command's modules are loaded when it runs (start-up of one command does not pay for the others).
async function dispatch(cmd: Command, out: Output): Promise<number> {
  switch (cmd.name) {
    case 'help':
      out.stdout(helpText(cmd.topic));
      return 0;
    case 'derive':
      return (await import('./commands/derive.js')).runDerive(cmd, out);
    case 'matrix':
      return (await import('./commands/matrix.js')).runMatrix(cmd, out);
    case 'reproduce':
      return (await import('./commands/reproduce.js')).runReproduce(cmd, out);
    case 'derive-all':
      return (await import('./commands/derive-all.js')).runDeriveAll(cmd, out);
    case 'expand':
      return (await import('./commands/expand.js')).runExpand(cmd, out);
    case 'limits':
      return (await import('./commands/limits.js')).runLimits(cmd, out);
    case 'verify-paper':
      return (await import('./commands/verify-paper.js')).runVerifyPaper(cmd, out);
    case 'ep':
      return (await import('./commands/ep.js')).runEp(cmd, out);
    case 'ep-lines':
      return (await import('./commands/ep-lines.js')).runEpLines(cmd, out);
    case 'ep-map':
      return (await import('./commands/ep-map.js')).runEpMap(cmd, out);
    case 'spectrum':
      return (await import('./commands/spectrum.js')).runSpectrum(cmd, out);
    case 'heat':
      return (await import('./commands/heat.js')).runHeat(cmd, out);
    case 'steady':
      return (await import('./commands/steady.js')).runSteady(cmd, out);
    case 'latex':
      return (await import('./commands/latex.js')).runLatex({ standalone: cmd.standalone, out: cmd.out, ...(cmd.modelFile === undefined ? {} : { modelFile: cmd.modelFile }), ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }), ...cmd.notation }, out);
    case 'report':
      return (await import('./commands/report.js')).runReport({ out: cmd.out, explorer: cmd.explorer, quickFigures: cmd.quick }, out);
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
  if (typeof path !== 'string') return;
  const model = readModelFile(path);
  await loadBathSpectra(model);
  const computation = networkComputation(cmd);
  if (computation) checkNetworkSize(model, computation);
}

/** What a model-file command computes, for its size limit (numeric/network-size.ts). */
function networkComputation(cmd: Command): NetworkComputation | null {
  switch (cmd.name) {
    case 'derive':
    case 'code':
    case 'ep':
      return { kind: 'derivation', equation: cmd.equation, order: cmd.order };
    case 'matrix':
      // --sparse derives the covariance form exactly in the local quadratures: cheap for the local
      // equation (it grows with the couplings), as costly as the dense second moments otherwise.
      return cmd.sparse && cmd.equation === 'local' ? { kind: 'covariance' } : { kind: 'derivation', equation: cmd.equation, order: cmd.sparse ? 2 : cmd.order };
    case 'latex':
      return { kind: 'document' };
    case 'heat':
    case 'steady':
      return { kind: 'covariance' };
    default:
      return null;
  }
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
