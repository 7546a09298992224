/**
 * The human-facing report: one self-contained HTML page with every derived object of the paper's
 * resonant model, rendered by KaTeX at build time. Sections: model, jump operators, moment
 * equations, heat currents, k-expansions and limits, the exceptional line, the paper check,
 * figures.
 */
import { resonantPair, frameOf, type FrameKind, type Model } from '../model/index.js';
import { EQUATIONS, dissipatorsOf, type EquationKind } from '../dissipators/index.js';
import { deriveMoments, deriveHeatCurrents, totalMatrix, type MomentOrder } from '../moments/index.js';
import { expandMoments, paperLimits, type LimitResult } from '../series/index.js';
import { fittedMomentEquations, fittedHeatCurrents } from '../export/fitted-equations.js';
import { expansionToLatex } from '../render/expansion-format.js';
import { scalarToLatex } from '../render/scalar-format.js';
import { matrixToLatex } from '../render/matrix-format.js';
import { symbolLatex } from '../render/notation.js';
import { paperCheckJson, type CheckedEquation } from '../render/paper-check-format.js';
import type { PrintedEquation } from '../verify/printed.js';
import { characteristicPolynomial } from '../moments/characteristic.js';
import { exceptionalLine } from '../moments/exceptional-line.js';
import { FIG2_PARAMETERS } from '../numeric/paper-parameters.js';
import { lowerExceptionalLine } from '../numeric/physics/exceptional-line.js';
import { exceptionalPointsAlongK } from '../numeric/physics/exceptional-points.js';
import { lowerPaperModel } from '../numeric/physics/paper-lowering.js';
import { evaluateMatrix } from '../numeric/evaluate.js';
import { analyseMatrix, type EigenAnalysis } from '../numeric/physics/eigen-analysis.js';
import { tex, displayTex, displayBlocks } from './math.js';
import { operatorToLatex } from './operator-latex.js';
import { escapeHtml, slug, page, BASE_CSS } from './html.js';
import { inlineSvg, svgTitle } from './svg-inline.js';

export interface ReportInputs {
  /** The paper check with oracle confirmations (paperCheck() of the verify-paper command). */
  readonly checked: readonly CheckedEquation[];
  /** File name → SVG text (paperFigures()); may be empty. */
  readonly figures: ReadonlyMap<string, string>;
  /** Link to explorer.html. */
  readonly explorer: boolean;
}

const EQUATION_NAME: Record<EquationKind, string> = { local: 'Local', global: 'Global', redfield: 'Redfield', 'partial-secular': 'Partial-secular' };
const EQUATION_LETTER: Record<EquationKind, string> = { local: '\\mathcal{L}', global: '\\mathcal{G}', redfield: '\\mathcal{R}', 'partial-secular': '\\mathcal{S}' };
const EQUATION_REF: Record<EquationKind, string> = { local: 'eq. 12', global: 'eq. 9', redfield: 'eqs. 5, A.15, D.3', 'partial-secular': 'same-sign pairs within a cutoff' };
const ORDER_NAME: Record<MomentOrder, string> = { 1: 'First moments', 2: 'Second moments' };
const BASIS_NAME: Record<FrameKind, string> = { local: 'local basis', normal: 'normal-mode basis' };

/** Collects the body and its headings (for the table of contents). */
class Document {
  private readonly parts: string[] = [];
  readonly headings: { level: 2 | 3; id: string; title: string }[] = [];
  private readonly used = new Set<string>();

