/** `openmoments ep-lines`: the k of every exceptional point at the given ω. */
import { exceptionalPointsAt } from '../../numeric/physics/exceptional-points.js';
import { validateNumericModel } from '../../numeric/model-bridge.js';
import { paperModel, isOffResonance } from '../../numeric/paper-parameters.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import { scalarToText } from '../../render/scalar-format.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type EpLinesCommand = Extract<Command, { name: 'ep-lines' }>;

export async function runEpLines(cmd: EpLinesCommand, out: Output): Promise<number> {
  const p = { ...cmd.options.parameters, k: 0 };
  validateNumericModel(paperModel(p));
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const found = exceptionalPointsAt(cmd.equation, p, spectral);
  const json = cmd.options.format === 'json';
  const where = isOffResonance(p) ? `ω_h = ${p.omegaH}, ω_c = ${p.omegaC}` : `ω = ${p.omega}`;
  switch (found.kind) {
    case 'closed-form': {
      const line = `k = ±(${scalarToText(found.line)})`;
      if (json) {
        out.stdout(JSON.stringify({ k: found.k, method: 'closed form', line, ...(found.k.length > 0 ? { eq37: { k: found.eq37, ratio: found.ratio } } : {}) }));
      } else if (found.k.length === 0) {
        out.stdout(`no exceptional points: Δ_h = Δ_c at these parameters, so the line ${line} collapses to k = 0`);
      } else {
        out.stdout([
          `exact line (derived from the discriminant of M_L,1): ${line}`,
          `at ${where}: k = ±${found.k[1]!.toExponential(10)}`,
          `eq. 37, k = ±(ω/2)|λ_h² − λ_c²|: ±${found.eq37.toExponential(10)}; exact/eq. 37 = ${found.ratio} (${cmd.options.spectral === null ? '= Λ²/(ω² + Λ²) for eq. 19' : `with J = ${cmd.options.spectral}`})`,
        ].join('\n'));
      }
      return 0;
    }
    case 'numeric':
      out.stdout(json
        ? JSON.stringify({ k: found.k, method: 'numeric (eigenvalue-gap minima where κ diverges)' })
        : `${cmd.equation}: ${found.k.length === 0 ? 'no exceptional points' : found.k.map((x) => `k = ${x.toExponential(10)}`).join(', ')} at ${where}`);
      return 0;
  }
}
