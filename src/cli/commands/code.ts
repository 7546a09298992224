/**
 * `openmoments code`: M(parameters) and c(parameters) of one moment equation as a self-contained
 * function of the physical parameters (src/export/code-format.ts), in Python (math module, lists),
 * Julia (Base only) or as a mathjs script; of the paper's models, or of a model file's network
 * (frequencies and couplings fixed, bath parameters, cutoff and ħ as arguments).
 */
import { basename, dirname } from 'node:path';
import { exportCode, exportModelCode, type CodeFormat } from '../../export/code-format.js';
import { readModelFile } from '../../numeric/model-file.js';
import type { ModelKind } from '../../export/code-program.js';
import type { EquationKind } from '../../dissipators/index.js';
import type { MomentOrder } from '../../moments/index.js';
import type { FrameKind } from '../../model/index.js';
import { writeFilesAtomically } from '../write-files.js';
import { checkOutputFile } from '../atomic-writes.js';
import { UsageError } from '../parse.js';
import type { Output } from '../output.js';

export interface CodeCommandOptions {
  /** --format python|julia|mathjs */
  readonly format: CodeFormat;
  /** --equation local|global|redfield (and partial-secular with a model file) */
  readonly equation: EquationKind;
  /** --order 1|2 */
  readonly order: MomentOrder;
  /** --basis local|normal */
  readonly basis: FrameKind;
  /** --model resonant|general: resonant takes omega; general takes omega_h and omega_c. */
  readonly model: ModelKind;
  /** --out FILE: write there (atomically) instead of stdout. */
  readonly out: string | null;
  /** --function NAME: name of the Python/Julia function (default moment_equations); ignored for mathjs. */
  readonly functionName: string | null;
  /** --model-file F: the user's network instead of --model. */
  readonly modelFile: string | null;
  /** --secular-cutoff X of partial-secular. */
  readonly secularCutoff?: number;
}

export const CODE_COMMAND_DEFAULTS: CodeCommandOptions = Object.freeze({
  format: 'python', equation: 'local', order: 1, basis: 'local', model: 'resonant', out: null, functionName: null, modelFile: null,
});

export function runCode(cmd: CodeCommandOptions, out: Output): number {
  if (cmd.functionName !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(cmd.functionName)) {
    throw new UsageError(`--function must be an identifier (letters, digits, _), got "${cmd.functionName}"`);
  }
  if (cmd.out !== null) checkOutputFile(cmd.out);
  const functionName = cmd.functionName === null ? {} : { functionName: cmd.functionName };
  const text = cmd.modelFile === null
    ? exportCode({ format: cmd.format, model: cmd.model, equation: cmd.equation, order: cmd.order, basis: cmd.basis, ...functionName })
    : exportModelCode({
      format: cmd.format,
      model: readModelFile(cmd.modelFile),
      file: cmd.modelFile,
      equation: cmd.equation,
      ...(cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }),
      order: cmd.order,
      basis: cmd.basis,
      ...functionName,
    });
  if (cmd.out === null) {
    out.stdout(text);
    return 0;
  }
  for (const w of writeFilesAtomically(dirname(cmd.out), new Map([[basename(cmd.out), text]]), out.temporaries)) out.stdout(`wrote ${w}`);
  return 0;
}
