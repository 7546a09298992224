/**
 * `openmoments report`: the human-facing site. Writes OUT/index.html (the report: model, jump
 * operators, every moment matrix, k-expansions and limits, the exceptional line, the paper check
 * and the figures, all formulas rendered by KaTeX at build time), OUT/explorer.html and
 * OUT/explorer.js (the interactive explorer) and OUT/katex/ (stylesheet and fonts). The pages open
 * from disk with no network. Files are written all-or-nothing.
 */
import type { Output } from '../output.js';
import { join } from 'node:path';
import { writeFilesAtomically } from '../write-files.js';
import { checkFileSet } from '../atomic-writes.js';

export interface ReportOptions {
  /** Output directory, e.g. 'docs/site' (created if missing). */
  readonly out: string;
  /** Also build the explorer (explorer.html, explorer.js); default true. */
  readonly explorer?: boolean;
  /** Coarse figures from paperFigures({ quick: true }), for fast runs; default false. */
  readonly quickFigures?: boolean;
  /**
   * Worker threads for the figures' EP maps; default: paperFigures' own (all cores). 0 computes in
   * this thread (needed when running from the .ts sources, e.g. under vitest, where no compiled
   * worker script exists).
   */
  readonly figureThreads?: number;
}

export async function runReport(options: ReportOptions, out: Output): Promise<number> {
  checkFileSet(options.out, ['index.html']);
  const { buildSiteFiles } = await import('../../site/build-site.js');
  const files = await buildSiteFiles({
    explorer: options.explorer ?? true,
    quickFigures: options.quickFigures ?? false,
    ...(options.figureThreads !== undefined ? { figureThreads: options.figureThreads } : {}),
  });
  const written = writeFilesAtomically(options.out, files, out.temporaries);
  const assets = written.filter((w) => /[\\/]katex[\\/]/.test(w));
  for (const w of written) if (!assets.includes(w)) out.stdout(`wrote ${w}`);
  out.stdout(`wrote ${assets.length} KaTeX files (stylesheet and fonts) under ${join(options.out, 'katex')}`);
  return 0;
}
