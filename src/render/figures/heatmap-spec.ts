/** What a heatmap panel shows (the public spec), its defaults, and validation. */
import { VIRIDIS, type ColourMap } from './colour-map.js';
import { validateColourScale, type ColourScale } from './colour-scale.js';
import { parseHexColour, type Rgb } from './colour.js';
import type { DashStyle } from './dash.js';
import { checkCount, checkHexColour, checkRange, checkSize } from './spec-checks.js';

/** A curve drawn over a heatmap, e.g. an "exceptional line" of the paper's Fig. 2. */
export interface OverlayCurve {
  /** (ω, k) points in data coordinates; a non-finite point breaks the curve. Clipped to the plot. */
  readonly points: ReadonlyArray<readonly [number, number]>;
  /** CSS hex colour; default red "#e41a1c". */
  readonly colour?: string;
  /** Default 'dashed'. */
  readonly dash?: DashStyle;
  /** Stroke width in px; default 1.5. */
  readonly lineWidth?: number;
}

/**
 * A heatmap of z over the (ω, k) plane, e.g. log₁₀ κ of the paper's Fig. 2.
 * All text fields are label markup (see label-markup.ts): "log_{10} \\kappa", "\\omega".
 */
export interface HeatmapSpec {
  /**
   * The grid, row-major over k then ω: values[kIndex · omegaCount + omegaIndex] is z at the
   * omegaIndex-th column and kIndex-th row (row 0 at the bottom, k0). NaN and ±Infinity mark
   * unresolved / diverging points and are drawn in `unresolvedColour`.
   */
  readonly values: ArrayLike<number>;
  /** Number of ω columns (≥ 1). */
  readonly omegaCount: number;
  /** Number of k rows (≥ 1). */
  readonly kCount: number;
  /**
   * [ω0, ω1], the left edge of the first column and the right edge of the last one (ω0 < ω1).
   * For values sampled at evenly spaced centres use `cellEdgesFromCentres`.
   */
  readonly omegaRange: readonly [number, number];
  /** [k0, k1], the bottom edge of the first row and the top edge of the last one (k0 < k1). */
  readonly kRange: readonly [number, number];
  /** Title above the plot, e.g. "local"; default none. */
  readonly title?: string;
  /** Bold panel tag at the top-left corner, e.g. "a)"; default none. */
  readonly panelLabel?: string;
  /** x-axis label; default "\\omega". */
  readonly xLabel?: string;
  /** y-axis label; default "k". */
  readonly yLabel?: string;
  /** Colour-bar label; default "log_{10} \\kappa". */
  readonly colourBarLabel?: string;
  /** Values mapped to the ends of the colour map (others are clamped); default: the finite data range. */
  readonly colourScale?: ColourScale;
  /** Default viridis. */
  readonly colourMap?: ColourMap;
  /** Colour of NaN / ±Infinity cells, as CSS hex; default white "#ffffff". */
  readonly unresolvedColour?: string;
  /** Text of the key for unresolved cells, shown under the colour bar when there are any; default "unresolved". */
  readonly unresolvedLabel?: string;
  /** Curves drawn over the cells (default none). */
  readonly overlays?: readonly OverlayCurve[];
  /** Figure width in px (default 420). In PNG output this is multiplied by the pixel ratio. */
  readonly width?: number;
  /** Figure height in px (default 340). */
  readonly height?: number;
}

/** An overlay with every default filled in. */
export interface ResolvedOverlay {
  readonly points: ReadonlyArray<readonly [number, number]>;
  readonly colour: string;
  readonly dash: DashStyle;
  readonly lineWidth: number;
}

