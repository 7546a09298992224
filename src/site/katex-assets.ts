/** KaTeX's stylesheet and the font files it references, copied from node_modules/katex/dist. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';

/** Relative url(…) references of a stylesheet (fonts), without query or fragment. */
export function cssUrlReferences(css: string): string[] {
  const out = new Set<string>();
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const url = m[2]!.trim();
    if (/^(data:|#)/.test(url)) continue;
    out.add(url.replace(/[?#].*$/, ''));
  }
  return [...out];
}

export function katexDistDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('katex/package.json')), 'dist');
}

/** 'katex/katex.min.css' and 'katex/fonts/…' → contents; throws if a referenced font is missing. */
export function katexAssets(): Map<string, string | Uint8Array> {
  const dist = katexDistDirectory();
  const css = readFileSync(join(dist, 'katex.min.css'), 'utf8');
  const files = new Map<string, string | Uint8Array>([['katex/katex.min.css', css]]);
  for (const ref of cssUrlReferences(css)) {
    if (/^[a-z]+:/i.test(ref) || ref.startsWith('/')) throw new Error(`katex.min.css references a non-relative URL: ${ref}`);
    const relative = normalize(ref);
    if (relative.startsWith('..')) throw new Error(`katex.min.css references a file outside its directory: ${ref}`);
    files.set(`katex/${relative.split('\\').join('/')}`, readFileSync(join(dist, relative)));
  }
  return files;
}
