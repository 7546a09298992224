/** Usage text. Flag meanings, units, defaults and formats come from flag-docs.ts. */
import { flagSpecsOf, commandNames, EP_MAP_EXTENSIONS } from './parse.js';
import { flagDoc } from './flag-docs.js';
import { didYouMean } from './suggest.js';

const SUMMARY: Record<string, string> = {
  derive: 'print the exact moment equations dθ/dt = Mθ + c (symbolic); --heat: heat currents (eq. 50); --all: everything',
  matrix: 'print M and c lowered to numbers at the given physical parameters',
  expand: 'expand the dissipative part of M in k: M^(0), M^(1), … (coherent part exact)',
  limits: 'decide R^(0) = L and G^(0) = L exactly, both orders, resonant and not',
  'verify-paper': 'compare every transcribed equation of the paper with the derivation; with --out DIR also write DIR/paper-check.md',
  ep: 'eigenvalue clusters with projector norms and verdicts (simple, semisimple, defective of order n), κ(V) (eq. 24), phase rigidities',
  'ep-lines': 'the k of every exceptional point at the given ω (exact for local, numeric otherwise); --order 2 checks M_2 there',
  'ep-map': `log10 κ over an (ω, k) grid, --equation all for the three panels of Fig. 2 (--out ${EP_MAP_EXTENSIONS.map((e) => `.${e}`).join('|')}); --order 2 maps the largest spectral-projector norm`,
  heat: 'steady and transient heat currents (eqs. 50–51, Fig. 3); --k ep puts k on the exceptional line; --model-file: transients of any network from σ',
  steady: 'steady covariance σ (Lyapunov), heat current of every bath, entropy production, uncertainty check; --model-file for any network, --format csv',
  spectrum: 'the eigenvalues of M (--order 1|2) as k runs over a range (--k a:b:n), with cluster verdicts (--format text|json|csv)',
  latex: 'every derived equation as paste-ready amsmath; --standalone --out FILE.tex writes a whole document',
  code: 'M(parameters) and c(parameters) as a Python, Julia or mathjs function (--format python|julia|mathjs); --model-file for your own network',
  report: 'the self-contained HTML report and interactive explorer (docs/site; opens from disk, no network)',
  reproduce: 'the main job: derive everything, check the paper, write docs/ and figures',
  help: 'show this help, or the flags of one command',
};

/** The commands that take --model-file, as the parser has them (heat: transients and steady state). */
function modelFileCommands(): string[] {
  return commandNames().filter((c) => flagSpecsOf(c).some((f) => f.name === 'model-file')).map((c) => (c === 'heat' ? 'heat: transients' : c));
}

/** One flag of `help <command>`: name and value, then meaning, unit, default and format. */
function flagLines(command: string): string[] {
  return flagSpecsOf(command).flatMap((f) => {
    const doc = flagDoc(command, f.name, f.kind);
    if (doc?.hidden === true) return [];
    const value = f.kind === 'boolean' ? '' : f.values ? ` ${f.values.join('|')}` : f.kind === 'number' ? ' NUMBER' : ' VALUE';
    const details = [
      doc?.unit ? `unit: ${doc.unit}` : null,
      doc?.default ? `default: ${doc.default}` : null,
      doc?.format ? `format: ${doc.format}` : null,
      f.repeat ? 'repeatable' : null,
    ].filter((x): x is string => x !== null);
    return [`  --${f.name}${value}`, `      ${doc?.meaning ?? ''}`, ...(details.length > 0 ? [`      ${details.join('; ')}`] : [])];
  });
}

export function helpText(topic: string | null): string {
  if (topic && SUMMARY[topic]) {
    const lines = flagLines(topic);
    return [`openmoments ${topic}: ${SUMMARY[topic]}`, '', lines.length > 0 ? 'flags:' : 'no flags.', ...lines].join('\n');
  }
  return [
    ...(topic ? [`no command "${topic}"${didYouMean(topic, commandNames())}`, ''] : []),
    'openmoments: derive, verify and evaluate moment equations of open quantum systems',
    '(local, global and partial Redfield master equations; Scali, Anders & Correa).',
    '',
    'usage: openmoments <command> [flags]',
    ...Object.entries(SUMMARY).map(([c, s]) => `  ${c.padEnd(14)} ${s}`),
    '',
    'physical flags (defaults: Fig. 2): --omega 1 --k 1e-4 --Th 10 --Tc 5 --lambda-h2 1e-8 --lambda-c2 1e-4 --cutoff 1e3',
    'units: ħ = k_B = 1, unit masses; frequencies, temperatures (k_BT) and k (frequency²) in one frequency unit.',
    'openmoments help <command> gives each flag of a command: meaning, unit, default and format.',
    `your own network: --model-file FILE.json (${modelFileCommands().join(', ')}) with --equation local|global|redfield|partial-secular`,
    '  (--secular-cutoff X for partial-secular); fields: frequencies, couplings (xx, pp, xp, hop), baths (mode, label,',
    '  temperature, lambda2, optional spectral), cutoff. See docs/conventions.md.',
  ].join('\n');
}
