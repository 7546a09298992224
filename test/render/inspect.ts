/**
 * What a rendered figure shows, read with maintained parsers and Vega itself: the texts of an
 * SVG (fast-xml-parser), the pixel statistics of a PNG (pngjs), the text of a PDF (poppler's
 * pdftotext), and the absolute bounds of the scene's legends and data marks (a Vega view).
 */
import { XMLParser } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { Figure } from '../../src/render/plots/index.js';

type Node = Record<string, unknown>;

/** Every <text> content and every aria-label of an SVG document (which must parse as XML). */
export function svgTexts(svg: string): { texts: string[]; labels: string[]; roles: string[] } {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, trimValues: false });
  const tree = parser.parse(svg) as Node[];
  const texts: string[] = [];
  const labels: string[] = [];
  const roles: string[] = [];
  const walk = (nodes: Node[], inText: boolean): void => {
    for (const n of nodes) {
      const attrs = (n[':@'] ?? {}) as Record<string, string>;
      if (attrs['@aria-label']) labels.push(attrs['@aria-label']);
      if (attrs['@aria-roledescription']) roles.push(attrs['@aria-roledescription']);
      for (const [tag, value] of Object.entries(n)) {
        if (tag === ':@') continue;
        if (tag === '#text') {
          if (inText) texts.push(String(value));
          continue;
        }
        if (Array.isArray(value)) walk(value as Node[], inText || tag === 'text' || tag === 'tspan');
      }
    }
  };
  walk(tree, false);
  return { texts, labels, roles };
}

export interface PixelStats {
  readonly width: number;
  readonly height: number;
  readonly variance: number;
  readonly colours: number;
  readonly nonWhite: number;
}

export function pngStats(bytes: Uint8Array): PixelStats {
  const png = PNG.sync.read(Buffer.from(bytes));
  let sum = 0;
  let sum2 = 0;
  let nonWhite = 0;
  const colours = new Set<number>();
  const n = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += l;
    sum2 += l * l;
    if (l < 250) nonWhite++;
    if (colours.size < 20_000) colours.add((r << 16) | (g << 8) | b);
  }
  return { width: png.width, height: png.height, variance: sum2 / n - (sum / n) ** 2, colours: colours.size, nonWhite: nonWhite / n };
}

/** The text of a PDF as poppler's pdftotext extracts it (installed by test/setup/ensure-tools.sh). */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'openmoments-pdf-'));
  try {
    const file = join(dir, 'figure.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pdftotext is not installed: run `bash test/setup/ensure-tools.sh` (Debian: apt-get install poppler-utils)');
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

interface SceneItem {
  x?: number;
  y?: number;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  items?: SceneItem[];
  marktype?: string;
  role?: string;
  name?: string;
}

/** Absolute bounds of every legend and of the plot area (group frames holding data marks) of a figure's scene. */
export async function sceneBoxes(f: Figure): Promise<{ legends: Box[]; plots: Box[] }> {
  const view = new vega.View(vega.parse(compile(f.spec, { logger: vega.logger(vega.Error) }).spec), { renderer: 'none' });
  await view.runAsync();
  const legends: Box[] = [];
  const plots: Box[] = [];
  // A mark's items have bounds in its parent group's coordinates; a group item offsets its own marks by (x, y).
  const walk = (mark: SceneItem, dx: number, dy: number): void => {
    for (const item of mark.items ?? []) {
      const b = item.bounds;
      const box = b && Number.isFinite(b.x1) ? { x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy } : undefined;
      if (mark.role === 'legend' && box) legends.push(box);
      else if (mark.role === 'mark' && mark.marktype !== 'group' && box) plots.push(box);
      if (mark.marktype === 'group') for (const child of item.items ?? []) walk(child, dx + (item.x ?? 0), dy + (item.y ?? 0));
    }
  };
  walk(view.scenegraph().root as unknown as SceneItem, 0, 0);
  view.finalize();
  return { legends, plots };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