  heading(level: 2 | 3 | 4, title: string, titleHtml = escapeHtml(title)): void {
    let id = slug(title) || 'section';
    for (let n = 2; this.used.has(id); n++) id = `${slug(title)}-${n}`;
    this.used.add(id);
    if (level !== 4) this.headings.push({ level, id, title: titleHtml });
    this.parts.push(`<h${level} id="${id}">${titleHtml}</h${level}>`);
  }
  add(html: string): void {
    this.parts.push(html);
  }
  body(): string {
    return this.parts.join('\n');
  }
  toc(): string {
    const items: string[] = [];
    let open = false;
    for (const h of this.headings) {
      if (h.level === 2) {
        if (open) items.push('</ol></li>');
        items.push(`<li><a href="#${h.id}">${h.title}</a><ol>`);
        open = true;
      } else items.push(`<li><a href="#${h.id}">${h.title}</a></li>`);
    }
    if (open) items.push('</ol></li>');
    return `<nav class="toc" aria-label="Contents"><h2 class="toc-title">Contents</h2><ol>${items.join('').replace(/<ol><\/ol>/g, '')}</ol></nav>`;
  }
}

const p = (html: string): string => `<p>${html}</p>`;
/** Up to `digits` significant digits, trailing zeros dropped; exponent form outside [1e-3, 1e4). */
const fmt = (x: number, digits = 6): string => (x === 0 ? '0' : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4 ? String(Number(x.toPrecision(digits))) : Number(x.toPrecision(digits)).toExponential());
/** A number as LaTeX: 4.9995e-5 → 4.9995\times10^{-5}. */
function numberLatex(x: number, digits = 6): string {
  const s = fmt(x, digits);
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]}\\times 10^{${Number(m[2])}}` : s;
}

function modelSection(doc: Document, model: Model): void {
  doc.heading(2, 'Model');
  doc.add(p('Two resonators coupled through their positions, each coupled through its own position to a thermal bath (Fig. 1 of the paper). Units ħ = k<sub>B</sub> = 1, masses 1; in resonance ω<sub>h</sub> = ω<sub>c</sub> = ω. Conventions: <code>docs/conventions.md</code>.'));
  doc.heading(3, 'System Hamiltonian (eq. 15)');
  doc.add(displayTex('\\mathbf{H}_S = \\sum_{\\alpha\\in\\{h,c\\}}\\left(\\frac{p_\\alpha^2}{2} + \\frac{\\omega_\\alpha^2 x_\\alpha^2}{2}\\right) + k\\, x_h x_c, \\qquad [x_\\alpha, p_\\beta] = i\\,\\delta_{\\alpha\\beta}'));
  const local = frameOf(model, 'local');
  const normal = frameOf(model, 'normal');
  doc.add(p('The resonant model as the toolkit builds it, in the local quadratures and in the normal modes (eq. 38):'));
  doc.add(displayTex(`\\mathbf{H}_S = ${operatorToLatex(local.hamiltonian, local.names)}`));
  doc.add(displayTex(`\\mathbf{H}_S = ${operatorToLatex(normal.hamiltonian, normal.names)}`));
  const nm = model.normalModes!;
  const roots = model.definitions.filter((d) => d.kind === 'root' && nm.frequencies.includes(d.name));
  doc.add(p(`with ${tex('(x_h, x_c)^{\\top} = P\\,(\\eta_1, \\eta_2)^{\\top}')} (and likewise for the momenta), eqs. 39–40:`));
  doc.add(displayTex(`P = ${matrixToLatex(nm.P)}, \\qquad ${roots.map((d) => (d.kind === 'root' ? `${symbolLatex(d.name)}^{2} = ${scalarToLatex(d.square)}` : '')).join(', \\quad ')}`));
  doc.heading(3, 'Baths and rates (eqs. 16–20, 35, B.4)');
  doc.add(p(`Bath ${tex('\\alpha')} couples through ${tex('S_\\alpha = x_\\alpha')}. Spectral density (eq. 19, extended as an odd function) and rates (eq. 20):`));
  doc.add(displayTex('J_\\alpha(\\omega) = \\frac{\\lambda_\\alpha^2\\, \\omega\\, \\Lambda^2}{\\omega^2 + \\Lambda^2}, \\qquad \\gamma^{(\\alpha)}_{\\omega} = 2 J_\\alpha(\\omega)\\left(1 + \\frac{1}{e^{\\omega/T_\\alpha} - 1}\\right)'));
  doc.add(p('The matrices below are written through the rate combinations, at any frequency f > 0:'));
  doc.add(displayTex('\\Delta^{(\\alpha)}_{f} = \\frac{\\gamma^{(\\alpha)}_{-f} - \\gamma^{(\\alpha)}_{f}}{2f}, \\qquad \\Sigma^{(\\alpha)}_{f} = \\frac{\\gamma^{(\\alpha)}_{-f} + \\gamma^{(\\alpha)}_{f}}{2f}'));
  const rows = [
    ['\\omega', 'resonator frequency', fmt(FIG2_PARAMETERS.omega)],
    ['T_h,\\ T_c', 'bath temperatures', `${fmt(FIG2_PARAMETERS.Th)}, ${fmt(FIG2_PARAMETERS.Tc)}`],
    ['\\lambda_h^2,\\ \\lambda_c^2', 'dissipation strengths', `${numberLatex(FIG2_PARAMETERS.lambdaH2)}, ${numberLatex(FIG2_PARAMETERS.lambdaC2)}`],
    ['\\Lambda', 'cutoff of J', numberLatex(FIG2_PARAMETERS.cutoff)],
  ];
  doc.add(p('Parameters of Figs. 2 and 3 (the numeric sections below use them):'));
  doc.add(`<table class="params"><thead><tr><th>symbol</th><th>meaning</th><th>value</th></tr></thead><tbody>${rows.map(([s, m, v]) => `<tr><td>${tex(s!)}</td><td>${m}</td><td>${tex(v!)}</td></tr>`).join('')}</tbody></table>`);
}

function channelName(equation: EquationKind, bath: string, frequency: string, sign: 1 | -1): string {
  const letter = equation === 'local' ? 'L' : 'A';
  return `${letter}^{(${bath})}_{${sign < 0 ? '-' : ''}${symbolLatex(frequency)}}`;
}

function jumpSection(doc: Document, model: Model): void {
  doc.heading(2, 'Jump operators and dissipators');
  doc.add(p('All three master equations use one dissipator kernel. For bath α with channels (ω, A<sub>ω</sub>), [H<sub>S</sub>, A<sub>ω</sub>] = −ω A<sub>ω</sub>, A<sub>ω</sub><sup>†</sup> = A<sub>−ω</sub>, summed over a set of channel pairs:'));
  doc.add(displayTex("\\mathcal{D}_\\alpha^{\\dagger}(O) = \\frac{1}{2}\\sum_{(\\omega,\\omega')}\\gamma^{(\\alpha)}_{\\omega}\\left(A_{\\omega'}^{\\dagger} O A_{\\omega} + A_{\\omega}^{\\dagger} O A_{\\omega'} - O A_{\\omega'}^{\\dagger} A_{\\omega} - A_{\\omega}^{\\dagger} A_{\\omega'} O\\right)"));
  doc.add(p('The channels and rates below are the ones the toolkit derives from (src/dissipators); each operator is rendered from the library\'s own operator.'));
  const pairText = (cutoff: number): string => (cutoff === 0 ? 'diagonal pairs ω′ = ω (GKSL form)' : cutoff === Infinity ? 'every pair with ω and ω′ of the same sign (partial Redfield, eq. D.3; Lamb shift omitted)' : `pairs of one sign with |ω − ω′| ≤ ${cutoff}`);
  for (const equation of EQUATIONS) {
    const frameKind: FrameKind = equation === 'local' ? 'local' : 'normal';
    const frame = frameOf(model, frameKind);
    const localFrame = frameOf(model, 'local');
    const dissipators = dissipatorsOf(frame, equation);
    const inLocal = frameKind === 'normal' ? dissipatorsOf(localFrame, equation) : undefined;
    doc.heading(3, `${EQUATION_NAME[equation]} master equation (${EQUATION_REF[equation]})`);
    doc.add(p(`Pairs: ${pairText(dissipators[0]!.pairs.cutoff)}. ${equation === 'local' ? 'Channels of each resonator alone, eq. 32.' : 'Channels of the normal modes, eqs. 42–43.'}`));
    const head = frameKind === 'normal'
      ? '<th>channel</th><th>jump operator (normal modes)</th><th>in local quadratures</th><th>rate</th>'
      : '<th>channel</th><th>jump operator</th><th>rate</th>';
    const rows: string[] = [];
    dissipators.forEach((d, b) => {
      d.channels.forEach((c, i) => {
        const name = channelName(equation, d.bath, c.frequency, c.sign);
        const op = displayTex(`${name} = ${operatorToLatex(c.operator, frame.names)}`);
        const local = inLocal ? `<td>${displayTex(operatorToLatex(inLocal[b]!.channels[i]!.operator, localFrame.names))}</td>` : '';
        const rate = displayTex(`\\gamma^{(${d.bath})}_{${c.sign < 0 ? '-' : ''}${symbolLatex(c.frequency)}} = ${scalarToLatex(c.rate)}`);
        rows.push(`<tr><td>bath ${escapeHtml(d.bath)}</td><td>${op}</td>${local}<td>${rate}</td></tr>`);
      });
    });
    doc.add(`<table class="channels"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
}

