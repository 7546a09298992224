/** HTML helpers and the shared page shell (self-contained: no remote URL, fonts from ./katex/). */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A slug for ids: lower case, words joined by '-'. */
export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export const BASE_CSS = `
:root {
  --text: #1d2330; --muted: #5b6475; --rule: #d9dde5; --accent: #1f5fbf; --bg: #ffffff; --panel: #f6f7f9;
  --ok: #1e7a3a; --bad: #b3261e; --warn: #9a5b00;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font-family: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "DejaVu Serif", serif;
  font-size: 17px; line-height: 1.6;
}
h1, h2, h3, h4, nav, .ui, table, figcaption, .meta, .verdict, button, input, select, label {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif;
}
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.4rem; margin: 2.6rem 0 .8rem; padding-top: .6rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.12rem; margin: 1.8rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; color: var(--muted); }
p { margin: .6rem 0; }
a { color: var(--accent); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .88em; background: var(--panel); padding: .05em .3em; border-radius: 3px; }
.math-scroll { overflow-x: auto; overflow-y: hidden; max-width: 100%; padding: .15rem 0; }
.math-scroll > .katex-display { margin: .55rem 0; }
.katex { font-size: 1.08em; }
table { border-collapse: collapse; margin: .8rem 0 1.2rem; font-size: .92rem; width: 100%; }
th, td { border-bottom: 1px solid var(--rule); padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td .math-scroll { max-width: 34rem; }
.status-agrees, .yes { color: var(--ok); font-weight: 600; }
.status-disagrees, .no { color: var(--bad); font-weight: 600; }
.meta { color: var(--muted); font-size: .9rem; }
.note { color: var(--muted); font-size: .92rem; }
.verdict { display: inline-block; padding: .1rem .5rem; border-radius: 999px; font-size: .85rem; font-weight: 600; }
.verdict.equal { background: #e3f3e7; color: var(--ok); }
.verdict.different { background: #fdf0dc; color: var(--warn); }
`;

export interface PageOptions {
  readonly title: string;
  readonly css: string;
  readonly body: string;
  readonly scripts?: readonly string[];
}

export function page(options: PageOptions): string {
  const scripts = (options.scripts ?? []).map((s) => `<script src="${escapeHtml(s)}" defer></script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="openmoments">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="katex/katex.min.css">
<style>${options.css}</style>
${scripts}
</head>
<body>
${options.body}
</body>
</html>
`;
}
