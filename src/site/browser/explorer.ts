/**
 * The explorer's browser entry point (bundled by esbuild into explorer.js, see
 * src/site/explorer-build.ts). All physics comes from src/site/explorer-model.ts: the symbolic
 * matrices are derived once at load; every change lowers, compiles and redraws.
 */
import {
  ExplorerModel,
  defaultParameters,
  invalidParameters,
  type Complex,
  type ExplorerParameters,
  type KappaMap,
  type EigenSweep,
  type HeatTransients,
} from '../explorer-model.js';
import { InputError } from '../../numeric/input-error.js';
import type { EquationKind } from '../../dissipators/equations.js';
import { setUpCanvas, drawAxes, scaleX, scaleY, viridis, extent, FONT, type Frame, type Range } from './plot.js';

type Param = keyof ExplorerParameters;
const PARAMS: readonly Param[] = ['omega', 'k', 'Th', 'Tc', 'lambdaH2', 'lambdaC2', 'cutoff'];
const KAPPA_MAX_DECADES = 8;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer.html has no #${id}`);
  return el as T;
}

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e4 ? String(Number(x.toPrecision(5))) : x.toExponential(3);
}

function formatKappa(kappa: number, resolved: boolean): string {
  if (!Number.isFinite(kappa) || kappa > 1e15) return '∞ (eigenvectors coalesce)';
  const text = kappa >= 1e4 ? kappa.toExponential(2) : kappa.toFixed(kappa < 10 ? 3 : 1);
  return resolved ? text : `≳ ${text} (not resolved)`;
}

class Explorer {
  private params: ExplorerParameters;
  private mapEquation: EquationKind = 'local';
  private pending = false;
  private updates = 0;

  constructor(private readonly model: ExplorerModel) {
    this.params = defaultParameters(model);
  }

