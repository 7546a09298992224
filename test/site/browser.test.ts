/**
 * The report and the explorer in Debian Chromium (playwright-core), opened from disk (file://):
 * KaTeX rendered without errors, no console errors, no network, figures and canvases drawn, and
 * the explorer reacting to its sliders (k onto the exceptional line: κ explodes, the eigenvalue
 * plot changes; unstable input: a message instead of plots). A missing Chromium fails the tests.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { existsSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { buildSite, launchChromium, CHROMIUM } from './helpers.js';
import { svgTexts, pngStats } from '../render/inspect.js';

let dir = '';
let browser: Browser | undefined;
/** A set-up failure is re-thrown by every test, so that it counts as failed tests, never as skipped ones. */
let setupError: unknown;

beforeAll(async () => {
  try {
    // Launch first: without Chromium every test here fails with the install hint.
    browser = await launchChromium();
    ({ dir } = await buildSite('browser'));
  } catch (e) {
    setupError = e;
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Watched {
  readonly page: Page;
  readonly errors: string[];
  readonly remote: string[];
}

async function open(file: string, viewport = { width: 1280, height: 900 }, hash = ''): Promise<Watched> {
  if (setupError !== undefined) throw setupError;
  if (!browser) throw new Error('Chromium did not start');
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const remote: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) remote.push(r.url());
  });
  await page.goto(pathToFileURL(join(dir, file)).href + hash, { waitUntil: 'load' });
  return { page, errors, remote };
}

/** Waits until Vega has drawn the figure of the latest update into its panel. */
async function rendered(page: Page, id: string): Promise<void> {
  await page.waitForFunction((chartId) => {
    const el = document.getElementById(chartId);
    return el !== null && el.dataset['rendered'] === document.body.dataset['updates'] && el.querySelector('canvas') !== null;
  }, id, { timeout: 15_000 });
}

/** Variance of the luminance of a chart's canvas (drawn by Vega) and its number of distinct colours. */
async function canvasStats(page: Page, id: string): Promise<{ variance: number; colours: number; width: number }> {
  await rendered(page, id);
  return page.evaluate((chartId) => {
    const canvas = document.querySelector(`#${chartId} canvas`) as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    let sum2 = 0;
    const colours = new Set<number>();
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const l = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      sum += l;
      sum2 += l * l;
      if (colours.size < 5000) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return { variance: sum2 / n - (sum / n) ** 2, colours: colours.size, width: canvas.width };
  }, id);
}

async function canvasHash(page: Page, id: string): Promise<string> {
  await rendered(page, id);
  return page.evaluate((chartId) => (document.querySelector(`#${chartId} canvas`) as HTMLCanvasElement).toDataURL(), id);
}

const updates = async (page: Page): Promise<number> => Number(await page.evaluate(() => document.body.dataset['updates'] ?? '0'));

/** Moves a slider as a user would (value + input event) and waits for the redraw. */
async function slide(page: Page, id: string, value: number): Promise<void> {
  const before = await updates(page);
  await page.evaluate(([sliderId, v]) => {
    const s = document.getElementById(sliderId as string) as HTMLInputElement;
    s.value = String(v);
    s.dispatchEvent(new Event('input', { bubbles: true }));
  }, [id, value] as const);
  await page.waitForFunction((n) => Number(document.body.dataset['updates'] ?? '0') > n, before, { timeout: 10_000 });
}

async function click(page: Page, selector: string): Promise<void> {
  const before = await updates(page);
  await page.click(selector);
  await page.waitForFunction((n) => Number(document.body.dataset['updates'] ?? '0') > n, before, { timeout: 10_000 });
}

const kappa = async (page: Page, equation: string): Promise<number> => Number(await page.getAttribute(`#kappa-${equation}`, 'data-kappa'));