/**
 * Width of a display line of the report in latexWidth units (about 10 px each at the report's font
 * size): what a 1400 px window gives the page column, so that no moment display scrolls there.
 */
const REPORT_BUDGET = 110;
/** The heat currents' lines: narrower, as latexWidth underestimates their parenthesised coefficients. */
const HEAT_BUDGET = 95;

function momentSection(doc: Document, model: Model): void {
  doc.heading(2, 'Moment equations');
  doc.add(p(`For first and second moments θ the adjoint master equation closes into ${tex('\\frac{d\\langle\\boldsymbol{\\theta}\\rangle}{dt} = M\\langle\\boldsymbol{\\theta}\\rangle + c')} (c = 0 for first moments). Below: every equation, both orders, both bases (a prime marks the normal-mode basis), derived exactly. A matrix too wide for the page is abbreviated (a_n, defined below it) or written row by row.`));
  for (const equation of EQUATIONS) {
    doc.heading(3, `${EQUATION_NAME[equation]} equation`);
    for (const order of [1, 2] as MomentOrder[]) {
      for (const basis of ['local', 'normal'] as FrameKind[]) {
        const eqs = deriveMoments({ model, equation, order, basis });
        doc.heading(4, `${ORDER_NAME[order]}, ${BASIS_NAME[basis]} (${equation}, order ${order}, ${basis})`, `${ORDER_NAME[order]}, ${BASIS_NAME[basis]}`);
        // The same fitting form as the LaTeX export (export/fitted-equations.ts), at the width of a wide window.
        const fitted = fittedMomentEquations(eqs, { pullFactor: order === 1, budget: REPORT_BUDGET, firstPlaceholder: 1 });
        doc.add(`<div class="moment-block" data-equation="${equation}" data-order="${order}" data-basis="${basis}">${fitted.displays.filter((d) => !(d.role === 'constant' && / = 0$/.test(d.math))).map((d) => displayTex(d.math)).join('\n')}</div>`);
      }
    }
  }
}

