/**
 * Rough text extents used for layout (margins, legend boxes). Both the SVG output (serif
 * math fonts) and the bitmap font of the PNG output stay within these estimates.
 */
import type { TextRun } from './label-markup.js';
import { SCRIPT_SCALE } from './svg-label.js';

/** Mean advance of a character, in ems. */
const ADVANCE_EM = 0.56;

const COMBINING_MARK = /\p{Mn}/u;

/** Estimated width of the runs at the given font size (px). */
export function estimateRunsWidth(runs: readonly TextRun[], fontSize: number): number {
  return runs.reduce((width, run) => {
    const scale = run.position === 'base' ? 1 : SCRIPT_SCALE;
    const characters = [...run.text].filter((c) => !COMBINING_MARK.test(c)).length;
    return width + characters * ADVANCE_EM * fontSize * scale;
  }, 0);
}

/** Height above the baseline of digits and capitals, in ems. */
export const CAP_HEIGHT_EM = 0.7;

/** Depth of descenders and subscripts below the baseline, in ems. */
export const DESCENT_EM = 0.3;
