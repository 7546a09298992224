/** Cutting long user text (expressions, file names) to the part worth showing in a one-line message. */

/** At most `width` characters of `text` around `at`, with … where it was cut. */
export function excerpt(raw: string, at = 0, width = 60): string {
  // one line: control characters (newlines included) become spaces
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (text.length <= width) return text;
  const from = Math.max(0, Math.min(at - Math.floor(width / 2), text.length - width));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + width)}${from + width < text.length ? '…' : ''}`;
}