function heatSection(doc: Document, model: Model): void {
  doc.heading(2, 'Heat currents (eqs. 50–51)');
  doc.add(p(`${tex('\\dot{Q}_\\alpha = \\langle \\mathcal{D}_\\alpha^{\\dagger}(\\mathbf{H}_S)\\rangle')}, written exactly over the second moments plus a constant; local equation in the local basis, global and Redfield in the normal-mode basis, as eq. 51.`));
  for (const equation of EQUATIONS) {
    const basis: FrameKind = equation === 'local' ? 'local' : 'normal';
    doc.heading(3, `${EQUATION_NAME[equation]} heat currents`);
    doc.add(displayTex(fittedHeatCurrents(deriveHeatCurrents({ model, equation, basis }), { budget: HEAT_BUDGET })));
  }
}

/** A neutral chip: `equal` decides the text, not a judgement (G⁽⁰⁾ = L out of resonance is expected). */
function verdict(equal: boolean, equalText: string, differentText: string): string {
  return `<span class="verdict ${equal ? 'equal' : 'different'}" data-equal="${equal}">${equal ? equalText : differentText}</span>`;
}

function entriesText(entries: readonly (readonly [number, number])[]): string {
  return entries.length === 0 ? '—' : entries.map(([i, j]) => `(${i}, ${j})`).join(', ');
}

