/**
 * Operator letters: the quadratures of a frame. Letter 2m is the position of mode m, letter
 * 2m+1 its momentum, with [q_{2m}, q_{2m+1}] = i and all other pairs commuting. The canonical
 * order of a product is ascending letter index: q_0 q_1 q_2 … (x_1 p_1 x_2 p_2 …).
 */
export type Quadrature = 'x' | 'p';

export const letterOf = (mode: number, quadrature: Quadrature): number => 2 * mode + (quadrature === 'p' ? 1 : 0);
export const modeOfLetter = (letter: number): number => letter >> 1;
export const quadratureOfLetter = (letter: number): Quadrature => ((letter & 1) === 1 ? 'p' : 'x');

/** Names of the quadratures of a frame, e.g. x_h/p_h or eta1/Pi1. */
export interface FrameNames {
  readonly position: readonly string[];
  readonly momentum: readonly string[];
  readonly positionLatex: readonly string[];
  readonly momentumLatex: readonly string[];
}

export function letterName(names: FrameNames, letter: number): string {
  const m = modeOfLetter(letter);
  const list = quadratureOfLetter(letter) === 'x' ? names.position : names.momentum;
  const name = list[m];
  if (name === undefined) throw new RangeError(`no name for mode ${m}`);
  return name;
}
export function letterLatex(names: FrameNames, letter: number): string {
  const m = modeOfLetter(letter);
  const list = quadratureOfLetter(letter) === 'x' ? names.positionLatex : names.momentumLatex;
  const name = list[m];
  if (name === undefined) throw new RangeError(`no LaTeX name for mode ${m}`);
  return name;
}
