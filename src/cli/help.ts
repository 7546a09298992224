/** Usage text. */
import { flagsOf } from './parse.js';

const SUMMARY: Record<string, string> = {
  derive: 'print the exact moment equations dθ/dt = Mθ + c (symbolic); --heat: heat currents (eq. 50); --all: everything',
  matrix: 'print M and c lowered to numbers at the given physical parameters',
  expand: 'expand the dissipative part of M in k: M^(0), M^(1), … (coherent part exact)',
  limits: 'decide R^(0) = L and G^(0) = L exactly, both orders, resonant and not',
  'verify-paper': 'compare every transcribed equation of the paper with the derivation; with --out DIR also write DIR/paper-check.md',
  ep: 'eigenvalues, κ(V) (eq. 24) and phase rigidities at one parameter point',
  'ep-lines': 'the k of every exceptional point at the given ω (exact for local, numeric otherwise)',
  'ep-map': 'log10 κ over an (ω, k) grid, --equation all for the three panels of Fig. 2 (--out .svg|.png|.json)',
  heat: 'steady and transient heat currents (eqs. 50–51, Fig. 3); --k ep puts k on the exceptional line',
  latex: 'every derived equation as paste-ready amsmath; --standalone --out FILE.tex writes a whole document',
  code: 'M(parameters) and c(parameters) as a Python, Julia or mathjs function (--format python|julia|mathjs)',
  report: 'the self-contained HTML report and interactive explorer (docs/site; opens from disk, no network)',
  reproduce: 'the main job: derive everything, check the paper, write docs/ and figures',
  help: 'show this help, or the flags of one command',
};

export function helpText(topic: string | null): string {
  if (topic && SUMMARY[topic]) {
    return [`openmoments ${topic}: ${SUMMARY[topic]}`, `flags: ${flagsOf(topic).map((f) => `--${f}`).join(' ')}`].join('\n');
  }
  return [
    'openmoments: derive, verify and evaluate moment equations of open quantum systems',
    '(local, global and partial Redfield master equations; Scali, Anders & Correa).',
    '',
    'usage: openmoments <command> [flags]',
    ...Object.entries(SUMMARY).map(([c, s]) => `  ${c.padEnd(14)} ${s}`),
    '',
    'physical flags (defaults: Fig. 2): --omega 1 --k 1e-4 --Th 10 --Tc 5 --lambda-h2 1e-8 --lambda-c2 1e-4 --cutoff 1e3',
    'openmoments help <command> lists a command\'s flags.',
  ].join('\n');
}
