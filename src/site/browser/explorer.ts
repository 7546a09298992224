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
} from '../explorer-model.js';
import { InputError } from '../../numeric/input-error.js';
import type { EquationKind } from '../../dissipators/equations.js';
import { View, parse, logger, Error as VegaError } from 'vega';
import { compile } from 'vega-lite';
import { kappaMapFigure, eigenvalueFigure, heatFigure, type ExplorerFigureSize } from '../explorer-figures.js';
import { tableCsv, type Figure, type Rasterise } from '../../render/plots/index.js';

type Param = keyof ExplorerParameters;
const PARAMS: readonly Param[] = ['omega', 'k', 'Th', 'Tc', 'lambdaH2', 'lambdaC2', 'cutoff'];
type FigureId = 'kappa-map' | 'eigen-plot' | 'heat-plot';
const FIGURES: readonly FigureId[] = ['kappa-map', 'eigen-plot', 'heat-plot'];
const EQUATION_KINDS: readonly EquationKind[] = ['local', 'global', 'redfield'];

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
  /** The figures on screen and their Vega views (for the downloads). */
  private readonly shown = new Map<FigureId, { figure: Figure; view: View }>();

  constructor(private readonly model: ExplorerModel) {
    this.params = { ...defaultParameters(model), ...parametersFromHash(window.location.hash) };
    const map = new URLSearchParams(window.location.hash.slice(1)).get('map');
    if (map && (EQUATION_KINDS as readonly string[]).includes(map)) this.mapEquation = map as EquationKind;
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
    for (const button of document.querySelectorAll<HTMLButtonElement>('button.download')) {
      button.addEventListener('click', () => void this.download(button.dataset['figure'] as FigureId, button.dataset['format'] as 'svg' | 'png' | 'csv'));
    }
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="map-equation"]')) {
      radio.checked = radio.value === this.mapEquation;
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

  /** Renders a figure into its panel (Vega's canvas renderer) and puts its parameters in the caption. */
  private show(id: FigureId, figure: Figure): void {
    this.shown.get(id)?.view.finalize();
    const container = byId(id);
    container.replaceChildren();
    const view = new View(parse(compile(figure.spec, { logger: logger(VegaError) }).spec), { renderer: 'canvas', container, hover: false, logLevel: VegaError });
    this.shown.set(id, { figure, view });
    byId(`${id}-params`).textContent = figure.caption.slice(figure.caption.lastIndexOf('. ') + 2);
    container.dataset['rendered'] = 'pending';
    view.runAsync().then(() => {
      if (this.shown.get(id)?.view === view) container.dataset['rendered'] = String(this.updates);
    }, (e: unknown) => console.error(e));
  }

  /** The figure on screen as SVG or PNG (rendered by Vega) or CSV (its data), saved as a file. */
  private async download(id: FigureId, format: 'svg' | 'png' | 'csv'): Promise<void> {
    const shown = this.shown.get(id);
    if (!shown) return;
    const name = `openmoments-${id}.${format}`;
    let url: string;
    if (format === 'png') url = await shown.view.toImageURL('png', 2);
    else {
      const text = format === 'svg' ? await shown.view.toSVG() : tableCsv(shown.figure.table);
      url = URL.createObjectURL(new Blob([text], { type: format === 'svg' ? 'image/svg+xml' : 'text/csv' }));
    }
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    if (url.startsWith('blob:')) window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
      this.show('kappa-map', kappaMapFigure(map, this.mapEquation, p, canvasRasterise, chartSize('kappa-map', 110)));
      this.show('eigen-plot', eigenvalueFigure(this.model.eigenSweep(p), p, chartSize('eigen-plot', 200)));
      const heat = this.model.heat(p);
      const heatPlot = heatFigure(heat, p, chartSize('heat-plot', 200));
      if (heatPlot) this.show('heat-plot', heatPlot);
      writeHash(p, this.mapEquation);
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

/** The cells of the κ map as a PNG data URL, drawn by the browser's canvas. */
const canvasRasterise: Rasterise = ({ width, height, rgba }) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(rgba), width, height), 0, 0);
  return canvas.toDataURL('image/png');
};

/** A chart's plot area: the panel's width less room for the axes and the legend beside it. */
function chartSize(id: FigureId, besides: number): ExplorerFigureSize {
  const width = Math.max(220, byId(id).clientWidth - besides);
  return { width, height: Math.round(Math.min(340, Math.max(200, width * 0.7))) };
}

/** Parameters from the page address (#omega=1&k=5e-5&…): unknown names and non-numbers are ignored. */
function parametersFromHash(hash: string): Partial<ExplorerParameters> {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  const out: { -readonly [K in Param]?: number } = {};
  for (const p of PARAMS) {
    const text = query.get(p);
    if (text !== null && text.trim() !== '' && Number.isFinite(Number(text))) out[p] = Number(text);
  }
  return out;
}

/** The current view in the page address, so that it can be shared (replaceState: no history entry per change). */
function writeHash(p: ExplorerParameters, map: EquationKind): void {
  const query = new URLSearchParams(PARAMS.map((name) => [name, String(p[name])]));
  query.set('map', map);
  window.history.replaceState(null, '', `#${query.toString()}`);
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
