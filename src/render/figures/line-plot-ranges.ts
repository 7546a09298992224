/** Default axis intervals of a line plot, from its data and reference lines. */
import type { AxisKind, AxisScale } from './axis-scale.js';
import type { ResolvedLinePlot } from './line-plot-spec.js';

/** Relative padding of the default y interval. */
const Y_PADDING = 0.05;

function usable(value: number, kind: AxisKind): boolean {
  switch (kind) {
    case 'linear':
      return Number.isFinite(value);
    case 'log':
      return Number.isFinite(value) && value > 0;
  }
}

function extent(values: readonly number[]): readonly [number, number] | null {
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** Widens an empty or single-point interval so that the axis can be drawn. */
function nonDegenerate(range: readonly [number, number] | null, kind: AxisKind): readonly [number, number] {
  switch (kind) {
    case 'linear': {
      if (range === null) return [0, 1];
      const [min, max] = range;
      if (min < max) return range;
      const half = min === 0 ? 1 : Math.abs(min) * 0.1;
      return [min - half, max + half];
    }
    case 'log': {
      if (range === null) return [1, 10];
      const [min, max] = range;
      return min < max ? range : [min / 10, max * 10];
    }
  }
}

function padded(range: readonly [number, number], kind: AxisKind): readonly [number, number] {
  const [min, max] = range;
  switch (kind) {
    case 'linear': {
      const pad = (max - min) * Y_PADDING;
      return [min - pad, max + pad];
    }
    case 'log': {
      const factor = (max / min) ** Y_PADDING;
      return [min / factor, max * factor];
    }
  }
}

function collect(arrays: ReadonlyArray<ArrayLike<number>>, extra: readonly number[], kind: AxisKind): number[] {
  const values: number[] = [];
  for (const array of arrays) {
    for (let i = 0; i < array.length; i++) if (usable(array[i]!, kind)) values.push(array[i]!);
  }
  return [...values, ...extra.filter((v) => usable(v, kind))];
}

/** The x interval: as given, or the data range (and vertical reference lines). */
export function xAxisScale(plot: ResolvedLinePlot): AxisScale {
  const kind = plot.xScale;
  const verticals = plot.referenceLines.filter((l) => l.orientation === 'vertical').map((l) => l.value);
  const [min, max] = plot.xRange ?? nonDegenerate(extent(collect(plot.series.map((s) => s.x), verticals, kind)), kind);
  return { kind, min, max };
}

/** The y interval: as given, or the data range (and horizontal reference lines), padded. */
export function yAxisScale(plot: ResolvedLinePlot): AxisScale {
  const kind = plot.yScale;
  const horizontals = plot.referenceLines.filter((l) => l.orientation === 'horizontal').map((l) => l.value);
  const [min, max] = plot.yRange ?? padded(nonDegenerate(extent(collect(plot.series.map((s) => s.y), horizontals, kind)), kind), kind);
  return { kind, min, max };
}
