/**
 * explorer.html: the page shell of the interactive explorer. Labels are rendered by KaTeX at build
 * time; the behaviour is the esbuild bundle explorer.js (src/site/browser/explorer.ts), a classic script so
 * that the page works from file:// (module scripts are blocked there).
 */
import { tex } from './math.js';
import { BASE_CSS, page } from './html.js';

/** One slider: a log10 (or linear) scale and a text field for exact values. */
export interface SliderSpec {
  readonly param: 'omega' | 'k' | 'Th' | 'Tc' | 'lambdaH2' | 'lambdaC2' | 'cutoff';
  readonly label: string;
  readonly meaning: string;
  /** Slider range in log10 units. */
  readonly min: number;
  readonly max: number;
}

export const SLIDERS: readonly SliderSpec[] = [
  { param: 'omega', label: '\\omega', meaning: 'resonator frequency', min: -1, max: 1 },
  { param: 'k', label: '|k|', meaning: 'coupling (log scale; type a negative value in the field)', min: -9, max: 1 },
  { param: 'Th', label: 'T_h', meaning: 'hot bath temperature', min: -2, max: 3 },
  { param: 'Tc', label: 'T_c', meaning: 'cold bath temperature', min: -2, max: 3 },
  { param: 'lambdaH2', label: '\\lambda_h^2', meaning: 'hot dissipation strength', min: -10, max: -1 },
  { param: 'lambdaC2', label: '\\lambda_c^2', meaning: 'cold dissipation strength', min: -10, max: -1 },
  { param: 'cutoff', label: '\\Lambda', meaning: 'cutoff of J (eq. 19)', min: -1, max: 5 },
];

function control(s: SliderSpec): string {
  return `<div class="control" data-param="${s.param}">
  <label for="${s.param}-slider"><span class="sym">${tex(s.label)}</span> <span class="meaning">${s.meaning}</span></label>
  <div class="inputs">
    <input type="range" id="${s.param}-slider" min="${s.min}" max="${s.max}" step="any" data-log="true" aria-label="log10 of ${s.param}">
    <input type="number" id="${s.param}-input" step="any" aria-label="${s.param}">
  </div>
</div>`;
}

const EXPLORER_CSS = `${BASE_CSS}
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; font-size: 15px; }
.app { display: grid; grid-template-columns: 21rem 1fr; gap: 1.2rem; padding: 1rem 1.2rem 3rem; max-width: 110rem; margin: 0 auto; }
header.top { grid-column: 1 / -1; }
header.top h1 { font-size: 1.45rem; margin: 0; }
header.top p { margin: .25rem 0; color: var(--muted); }
.controls { position: sticky; top: .8rem; align-self: start; background: var(--panel); border: 1px solid var(--rule); border-radius: 8px; padding: .8rem 1rem; }
.control { margin: 0 0 .8rem; }
.control label { display: block; font-size: .9rem; }
.control .sym { font-weight: 600; }
.control .meaning { color: var(--muted); font-size: .82rem; }
.control .inputs { display: grid; grid-template-columns: 1fr 7.5rem; gap: .5rem; align-items: center; }
.control input[type=range] { width: 100%; }
.control input[type=number] { width: 100%; font-size: .85rem; padding: .15rem .3rem; }
.control.invalid input[type=number] { border: 2px solid var(--bad); }
.buttons { display: flex; flex-wrap: wrap; gap: .4rem; margin: .2rem 0 .9rem; }
button { font-size: .85rem; padding: .35rem .7rem; border-radius: 6px; border: 1px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: #fff; }
fieldset { border: 1px solid var(--rule); border-radius: 6px; padding: .3rem .7rem .5rem; margin: 0 0 .6rem; font-size: .88rem; }
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 1rem; align-content: start; }
.panel { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: .6rem .8rem .8rem; margin: 0; }
.panel h2 { font-size: 1rem; border: 0; margin: 0 0 .4rem; padding: 0; }
.panel .chart { width: 100%; display: block; overflow: hidden; }
.panel .chart canvas { display: block; }
.downloads { font-size: .8rem; color: var(--muted); margin-top: .3rem; }
.downloads button { font-size: .78rem; padding: .15rem .5rem; }
.params { display: block; margin-top: .2rem; font-variant-numeric: tabular-nums; }
.panel figcaption { font-size: .82rem; color: var(--muted); margin-top: .3rem; }
.message { grid-column: 1 / -1; border: 2px solid var(--bad); background: #fdecea; color: #7a1712; border-radius: 8px; padding: .7rem 1rem; font-size: 1rem; }
.message[hidden] { display: none; }
.plots.invalid .panel.plot { opacity: .18; pointer-events: none; }
.plots.invalid .panel.plot .chart { visibility: hidden; }
.readout { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 1.4rem; align-items: baseline; }
.readout .kappa { font-size: 1.05rem; }
.readout .value { font-variant-numeric: tabular-nums; font-weight: 600; }
.readout .big { color: var(--bad); }
.status { color: var(--muted); font-size: .85rem; }
.notice { color: var(--warn); font-size: .85rem; }
@media (max-width: 900px) { .app { grid-template-columns: 1fr; } .controls { position: static; } .plots { grid-template-columns: 1fr; } }
`;