describe('report in Chromium (file://)', () => {
  it(`Debian Chromium is installed at ${CHROMIUM} and the site builds`, () => {
    if (setupError !== undefined) throw setupError;
    expect(existsSync(CHROMIUM)).toBe(true);
  });

  it('renders every formula with KaTeX, without errors, network or horizontal page overflow', async () => {
    const { page, errors, remote } = await open('index.html');
    expect(await page.locator('.katex-error').count()).toBe(0);
    expect(await page.locator('.katex').count()).toBeGreaterThan(150);
    // KaTeX fonts load from ./katex/fonts.
    const fontsOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px KaTeX_Main') && [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded');
    });
    expect(fontsOk).toBe(true);
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      scrollers: [...document.querySelectorAll('.math-scroll')].filter((e) => e.scrollWidth > e.clientWidth + 1).length,
    }));
    expect(layout.page).toBeLessThanOrEqual(layout.viewport);
    expect(errors).toEqual([]);
    expect(remote).toEqual([]);
    await page.close();
  });

  it('in a 1400 px window the page uses the width and no display of the moment equations or heat currents scrolls sideways', async () => {
    const { page, errors } = await open('index.html', { width: 1400, height: 900 });
    const layout = await page.evaluate(() => ({
      column: document.querySelector('.page')!.clientWidth,
      blocks: document.querySelectorAll('.moment-block').length,
      scrolling: [...document.querySelectorAll('.math-scroll')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => {
        let n: Element | null = e;
        while (n && !/^H[234]$/.test(n.tagName)) n = n.previousElementSibling ?? n.parentElement;
        return n?.textContent ?? '?';
      }),
    }));
    expect(layout.column).toBeGreaterThan(0.9 * 1400);
    expect(layout.blocks).toBe(12);
    expect(layout.scrolling.filter((h) => /moments|heat currents/i.test(h))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the figures as drawn SVG, or the note that there are none', async () => {
    const { page, errors } = await open('index.html');
    const figures = await page.evaluate(() => [...document.querySelectorAll('figure.figure svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return { width: box.width, height: box.height, marks: svg.querySelectorAll('path, polyline, line, rect, circle, image').length };
    }));
    if (figures.length === 0) expect(await page.locator('.no-figures').count()).toBe(1);
    for (const f of figures) {
      expect(f.width).toBeGreaterThan(100);
      expect(f.height).toBeGreaterThan(50);
      expect(f.marks).toBeGreaterThan(5);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('explorer in Chromium (file://)', () => {
  it('starts at the EP of Fig. 3 and draws three non-blank plots', async () => {
    const { page, errors, remote } = await open('explorer.html');
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    expect(await page.locator('.katex-error').count()).toBe(0);
    for (const id of ['kappa-map', 'eigen-plot', 'heat-plot']) {
      const s = await canvasStats(page, id);
      expect(s.width, id).toBeGreaterThan(200);
      expect(s.variance, id).toBeGreaterThan(50);
      expect(s.colours, id).toBeGreaterThan(20);
    }
    expect(await kappa(page, 'local')).toBeGreaterThan(1e6); // default k = k*: on the exceptional line
    expect(await page.isVisible('#message')).toBe(false);
    expect(errors).toEqual([]);
    expect(remote).toEqual([]);
    await page.close();
  });

  it('moving the k slider onto the exceptional line makes κ diverge and changes the eigenvalues', async () => {
    const { page, errors } = await open('explorer.html');
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    const kStar = Number(await page.getAttribute('#k-star', 'data-k-star'));
    expect(kStar).toBeGreaterThan(4.9e-5);
    expect(kStar).toBeLessThan(5.1e-5);

    await slide(page, 'k-slider', Math.log10(kStar / 2));
    const offLine = await kappa(page, 'local');
    expect(offLine).toBeLessThan(100);
    const eigenOff = await canvasHash(page, 'eigen-plot');
    expect(await page.textContent('#kappa-local')).not.toContain('∞');

    await slide(page, 'k-slider', Math.log10(kStar));
    const onLine = await kappa(page, 'local');
    expect(onLine).toBeGreaterThan(1e6);
    expect(onLine / offLine).toBeGreaterThan(1e4);
    expect(await kappa(page, 'global')).toBeLessThan(100); // the secular approximation has no EP here
    expect(await canvasHash(page, 'eigen-plot')).not.toBe(eigenOff);

    // The button puts k back on the line after a move away.
    await click(page, '#k-off-line');
    expect(await kappa(page, 'local')).toBeLessThan(100);
    await click(page, '#k-on-line');
    expect(await kappa(page, 'local')).toBeGreaterThan(1e6);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a clear message instead of plots for unstable or unphysical parameters', async () => {
    const { page, errors } = await open('explorer.html');
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    await slide(page, 'k-slider', 0.5); // |k| ≈ 3.2 ≥ ω² = 1
    expect(await page.isVisible('#message')).toBe(true);
    expect(await page.textContent('#message')).toMatch(/Unstable: \|k\| = .* ≥ ω² = 1/);
    expect(await page.evaluate(() => document.body.dataset['state'])).toBe('invalid');
    expect(await page.isVisible('#kappa-map')).toBe(false);
    expect(await page.getAttribute('#kappa-local', 'data-kappa')).toBe('');

    await click(page, '#reset');
    expect(await page.isVisible('#message')).toBe(false);
    expect(await page.isVisible('#kappa-map')).toBe(true);

    const before = await updates(page);
    await page.fill('#Th-input', '-1');
    await page.press('#Th-input', 'Enter');
    await page.waitForFunction((n) => Number(document.body.dataset['updates'] ?? '0') > n, before);
    expect(await page.textContent('#message')).toMatch(/T_h: temperature must be positive/);
    expect(await page.locator('.control.invalid[data-param="Th"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads each figure as SVG, PNG and CSV, and carries the parameters in the address and the captions', async () => {
    const { page, errors } = await open('explorer.html', undefined, '#omega=1.2&k=2e-5&map=redfield');
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    // The address sets the view: the fields, the map's equation and every caption show it.
    expect(await page.inputValue('#omega-input')).toBe('1.2');
    expect(await page.inputValue('#k-input')).toBe('0.00002');
    expect(await page.isChecked('input[name="map-equation"][value="redfield"]')).toBe(true);
    for (const id of ['kappa-map', 'eigen-plot', 'heat-plot']) expect(await page.textContent(`#${id}-params`), id).toMatch(/ω = 1\.2, k = 2\.000e-5, T_h = 10/);
    await slide(page, 'k-slider', Math.log10(3e-5));
    const shared = new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1));
    expect(Number(shared.get('k'))).toBeCloseTo(3e-5, 12);
    expect([shared.get('omega'), shared.get('map')]).toEqual(['1.2', 'redfield']);
    const header = { 'kappa-map': 'layer,omega,k,log10_kappa', 'eigen-plot': 'layer,x,y', 'heat-plot': 'layer,x,y' } as const;
    const titles = { 'kappa-map': 'ω', 'eigen-plot': 'Re μ', 'heat-plot': 'Q̇ₕ(t)' } as const;
    for (const id of ['kappa-map', 'eigen-plot', 'heat-plot'] as const) {
      for (const format of ['svg', 'png', 'csv'] as const) {
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.click(`button.download[data-figure="${id}"][data-format="${format}"]`)]);
        expect(download.suggestedFilename()).toBe(`openmoments-${id}.${format}`);
        const bytes = readFileSync(await download.path());
        if (format === 'svg') expect(svgTexts(bytes.toString('utf8')).texts.filter((t) => t.startsWith(titles[id])), id).not.toEqual([]);
        else if (format === 'png') {
          const s = pngStats(bytes);
          expect(s.width, id).toBeGreaterThan(300);
          expect(s.variance, id).toBeGreaterThan(50);
          expect(s.colours, id).toBeGreaterThan(20);
        } else {
          const lines = bytes.toString('utf8').trim().split('\r\n');
          expect(lines[0], id).toBe(header[id]);
          expect(lines.length, id).toBeGreaterThan(20);
        }
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
