/** `openmoments expand`: the terms M^(0), M^(1), … of the k-expansion of one equation. */
import { deriveMoments } from '../../moments/index.js';
import { expandMoments } from '../../series/index.js';
import { expansionToJson, expansionToText, expansionToLatex } from '../../render/expansion-format.js';
import { paperPair } from '../../model/index.js';
import type { Command } from '../parse.js';
import { commandNotation } from './latex.js';
import type { Output } from '../output.js';

type ExpandCommand = Extract<Command, { name: 'expand' }>;

export function runExpand(cmd: ExpandCommand, out: Output): number {
  const expansion = expandMoments(deriveMoments({ model: paperPair(cmd.resonant), equation: cmd.equation, order: cmd.order, basis: cmd.basis }), cmd.to);
  switch (cmd.options.format) {
    case 'json': out.stdout(JSON.stringify(expansionToJson(expansion), null, 2)); break;
    case 'latex': out.stdout(expansionToLatex(expansion, commandNotation(cmd.options.notation))); break;
    case 'text': out.stdout(expansionToText(expansion)); break;
  }
  return 0;
}
