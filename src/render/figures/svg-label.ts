/** Label runs as SVG character data: tspans for italics, superscripts and subscripts. */
import type { TextRun } from './label-markup.js';
import { escapeXml } from './xml.js';

/** Size of super- and subscripts relative to the surrounding text. */
export const SCRIPT_SCALE = 0.7;

function runAttributes(run: TextRun): string[] {
  const attributes: string[] = [];
  if (run.italic) attributes.push('font-style="italic"');
  switch (run.position) {
    case 'base':
      break;
    case 'super':
      attributes.push('baseline-shift="super"', `font-size="${SCRIPT_SCALE * 100}%"`);
      break;
    case 'sub':
      attributes.push('baseline-shift="sub"', `font-size="${SCRIPT_SCALE * 100}%"`);
      break;
  }
  return attributes;
}

/** The runs as escaped SVG text content (plain text for upright baseline runs, tspans otherwise). */
export function runsToSvgContent(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      const attributes = runAttributes(run);
      const text = escapeXml(run.text);
      return attributes.length === 0 ? text : `<tspan ${attributes.join(' ')}>${text}</tspan>`;
    })
    .join('');
}
