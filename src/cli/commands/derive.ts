/** `openmoments derive`: the symbolic M and c (or, with --heat, the heat currents of eq. 50). */
import { type Model, paperPair } from '../../model/index.js';
import { type MasterEquation, masterEquation } from '../../dissipators/index.js';
import { equationFor, symbolicModelOf } from '../../numeric/lower.js';
import { deriveMoments, deriveHeatCurrents } from '../../moments/index.js';
import { equationsToText, equationsToJson } from '../../render/equations-format.js';
import { fittedMomentEquations, displayEnvironment } from '../../export/fitted-equations.js';
import { wrapDocument } from '../../export/latex-document.js';
import { checkLatex } from '../../render/katex-check.js';
import { heatToJson, heatToLatex, heatToText } from '../../render/expansion-format.js';
import { heatToCompactLatex, heatToCompactText } from '../../render/heat-compact.js';
import type { Command } from '../parse.js';
import { commandNotation } from './latex.js';
import { readModelFile } from '../../numeric/model-file.js';
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
  const { model, values } = symbolicModelOf(nm);
  return { model, equation: equationFor(model, values, cmd.equation, cmd.secularCutoff) };
}

export function runDerive(cmd: DeriveCommand, out: Output): number {
  const { model, equation } = modelAndEquation(cmd);
  if (cmd.heat) {
    const heat = deriveHeatCurrents({ model, equation, basis: cmd.basis });
    // Global and Redfield currents are also written in the normal-mode moments, as eq. 51 has them.
    const compact = cmd.equation !== 'local' && model.normalModes !== null
      ? (cmd.basis === 'normal' ? heat : deriveHeatCurrents({ model, equation, basis: 'normal' }))
      : null;
    switch (cmd.options.format) {
      case 'json': out.stdout(JSON.stringify(heatToJson(heat), null, 2)); break;
      case 'latex': {
        const notation = commandNotation(cmd.options.notation);
        out.stdout([heatToLatex(heat, notation), ...(compact ? [heatToCompactLatex(compact, notation)] : [])].join('\n'));
        break;
      }
      case 'text': out.stdout([heatToText(heat), ...(compact ? [heatToCompactText(compact)] : [])].join('\n')); break;
    }
    return 0;
  }
  const eqs = deriveMoments({ model, equation, order: cmd.order, basis: cmd.basis });
  switch (cmd.options.format) {
    case 'json': out.stdout(JSON.stringify(equationsToJson(eqs), null, 2)); break;
    case 'latex': {
      // Displays that fit the A4 text width (matrix form, or row form for wide M), each KaTeX-checked.
      const fitted = fittedMomentEquations(eqs, { pullFactor: cmd.order === 1, notation: commandNotation(cmd.options.notation) });
      const stem = `eq:${eqs.equation}-${eqs.order}-${eqs.basisKind}`;
      const body = fitted.displays.map((d, i) => {
        checkLatex(`\\begin{equation}\n${d.math}\n\\end{equation}`);
        // Labels in the standalone document, whose aligned blocks are align environments that may
        // break across pages; the fragment stays KaTeX-readable (KaTeX has no \\label).
        return cmd.standalone ? displayEnvironment(d.math, `${stem}:${d.role}-${i + 1}`) : `\\begin{equation}\n${d.math}\n\\end{equation}`;
      }).join('\n');
      out.stdout(cmd.standalone ? wrapDocument(`${body}\n`, `Moment equations: ${eqs.equation} equation, ${eqs.order === 1 ? 'first' : 'second'} moments, ${eqs.basisKind} basis (${eqs.model.name})`) : body);
      break;
    }
    case 'text': out.stdout(equationsToText(eqs)); break;
  }
  return 0;
}
