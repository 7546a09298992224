/**
 * The built site, read as files (no browser): self-contained (no remote URL outside plain-text
 * citations, every font the KaTeX stylesheet references is there), complete, and formulas that
 * KaTeX cannot render fail the build.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { buildSite } from './helpers.js';
import { cssUrlReferences } from '../../src/site/katex-assets.js';
import { tex, displayTex, displayBlocks, SiteLatexError } from '../../src/site/math.js';
import { inlineSvg, svgTitle } from '../../src/site/svg-inline.js';
import { operatorToLatex } from '../../src/site/operator-latex.js';
import { resonantPair, frameOf } from '../../src/model/index.js';
import { dissipatorsOf } from '../../src/dissipators/index.js';

let dir = '';
let html = '';
let log: string[] = [];
/** A build failure is re-thrown by every test (failed tests, not skipped ones). */
let buildError: unknown;

beforeAll(async () => {
  try {
    ({ dir, log } = await buildSite('static'));
    html = readFileSync(join(dir, 'index.html'), 'utf8');
  } catch (e) {
    buildError = e;
  }
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function built(): void {
  if (buildError !== undefined) throw buildError;
}

/** The page without the text of <cite class="citation"> elements (plain-text citations may name URLs). */
function withoutCitations(text: string): string {
  return text.replace(/<cite class="citation">[\s\S]*?<\/cite>/g, '');
}

function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built site (files)', () => {
  it('writes the report, the explorer and the KaTeX assets, and says so', () => {
    built();
    for (const f of ['index.html', 'explorer.html', 'explorer.js', 'katex/katex.min.css']) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(log.some((l) => l.endsWith('index.html'))).toBe(true);
    expect(log.some((l) => /KaTeX files/.test(l))).toBe(true);
  });

  it('contains no http(s) URL except inside plain-text citations, in any page, script or stylesheet', () => {
    built();
    for (const file of filesUnder(dir).filter((f) => /\.(html|js|css|svg)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const stripped = file.endsWith('.html') ? withoutCitations(text) : text;
      // Vega and Vega-Lite (vega.min.js, vega-lite.min.js) name XML namespaces (needed to write SVG), Vega's schema id and one issue
      // link in an error message: strings that load nothing (the browser tests see no request leave the page).
      const allowed = /(explorer|vega\.min|vega-lite\.min)\.js$/.test(file) ? /^https?:\/\/(www\.w3\.org\/(2000\/svg|1999\/xlink|2000\/xmlns\/)|vega\.github\.io\/schema\/vega\/v\d+\.json|github\.com\/vega\/vega-lite\/issues\/\d+)$/ : /^$/;
      expect((stripped.match(/https?:\/\/[^\s"'<>)]*/g) ?? []).filter((u) => !allowed.test(u)), file).toEqual([]);
      // Nothing loads from elsewhere: no protocol-relative or absolute src/href/url().
      // (data: URIs are inline content, e.g. the raster of an EP-map figure.)
      expect(stripped.match(/(?:src|href)\s*=\s*["']?(?!data:)(?:[a-z]+:|\/\/)/gi) ?? [], file).toEqual([]);
      expect(stripped.match(/url\(\s*["']?(?:[a-z]+:|\/\/)(?!#)/gi)?.filter((u) => !/url\(\s*["']?data:/i.test(u)) ?? [], file).toEqual([]);
    }
  });

  it('every font file the KaTeX stylesheet references exists in the output', () => {
    built();
    const cssPath = join(dir, 'katex', 'katex.min.css');
    const refs = cssUrlReferences(readFileSync(cssPath, 'utf8'));
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      const path = join(dirname(cssPath), ref);
      expect(existsSync(path), `${ref} (referenced by katex.min.css)`).toBe(true);
      expect(statSync(path).size).toBeGreaterThan(1000);
    }
    expect(refs.some((r) => r.endsWith('.woff2'))).toBe(true);
  });

  it('the pages link only to local files that exist', () => {
    built();
    for (const page of ['index.html', 'explorer.html']) {
      const text = withoutCitations(readFileSync(join(dir, page), 'utf8'));
      for (const m of text.matchAll(/(?:src|href)="(?!data:)([^"#][^"]*)"/g)) expect(existsSync(join(dir, m[1]!)), `${page} → ${m[1]}`).toBe(true);
    }
  });

  it('has a table of contents whose links all resolve, and every section', () => {
    built();
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
    const links = [...html.matchAll(/<nav class="toc"[\s\S]*?<\/nav>/g)][0]![0].match(/href="#([^"]+)"/g)!.map((h) => h.slice(7, -1));
    expect(links.length).toBeGreaterThan(20);
    for (const l of links) expect(ids.has(l), l).toBe(true);
    for (const id of ['model', 'jump-operators-and-dissipators', 'moment-equations', 'heat-currents-eqs-50-51', 'expansion-in-k-and-the-local-limit', 'exceptional-line', 'paper-check', 'figures']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('renders all 12 moment systems (3 equations × 2 orders × 2 bases) with KaTeX, c where it is non-zero', () => {
    built();
    const blocks = [...html.matchAll(/<div class="moment-block" data-equation="(\w+)" data-order="(\d)" data-basis="(\w+)">/g)].map((m) => `${m[1]}/${m[2]}/${m[3]}`);
    expect(new Set(blocks).size).toBe(12);
    expect(html).not.toContain('katex-error');
    // Second moments carry a constant vector c; first moments have none.
    for (const letter of ['L', 'G', 'R']) {
      expect(html).toContain(`c_{\\mathcal{${letter}},2} = `);
      expect(html).not.toContain(`c_{\\mathcal{${letter}},1} = `);
    }
  });

  it('shows the jump operators, the limits verdicts, the exceptional line and the paper check with oracle results', () => {
    built();
    expect(html).toContain('L^{(h)}_{\\omega}');
    expect(html).toContain('A^{(c)}_{-\\Omega_{2}}');
    expect(html).toMatch(/data-equal="true">R⁽⁰⁾ = L/);
    expect(html).toMatch(/data-equal="false">G⁽⁰⁾ ≠ L/);
    expect(html).toMatch(/<td data-equation="global">none<\/td>/);
    const rows = [...html.matchAll(/<tr data-confirmed="(true|false)">/g)].map((m) => m[1]);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r === 'true')).toBe(true);
    expect(html).toMatch(/\d+ of \d+ printed equations agree/);
  });

  it('inlines the figures paperFigures() returns, or says there are none', () => {
    built();
    const figures = html.match(/<figure class="figure"/g)?.length ?? 0;
    if (figures === 0) expect(html).toContain('class="note no-figures"');
    else expect(html.match(/<svg[\s>]/g)!.length).toBeGreaterThanOrEqual(figures);
  });

  it('the explorer bundle is a browser script: no Node built-ins, no module syntax', () => {
    built();
    const js = readFileSync(join(dir, 'explorer.js'), 'utf8');
    expect(js).not.toMatch(/\brequire\(["'](?:node:)?(?:fs|path|os|worker_threads|child_process)["']\)/);
    expect(js).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
    expect(js).not.toMatch(/worker_threads/);
    expect(js.length).toBeGreaterThan(10_000);
  });
});

describe('site building blocks', () => {
  it('a formula KaTeX cannot parse fails the build', () => {
    expect(() => tex('\\frac{1}{')).toThrow(SiteLatexError);
    expect(() => displayTex('\\notacommand x')).toThrow(SiteLatexError);
    expect(() => displayBlocks('\\begin{equation}\nx^{\n\\end{equation}')).toThrow(SiteLatexError);
    expect(displayTex('x^2')).toContain('class="math-scroll"');
  });

  it('renders jump operators from the library\'s operators (eq. 32: L_ω = (x + i p/ω)/2)', () => {
    const model = resonantPair();
    const frame = frameOf(model, 'local');
    const [hot] = dissipatorsOf(frame, 'local');
    const lowering = hot!.channels.find((c) => c.sign === 1)!;
    expect(operatorToLatex(lowering.operator, frame.names)).toBe('\\frac{1}{2}\\, x_{h} + \\frac{i}{2 \\omega}\\, p_{h}');
    expect(operatorToLatex(frame.hamiltonian, frame.names)).toBe('\\frac{\\omega^{2}}{2}\\, x_{h}^{2} + k\\, x_{h} x_{c} + \\frac{1}{2}\\, p_{h}^{2} + \\frac{\\omega^{2}}{2}\\, x_{c}^{2} + \\frac{1}{2}\\, p_{c}^{2}');
  });

  it('inlines SVG without namespace URLs, with ids prefixed so figures cannot collide', () => {
    const svg = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><title>Fig. 2</title><defs><clipPath id="c0"><rect width="5" height="5"/></clipPath></defs><path d="M0 0L9 9" clip-path="url(#c0)"/><use xlink:href="#c0"/><a href="#elsewhere"/></svg>`;
    const out = inlineSvg(svg, 'fig1-');
    expect(out).not.toMatch(/http|<\?xml/);
    expect(out).toContain('id="fig1-c0"');
    expect(out).toContain('url(#fig1-c0)');
    expect(out).toContain('xlink:href="#fig1-c0"');
    expect(out).toContain('href="#elsewhere"');
    expect(out.startsWith('<svg')).toBe(true);
    expect(svgTitle(svg)).toBe('Fig. 2');
  });
});
