/** `openmoments derive`: the symbolic M and c, as equations of motion, LaTeX or JSON. */
import { resonantPair, generalPair, type Model } from '../../model/index.js';
import { deriveMoments, type MomentEquations } from '../../moments/index.js';
import { EQUATIONS } from '../../dissipators/index.js';
import { equationsToLatex, equationsToText, equationsToJson } from '../../render/equations-format.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type DeriveCommand = Extract<Command, { name: 'derive' }>;

export function runDerive(cmd: DeriveCommand, out: Output): number {
  const model: Model = cmd.resonant ? resonantPair() : generalPair();
  const equations = cmd.equation === 'all' ? EQUATIONS : [cmd.equation];
  const derived: MomentEquations[] = equations.map((equation) => deriveMoments({ model, equation, order: cmd.order, basis: cmd.basis }));
  switch (cmd.options.format) {
    case 'json':
      out.stdout(JSON.stringify(derived.length === 1 ? equationsToJson(derived[0]!) : derived.map((e) => equationsToJson(e)), null, 2));
      break;
    case 'latex':
      out.stdout(derived.map((e) => equationsToLatex(e)).join('\n\n'));
      break;
    case 'text':
      out.stdout(derived.map(equationsToText).join('\n\n'));
      break;
  }
  return 0;
}

