/**
 * All files of the site: index.html (the report), explorer.html + explorer.js (the interactive
 * explorer, bundled by esbuild) and katex/ (stylesheet and fonts). Nothing refers to the network.
 */
import type { CheckedEquation } from '../verify/paper-check.js';
import { paperFigures } from '../render/paper-figures.js';
import { figureSvg } from '../render/plots/render.js';
import type { Figure } from '../render/plots/figure.js';
import { reportHtml } from './report-page.js';
import { katexAssets } from './katex-assets.js';

export interface SiteOptions {
  /** The paper check, if already computed (the main job computes it once for docs/ and the site). */
  readonly checked?: readonly CheckedEquation[];
  /** The figures, if already drawn (file name → SVG). */
  readonly figures?: ReadonlyMap<string, string>;
  /** Build explorer.html and explorer.js too (default true). */
  readonly explorer?: boolean;
  /** Ask paperFigures() for its coarse, quick figures (tests). */
  readonly quickFigures?: boolean;
  /** Worker threads for the figures' EP maps (paperFigures' default if unset; 0 computes in this thread). */
  readonly figureThreads?: number;
}

export async function buildSiteFiles(options: SiteOptions = {}): Promise<Map<string, string | Uint8Array>> {
  const withExplorer = options.explorer ?? true;
  const checked = options.checked ?? (await import('../verify/paper-check.js')).paperCheck();
  const figures = options.figures ?? await figureSvgs(await paperFigures({
    quick: options.quickFigures ?? false,
    ...(options.figureThreads !== undefined ? { threads: options.figureThreads } : {}),
  }));
  // esbuild bundles the explorer in its own process while this thread renders the report.
  const explorer = withExplorer ? (await import('./explorer-build.js')).explorerFiles() : undefined;
  const files = new Map<string, string | Uint8Array>([['index.html', reportHtml({ checked, figures, explorer: withExplorer })]]);
  if (explorer) for (const [name, content] of await explorer) files.set(name, content);
  for (const [name, content] of katexAssets()) files.set(name, content);
  return files;
}

/** File stem → figure (paperFigures()) to file name → SVG. */
export async function figureSvgs(figures: ReadonlyMap<string, Figure>): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  for (const [name, f] of figures) svgs.set(`${name}.svg`, await figureSvg(f));
  return svgs;
}