export function explorerHtml(): string {
  const body = `<main class="app">
<header class="top">
  <h1>Explorer: exceptional points of the local, global and Redfield equations</h1>
  <p>Two resonant oscillators (${tex('\\omega_h = \\omega_c = \\omega')}) coupled by ${tex('k\\,x_h x_c')}, each damped by its own bath (eqs. 15–20 of the paper). The moment matrices are derived exactly when the page loads and compiled to numbers at every change. <a href="index.html">Back to the report</a>.</p>
  <p class="status" id="status">Deriving the moment equations…</p>
</header>
<section class="controls" aria-label="Parameters">
${SLIDERS.map(control).join('\n')}
  <div class="buttons">
    <button type="button" class="primary" id="k-on-line">k on the exceptional line</button>
    <button type="button" id="k-off-line">k = k*/2</button>
    <button type="button" id="reset">Paper values (Figs. 2–3)</button>
  </div>
  <fieldset id="map-equation">
    <legend>κ map of</legend>
    <label><input type="radio" name="map-equation" value="local" checked> ${tex('M_{\\mathcal{L},1}')}</label>
    <label><input type="radio" name="map-equation" value="global"> ${tex('M_{\\mathcal{G},1}')}</label>
    <label><input type="radio" name="map-equation" value="redfield"> ${tex('M_{\\mathcal{R},1}')}</label>
  </fieldset>
  <p class="note">Sliders are logarithmic. Type exact values (negative k, or anything out of range) in the fields and press Enter. The page's address carries the current parameters: copy it to share this view.</p>
</section>
<section class="plots" id="plots" aria-live="polite">
  <div class="message" id="message" role="alert" hidden></div>
  <div class="panel readout" id="readout">
    <div class="kappa">${tex('\\kappa(V)')} of ${tex('M_{\\mathcal{L},1}')}: <span class="value" id="kappa-local" data-kappa="">–</span></div>
    <div class="kappa">${tex('M_{\\mathcal{G},1}')}: <span class="value" id="kappa-global" data-kappa="">–</span></div>
    <div class="kappa">${tex('M_{\\mathcal{R},1}')}: <span class="value" id="kappa-redfield" data-kappa="">–</span></div>
    <div>${tex('k^{*}(\\omega)')} = <span class="value" id="k-star" data-k-star="">–</span></div>
    <div>${tex('k/k^{*}')} = <span class="value" id="k-ratio">–</span></div>
  </div>
  <figure class="panel plot">
    <h2>Condition number ${tex('\\log_{10}\\kappa(V)')} over ${tex('(\\omega, k)')}</h2>
    <div class="chart" id="kappa-map" role="img" aria-label="log10 kappa map"></div>
    <div class="downloads" data-figure="kappa-map">Download: <button type="button" class="download" data-figure="kappa-map" data-format="svg">SVG</button> <button type="button" class="download" data-figure="kappa-map" data-format="png">PNG</button> <button type="button" class="download" data-figure="kappa-map" data-format="csv">CSV</button></div>
    <figcaption>Fig. 2 live: ${tex('\\kappa')} of the eigenvector matrix of the selected ${tex('M_{\\mathcal{D},1}')} (eq. 24); exact exceptional lines ${tex('k = \\pm k^{*}(\\omega)')} dashed red; the current point is the white cross. Grey: ${tex('|k| \\ge \\omega^2')} (unstable). <span class="params" id="kappa-map-params"></span></figcaption>
  </figure>
  <figure class="panel plot">
    <h2>Eigenvalues of ${tex('M_{\\mathcal{L},1}')} and ${tex('M_{\\mathcal{R},1}')} as ${tex('|k|')} sweeps through the EP</h2>
    <div class="chart" id="eigen-plot" role="img" aria-label="eigenvalue trajectories"></div>
    <div class="downloads" data-figure="eigen-plot">Download: <button type="button" class="download" data-figure="eigen-plot" data-format="svg">SVG</button> <button type="button" class="download" data-figure="eigen-plot" data-format="png">PNG</button> <button type="button" class="download" data-figure="eigen-plot" data-format="csv">CSV</button></div>
    <figcaption>Eigenvalues with ${tex('\\operatorname{Im}\\mu > 0')}, for ${tex('|k|')} from 0 to ${tex('\\max(2k^{*}, 1.25|k|)')}: local (red dots) and Redfield (green circles); large markers at the current k. At the EP the two eigenvalues coalesce. <span class="params" id="eigen-plot-params"></span></figcaption>
  </figure>
  <figure class="panel plot">
    <h2>Hot heat current ${tex('\\dot{Q}_h(t)')}</h2>
    <div class="chart" id="heat-plot" role="img" aria-label="heat current transients"></div>
    <div class="downloads" data-figure="heat-plot">Download: <button type="button" class="download" data-figure="heat-plot" data-format="svg">SVG</button> <button type="button" class="download" data-figure="heat-plot" data-format="png">PNG</button> <button type="button" class="download" data-figure="heat-plot" data-format="csv">CSV</button></div>
    <figcaption>Fig. 3c live: ${tex('\\dot{Q}_h(t) = \\langle\\mathcal{D}_h^{\\dagger}(\\mathbf{H}_S)\\rangle_t')} from the product of local thermal states; local (solid red), global (dashed blue), Redfield (dotted green); steady state of the local equation dot-dashed grey. <span class="params" id="heat-plot-params"></span> <span class="notice" id="heat-notice"></span></figcaption>
  </figure>
</section>
</main>`;
  return page({ title: 'openmoments explorer: exceptional points and heat currents', css: EXPLORER_CSS, body, scripts: ['vega.min.js', 'vega-lite.min.js', 'explorer.js'] });
}
