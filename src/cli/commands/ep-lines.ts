/**
 * `openmoments ep-lines`: the k of every exceptional point at the given ω; with --order 2 each is
 * checked on the second-moment matrix (App. B: the same k), with its Jordan structure there.
 */
import { exceptionalPointsAt, secondMomentExceptionalPointsAt, type SecondMomentExceptionalPoint } from '../../numeric/physics/exceptional-points.js';
import { validateNumericModel } from '../../numeric/model-bridge.js';
import { paperModel, isOffResonance } from '../../numeric/paper-parameters.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import { scalarToText } from '../../render/scalar-format.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type EpLinesCommand = Extract<Command, { name: 'ep-lines' }>;

const secondText = (s: SecondMomentExceptionalPoint): string =>
  `  M_2 at k = ${s.k.toExponential(10)}: ${s.verdict}${s.jordanBlocks.length > 0 ? ` (Jordan blocks ${s.jordanBlocks.map((b) => b.join('+')).join(', ')})` : ''}`;

export async function runEpLines(cmd: EpLinesCommand, out: Output): Promise<number> {
  const p = { ...cmd.options.parameters, k: 0 };
  validateNumericModel(paperModel(p));
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const both = cmd.order === 2 ? secondMomentExceptionalPointsAt(cmd.equation, p, spectral) : undefined;
  const found = both?.first ?? exceptionalPointsAt(cmd.equation, p, spectral);
  const second = both?.second;
  const json = cmd.options.format === 'json';
  const where = isOffResonance(p) ? `ω_h = ${p.omegaH}, ω_c = ${p.omegaC}` : `ω = ${p.omega}`;
  const secondJson = second === undefined ? {} : { order: 2, secondMoments: second };
  const secondLines = second === undefined || second.length === 0 ? [] : ['second moments (App. B: the EPs of M_1, checked on M_2):', ...second.map(secondText)];
  switch (found.kind) {
    case 'closed-form': {
      const line = `k = ±(${scalarToText(found.line)})`;
      if (json) {
        out.stdout(JSON.stringify({ k: found.k, method: 'closed form', line, ...(found.k.length > 0 ? { eq37: { k: found.eq37, ratio: found.ratio } } : {}), ...secondJson }));
      } else if (found.k.length === 0) {
        out.stdout(`no exceptional points: Δ_h = Δ_c at these parameters, so the line ${line} collapses to k = 0`);
      } else {
        out.stdout([
          `exact line (derived from the discriminant of M_L,1): ${line}`,
          `at ${where}: k = ±${found.k[1]!.toExponential(10)}`,
          `eq. 37, k = ±(ω/2)|λ_h² − λ_c²|: ±${found.eq37.toExponential(10)}; exact/eq. 37 = ${found.ratio} (${cmd.options.spectral === null ? '= Λ²/(ω² + Λ²) for eq. 19' : `with J = ${cmd.options.spectral}`})`,
          ...secondLines,
        ].join('\n'));
      }
      return 0;
    }
    case 'numeric':
      out.stdout(json
        ? JSON.stringify({ k: found.k, method: 'numeric (eigenvalue-gap minima where κ diverges)', ...secondJson })
        : [`${cmd.equation}: ${found.k.length === 0 ? 'no exceptional points' : found.k.map((x) => `k = ${x.toExponential(10)}`).join(', ')} at ${where}`, ...secondLines].join('\n'));
      return 0;
  }
}
