/** `openmoments limits`: R^(0) = L? G^(0) = L? decided exactly (eq. 47, App. D). */
import { paperLimits } from '../../series/index.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type LimitsCommand = Extract<Command, { name: 'limits' }>;

export function runLimits(cmd: LimitsCommand, out: Output): number {
  const results = paperLimits();
  if (cmd.options.format === 'json') {
    out.stdout(JSON.stringify({ results }));
    return 0;
  }
  const yes = (b: boolean): string => (b ? 'yes' : 'no');
  out.stdout([
    'zeroth order in k of the dissipative part, local basis, exact comparison:',
    ...results.map((r) => `  order ${r.order}, ${r.resonant ? 'resonant    ' : 'non-resonant'}: R(0) = L ${yes(r.redfieldZeroEqualsLocal)}; G(0) = L ${yes(r.globalZeroEqualsLocal)}${r.differingEntries.length > 0 ? `, differing entries ${r.differingEntries.map((e) => `(${e.join(',')})`).join(' ')}` : ''}${r.differingConstants.length > 0 ? `, differing c rows ${r.differingConstants.join(' ')}` : ''}`),
  ].join('\n'));
  return 0;
}
