// bench/lib/report.mjs owns RESULTS.md: the tables (median, min–max) for downloads, time to
// visible, memory, expand-all, interaction at scale, growth, the target verdicts and the profiles
// of missed targets.
import { summary, fmtMs, fmtKB, fmtMB, fmtRange, ratio } from './stats.mjs';
import { growth, totalHeap, samples, clicks } from './targets.mjs';

const label = (size) => (size === 'seed' ? 'seed (9)' : size.toLocaleString('en-US'));
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function cell(list, pick, fmt = fmtMs) {
  if (!list) return 'not run';
  const s = summary(list.map(pick));
  if (!s) return list.timeout ? `> ${list.timeout / 1000} s (timed out)` : 'failed';
  return fmtRange(s, fmt) + (list.timeout ? ` + 1 timed out` : '');
}
const median = (list, pick) => (list ? summary(list.map(pick))?.median ?? null : null);

export function report({ info, build, peers, sizes, cpus, results, downloads, storyInfo, verdicts, profiles, notes }) {
  const ids = peers.map((p) => p.id);
  const has = (id) => ids.includes(id);
  const L = [];
  L.push('<!-- bench/RESULTS.md: written by bench/run.sh; do not edit by hand (see bench/README.md). -->');
  L.push('# journey-story benchmark results', '');
  L.push(`Run ${info.date.slice(0, 16).replace('T', ' ')} UTC with \`${info.args}\` (${(info.elapsed / 60).toFixed(1)} min of measuring).`, '');
  L.push(`- Machine: ${info.cpu}, ${info.memory}, ${info.os}; Node ${info.node}.`);
  L.push(`- Browser: Chromium ${info.chromium} (Debian), headless, driven by playwright-core ${info.playwright}.`);
  L.push(
    `- journey-story: \`dist/\` built ${build.builtAt.slice(0, 16).replace('T', ' ')} UTC, wasm sha256 ${build.wasmSha}…, ` +
      `HEAD ${build.head}${build.dirty ? ' with uncommitted changes in src/ or www/ (the other engineer at work)' : ''}.`,
  );
  L.push(
    `- Runs: median of ${info.runs} runs per case (min–max in brackets)` +
      (info.runs10k === info.runs ? '' : `; 10,000 sections: ${info.runs10k} runs`) +
      (Number.isFinite(info.slowMs) ? `; a single run for a peer whose first run of a case took over ${info.slowMs / 1000} s` : '') +
      '. Every peer runs in each round, in rotated order, on the same servers and browser.',
  );
  L.push(
    `- Noise: the machine is shared with another engineer's builds; a compiler or build tool was running during ` +
      `${notes.busyRuns} of ${notes.totalRuns} measured runs (the bench waited ${Math.round((notes.waitedMs ?? 0) / 1000)} s in all ` +
      'for builds to finish before runs). Compare peers within a row, not across reports.',
  );
  L.push('');

  L.push('## Targets for journey-story (1× CPU, medians)', '');
  L.push(table(['target', 'measured', 'result'], verdicts.map((v) => [v.text, v.measured, v.pass == null ? 'not measured' : v.pass ? 'met' : '**missed**'])));
  L.push('');

  L.push('## Downloads (story excluded)', '');
  L.push('What each peer\'s page fetched besides the host page and the story, compressed here with gzip -9 and brotli 11; ' +
    'requests and bytes on the wire (gzip, headers included) are for the whole seed page at 1× CPU.', '');
  const rows = ids.map((id) => {
    const d = downloads[id];
    const seed = results[id]['seed@1x'];
    const reqs = median(seed, (r) => r.requests.length);
    const wire = median(seed, (r) => r.wireBytes);
    const off = d.offLoopback.length ? d.offLoopback.map((u) => `⚠ ${new URL(u).host}`).join(', ') : 'none';
    return [id, d.rows.map((r) => r.name).join(', '), fmtKB(d.total.raw), `**${fmtKB(d.total.gzip)}**`, fmtKB(d.total.brotli), reqs ?? '–', fmtKB(wire), off];
  });
  L.push(table(['peer', 'files', 'raw KB', 'gzip KB', 'brotli KB', 'requests', 'on the wire KB', 'left loopback (blocked)'], rows));
  L.push('', `Stories: ${sizes.map((s) => `${label(s)} sections ${fmtKB(storyInfo[s].raw)} KB (${fmtKB(storyInfo[s].gzip)} KB gzip)`).join('; ')}.`, '');

  const perCase = (title, pick, fmt, extra) => {
    L.push(`## ${title}`, '');
    const head = ['sections', 'CPU', ...ids];
    if (extra) head.push(extra.head);
    const body = [];
    for (const size of sizes) {
      for (const cpu of cpus) {
        const key = `${size}@${cpu}x`;
        const row = [label(size), `${cpu}×`, ...ids.map((id) => cell(results[id][key], pick, fmt))];
        if (extra) row.push(extra.cell(key));
        body.push(row);
      }
    }
    L.push(table(head, body), '');
  };
  const vsVanilla = has('journey-story') && has('vanilla')
    ? { head: 'journey-story ÷ vanilla', cell: (key) => ratio(median(results['journey-story'][key], (r) => r.visibleMs), median(results.vanilla[key], (r) => r.visibleMs)) }
    : null;
  perCase('Time until every section title is visible (ms)', (r) => r.visibleMs, fmtMs, vsVanilla);
  L.push('Milliseconds from navigation start to the first animation frame in which every section title is in the DOM and has a layout box.', '');

  const J = 'journey-story';
  // Resource Timing medians: when a request started or ended (ms since navigation start).
  const at = (list, re, field) => median(list, (r) => r.resources.find((e) => re.test(e.name))?.[field]);
  const WASM = /\.wasm$/;
  const STORY = /\/stories\//;
  // When journey-story has both its wasm and the story (it can render only then).
  const allIn = (r) => Math.max(...r.resources.filter((e) => WASM.test(e.name) || STORY.test(e.name)).map((e) => e.end));
  if (has(J)) {
    L.push('## Where journey-story\'s time goes (1× CPU, medians, ms since navigation start)', '');
    L.push('From Resource Timing of the measured runs. journey-story can render once both its wasm and the story ' +
      'have arrived ("all in"); what follows is starting the wasm (instantiation, lazy compilation), converting the story, ' +
      'rendering, style and layout. Vanilla for comparison.', '');
    const head = ['sections', 'wasm requested', 'wasm received', 'story requested', 'story received', 'visible', 'visible − all in'];
    if (has('vanilla')) head.push('vanilla: story received', 'visible', 'visible − story received');
    L.push(table(head, sizes.map((size) => {
      const j = results[J][`${size}@1x`];
      const row = [label(size), fmtMs(at(j, WASM, 'start')), fmtMs(at(j, WASM, 'end')), fmtMs(at(j, STORY, 'start')),
        fmtMs(at(j, STORY, 'end')), fmtMs(median(j, (r) => r.visibleMs)), fmtMs(median(j, (r) => r.visibleMs - allIn(r)))];
      if (has('vanilla')) {
        const v = results.vanilla[`${size}@1x`];
        row.push(fmtMs(at(v, STORY, 'end')), fmtMs(median(v, (r) => r.visibleMs)),
          fmtMs(median(v, (r) => r.visibleMs - (r.resources.find((e) => STORY.test(e.name))?.end ?? NaN))));
      }
      return row;
    })), '');
  }

  L.push('## Memory after render (MB, once the page is idle, after a forced GC)', '');
  L.push('Total = V8 heap + Blink heap (DOM) + ArrayBuffers + WebAssembly memory; the V8 heap alone in brackets. Median of the runs at 1× CPU.', '');
  L.push(table(['sections', ...ids], sizes.map((size) => [label(size), ...ids.map((id) => {
    const list = results[id][`${size}@1x`];
    const t = median(list, totalHeap);
    return t == null ? 'not measured' : `${fmtMB(t)} (${fmtMB(median(list, (r) => r.heap.js))} JS)`;
  })])), '');

  if (sizes.includes('seed')) {
    L.push('## Expand every section, seed story (ms)', '');
    L.push('Each click is followed by two animation frames (click to painted); "work" is the part until the handlers, ' +
      'microtasks and a forced style and layout are done, without the wait for frames.', '');
    const clicks = Object.fromEntries(peers.map((p) => [p.id, p.clicks]));
    L.push(table(['CPU', ...ids], cpus.map((cpu) => [`${cpu}×`, ...ids.map((id) => {
      const list = results[id][`seed@${cpu}x`];
      if (!list?.length) return 'not measured';
      return `${cell(list, (r) => r.expand?.ms)}; work ${fmtMs(median(list, (r) => r.expand?.workMs))}; ${median(list, (r) => r.expand?.clicks)} clicks`;
    })])));
    L.push('', `Clicked: ${ids.map((id) => `${id}: ${clicks[id]}`).join('; ')}.`, '');
  }

  const interactIds = ids.filter((id) => Object.values(results[id]).some((list) => list.some((r) => r.interact)));
  if (interactIds.length) {
    L.push('## Interaction (ms, click to painted)', '');
    L.push(`On the page once it is idle: ${info.interact.clicks} section headers from the middle of the story (index ⌊n/2⌋ on; ` +
      'a section without text has no button and is skipped) are each scrolled into view, opened, then closed; then Expand all ' +
      `and Collapse all (the toolbar buttons), up to ${info.interact.rounds} times while a round takes under ${info.interact.roundMs / 1000} s. ` +
      'Each click is `element.click()` from a task; ' +
      'the time runs until every affected `aria-expanded` has flipped (seen by a MutationObserver when the DOM changes in a ' +
      'later task) and two animation frames have run (the change is ' +
      'painted). "Click work" is until the flip and a forced style and layout, without the wait for frames. ' +
      'Median (max) of every click of every run.', '');
    const pool = (list, pick, field = 'ms') => summary(samples(list, pick).map((c) => c[field]));
    const cols = [
      ['open a section', (i) => i.open],
      ['close a section', (i) => i.close],
      ['click work', clicks, 'workMs'],
      ['Expand all', (i) => i.expandAll],
      ['Collapse all', (i) => i.collapseAll],
    ];
    const fmt = (x, failed) => (x ? `${fmtMs(x.median)} (${fmtMs(x.max)})` : failed ? 'failed (see notes)' : 'not measured');
    const body = [];
    for (const size of sizes.filter((s) => info.interactSizes.includes(s))) {
      for (const cpu of cpus) {
        const key = `${size}@${cpu}x`;
        const stats = Object.fromEntries(interactIds.map((id) => [id, cols.map(([, pick, f]) => pool(results[id][key], pick, f))]));
        for (const id of interactIds) {
          const failed = results[id][key]?.some((r) => r.interact?.error);
          body.push([label(size), `${cpu}×`, id, ...stats[id].map((x) => fmt(x, failed))]);
        }
        if (stats[J] && stats.vanilla) {
          body.push([label(size), `${cpu}×`, '*journey-story ÷ vanilla*', ...stats[J].map((j, c) => ratio(j?.median, stats.vanilla[c]?.median))]);
        }
      }
    }
    L.push(table(['sections', 'CPU', 'peer', ...cols.map(([name]) => name)], body), '');
    const skipped = peers.filter((p) => !p.root).map((p) => p.id);
    L.push('Targets (issue): a click at 10,000 sections within 2× vanilla, aiming under 50 ms; Expand all and Collapse all ' +
      'under 1 s. At 60 frames per second two frames are 17–33 ms, so that is the floor of a click to painted.' +
      (skipped.length ? ` Not measured: ${skipped.join(', ')} (no collapsible sections or no Expand all).` : ''), '');
  }

  if (sizes.includes(100) && sizes.includes(1000)) {
    L.push('## Growth: cost of one more section (1× CPU)', '');
    const g = Object.fromEntries(ids.map((id) => [id, growth(results, id)]));
    const f = (x, d) => (x == null ? '–' : x.toFixed(d));
    L.push(table(['peer', 'time 100→1,000', 'time 1,000→10,000', 'memory 100→1,000', 'memory 1,000→10,000'], ids.map((id) => [
      id, `${f(g[id].time[0], 3)} ms`, `${f(g[id].time[1], 3)} ms`, `${f(g[id].memory[0] && g[id].memory[0] / 1000, 1)} KB`, `${f(g[id].memory[1] && g[id].memory[1] / 1000, 1)} KB`,
    ])));
    L.push('', 'Linear means the later step costs at most 1.5× the earlier one per section.', '');
  }

  if (profiles.length) {
    L.push('## Profiles of the missed targets', '');
    for (const p of profiles) {
      L.push(`### journey-story, ${p.id} (${p.targets.join('; ')})`, '');
      const [size, cpu] = p.id.split(' ')[0].split('@');
      const key = `${size === 'seed' ? 'seed' : Number(size)}@${cpu}`;
      const js = results[J]?.[key];
      const va = results.vanilla?.[key];
      if (p.phase === 'visible' && js?.length && va?.length) {
        const jIn = median(js, allIn);
        const vIn = at(va, STORY, 'end');
        const jAfter = median(js, (r) => r.visibleMs - allIn(r));
        const vAfter = median(va, (r) => r.visibleMs - (r.resources.find((e) => STORY.test(e.name))?.end ?? NaN));
        L.push(`Waterfall (medians of the measured runs, Resource Timing): journey-story has its wasm and the story at ` +
          `${fmtMs(jIn)} ms (vanilla has its story at ${fmtMs(vIn)} ms) and shows every title ${fmtMs(jAfter)} ms later ` +
          `(vanilla ${fmtMs(vAfter)} ms). Of the ${fmtMs(median(js, (r) => r.visibleMs) - median(va, (r) => r.visibleMs))} ms ` +
          `gap, **${fmtMs(jIn - vIn)} ms is loading** (requests: ` +
          `${p.resources.map((r) => `${new URL(r.name).pathname.split('/').pop()} ${fmtMs(r.start)} → ${fmtMs(r.end)}`).join('; ')}` +
          ` in the traced run) and **${fmtMs(jAfter - vAfter)} ms is after everything arrived**.`, '');
      }
      const m = p.summary?.main;
      if (!m) {
        L.push('The trace had no mark for this window.', '');
        continue;
      }
      const top = m.byKind[0];
      L.push(`Renderer main thread over the ${fmtMs(m.windowMs)} ms window (Chrome trace of one run, self time; tracing slows ` +
        `the page a little): the largest kind is ${top.kind} with ${fmtMs(top.ms)} ms.`);
      if (p.vanilla) {
        const base = new Map(p.vanilla.byKind.map((k) => [k.kind, k.ms]));
        const extra = m.byKind.map((k) => ({ kind: k.kind, ms: k.ms - (base.get(k.kind) ?? 0) })).sort((a, b) => b.ms - a.ms);
        L.push(`Against vanilla on the same page shell (${fmtMs(p.vanilla.windowMs)} ms), journey-story spends ` +
          `${fmtMs(m.windowMs - p.vanilla.windowMs)} ms more; **what dominates the difference: ${extra[0].kind} ` +
          `+${fmtMs(extra[0].ms)} ms**, then ${extra.slice(1, 3).map((e) => `${e.kind} ${e.ms >= 0 ? '+' : ''}${fmtMs(e.ms)} ms`).join(', ')}.`);
      }
      L.push('');
      const van = new Map((p.vanilla?.byKind ?? []).map((k) => [k.kind, k.ms]));
      L.push(table(['kind', 'journey-story ms', `vanilla ms (${fmtMs(p.vanilla?.windowMs)} ms window)`],
        m.byKind.map((k) => [k.kind, fmtMs(k.ms), fmtMs(van.get(k.kind))])), '');
      L.push(`Top trace events by self time: ${m.byEvent.map((e) => `${e.name} ${fmtMs(e.ms)}`).join(', ')}.`, '');
      L.push(`Longest tasks (start ms into the window, length: what filled them): ${m.longest.map((t) => `at ${fmtMs(t.at)}, ${fmtMs(t.ms)} ms: ${t.inner.map((e) => `${e.name} ${fmtMs(e.ms)}`).join(', ')}`).join('; ')}.`, '');
      const fx = p.summary.functions;
      const names = build.names ? `the names build of ${build.names} (bench/names-build.sh: same code, wasm name section kept)` : 'the release wasm (no names: run bench/names-build.sh for Rust function names)';
      L.push(`CPU profile (V8 sampling every 0.1 ms, a second run, on ${names}), by whole stack: ` +
        `${fx.byPhase.map((e) => `${e.name} ${fmtMs(e.ms)}`).join(', ')}.`, '');
      L.push(`Self time by file: ${fx.byFile.map((e) => `${e.name} ${fmtMs(e.ms)}`).join(', ')}.`, '');
      L.push(`Hottest functions: ${fx.byFunction.slice(0, 8).map((e) => `\`${e.name}\` ${fmtMs(e.ms)}`).join(', ')}.`, '');
    }
  }

  L.push('## Notes', '');
  for (const id of ids) {
    if (downloads[id].offLoopback.length) {
      L.push(`- ${id} asked for ${downloads[id].offLoopback.map((u) => `\`${u}\``).join(', ')} with its default options: ` +
        'blocked here (the resolver fails every host name), so its real-world bytes and requests are higher than shown.');
    }
  }
  for (const s of notes.singleRun) L.push(`- Single run (first run over ${info.slowMs / 1000} s): ${s}.`);
  for (const s of notes.timeouts) L.push(`- Timed out: ${s}.`);
  for (const s of notes.errors) L.push(`- Error: ${s}.`);
  L.push('');
  return L.join('\n');
}
