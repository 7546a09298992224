/**
 * `openmoments latex`: every derived equation of the resonant model as LaTeX for papers
 * (src/export/latex-document.ts). With --standalone a complete document (article, amsmath,
 * amssymb, graphicx, geometry: texlive-latex-base), else the body only. --notation, --symbol and
 * --hbar choose how symbols are written (src/export/notation-config.ts).
 */
import { readInputFile } from '../../numeric/file-input.js';
import { basename, dirname } from 'node:path';
import { latexDocument, latexDocumentBody, wrapDocument } from '../../export/latex-document.js';
import { readModelFile } from '../../numeric/model-file.js';
import { equationFor, symbolicModelOf } from '../../numeric/lower.js';
import { deriveMoments } from '../../moments/index.js';
import { type EquationKind, EQUATION_REGISTRY } from '../../dissipators/index.js';
import { fittedMomentEquations, displayEnvironment } from '../../export/fitted-equations.js';
import { checkLatex } from '../../render/katex-check.js';
import { notationFromConfig, NotationError } from '../../export/notation-config.js';
import { writeFilesAtomically } from '../write-files.js';
import { checkOutputFile } from '../atomic-writes.js';
import type { Notation } from '../../render/notation.js';
import { UsageError } from '../parse.js';
import type { Output } from '../output.js';

export interface LatexCommandOptions {
  /** --standalone: a complete document; otherwise the body (what goes between \begin{document} and \end{document}). */
  readonly standalone: boolean;
  /** --out FILE: write there (atomically) instead of stdout. */
  readonly out: string | null;
  /** --notation FILE.json or inline JSON ('{"Delta_h_omega": "\\gamma_h"}'): symbol → LaTeX. */
  readonly notation: string | null;
  /** --symbol name=latex, repeatable; wins over --notation for the same symbol. */
  readonly symbols: readonly string[];
  /** --hbar: write frequencies as ħω, ħΩ_1, … (notation only; the equations are in units ħ = 1). */
  readonly hbar: boolean;
  /** --model-file FILE.json: the model file's equations instead of the paper's. */
  readonly modelFile?: string;
  /** --secular-cutoff X: add the partial-secular equations with this cutoff (model files only). */
  readonly secularCutoff?: number;
}

export const LATEX_COMMAND_DEFAULTS: LatexCommandOptions = Object.freeze({ standalone: false, out: null, notation: null, symbols: [], hbar: false });

function notationJson(source: string | null): string | undefined {
  if (source === null) return undefined;
  if (source.trimStart().startsWith('{')) return source;
  return readInputFile('--notation', source);
}

/** The notation the --notation, --symbol and --hbar flags ask for (shared by every LaTeX-emitting command). */
export function commandNotation(cmd: Pick<LatexCommandOptions, 'notation' | 'symbols' | 'hbar'>): Notation {
  try {
    const json = notationJson(cmd.notation);
    return notationFromConfig({ ...(json === undefined ? {} : { json }), pairs: cmd.symbols, hbar: cmd.hbar });
  } catch (e) {
    if (e instanceof NotationError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * The model file's equations as amsmath: first and second moments under local (local basis) and
 * global, Redfield and, with a cutoff, partial-secular (normal basis), each as derive --format latex
 * prints it. Equations the model cannot serve (no normal modes) are left out.
 */
function modelFileBody(path: string, secularCutoff: number | undefined, notation: Notation, standalone: boolean): string {
  const nm = readModelFile(path);
  const { model, values } = symbolicModelOf(nm);
  const kinds: EquationKind[] = ['local', ...(model.normalModes ? (['global', 'redfield'] as const) : []), ...(model.normalModes && secularCutoff !== undefined ? (['partial-secular'] as const) : [])];
  const parts: string[] = [];
  // Abbreviations a_n are numbered across the whole document, so that each name means one thing.
  let nextPlaceholder = 1;
  for (const kind of kinds) {
    const equation = equationFor(model, values, kind, kind === 'partial-secular' ? secularCutoff : undefined);
    for (const order of [1, 2] as const) {
      const eqs = deriveMoments({ model, equation, order, basis: kind === 'local' ? 'local' : 'normal' });
      // The displays derive --format latex prints: matrix form up to 10 columns, else row form.
      const fitted = fittedMomentEquations(eqs, { pullFactor: order === 1, notation, firstPlaceholder: nextPlaceholder });
      nextPlaceholder = fitted.nextPlaceholder;
      const displays = fitted.displays.map((d, i) => {
        checkLatex(`\\begin{equation}\n${d.math}\n\\end{equation}`);
        return standalone ? displayEnvironment(d.math, `eq:${kind}-${order}:${d.role}-${i + 1}`) : `\\begin{equation}\n${d.math}\n\\end{equation}`;
      });
      parts.push(`\\subsection*{${EQUATION_REGISTRY[kind].label}${kind === 'partial-secular' ? ` (cutoff ${secularCutoff})` : ''}, ${order === 1 ? 'first' : 'second'} moments}`, ...(kind === 'local' ? [] : ['In the normal-mode basis $(\\eta_j, \\Pi_j)$, as \\texttt{derive -{}-basis normal} prints them (\\texttt{derive} alone prints the local basis).']), displays.join('\n'));
    }
  }
  return parts.join('\n\n');
}

export function runLatex(cmd: LatexCommandOptions, out: Output): number {
  const notation = commandNotation(cmd);
  if (cmd.out !== null) checkOutputFile(cmd.out);
  const body = cmd.modelFile === undefined ? null : modelFileBody(cmd.modelFile, cmd.secularCutoff, notation, cmd.standalone);
  const text = body !== null
    ? (cmd.standalone ? wrapDocument(body, `Moment equations of ${basename(cmd.modelFile!)}`) : body)
    : cmd.standalone ? latexDocument({ notation }) : latexDocumentBody({ notation });
  if (cmd.out === null) {
    out.stdout(text);
    return 0;
  }
  for (const w of writeFilesAtomically(dirname(cmd.out), new Map([[basename(cmd.out), text]]), out.temporaries)) out.stdout(`wrote ${w}`);
  return 0;
}