  start(): void {
    for (const p of PARAMS) {
      const slider = byId<HTMLInputElement>(`${p}-slider`);
      const field = byId<HTMLInputElement>(`${p}-input`);
      slider.addEventListener('input', () => this.fromSlider(p, slider));
      const commit = (): void => this.fromField(p, field);
      field.addEventListener('change', commit);
      field.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') commit();
      });
    }
    byId('k-on-line').addEventListener('click', () => this.setK(1));
    byId('k-off-line').addEventListener('click', () => this.setK(0.5));
    byId('reset').addEventListener('click', () => {
      this.params = defaultParameters(this.model);
      this.syncAll();
      this.schedule();
    });
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="map-equation"]')) {
      radio.addEventListener('change', () => {
        if (radio.checked) {
          this.mapEquation = radio.value as EquationKind;
          this.schedule();
        }
      });
    }
    let resizeTimer = 0;
    window.addEventListener('resize', () => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => this.schedule(), 150);
    });
    this.syncAll();
    this.update();
    document.body.dataset['ready'] = '1';
  }

  /** k = sign(k) · factor · k*(ω). */
  private setK(factor: number): void {
    const invalid = invalidParameters({ ...this.params, k: 0 });
    if (invalid) return this.showInvalid(invalid.message, invalid.parameter);
    const sign = this.params.k < 0 ? -1 : 1;
    this.params = { ...this.params, k: sign * factor * this.model.exceptionalK(this.params) };
    this.sync('k');
    this.schedule();
  }

  private fromSlider(p: Param, slider: HTMLInputElement): void {
    const magnitude = 10 ** Number(slider.value);
    const value = p === 'k' && this.params.k < 0 ? -magnitude : magnitude;
    this.params = { ...this.params, [p]: value };
    byId<HTMLInputElement>(`${p}-input`).value = String(value);
    this.schedule();
  }

  private fromField(p: Param, field: HTMLInputElement): void {
    const text = field.value.trim();
    const value = text === '' ? Number.NaN : Number(text);
    this.params = { ...this.params, [p]: value };
    if (Number.isFinite(value) && value !== 0) this.sliderTo(p, value);
    this.schedule();
  }

  private sliderTo(p: Param, value: number): void {
    const slider = byId<HTMLInputElement>(`${p}-slider`);
    const min = Number(slider.min);
    const max = Number(slider.max);
    const v = Math.log10(Math.abs(value));
    slider.value = String(Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : min);
  }

  private sync(p: Param): void {
    const value = this.params[p];
    byId<HTMLInputElement>(`${p}-input`).value = String(value);
    this.sliderTo(p, value === 0 ? Number.MIN_VALUE : value);
  }

  private syncAll(): void {
    for (const p of PARAMS) this.sync(p);
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.update();
    });
  }

  private showInvalid(message: string, parameter?: Param): void {
    const box = byId('message');
    box.textContent = message;
    box.hidden = false;
    byId('plots').classList.add('invalid');
    for (const p of PARAMS) document.querySelector(`.control[data-param="${p}"]`)?.classList.toggle('invalid', p === parameter);
    for (const e of ['local', 'global', 'redfield']) {
      const el = byId(`kappa-${e}`);
      el.textContent = '–';
      el.dataset['kappa'] = '';
    }
    byId('k-ratio').textContent = '–';
    document.body.dataset['state'] = 'invalid';
  }

  private clearInvalid(): void {
    byId('message').hidden = true;
    byId('plots').classList.remove('invalid');
    for (const el of document.querySelectorAll('.control.invalid')) el.classList.remove('invalid');
    document.body.dataset['state'] = 'ok';
  }

  update(): void {
    const start = performance.now();
    const p = this.params;
    const invalid = invalidParameters(p);
    if (invalid) {
      this.showInvalid(invalid.message, invalid.parameter);
      this.finish(start);
      return;
    }
    try {
      this.clearInvalid();
      const kStar = this.model.exceptionalK(p);
      const kStarEl = byId('k-star');
      kStarEl.textContent = formatNumber(kStar);
      kStarEl.dataset['kStar'] = String(kStar);
      byId('k-ratio').textContent = kStar > 0 ? formatNumber(p.k / kStar) : '–';
      for (const equation of ['local', 'global', 'redfield'] as const) {
        const a = this.model.point(equation, p);
        const el = byId(`kappa-${equation}`);
        el.textContent = a.growth >= 0 ? `${formatKappa(a.kappa, a.resolved)}; unstable (Re μ ≥ 0)` : formatKappa(a.kappa, a.resolved);
        el.dataset['kappa'] = String(a.kappa);
        el.classList.toggle('big', !(a.kappa < 1e4));
      }
      const map = this.model.kappaMap(this.mapEquation, p, this.model.mapWindow(p));
      drawKappaMap(byId<HTMLCanvasElement>('kappa-map'), map, p);
      drawEigenvalues(byId<HTMLCanvasElement>('eigen-plot'), this.model.eigenSweep(p), p);
      const heat = this.model.heat(p);
      drawHeat(byId<HTMLCanvasElement>('heat-plot'), heat);
      const failed = (['local', 'global', 'redfield'] as const).flatMap((e) => {
        const c = heat.curves[e];
        return c.ok ? [] : [`${e}: ${c.message}`];
      });
      byId('heat-notice').textContent = failed.length > 0 ? `Not plotted — ${failed.join('; ')}.` : '';
    } catch (e) {
      if (e instanceof InputError) this.showInvalid(`These parameters have no physical solution: ${e.message}`);
      else {
        this.showInvalid(`The computation failed: ${(e as Error).message}`);
        console.error(e);
      }
    }
    this.finish(start);
  }

  private finish(start: number): void {
    const ms = performance.now() - start;
    this.updates++;
    document.body.dataset['updateMs'] = ms.toFixed(1);
    document.body.dataset['updates'] = String(this.updates);
    byId('status').textContent = `Derived the symbolic matrices in ${this.model.derivationMs} ms at load; last update ${ms.toFixed(0)} ms.`;
  }
}

