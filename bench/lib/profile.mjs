// bench/lib/profile.mjs owns the profiles taken where journey-story misses a target: a Chrome
// trace (renderer main thread: where its time went, by DevTools category) and a V8 CPU profile
// (which functions and files ran), both over the same window as the measurement that missed.
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'v8.wasm',
  'blink.user_timing',
  'loading',
];

const KINDS = [
  ['GC', /GC|Scavenge|MarkCompact|ThreadState|BlinkGC|Sweep|Finaliz/i],
  ['compile (JS parse/compile, wasm compile)', /compil|^v8\.parse|ParseFunction|ParseProgram|wasm\.|Wasm/i],
  ['HTML parse', /^ParseHTML$/],
  ['style', /UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleInvalidat|ScheduleStyle/],
  ['layout', /^Layout$|UpdateLayout$|LayoutShift|IntersectionObserver/],
  ['paint & composite', /Paint|Layerize|UpdateLayer|Composite|^Commit$|Raster|Decode|Image/],
  ['script (JS and wasm running)', /FunctionCall|EvaluateScript|evaluateModule|v8\.run|callFunction|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|V8\.Execute|v8\.execute|Callback|XHR|callModuleMethod/],
];
const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other (task overhead, loading)';

/**
 * Starts a Chrome trace (kind 'trace') or a V8 CPU profile (kind 'cpu'), never both: the CPU
 * profiler's own work (code logging) would fill the trace. Returns stop(markName, windowMs),
 * which gives { main } or { functions }.
 */
export async function startProfile(browser, page, cdp, kind) {
  if (kind === 'trace') {
    await browser.startTracing(page, { categories: CATEGORIES });
    return async (markName, windowMs) => {
      const trace = JSON.parse((await browser.stopTracing()).toString());
      return { main: mainThread(trace.traceEvents, markName, windowMs) };
    };
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => ({ functions: hotFunctions((await cdp.send('Profiler.stop')).profile) });
}

/** Self time by category on the renderer main thread that recorded `markName`, over the window. */
function mainThread(events, markName, windowMs) {
  const mark = events.find((e) => e.name === markName && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'));
  if (!mark) return null;
  const { pid, tid } = mark;
  const end = mark.ts;
  const start = end - windowMs * 1000;
  // Complete events and B/E pairs of that thread, as [start, end, name] clipped to the window.
  const spans = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur) spans.push([e.ts, e.ts + e.dur, e.name]);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E' && open.length) {
      const b = open.pop();
      spans.push([b.ts, e.ts, b.name]);
    }
  }
  const inside = spans
    .map(([a, b, name]) => [Math.max(a, start), Math.min(b, end), name])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const self = new Map();
  const stack = [];
  let busy = 0;
  const tasks = [];
  const close = (upTo) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const s = stack.pop();
      const t = s.end - s.start - s.children;
      self.set(s.name, (self.get(s.name) ?? 0) + t);
      s.root.inner.set(s.name, (s.root.inner.get(s.name) ?? 0) + t);
      if (stack.length) stack[stack.length - 1].children += s.end - s.start;
      else {
        busy += s.end - s.start;
        tasks.push(s);
      }
    }
  };
  for (const [a, b, name] of inside) {
    close(a);
    const parent = stack[stack.length - 1];
    const span = { start: a, end: parent ? Math.min(b, parent.end) : b, name, children: 0, inner: new Map() };
    span.root = parent ? parent.root : span;
    stack.push(span);
  }
  close(Infinity);
  // The longest tasks, when they ran (ms since the window's start) and what filled them.
  const longest = tasks
    .sort((x, y) => y.end - y.start - (x.end - x.start))
    .slice(0, 5)
    .map((t) => ({
      at: (t.start - start) / 1000,
      ms: (t.end - t.start) / 1000,
      inner: [...t.inner].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([name, us]) => ({ name, ms: us / 1000 })),
    }));
  const kinds = new Map();
  for (const [name, us] of self) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + us);
  kinds.set('idle (waiting: network, timers, frames)', end - start - busy);
  const byKind = [...kinds].map(([kind, us]) => ({ kind, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
  const byEvent = [...self].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms).slice(0, 8);
  return { windowMs, byKind, byEvent, longest };
}

// Whole-stack attribution of CPU samples, first matching rule wins (Rust names need the names
// build, bench/names-build.sh; without it all wasm is "other wasm").
const PHASES = [
  ['story: JSON to Story (serde-wasm-bindgen, validation)', (f) => /serde_wasm_bindgen|journey_story::model::/.test(f.functionName)],
  ['render: Yew (components, diff, DOM calls)', (f) => /\byew::/.test(f.functionName)],
  ['other wasm', (f) => f.url.startsWith('wasm://') || f.url.endsWith('.wasm')],
  ['JS: embed.js and wasm-bindgen glue', (f) => /(embed|journey-story)\.js/.test(f.url)],
  ['bench probe (polls titles, first forced layout)', (f) => f.functionName === 'tick'],
];

const short = (name) => name.replace(/::h[0-9a-f]{16}$/, '').replace(/^(.{100}).+$/, '$1…');

/** Self time per function and per file, and whole-stack phases, from a V8 CPU profile. */
function hotFunctions(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const files = new Map();
  const phases = new Map();
  const add = (m, k, ms) => m.set(k, (m.get(k) ?? 0) + ms);
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    const wasm = url.startsWith('wasm://') || url.endsWith('.wasm');
    const file = url ? (wasm ? 'journey-story_bg.wasm' : url.split('/').pop().split('?')[0]) : functionName || '(native)';
    add(self, wasm ? short(functionName) : `${functionName || '(anonymous)'}${url ? ` ${file}:${lineNumber + 1}` : ''}`, ms);
    add(files, file, ms);
    const stack = [];
    for (let id = node.id; id != null; id = parent.get(id)) stack.push(byId.get(id).callFrame);
    const phase =
      PHASES.find(([, test]) => stack.some(test))?.[0] ?? (functionName.startsWith('(') ? functionName : 'other (page, browser, bench harness)');
    add(phases, phase, ms);
  }
  const top = (m, k) => [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms).slice(0, k);
  return { byFunction: top(self, 12), byFile: top(files, 8), byPhase: top(phases, 12) };
}
