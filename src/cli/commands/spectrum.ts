/**
 * `openmoments spectrum`: the eigenvalues of M (--order 1|2) as k runs over a range at fixed ω,
 * branch by branch, with each eigenvalue's cluster (multiplicity, projector norm, verdict).
 * Text, JSON or CSV (--format csv), to stdout or --out FILE.
 */
import { dirname, basename } from 'node:path';
import { spectrumSweep, spectrumSweepCsv } from '../../numeric/physics/spectrum-sweep.js';
import { loadSpectralDensity } from '../../numeric/spectral-loader.js';
import { rangeValues, type Command } from '../parse.js';
import type { Output } from '../output.js';
import { writeFilesAtomically } from '../write-files.js';
import { checkOutputFile } from '../atomic-writes.js';

type SpectrumCommand = Extract<Command, { name: 'spectrum' }>;

export async function runSpectrum(cmd: SpectrumCommand, out: Output): Promise<number> {
  if (cmd.out !== null) checkOutputFile(cmd.out);
  const spectral = await loadSpectralDensity(cmd.options.spectral);
  const sweep = spectrumSweep({ equation: cmd.equation, order: cmd.order, ks: rangeValues(cmd.ks), parameters: cmd.options.parameters, ...(spectral === undefined ? {} : { spectral }) });
  let content: string;
  if (cmd.format === 'csv') content = spectrumSweepCsv(sweep);
  else if (cmd.format === 'json') content = JSON.stringify(sweep);
  else {
    content = [
      `${cmd.equation} equation, ${cmd.order === 1 ? 'first' : 'second'} moments at ${sweep.resonant ? `ω = ${sweep.omega}` : `ω_h = ${sweep.omegaH}, ω_c = ${sweep.omegaC} (off resonance)`}: eigenvalues along k (branches continued by proximity)`,
      ...sweep.k.map((k, i) => {
        const values = sweep.eigenvalues[i]!.map((e) => `${e.re.toExponential(4)}${e.im < 0 ? '-' : '+'}${Math.abs(e.im).toExponential(4)}i`).join(' ');
        const flag = sweep.exceptionalPoint[i] ? '  EP' : '';
        return `k = ${k.toExponential(4)}  max‖P‖ = ${sweep.maximumProjectorNorm[i]!.toExponential(2)}${flag}  ${values}`;
      }),
    ].join('\n');
  }
  if (cmd.out === null) {
    out.stdout(content);
    return 0;
  }
  for (const w of writeFilesAtomically(dirname(cmd.out), new Map([[basename(cmd.out), content]]), out.temporaries)) out.stdout(`wrote ${w}`);
  return 0;
}