function drawKappaMap(canvas: HTMLCanvasElement, map: KappaMap, p: ExplorerParameters): void {
  const f = setUpCanvas(canvas, { left: 64, right: 78, top: 14, bottom: 44 });
  const { ctx } = f;
  const { window: w, omegas, log10Kappa, line } = map;
  // Colour scale 0 … top, top = the 99th percentile of log10 κ on the grid (at least 1, at most 8):
  // the ridge along the exceptional line saturates and stands out, whichever grid point happens
  // to fall closest to the line.
  const finite = Array.from(log10Kappa).filter(Number.isFinite).sort((a, b) => a - b);
  const p99 = finite.length > 0 ? finite[Math.floor(0.99 * (finite.length - 1))]! : 1;
  const top = Math.max(1, Math.min(KAPPA_MAX_DECADES, Math.ceil(p99 * 2) / 2));
  const saturated = finite.length > 0 && finite[finite.length - 1]! > top;
  const image = new ImageData(w.nOmega, w.nK);
  for (let j = 0; j < w.nK; j++) {
    for (let i = 0; i < w.nOmega; i++) {
      const v = log10Kappa[j * w.nOmega + i]!;
      const at = ((w.nK - 1 - j) * w.nOmega + i) * 4;
      const [r, g, b] = Number.isNaN(v) ? [205, 205, 205] : viridis(v / top);
      image.data[at] = r;
      image.data[at + 1] = g;
      image.data[at + 2] = b;
      image.data[at + 3] = 255;
    }
  }
  const off = document.createElement('canvas');
  off.width = w.nOmega;
  off.height = w.nK;
  off.getContext('2d')!.putImageData(image, 0, 0);
  const xr: Range = { min: w.omegaMin, max: w.omegaMax };
  const yr: Range = { min: w.kMin, max: w.kMax };
  // Cell centres sit on the grid values: stretch the image half a cell beyond them, then clip.
  const dx = (w.omegaMax - w.omegaMin) / (w.nOmega - 1) / 2;
  const dy = (w.kMax - w.kMin) / (w.nK - 1) / 2;
  ctx.save();
  ctx.beginPath();
  ctx.rect(f.left, f.top, f.right - f.left, f.bottom - f.top);
  ctx.clip();
  ctx.imageSmoothingEnabled = false;
  const x0 = scaleX(f, xr, w.omegaMin - dx);
  const x1 = scaleX(f, xr, w.omegaMax + dx);
  const y0 = scaleY(f, yr, w.kMax + dy);
  const y1 = scaleY(f, yr, w.kMin - dy);
  ctx.drawImage(off, x0, y0, x1 - x0, y1 - y0);
  ctx.strokeStyle = '#e8282b';
  ctx.lineWidth = 2;
  ctx.setLineDash([7, 5]);
  for (const sign of [1, -1]) {
    ctx.beginPath();
    omegas.forEach((omega, i) => {
      const x = scaleX(f, xr, omega);
      const y = scaleY(f, yr, sign * line[i]!);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.stroke();
  }
  ctx.setLineDash([]);
  const cx = scaleX(f, xr, p.omega);
  const cy = scaleY(f, yr, p.k);
  for (const [colour, width] of [['#000', 4], ['#fff', 2]] as const) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(cx - 8, cy);
    ctx.lineTo(cx + 8, cy);
    ctx.moveTo(cx, cy - 8);
    ctx.lineTo(cx, cy + 8);
    ctx.stroke();
  }
  ctx.restore();
  drawAxes(f, xr, yr, 'ω', 'k');
  // Colour bar.
  const barLeft = f.right + 14;
  const barWidth = 14;
  for (let y = f.top; y < f.bottom; y++) {
    const [r, g, b] = viridis((f.bottom - y) / (f.bottom - f.top));
    ctx.fillStyle = `rgb(${r | 0},${g | 0},${b | 0})`;
    ctx.fillRect(barLeft, y, barWidth, 1.5);
  }
  ctx.strokeStyle = '#30343c';
  ctx.strokeRect(barLeft + 0.5, f.top + 0.5, barWidth, f.bottom - f.top);
  ctx.fillStyle = '#30343c';
  ctx.font = FONT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const step = top <= 2 ? 0.5 : top <= 4 ? 1 : 2;
  const labelAt = (d: number, text: string): void => ctx.fillText(text, barLeft + barWidth + 4, f.bottom - (d / top) * (f.bottom - f.top));
  for (let d = 0; d < top - 0.3 * step; d += step) labelAt(d, String(d));
  labelAt(top, `${top}${saturated ? '+' : ''}`);
  ctx.textAlign = 'center';
  ctx.fillText('log₁₀ κ', barLeft + barWidth / 2 + 8, f.bottom + 24);
}

function drawEigenvalues(canvas: HTMLCanvasElement, sweep: EigenSweep, p: ExplorerParameters): void {
  const f = setUpCanvas(canvas);
  const { ctx } = f;
  const shift = (z: Complex): { x: number; y: number } => ({ x: z.re, y: z.im - p.omega });
  const all = [...sweep.trajectories.local, ...sweep.trajectories.redfield, ...sweep.current.local, ...sweep.current.redfield].map(shift);
  const xr = extent(all.map((z) => z.x), 0.08);
  const yr = extent(all.map((z) => z.y), 0.08);
  ctx.save();
  ctx.beginPath();
  ctx.rect(f.left, f.top, f.right - f.left, f.bottom - f.top);
  ctx.clip();
  ctx.strokeStyle = 'rgba(44, 160, 44, 0.7)';
  ctx.lineWidth = 1;
  for (const z of sweep.trajectories.redfield.map(shift)) {
    ctx.beginPath();
    ctx.arc(scaleX(f, xr, z.x), scaleY(f, yr, z.y), 3.4, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.fillStyle = 'rgba(214, 39, 40, 0.55)';
  for (const z of sweep.trajectories.local.map(shift)) {
    ctx.beginPath();
    ctx.arc(scaleX(f, xr, z.x), scaleY(f, yr, z.y), 1.8, 0, 2 * Math.PI);
    ctx.fill();
  }
  for (const z of sweep.current.local.map(shift)) {
    ctx.beginPath();
    ctx.arc(scaleX(f, xr, z.x), scaleY(f, yr, z.y), 6, 0, 2 * Math.PI);
    ctx.fillStyle = '#d62728';
    ctx.fill();
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  for (const z of sweep.current.redfield.map(shift)) {
    ctx.beginPath();
    ctx.arc(scaleX(f, xr, z.x), scaleY(f, yr, z.y), 10, 0, 2 * Math.PI);
    ctx.strokeStyle = '#2ca02c';
    ctx.lineWidth = 2.5;
    ctx.stroke();
  }
  ctx.restore();
  drawAxes(f, xr, yr, 'Re μ', 'Im μ − ω');
  legend(f, [
    { colour: '#d62728', dash: [], label: 'M_L,1 (dots; filled: current k)', marker: 'dot' },
    { colour: '#2ca02c', dash: [], label: 'M_R,1 (circles; ring: current k)', marker: 'ring' },
  ]);
}

interface LegendEntry {
  readonly colour: string;
  readonly dash: number[];
  readonly label: string;
  readonly marker?: 'dot' | 'ring';
  readonly width?: number;
}

function legend(f: Frame, entries: readonly LegendEntry[]): void {
  const { ctx } = f;
  ctx.save();
  ctx.font = FONT;
  const width = Math.max(...entries.map((e) => ctx.measureText(e.label).width)) + 46;
  const height = entries.length * 18 + 8;
  const x = f.left + 8;
  const y = f.top + 8;
  ctx.fillStyle = 'rgba(255,255,255,0.88)';
  ctx.fillRect(x, y, width, height);
  ctx.strokeStyle = '#c9ced8';
  ctx.strokeRect(x + 0.5, y + 0.5, width, height);
  entries.forEach((e, i) => {
    const cy = y + 13 + i * 18;
    ctx.strokeStyle = e.colour;
    ctx.fillStyle = e.colour;
    ctx.lineWidth = e.width ?? 2;
    if (e.marker === 'dot') {
      ctx.beginPath();
      ctx.arc(x + 18, cy, 4, 0, 2 * Math.PI);
      ctx.fill();
    } else if (e.marker === 'ring') {
      ctx.beginPath();
      ctx.arc(x + 18, cy, 5, 0, 2 * Math.PI);
      ctx.stroke();
    } else {
      ctx.setLineDash(e.dash);
      ctx.beginPath();
      ctx.moveTo(x + 6, cy);
      ctx.lineTo(x + 32, cy);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = '#30343c';
    ctx.textBaseline = 'middle';
    ctx.fillText(e.label, x + 40, cy);
  });
  ctx.restore();
}

function drawHeat(canvas: HTMLCanvasElement, heat: HeatTransients): void {
  const f = setUpCanvas(canvas);
  const { ctx } = f;
  const styles: Record<EquationKind, LegendEntry> = {
    local: { colour: '#d62728', dash: [], label: 'local', width: 2.2 },
    global: { colour: '#1f63c6', dash: [9, 5], label: 'global', width: 2 },
    redfield: { colour: '#2ca02c', dash: [2, 4], label: 'Redfield', width: 2.6 },
    'partial-secular': { colour: '#9467bd', dash: [6, 3], label: 'partial-secular', width: 2 },
  };
  const values: number[] = [];
  for (const e of ['local', 'global', 'redfield'] as const) {
    const c = heat.curves[e];
    if (c.ok) values.push(...c.Qh, c.steady);
  }
  const xr: Range = { min: 0, max: heat.t[heat.t.length - 1]! };
  const yr = extent(values, 0.08);
  ctx.save();
  ctx.beginPath();
  ctx.rect(f.left, f.top, f.right - f.left, f.bottom - f.top);
  ctx.clip();
  const local = heat.curves.local;
  const entries: LegendEntry[] = [];
  if (local.ok) {
    ctx.strokeStyle = '#8a8f99';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([10, 4, 2, 4]);
    ctx.beginPath();
    ctx.moveTo(f.left, scaleY(f, yr, local.steady));
    ctx.lineTo(f.right, scaleY(f, yr, local.steady));
    ctx.stroke();
  }
  for (const e of ['global', 'local', 'redfield'] as const) {
    const c = heat.curves[e];
    if (!c.ok) continue;
    const s = styles[e];
    entries.push(s);
    ctx.strokeStyle = s.colour;
    ctx.lineWidth = s.width ?? 2;
    ctx.setLineDash(s.dash);
    ctx.beginPath();
    heat.t.forEach((t, i) => {
      const x = scaleX(f, xr, t);
      const y = scaleY(f, yr, c.Qh[i]!);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.stroke();
  }
  ctx.restore();
  drawAxes(f, xr, yr, 't', 'Q̇_h');
  if (local.ok) entries.push({ colour: '#8a8f99', dash: [10, 4, 2, 4], label: 'steady state', width: 1.5 });
  legend(f, entries);
}

function main(): void {
  const status = byId('status');
  status.textContent = 'Deriving the moment equations…';
  // Let the page paint before the (few hundred ms of) symbolic derivation.
  window.setTimeout(() => {
    try {
      new Explorer(new ExplorerModel()).start();
    } catch (e) {
      status.textContent = `The explorer failed to start: ${(e as Error).message}`;
      console.error(e);
    }
  }, 0);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
else main();
