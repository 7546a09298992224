/** `openmoments derive --all`: all twelve matrices (3 equations × 2 orders × 2 bases) and their k-expansions. */
import type { FrameKind } from '../../model/index.js';
import { deriveMoments, type MomentOrder } from '../../moments/index.js';
import { EQUATIONS } from '../../dissipators/index.js';
import { expandMoments } from '../../series/index.js';
import { equationsToJson, equationsToText, equationsToLatex } from '../../render/equations-format.js';
import { expansionToJson, expansionToText, expansionToLatex } from '../../render/expansion-format.js';
import { paperPair } from '../../model/index.js';
import type { Command } from '../parse.js';
import { commandNotation } from './latex.js';
import type { Output } from '../output.js';

type DeriveAllCommand = Extract<Command, { name: 'derive-all' }>;

export function runDeriveAll(cmd: DeriveAllCommand, out: Output): number {
  const model = paperPair(cmd.resonant);
  const results = [];
  for (const equation of EQUATIONS) {
    for (const order of [1, 2] as MomentOrder[]) {
      for (const basis of ['local', 'normal'] as FrameKind[]) {
        const eqs = deriveMoments({ model, equation, order, basis });
        results.push({ eqs, expansion: expandMoments(eqs, cmd.to) });
      }
    }
  }
  switch (cmd.options.format) {
    case 'json':
      out.stdout(JSON.stringify(results.map((r) => ({ ...equationsToJson(r.eqs), expansion: expansionToJson(r.expansion) }))));
      break;
    case 'latex':
      {
        const notation = commandNotation(cmd.options.notation);
        out.stdout(results.map((r) => `${equationsToLatex(r.eqs, { notation })}\n${expansionToLatex(r.expansion, notation)}`).join('\n\n'));
      }
      break;
    case 'text':
      out.stdout(results.map((r) => `${equationsToText(r.eqs)}\n${expansionToText(r.expansion)}`).join('\n\n'));
      break;
  }
  return 0;
}