function expansionSection(doc: Document, model: Model, limits: readonly LimitResult[]): void {
  doc.heading(2, 'Expansion in k and the local limit');
  doc.add(p('Only the dissipative part is expanded in k (eqs. 47, 49); the coherent part, from i[H<sub>S</sub>, θ], stays exact in M<sup>(0)</sup>. Rates at Ω<sub>j</sub> = (ω² ± k)<sup>1/2</sup> are expanded about ω (primes are derivatives in ω).'));
  doc.heading(3, 'Verdicts: R⁽⁰⁾ = L, and G⁽⁰⁾ ≠ L in resonance');
  doc.add(p(`Decided exactly by comparing canonical forms (${tex('\\mathcal{R}^{\\dagger(0)}_\\alpha = \\mathcal{L}^\\dagger_\\alpha')}, eq. 47 and App. D), local basis:`));
  const rows = limits.map((l) => `<tr><td>${l.order === 1 ? 'first' : 'second'}</td><td>${l.resonant ? 'resonant' : 'non-resonant'}</td>`
    + `<td>${verdict(l.redfieldZeroEqualsLocal, 'R⁽⁰⁾ = L', 'R⁽⁰⁾ ≠ L')}</td><td>${verdict(l.globalZeroEqualsLocal, 'G⁽⁰⁾ = L', 'G⁽⁰⁾ ≠ L')}</td>`
    + `<td>${entriesText(l.differingEntries)}${l.differingConstants.length > 0 ? `; c rows ${l.differingConstants.join(', ')}` : ''}</td></tr>`);
  doc.add(`<table class="limits"><thead><tr><th>moments</th><th>model</th><th>Redfield, k⁰</th><th>global, k⁰</th><th>entries where G⁽⁰⁾ ≠ L (1-based)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  doc.add(p(`In resonance the zeroth order of the Redfield equation is the local equation, and the global one is not: the secular approximation changes the diagonal rates (${tex('\\Delta^{(\\alpha)}_{\\omega}')} becomes the mode average). Out of resonance both reduce to the local equation at k = 0.`));
  for (const equation of ['redfield', 'global'] as const) {
    doc.heading(3, `${EQUATION_NAME[equation]} equation in powers of k`);
    doc.add(p('First moments, local basis, to first order:'));
    doc.add(displayBlocks(expansionToLatex(expandMoments(deriveMoments({ model, equation, order: 1, basis: 'local' }), 1))));
    doc.add(p('Second moments, local basis, zeroth order:'));
    doc.add(displayBlocks(expansionToLatex(expandMoments(deriveMoments({ model, equation, order: 2, basis: 'local' }), 0))));
  }
}

function exceptionalSection(doc: Document, model: Model): void {
  doc.heading(2, 'Exceptional line');
  const M = totalMatrix(deriveMoments({ model, equation: 'local', order: 1, basis: 'local' }));
  const line = exceptionalLine(model.scalars, characteristicPolynomial(model.scalars, M));
  doc.add(p(`Two eigenvalues of ${tex('M_{\\mathcal{L},1}')} coalesce where the discriminant of its (biquadratic) characteristic polynomial vanishes. Derived from the characteristic polynomial of the matrix above:`));
  if (line.kind !== 'closed-form') {
    doc.add(p(`No closed form: ${escapeHtml(line.reason)}`));
    return;
  }
  doc.add(displayTex(`${scalarToLatex(line.condition)} = 0 \\quad\\Longleftrightarrow\\quad k = \\pm\\left(${scalarToLatex(line.k)}\\right)`));
  doc.add(p(`This is eq. 36, ${tex('k = \\pm\\frac{\\omega}{2}\\left|\\Delta^{(h)}_{\\omega} - \\Delta^{(c)}_{\\omega}\\right|')}. With the spectral density of eq. 19, ${tex('\\Delta^{(\\alpha)}_{\\omega} = -\\lambda_\\alpha^2\\Lambda^2/(\\omega^2+\\Lambda^2)')}, so the exact line is eq. 37 times ${tex('\\Lambda^2/(\\omega^2+\\Lambda^2)')}:`));
  doc.add(displayTex('k = \\pm\\frac{\\omega}{2}\\,\\frac{\\Lambda^2}{\\omega^2+\\Lambda^2}\\,\\left|\\lambda_h^2 - \\lambda_c^2\\right| \\qquad\\text{vs. eq. 37:}\\quad k = \\pm\\frac{\\omega}{2}\\left|\\lambda_h^2 - \\lambda_c^2\\right|'));
  const lowered = lowerExceptionalLine(line.k, FIG2_PARAMETERS);
  const found = Object.fromEntries(EQUATIONS.map((e) => [e, exceptionalPointsAlongK(e, 1, FIG2_PARAMETERS)])) as Record<EquationKind, number[]>;
  const at = lowerPaperModel({ ...FIG2_PARAMETERS, k: lowered.k });
  const off = lowerPaperModel({ ...FIG2_PARAMETERS, k: lowered.k / 2 });
  const kappaAt = analyseMatrix(evaluateMatrix(M, at.values));
  const kappaOff = analyseMatrix(evaluateMatrix(M, off.values));
  doc.add(p(`At the parameters of Figs. 2–3 (ω = ${fmt(FIG2_PARAMETERS.omega)}): exact line ${tex(`k^{*} = ${numberLatex(lowered.k, 10)}`)}, eq. 37 gives ${tex(numberLatex(lowered.eq37, 10))} (ratio ${tex(numberLatex(lowered.ratio, 10))}). The condition number of the eigenvector matrix (eq. 24) is ${kappaOnLine(kappaAt)} on the line and ${tex(`\\kappa = ${numberLatex(kappaOff.kappa, 3)}`)} at k = k*/2.`));
  const cell = (ks: number[]): string => (ks.length === 0 ? 'none' : ks.map((k) => tex(numberLatex(k, 10))).join(', '));
  doc.add(p('An independent numeric search along k (eigenvalue-gap minima where κ diverges; <code>src/numeric/ep</code>), first-moment matrices:'));
  doc.add(`<table class="ep-search"><thead><tr><th>equation</th><th>exceptional points along k at ω = ${fmt(FIG2_PARAMETERS.omega)}</th></tr></thead><tbody>${EQUATIONS.map((e) => `<tr><td>${tex(`M_{${EQUATION_LETTER[e]},1}`)}</td><td data-equation="${e}">${cell(found[e])}</td></tr>`).join('')}</tbody></table>`);
  doc.add(p('The global equation has none: the secular approximation removes them (Fig. 2, centre); the local and Redfield equations share them.'));
}

/** κ at the lowered k*: in double precision the point is either defective (no eigenbasis) or next to it. */
function kappaOnLine(a: EigenAnalysis): string {
  if (a.exceptionalPointOrder !== null) return `infinite: M has a Jordan block of order ${a.exceptionalPointOrder} there, so no eigenbasis exists`;
  return `${tex(`\\kappa = ${numberLatex(a.kappa, 3)}`)}${a.kappaResolved ? '' : ' (a lower bound: the eigenvectors all but coalesce)'}`;
}

function describePrinted(pr: PrintedEquation): string {
  switch (pr.kind) {
    case 'matrix':
      return `${pr.equation} matrix, ${pr.order === 1 ? 'first' : 'second'} moments, ${pr.basis} basis${pr.expansionOrder !== undefined ? `, k^${pr.expansionOrder} term` : ''}${pr.resonant ? '' : ', non-resonant'}`;
    case 'vector':
      return `${pr.equation} constant vector, ${pr.order === 1 ? 'first' : 'second'} moments, ${pr.basis} basis${pr.resonant ? '' : ', non-resonant'}`;
    case 'heat':
      return `${pr.equation} heat current Q̇_${pr.bath}, ${pr.basis} basis`;
    case 'identity':
      return `identity ${pr.lhs} = …${pr.resonant ? '' : ' (non-resonant)'}`;
    case 'condition':
      return `exceptional-point condition (${pr.equation}, order ${pr.order})`;
  }
}

function paperCheckSection(doc: Document, checked: readonly CheckedEquation[]): void {
  doc.heading(2, 'Paper check');
  const json = paperCheckJson(checked);
  const agree = json.equations.filter((e) => e.status === 'agrees').length;
  doc.add(p('Each equation of the paper, transcribed as printed (<code>src/verify/paper-transcription.ts</code>), is compared with the toolkit\'s derivation under the same conventions and basis, entry by entry and exactly. Every discrepancy is then checked against the independent Fock-space oracle: the derived value must reproduce it and the printed one must not. Rows and columns are 1-based, as printed.'));
  doc.add(`<p class="summary"><strong>${agree} of ${json.equations.length} printed equations agree; ${json.equations.length - agree} disagree.</strong></p>`);
  const summary = checked.map(({ check, confirmations }) => {
    const n = check.discrepancies.length;
    const confirmed = confirmations.filter((c) => c.confirmed).length;
    return `<tr><td>${escapeHtml(check.label)}</td><td>${escapeHtml(describePrinted(check.printed))}</td><td class="status-${check.status}">${check.status}</td><td>${n}</td><td>${n === 0 ? '—' : `${confirmed} of ${n}`}</td></tr>`;
  });
  doc.add(`<table class="check-summary"><thead><tr><th>eq.</th><th>what</th><th>status</th><th>discrepancies</th><th>confirmed by the oracle</th></tr></thead><tbody>${summary.join('')}</tbody></table>`);
  checked.forEach(({ check, confirmations }, k) => {
    if (check.discrepancies.length === 0) return;
    const e = json.equations[k]!;
    doc.heading(3, `Eq. ${check.label}: ${describePrinted(check.printed)}`);
    if (check.printed.note) doc.add(`<p class="note">Transcription note: ${escapeHtml(check.printed.note)}</p>`);
    if (check.conventions.length > 0) doc.add(`<ul class="note">${check.conventions.map((c) => `<li>Convention: ${escapeHtml(c)}.</li>`).join('')}</ul>`);
    const rows = e.discrepancies.map((d, i) => {
      const c = confirmations[i];
      const entry = typeof d.entry === 'string' ? escapeHtml(d.entry.replace(/</g, '⟨').replace(/>/g, '⟩')) : `(${d.entry.join(', ')})`;
      const oracle = c
        ? `<span class="${c.confirmed ? 'yes' : 'no'}">${c.confirmed ? 'confirmed' : 'NOT confirmed'}</span><br><span class="meta">derived error ${c.derivedError.toExponential(1)}, printed error ${c.printedError.toExponential(1)}</span>`
        : '—';
      return `<tr data-confirmed="${c?.confirmed ?? false}"><td>${entry}</td><td>${displayTex(d.printed)}</td><td>${displayTex(d.derived)}</td><td>${oracle}</td></tr>`;
    });
    doc.add(`<table class="discrepancies"><thead><tr><th>entry</th><th>printed</th><th>derived</th><th>oracle</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  });
}

