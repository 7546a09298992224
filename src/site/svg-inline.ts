/**
 * SVG documents inlined into HTML. The XML prolog, doctype and namespace declarations go (the
 * HTML parser puts <svg> in the SVG namespace itself, and the report must contain no http(s)
 * string outside citations); ids are prefixed so that several figures' clip paths and gradients
 * cannot collide.
 */
export function inlineSvg(svg: string, idPrefix: string): string {
  let s = svg
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[\s\S]*?>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+xmlns(?::[A-Za-z_][\w.-]*)?\s*=\s*("[^"]*"|'[^']*')/g, '')
    .trim();
  const ids = new Set<string>();
  for (const m of s.matchAll(/\sid\s*=\s*(["'])([^"']+)\1/g)) ids.add(m[2]!);
  if (ids.size > 0) {
    s = s.replace(/(\sid\s*=\s*)(["'])([^"']+)\2/g, (_, a: string, q: string, id: string) => `${a}${q}${idPrefix}${id}${q}`);
    s = s.replace(/url\(\s*(['"]?)#([^'")]+)\1\s*\)/g, (all, q: string, id: string) => (ids.has(id) ? `url(${q}#${idPrefix}${id}${q})` : all));
    s = s.replace(/((?:xlink:)?href\s*=\s*)(["'])#([^"']+)\2/g, (all, a: string, q: string, id: string) => (ids.has(id) ? `${a}${q}#${idPrefix}${id}${q}` : all));
  }
  return s;
}

/** The text of the SVG's first <title>, if any. */
export function svgTitle(svg: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(svg);
  return m ? m[1]!.replace(/<[^>]+>/g, '').trim() || undefined : undefined;
}
