/** `openmoments derive`: the symbolic M and c (or, with --heat, the heat currents of eq. 50). */
import { type Model, paperPair } from '../../model/index.js';
import { type MasterEquation, masterEquation } from '../../dissipators/index.js';
import { evaluateDefinitions } from '../../numeric/evaluate.js';
import { equationFor } from '../../numeric/lower.js';
import { deriveMoments, deriveHeatCurrents } from '../../moments/index.js';
import { equationsToLatex, equationsToText, equationsToJson } from '../../render/equations-format.js';
import { heatToJson, heatToLatex, heatToText } from '../../render/expansion-format.js';
import type { Command } from '../parse.js';
import { commandNotation } from './latex.js';
import { readModelFile } from '../../numeric/model-file.js';
import { bridgeModel } from '../../numeric/model-bridge.js';
import type { Output } from '../output.js';

type DeriveCommand = Extract<Command, { name: 'derive' }>;

/**
 * The symbolic model (the paper's pair, or the model file's network) and the equation as a value;
 * partial-secular compares the model file's normal-mode frequencies with its cutoff.
 */
function modelAndEquation(cmd: DeriveCommand): { model: Model; equation: MasterEquation } {
  if (cmd.modelFile === null) {
    return { model: paperPair(cmd.resonant), equation: masterEquation(cmd.equation, cmd.secularCutoff === undefined ? {} : { secularCutoff: cmd.secularCutoff }) };
  }
  const nm = readModelFile(cmd.modelFile);
  // The symbolic equations need no rates; partial-secular needs the normal-mode frequencies only.
  const { model, input } = bridgeModel({ ...nm, baths: nm.baths.map(({ spectral: _, ...b }) => b) });
  const values = cmd.equation === 'partial-secular' ? evaluateDefinitions(model.definitions.filter((d) => d.kind !== 'rate'), input) : new Map<string, number>();
  return { model, equation: equationFor(model, values, cmd.equation, cmd.secularCutoff) };
}

export function runDerive(cmd: DeriveCommand, out: Output): number {
  const { model, equation } = modelAndEquation(cmd);
  if (cmd.heat) {
    const heat = deriveHeatCurrents({ model, equation, basis: cmd.basis });
    switch (cmd.options.format) {
      case 'json': out.stdout(JSON.stringify(heatToJson(heat), null, 2)); break;
      case 'latex': out.stdout(heatToLatex(heat, commandNotation(cmd.options.notation))); break;
      case 'text': out.stdout(heatToText(heat)); break;
    }
    return 0;
  }
  const eqs = deriveMoments({ model, equation, order: cmd.order, basis: cmd.basis });
  switch (cmd.options.format) {
    case 'json': out.stdout(JSON.stringify(equationsToJson(eqs), null, 2)); break;
    case 'latex': out.stdout(equationsToLatex(eqs, { pullFactor: cmd.order === 1, notation: commandNotation(cmd.options.notation) })); break;
    case 'text': out.stdout(equationsToText(eqs)); break;
  }
  return 0;
}
