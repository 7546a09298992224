/** "Did you mean …": the closest known name to a mistyped one, by edit distance. */

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The known name closest to `typed`, if it is close enough to be a slip: at most a third of the
 * longer name's length in edits (at least 1, at most 3), or `typed` is a prefix of exactly one name.
 * Ties go to the name listed first.
 */
export function closestName(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = editDistance(typed, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  if (best !== null && bestDistance <= Math.min(3, Math.max(1, Math.floor(Math.max(typed.length, best.length) / 3)))) return best;
  const prefixed = known.filter((n) => typed.length >= 2 && n.toLowerCase().startsWith(typed.toLowerCase()));
  return prefixed.length === 1 ? prefixed[0]! : null;
}

/** ` (did you mean X?)`, or nothing when no known name is close. */
export function didYouMean(typed: string, known: readonly string[], prefix = ''): string {
  const name = closestName(typed, known);
  return name === null ? '' : ` (did you mean ${prefix}${name}?)`;
}
