/** The edit distance between two short strings: insertions, deletions, substitutions and swaps of neighbours (`ned` → `end` is 1). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * The candidate closest to what was typed, when it is close enough to be a typo (`--formt` → `--format`, `chek` →
 * `check`, `ned` → `end`): at most one edit per three characters (at least one), else `undefined`.
 *
 * @param typed - What the user typed.
 * @param candidates - The valid names.
 * @returns The suggestion, or `undefined`.
 */
function didYouMean(typed: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(typed.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(typed.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * `' (did you mean add?)'` (`'（是否要输入 add？）'`) when `typed` is close to one of `candidates`, else `''`: for the
 * messages of unknown names.
 *
 * @internal
 */
export function meantText(typed: string | undefined, candidates: readonly string[], language: 'zh' | 'en' = 'en'): string {
  const near = typed === undefined ? undefined : didYouMean(typed, candidates);
  if (near === undefined) return '';
  return language === 'zh' ? `（是否要输入 ${near}？）` : ` (did you mean ${near}?)`;
}
