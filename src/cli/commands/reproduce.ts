/**
 * `openmoments reproduce --out DIR`: the main job. Derives every moment equation of the paper's
 * model, writes them as a document, checks the paper, and draws Figs. 2 and 3.
 */
import { derivedEquationsDocument } from '../../render/equations-document.js';
import { writeFilesAtomically } from '../write-files.js';
import { checkFileSet } from '../atomic-writes.js';
import type { Command } from '../parse.js';
import type { Output } from '../output.js';

type ReproduceCommand = Extract<Command, { name: 'reproduce' }>;

export async function runReproduce(cmd: ReproduceCommand, out: Output): Promise<number> {
  checkFileSet(cmd.out, ['index.html']);
  const { paperCheck } = await import('../../verify/paper-check.js');
  const { paperCheckMarkdown } = await import('../../render/paper-check-format.js');
  const { paperFigures } = await import('../../render/paper-figures.js');
  const { buildSiteFiles, figureSvgs } = await import('../../site/build-site.js');
  const { preloadRenderer, svgPdf } = await import('../../render/plots/render.js');
  const { tableCsv } = await import('../../render/plots/figure.js');
  const { progressBar } = await import('./ep-map.js');
  // The paper check runs in this thread while the figures' EP maps run in worker threads.
  const pendingFigures = paperFigures({ onProgress: progressBar(cmd.quiet) });
  const pendingRenderer = preloadRenderer();
  const checked = paperCheck();
  const figures = await pendingFigures;
  await pendingRenderer;
  const svgs = await figureSvgs(figures);
  // esbuild bundles the explorer in its own process while this thread renders the report.
  const site = await buildSiteFiles({ checked, figures: svgs });
  const names = [...figures.keys()];
  const pdfs: Uint8Array[] = [];
  for (const name of names) pdfs.push(await svgPdf(svgs.get(`${name}.svg`)!, figures.get(name)!.caption));
  // Each figure as SVG (the report inlines the same), PDF (for \includegraphics) and CSV (its data).
  // Fig. 2's data are 3 × 160² grid points (several MB of CSV): `ep-map --equation all --out F.csv` writes them.
  const figureFiles: [string, string | Uint8Array][] = [];
  names.forEach((name, i) => {
    const f = figures.get(name)!;
    figureFiles.push([`figures/${name}.svg`, svgs.get(`${name}.svg`)!], [`figures/${name}.pdf`, pdfs[i]!]);
    if (f.table.rows.length <= 20_000) figureFiles.push([`figures/${name}.csv`, tableCsv(f.table)]);
  });
  const files = new Map<string, string | Uint8Array>([
    ['equations.md', derivedEquationsDocument()],
    ['paper-check.md', paperCheckMarkdown(checked)],
    ...figureFiles,
    ...[...site].map(([name, content]) => [`site/${name}`, content] as [string, string | Uint8Array]),
  ]);
  const written = writeFilesAtomically(cmd.out, files, out.temporaries);
  const assets = written.filter((w) => /[\\/]katex[\\/]/.test(w));
  for (const w of written) if (!assets.includes(w)) out.stdout(`wrote ${w}`);
  out.stdout(`wrote ${assets.length} KaTeX files (stylesheet and fonts) for the site`);
  return 0;
}
