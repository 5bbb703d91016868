// bench/lib/targets.mjs owns the targets for journey-story and their verdicts, computed
// from the medians at 1x CPU, plus the growth (marginal cost per section) behind "linear", and
// the samples of the interaction phase (several a run).
import { summary } from './stats.mjs';

const med = (results, peer, key, pick) => summary((results[peer]?.[key] ?? []).map(pick))?.median ?? null;
const visible = (r) => r.visibleMs;
const expandMs = (r) => r.expand?.ms;
export const totalHeap = (r) => r.heap.js + r.heap.dom + r.heap.buffers + r.heap.wasm;

/** Every sample of an interaction figure (a list of { ms, workMs } per run) over a case's runs. */
export const samples = (list, pick) => (list ?? []).flatMap((r) => (r.interact ? pick(r.interact) : []));
export const clicks = (i) => [...i.open, ...i.close];
const pooled = (results, peer, key, pick, field = 'ms') =>
  summary(samples(results[peer]?.[key], pick).map((c) => c[field]));

/** Marginal cost per section between two sizes: (f(b) - f(a)) / (b - a), or null. */
function slope(results, peer, a, b, pick) {
  const fa = med(results, peer, `${a}@1x`, pick);
  const fb = med(results, peer, `${b}@1x`, pick);
  return fa == null || fb == null ? null : (fb - fa) / (b - a);
}

/** Per peer: ms/section and bytes/section for 100->1,000 and 1,000->10,000. */
export function growth(results, peer) {
  return {
    time: [slope(results, peer, 100, 1000, visible), slope(results, peer, 1000, 10000, visible)],
    memory: [slope(results, peer, 100, 1000, totalHeap), slope(results, peer, 1000, 10000, totalHeap)],
  };
}

// Linear: the cost of a section from 1,000 to 10,000 is at most 1.5x its cost from 100 to 1,000.
const LINEAR_SLACK = 1.5;
const linear = ([early, late]) => (early == null || late == null ? null : late <= early * LINEAR_SLACK);

/**
 * [{ id, text, measured, pass (true/false/null when not measured), profile }] where profile says
 * which case to profile when the target is missed: { size, cpu, phase: 'visible' | 'expand' }, or
 * null (interaction targets: not profiled).
 */
export function targets(results) {
  const J = 'journey-story';
  const seedJ = med(results, J, 'seed@1x', visible);
  const seedV = med(results, 'vanilla', 'seed@1x', visible);
  const seedT = med(results, 'TimelineJS3', 'seed@1x', visible);
  const k1 = med(results, J, '1000@1x', visible);
  const expJ = med(results, J, 'seed@1x', expandMs);
  const expV = med(results, 'vanilla', 'seed@1x', expandMs);
  const workJ = med(results, J, 'seed@1x', (r) => r.expand?.workMs);
  const workV = med(results, 'vanilla', 'seed@1x', (r) => r.expand?.workMs);
  const g = growth(results, J);
  const clickJ = pooled(results, J, '10000@1x', clicks);
  const clickV = pooled(results, 'vanilla', '10000@1x', clicks);
  const all = (peer) => [pooled(results, peer, '10000@1x', (i) => i.expandAll), pooled(results, peer, '10000@1x', (i) => i.collapseAll)];
  const [allJ, allV] = [all(J), all('vanilla')];
  const num = (x, d = 0) => (x == null ? '–' : x.toFixed(d));
  const both = (a, b) => (a == null || b == null ? null : a && b);
  return [
    {
      id: 'seed-vs-vanilla',
      text: 'Seed story visible in at most 1.5× vanilla',
      measured: `${num(seedJ)} ms vs ${num(seedV)} ms vanilla (${seedJ && seedV ? (seedJ / seedV).toFixed(2) : '–'}×)`,
      pass: seedJ == null || seedV == null ? null : seedJ <= 1.5 * seedV,
      profile: { size: 'seed', cpu: 1, phase: 'visible' },
    },
    {
      id: 'seed-vs-timelinejs',
      text: 'Seed story visible faster than TimelineJS3',
      measured: `${num(seedJ)} ms vs ${num(seedT)} ms TimelineJS3`,
      pass: seedJ == null || seedT == null ? null : seedJ < seedT,
      profile: { size: 'seed', cpu: 1, phase: 'visible' },
    },
    {
      id: '1000-under-300',
      text: '1,000 sections visible in under 300 ms',
      measured: `${num(k1)} ms`,
      pass: k1 == null ? null : k1 < 300,
      profile: { size: 1000, cpu: 1, phase: 'visible' },
    },
    {
      id: 'expand-vs-vanilla',
      text: 'Expand every section of the seed story within 1.2× vanilla',
      measured:
        `${num(expJ)} ms vs ${num(expV)} ms vanilla (${expJ && expV ? (expJ / expV).toFixed(2) : '–'}×), click to painted; ` +
        `the work alone (frames not waited for): ${num(workJ, 1)} vs ${num(workV, 1)} ms (${workJ && workV ? (workJ / workV).toFixed(2) : '–'}×)`,
      pass: expJ == null || expV == null ? null : expJ <= 1.2 * expV,
      profile: { size: 'seed', cpu: 1, phase: 'expand' },
    },
    {
      id: 'linear',
      text: 'Time and memory linear up to 10,000 sections',
      measured:
        `time ${num(g.time[0], 3)} → ${num(g.time[1], 3)} ms/section, ` +
        `memory ${num(g.memory[0] && g.memory[0] / 1000, 1)} → ${num(g.memory[1] && g.memory[1] / 1000, 1)} KB/section ` +
        '(100→1,000 vs 1,000→10,000)',
      pass: both(linear(g.time), linear(g.memory)),
      profile: { size: 10000, cpu: 1, phase: 'visible' },
    },
    {
      id: 'click-10k-vs-vanilla',
      text: 'Click one section header at 10,000 sections within 2× vanilla (aim: under 50 ms)',
      measured:
        `${num(clickJ?.median, 1)} ms (max ${num(clickJ?.max, 1)}) vs ${num(clickV?.median, 1)} ms (max ${num(clickV?.max, 1)}) vanilla ` +
        `(${clickJ && clickV ? (clickJ.median / clickV.median).toFixed(2) : '–'}×), click to painted, opening and closing` +
        (clickJ ? `; ${clickJ.median < 50 ? 'under' : '**over**'} 50 ms` : ''),
      pass: clickJ == null || clickV == null ? null : clickJ.median <= 2 * clickV.median,
      profile: null,
    },
    {
      id: 'all-10k-under-1s',
      text: 'Expand all and Collapse all at 10,000 sections each under 1 s',
      measured:
        `expand all ${num(allJ[0]?.median)} ms (max ${num(allJ[0]?.max)}), collapse all ${num(allJ[1]?.median)} ms (max ${num(allJ[1]?.max)}); ` +
        `vanilla ${num(allV[0]?.median)} and ${num(allV[1]?.median)} ms`,
      pass: allJ[0] == null || allJ[1] == null ? null : allJ[0].median < 1000 && allJ[1].median < 1000,
      profile: null,
    },
  ];
}
