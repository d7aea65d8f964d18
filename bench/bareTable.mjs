// The floor: the fastest plausible calendar, a bare typed-array table written for the benchmark only.
// Status bytes, prefix sums, char-code parsing of the input string and precomputed output strings.

const MS_PER_DAY = 86_400_000;

/** Builds the bare table from any `isWorkingDay(iso)` over [from, to]. */
export function buildBareTable(isWorkingDay, from, to) {
  const first = Date.parse(`${from}T00:00:00Z`) / MS_PER_DAY;
  const length = Date.parse(`${to}T00:00:00Z`) / MS_PER_DAY - first + 1;
  const working = new Uint8Array(length);
  const strings = new Array(length);
  const before = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    strings[i] = new Date((first + i) * MS_PER_DAY).toISOString().slice(0, 10);
    working[i] = isWorkingDay(strings[i]) ? 1 : 0;
    before[i + 1] = before[i] + working[i];
  }
  const at = new Int32Array(before[length]);
  for (let i = 0; i < length; i++) if (working[i]) at[before[i]] = i;
  const firstYear = Number(from.slice(0, 4));
  const monthStart = new Int32Array((Number(to.slice(0, 4)) - firstYear + 1) * 12);
  for (let k = 0; k < monthStart.length; k++) monthStart[k] = Date.UTC(firstYear + Math.floor(k / 12), k % 12, 1) / MS_PER_DAY - first;
  const index = (s) =>
    monthStart[((s.charCodeAt(0) * 1000 + s.charCodeAt(1) * 100 + s.charCodeAt(2) * 10 + s.charCodeAt(3) - 53328) - firstYear) * 12 + (s.charCodeAt(5) * 10 + s.charCodeAt(6) - 529)] +
    (s.charCodeAt(8) * 10 + s.charCodeAt(9) - 529);
  return {
    isWorkingDay: (s) => working[index(s)] === 1,
    addWorkingDays: (s, n) => strings[at[before[index(s) + 1] + n - 1]],
    countWorkingDays: (a, b) => before[index(b) + 1] - before[index(a) + 1],
  };
}