function figuresSection(doc: Document, figures: ReadonlyMap<string, string>): void {
  doc.heading(2, 'Figures');
  if (figures.size === 0) {
    doc.add('<p class="note no-figures">No figures in this build: the figure renderers (<code>paperFigures()</code>) returned none.</p>');
    return;
  }
  doc.add(p('Computed from the library (Fig. 2: condition number κ of the eigenvector matrix over the (ω, k) plane with the exact exceptional lines; Fig. 3: heat currents at the exceptional point).'));
  let n = 0;
  for (const [name, svg] of figures) {
    n++;
    const title = svgTitle(svg);
    doc.add(`<figure class="figure" data-file="${escapeHtml(name)}"><div class="figure-body">${inlineSvg(svg, `fig${n}-`)}</div><figcaption>${title ? `${escapeHtml(title)} — ` : ''}<code>${escapeHtml(name)}</code></figcaption></figure>`);
  }
}

const REPORT_CSS = `${BASE_CSS}
.page { max-width: min(100%, 110rem); margin: 0 auto; padding: 2.2rem clamp(1rem, 3vw, 3rem) 5rem; }
.page > p, .page > ul, .page > ol, .page > h1, .page > h2, .page > h3, .page > h4 { max-width: 62rem; }
header.top { margin-bottom: 1.4rem; }
.citation { font-style: normal; color: var(--muted); }
.toc { background: var(--panel); border: 1px solid var(--rule); border-radius: 8px; padding: .6rem 1.2rem .8rem; margin: 1.2rem 0 2rem; font-size: .95rem; }
.toc h2.toc-title { border: 0; margin: .3rem 0 .4rem; padding: 0; font-size: 1rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.toc ol { margin: 0; padding-left: 1.3rem; }
.toc ol ol { columns: 2; column-gap: 2rem; font-size: .9rem; }
.toc a { text-decoration: none; }
.toc a:hover { text-decoration: underline; }
.moment-block { border-left: 3px solid var(--rule); padding-left: .8rem; margin: .4rem 0 1rem; }
figure.figure { margin: 1.4rem 0; }
.figure-body { overflow-x: auto; }
.figure-body svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .4rem; text-align: center; }
.explorer-link { display: inline-block; margin-top: .5rem; padding: .45rem .9rem; border-radius: 6px; background: var(--accent); color: #fff; text-decoration: none; font-family: system-ui, sans-serif; font-size: .95rem; }
@media (max-width: 640px) { .toc ol ol { columns: 1; } body { font-size: 16px; } }
@media print { .toc { break-after: page; } .math-scroll { overflow: visible; } }
`;

