/**
 * A figure to a file's content: SVG (Vega's headless renderer, text as <text>), PNG (resvg with
 * DejaVu Sans loaded from its package, no system fonts), PDF (pdfkit + svg-to-pdfkit: vector,
 * the font embedded) or CSV (the plotted data). Node only; the explorer renders the same specs
 * live with vega in the browser.
 */
import { readFileSync } from 'node:fs';
import type { Figure, FigureFormat } from './figure.js';
import { tableCsv, FIGURE_FORMATS } from './figure.js';
import { dejaVuSansPath } from './fonts.js';
import { FONT_FAMILY } from './style.js';

/** PNG pixels per SVG pixel (≈ 190 dpi at the SVG's 96 dpi). */
export const PNG_SCALE = 2;

/**
 * Starts loading Vega and Vega-Lite (≈ 150 ms): a command calls it before a long computation in worker
 * threads (an EP map), so that the import overlaps the computation instead of following it.
 */
export function preloadRenderer(): Promise<void> {
  return Promise.all([import('vega'), import('vega-lite')]).then(() => undefined);
}

export async function figureSvg(f: Figure): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  // Vega-Lite's warnings (e.g. merged legend properties) are not the user's business: log errors only.
  const logger = vega.logger(vega.Error);
  const view = new vega.View(vega.parse(vegaLite.compile(f.spec, { logger }).spec), { renderer: 'none', logLevel: vega.Error });
  try {
    // A <title> (the caption) first, as SVG accessibility asks: the report's captions read it too.
    const svg = await view.toSVG();
    return svg.replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(f.caption)}</title>`);
  } finally {
    view.finalize();
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function svgPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [dejaVuSansPath()], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    background: 'white',
  });
  return new Uint8Array(resvg.render().asPng());
}

export async function svgPdf(svg: string, title: string): Promise<Uint8Array> {
  const [{ default: PDFDocument }, { default: SVGtoPDF }] = await Promise.all([import('pdfkit'), import('svg-to-pdfkit')]);
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  const width = size ? Number(size[1]) : 600;
  const height = size ? Number(size[2]) : 400;
  // 1 SVG px = 0.75 pt: the PDF page has the figure's physical size at 96 dpi.
  const doc = new PDFDocument({ size: [width * 0.75, height * 0.75], margin: 0, info: { Title: title, Creator: 'openmoments', CreationDate: new Date(0) } });
  doc.registerFont(FONT_FAMILY, readFileSync(dejaVuSansPath()));
  keepCombiningMarks(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  SVGtoPDF(doc, svg, 0, 0, { width: width * 0.75, height: height * 0.75, fontCallback: () => FONT_FAMILY, warningCallback: () => undefined });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

interface EncodingFont {
  encode(text: string, features?: unknown): [string[], { advanceWidth: number; yOffset: number }[]];
}

/**
 * svg-to-pdfkit skips every glyph of zero advance width, which drops combining marks such as the dot
 * of Q̇ (U+0307), and adds fontkit's upward mark offset in its downward y. A mark's advance is made
 * 10⁻⁶ font units instead (xAdvance stays 0) and its y offset is turned round: the dot sits on the Q.
 */
function keepCombiningMarks(doc: PDFKit.PDFDocument): void {
  doc.font(FONT_FAMILY);
  const font = (doc as unknown as { _font: EncodingFont })._font;
  const encode = font.encode.bind(font);
  font.encode = (text, features) => {
    const [glyphs, positions] = encode(text, features);
    return [glyphs, positions.map((p) => (p.advanceWidth === 0 ? { ...p, advanceWidth: 1e-6, yOffset: -p.yOffset } : p))];
  };
}

/** The figure in one format: text (SVG, CSV) or bytes (PNG, PDF). */
export async function renderFigure(f: Figure, format: FigureFormat): Promise<string | Uint8Array> {
  if (!(FIGURE_FORMATS as readonly string[]).includes(format)) throw new RangeError(`renderFigure: unknown format "${String(format)}" (${FIGURE_FORMATS.join(', ')})`);
  switch (format) {
    case 'csv':
      return tableCsv(f.table);
    case 'svg':
      return figureSvg(f);
    case 'png':
      return svgPng(await figureSvg(f));
    case 'pdf':
      return svgPdf(await figureSvg(f), f.caption);
  }
}
