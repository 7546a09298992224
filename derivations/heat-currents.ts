/**
 * Rebuild eq. 51: the heat currents ⟨D_α†(H_S)⟩ (eq. 50) of the local (local basis), global and
 * Redfield (normal basis) equations, as LaTeX. Run: npm run build && node dist/derivations/heat-currents.js
 */
import { resonantPair } from '../src/model/index.js';
import { deriveHeatCurrents } from '../src/moments/index.js';
import { heatToLatex } from '../src/render/expansion-format.js';

export function heatCurrentsLatex(): string {
  const model = resonantPair();
  return ([['local', 'local'], ['global', 'normal'], ['redfield', 'normal']] as const)
    .map(([equation, basis]) => `% Eq. 51, ${equation} equation (${basis} basis)\n${heatToLatex(deriveHeatCurrents({ model, equation, basis }))}`)
    .join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${heatCurrentsLatex()}\n`);