/** A validated spec with every default filled in. */
export interface ResolvedHeatmap {
  readonly values: ArrayLike<number>;
  readonly omegaCount: number;
  readonly kCount: number;
  readonly omegaRange: readonly [number, number];
  readonly kRange: readonly [number, number];
  readonly title: string | null;
  readonly panelLabel: string | null;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly colourBarLabel: string;
  readonly colourScale: ColourScale | null;
  readonly colourMap: ColourMap;
  readonly unresolvedColour: Rgb;
  readonly unresolvedLabel: string;
  readonly overlays: readonly ResolvedOverlay[];
  readonly width: number;
  readonly height: number;
}

export const HEATMAP_DEFAULTS = {
  xLabel: '\\omega',
  yLabel: 'k',
  colourBarLabel: 'log_{10} \\kappa',
  unresolvedColour: '#ffffff',
  unresolvedLabel: 'unresolved',
  overlayColour: '#e41a1c',
  overlayDash: 'dashed',
  overlayLineWidth: 1.5,
  width: 420,
  height: 340,
} as const;

/** The outer cell edges [first − h/2, last + h/2] of `count` evenly spaced centres first … last. */
export function cellEdgesFromCentres(first: number, last: number, count: number): readonly [number, number] {
  const half = count > 1 ? (last - first) / (count - 1) / 2 : 0.5;
  return [first - half, last + half];
}

function checkColourMap(map: ColourMap): ColourMap {
  if (map.stops.length < 2) throw new RangeError(`colour map ${JSON.stringify(map.name)} needs at least two stops`);
  return map;
}

function resolveOverlay(overlay: OverlayCurve, index: number): ResolvedOverlay {
  const lineWidth = overlay.lineWidth ?? HEATMAP_DEFAULTS.overlayLineWidth;
  if (!(lineWidth > 0)) throw new RangeError(`overlay ${index}: lineWidth must be positive, got ${lineWidth}`);
  return {
    points: overlay.points,
    colour: checkHexColour(overlay.colour ?? HEATMAP_DEFAULTS.overlayColour, `overlay ${index} colour`),
    dash: overlay.dash ?? HEATMAP_DEFAULTS.overlayDash,
    lineWidth,
  };
}

/** Validates the spec (throwing RangeError with the reason) and fills in the defaults. */
export function resolveHeatmapSpec(spec: HeatmapSpec): ResolvedHeatmap {
  const omegaCount = checkCount(spec.omegaCount, 'omegaCount');
  const kCount = checkCount(spec.kCount, 'kCount');
  if (spec.values.length !== omegaCount * kCount) {
    throw new RangeError(`values has ${spec.values.length} entries; omegaCount × kCount = ${omegaCount * kCount}`);
  }
  return {
    values: spec.values,
    omegaCount,
    kCount,
    omegaRange: checkRange(spec.omegaRange, 'omegaRange'),
    kRange: checkRange(spec.kRange, 'kRange'),
    title: spec.title ?? null,
    panelLabel: spec.panelLabel ?? null,
    xLabel: spec.xLabel ?? HEATMAP_DEFAULTS.xLabel,
    yLabel: spec.yLabel ?? HEATMAP_DEFAULTS.yLabel,
    colourBarLabel: spec.colourBarLabel ?? HEATMAP_DEFAULTS.colourBarLabel,
    colourScale: spec.colourScale === undefined ? null : validateColourScale(spec.colourScale),
    colourMap: checkColourMap(spec.colourMap ?? VIRIDIS),
    unresolvedColour: parseHexColour(checkHexColour(spec.unresolvedColour ?? HEATMAP_DEFAULTS.unresolvedColour, 'unresolvedColour')),
    unresolvedLabel: spec.unresolvedLabel ?? HEATMAP_DEFAULTS.unresolvedLabel,
    overlays: (spec.overlays ?? []).map(resolveOverlay),
    width: checkSize(spec.width ?? HEATMAP_DEFAULTS.width, 'width'),
    height: checkSize(spec.height ?? HEATMAP_DEFAULTS.height, 'height'),
  };
}

/** True when some value is NaN or ±Infinity. */
export function hasUnresolvedValues(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return true;
  return false;
}
