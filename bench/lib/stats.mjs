// bench/lib/stats.mjs owns the arithmetic of results: median, min and max of a list of runs, and
// number formatting for tables (KB = 1,000 bytes, MB = 1,000,000 bytes).
export function summary(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

const group = (n) => Math.round(n).toLocaleString('en-US');
export const fmtMs = (x) => (x == null ? '–' : x >= 100 ? group(x) : x.toFixed(1));
export const fmtKB = (b) => (b == null ? '–' : (b / 1000).toFixed(1));
export const fmtMB = (b) => (b == null ? '–' : (b / 1e6).toFixed(1));

/** "median (min–max)" of a summary, in the given unit formatter. */
export function fmtRange(s, fmt = fmtMs) {
  if (!s) return '–';
  if (s.n === 1) return `${fmt(s.median)} (1 run)`;
  return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}

/** a / b as "1.23×", or '–'. */
export const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
