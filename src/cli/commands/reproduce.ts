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
  const { buildSiteFiles } = await import('../../site/build-site.js');
  const { progressBar } = await import('./ep-map.js');
  const figures = await paperFigures({ onProgress: progressBar(cmd.quiet) });
  const checked = paperCheck();
  const site = await buildSiteFiles({ checked, figures });
  const files = new Map<string, string | Uint8Array>([
    ['equations.md', derivedEquationsDocument()],
    ['paper-check.md', paperCheckMarkdown(checked)],
    ...[...figures].map(([name, svg]) => [`figures/${name}`, svg] as [string, string]),
    ...[...site].map(([name, content]) => [`site/${name}`, content] as [string, string | Uint8Array]),
  ]);
  const written = writeFilesAtomically(cmd.out, files, out.temporaries);
  const assets = written.filter((w) => /[\\/]katex[\\/]/.test(w));
  for (const w of written) if (!assets.includes(w)) out.stdout(`wrote ${w}`);
  out.stdout(`wrote ${assets.length} KaTeX files (stylesheet and fonts) for the site`);
  return 0;
}