/** The report page (index.html). */
export function reportHtml(inputs: ReportInputs): string {
  const model = resonantPair();
  const doc = new Document();
  modelSection(doc, model);
  jumpSection(doc, model);
  momentSection(doc, model);
  heatSection(doc, model);
  expansionSection(doc, model, paperLimits());
  exceptionalSection(doc, model);
  paperCheckSection(doc, inputs.checked);
  figuresSection(doc, inputs.figures);
  const agree = inputs.checked.filter((c) => c.check.status === 'agrees').length;
  const header = `<header class="top">
<h1>Local, global and Redfield master equations: derived moment equations, exceptional points and a check of the paper</h1>
<p class="meta">Generated by <code>openmoments report</code> from the library; do not edit. Every formula is rendered by KaTeX at build time.</p>
<p>Companion to <cite class="citation">S. Scali, J. Anders, L. A. Correa, “Local master equations bypass the secular approximation”, Quantum (2021)</cite>; equation numbers are the paper's. ${agree} of ${inputs.checked.length} transcribed equations agree with the derivation.</p>
${inputs.explorer ? '<p><a class="explorer-link" href="explorer.html">Open the interactive explorer →</a></p>' : ''}
</header>`;
  return page({
    title: 'openmoments report: local, global and Redfield master equations',
    css: REPORT_CSS,
    body: `<main class="page">${header}${doc.toc()}${doc.body()}</main>`,
  });
}
