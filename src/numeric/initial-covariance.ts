/**
 * The initial covariance of a model file's transient (heat --model-file --initial vacuum|thermal),
 * over the quadratures (x_1, p_1, …, x_N, p_N), with ½⟨{x, p}⟩ = 0 and no correlations between modes:
 *
 * - vacuum: every mode in its ground state, ⟨x²⟩ = ħ/(2ω), ⟨p²⟩ = ħω/2 (ħ of the file, 1 by default);
 * - thermal: every mode thermal at the temperature of its bath (covariance/steady.ts,
 *   localThermalCovariance): ⟨x²⟩ = ħ coth(ħω/2T)/(2ω), ⟨p²⟩ = ħω coth(ħω/2T)/2; a mode with no bath
 *   starts in its vacuum, a mode with several baths at the coldest of them.
 *
 * `description` says which, with the file's own (0-based) mode indices, for the output's header.
 */
import type { NumericModel } from './physical.js';
import { localThermalCovariance } from './covariance/index.js';

export type InitialPreset = 'vacuum' | 'thermal';

export interface InitialCovariance {
  readonly sigma: Float64Array;
  readonly description: string;
}

export function initialCovariance(nm: NumericModel, preset: InitialPreset): InitialCovariance {
  if (preset === 'vacuum') {
    // The vacuum is the thermal state at T = 0, which localThermalCovariance gives every mode without a bath.
    return { sigma: localThermalCovariance({ ...nm, baths: [] }), description: `from the vacuum of every mode` };
  }
  const unbathed = nm.frequencies.map((_, m) => m).filter((m) => !nm.baths.some((b) => b.mode === m));
  const shared = nm.frequencies.map((_, m) => m).filter((m) => nm.baths.filter((b) => b.mode === m).length > 1);
  const notes = [
    ...(unbathed.length === 0 ? [] : [`mode${unbathed.length === 1 ? '' : 's'} ${unbathed.join(', ')} of the file (no bath) in the vacuum`]),
    ...(shared.length === 0 ? [] : [`mode${shared.length === 1 ? '' : 's'} ${shared.join(', ')} (several baths) at the coldest`]),
  ];
  return {
    sigma: localThermalCovariance(nm),
    description: `from the product of local thermal states, each mode at its bath's temperature${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`,
  };
}
