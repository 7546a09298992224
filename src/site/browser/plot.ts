/** Small canvas plotting helpers for the explorer: HiDPI set-up, linear axes with nice ticks, colour map. */

export interface Frame {
  readonly ctx: CanvasRenderingContext2D;
  /** CSS pixels of the canvas. */
  readonly width: number;
  readonly height: number;
  /** The plot area inside the axes, CSS pixels. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';

/** Sizes the canvas backing store to its CSS box × devicePixelRatio and clears it. */
export function setUpCanvas(canvas: HTMLCanvasElement, margins = { left: 64, right: 16, top: 14, bottom: 44 }): Frame {
  const ratio = Math.max(1, window.devicePixelRatio || 1);
  const width = Math.max(200, canvas.clientWidth);
  const height = Math.max(150, canvas.clientHeight);
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  return { ctx, width, height, left: margins.left, top: margins.top, right: width - margins.right, bottom: height - margins.bottom };
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** A "nice" step (1, 2, 5 × 10ⁿ) giving about `count` ticks over the span. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
}

export function ticks(range: Range, count: number): number[] {
  const span = range.max - range.min;
  if (!(span > 0) || !Number.isFinite(span)) return [range.min];
  const step = niceStep(span, count);
  const out: number[] = [];
  for (let v = Math.ceil(range.min / step) * step; v <= range.max + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

/** Tick labels with a common power of ten pulled out: ([-1e-4, 0, 1e-4]) → (['−1', '0', '1'], -4). */
export function tickLabels(values: readonly number[]): { labels: string[]; exponent: number } {
  const largest = Math.max(...values.map(Math.abs));
  const exponent = largest > 0 && (largest >= 1e4 || largest < 1e-2) ? Math.floor(Math.log10(largest)) : 0;
  const scale = 10 ** exponent;
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) / scale : 1;
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
  return { labels: values.map((v) => (v / scale).toFixed(decimals).replace('-', '−')), exponent };
}

export function scaleX(f: Frame, r: Range, x: number): number {
  return f.left + ((x - r.min) / (r.max - r.min)) * (f.right - f.left);
}

export function scaleY(f: Frame, r: Range, y: number): number {
  return f.bottom - ((y - r.min) / (r.max - r.min)) * (f.bottom - f.top);
}

function superscript(n: number): string {
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return String(n).replace('-', '⁻').replace(/\d/g, (d) => digits[Number(d)]!);
}

/** Axes box, ticks, tick labels and axis titles (the exponent of the ticks goes into the title). */
export function drawAxes(f: Frame, xr: Range, yr: Range, xTitle: string, yTitle: string): void {
  const { ctx } = f;
  ctx.save();
  ctx.strokeStyle = '#30343c';
  ctx.lineWidth = 1;
  ctx.strokeRect(f.left + 0.5, f.top + 0.5, f.right - f.left, f.bottom - f.top);
  ctx.fillStyle = '#30343c';
  ctx.font = FONT;
  const xt = ticks(xr, Math.max(3, Math.floor((f.right - f.left) / 90)));
  const xl = tickLabels(xt);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  xt.forEach((v, i) => {
    const x = scaleX(f, xr, v);
    ctx.beginPath();
    ctx.moveTo(x, f.bottom);
    ctx.lineTo(x, f.bottom + 5);
    ctx.stroke();
    ctx.fillText(xl.labels[i]!, x, f.bottom + 7);
  });
  ctx.fillText(xl.exponent === 0 ? xTitle : `${xTitle} (×10${superscript(xl.exponent)})`, (f.left + f.right) / 2, f.bottom + 24);
  const yt = ticks(yr, Math.max(3, Math.floor((f.bottom - f.top) / 55)));
  const yl = tickLabels(yt);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  yt.forEach((v, i) => {
    const y = scaleY(f, yr, v);
    ctx.beginPath();
    ctx.moveTo(f.left - 5, y);
    ctx.lineTo(f.left, y);
    ctx.stroke();
    ctx.fillText(yl.labels[i]!, f.left - 7, y);
  });
  ctx.translate(14, (f.top + f.bottom) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(yl.exponent === 0 ? yTitle : `${yTitle} (×10${superscript(yl.exponent)})`, 0, 0);
  ctx.restore();
}

/** Matplotlib's viridis at 9 stops (CC0), linearly interpolated. */
const VIRIDIS = [
  [68, 1, 84], [71, 44, 122], [59, 81, 139], [44, 113, 142], [33, 144, 141], [39, 173, 129], [92, 200, 99], [170, 220, 50], [253, 231, 37],
] as const;

export function viridis(t: number): [number, number, number] {
  const c = Number.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
  const x = c * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const u = x - i;
  const a = VIRIDIS[i]!;
  const b = VIRIDIS[i + 1]!;
  return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u, a[2] + (b[2] - a[2]) * u];
}

/** Padded range of values (finite ones only). */
export function extent(values: Iterable<number>, pad = 0.06): Range {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return { min: 0, max: 1 };
  if (min === max) {
    const d = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return { min: min - d, max: max + d };
  }
  const d = (max - min) * pad;
  return { min: min - d, max: max + d };
}
