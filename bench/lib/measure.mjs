// bench/lib/measure.mjs owns one measured run: a fresh browser context with the cache disabled,
// optional CPU throttling, the page's requests and bytes on the wire (CDP Network), the time
// until every section title is visible, the heap after a forced GC, expand-all, and the
// interaction phase (single clicks, Expand all, Collapse all).
import { isLocal } from './browser.mjs';
import { probeScript } from './peers.mjs';

const VIEWPORT = { width: 1280, height: 800 };

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
    }),
  ]);
}

/**
 * The interaction phase: each of `clicks` middle section headers opened then closed, then Expand
 * all and Collapse all, `rounds` times while a round takes under `roundMs`. Every click is its
 * own evaluate with its own timeout. Returns { sections (indexes clicked), open, close,
 * expandAll, collapseAll: lists of { ms, workMs }, error (the first failure; the rest skipped) }.
 */
async function interactions(page, { clicks, rounds, roundMs }, timeoutMs) {
  const click = (fn, arg) => withTimeout(page.evaluate(fn, arg), timeoutMs);
  const out = { sections: [], open: [], close: [], expandAll: [], collapseAll: [] };
  try {
    out.sections = await click((c) => window.__bench.pick(c), clicks);
    for (let j = 0; j < out.sections.length; j++) {
      out.open.push(await click((j) => window.__bench.clickSection(j, 'true'), j));
      out.close.push(await click((j) => window.__bench.clickSection(j, 'false'), j));
    }
    for (let k = 0; k < rounds; k++) {
      const expand = await click(() => window.__bench.clickAll(true));
      out.expandAll.push(expand);
      const collapse = await click(() => window.__bench.clickAll(false));
      out.collapseAll.push(collapse);
      if (expand.ms + collapse.ms > roundMs) break;
    }
  } catch (e) {
    out.error = e.message.split('\n')[0];
  }
  return out;
}

/**
 * Opens `url` for `peer` with a story of `n` sections. Returns
 * { visibleMs, resources: [{name, start, end}], requests: [{url, bytes, failed}], wireBytes,
 * offLoopback, heap, expand, interact, errors }.
 * `onPage(page, cdp, phase, value)` is called at 'before' (navigation), 'visible', 'expand' and
 * 'expanded', for profiling.
 * heap: bytes after a forced GC: js (V8 heap used), dom (Blink's heap), buffers (ArrayBuffer
 * backing stores), wasm (WebAssembly linear memory: its size, a high-water mark).
 * interact: { clicks, rounds, roundMs } or false: after the rest, see interactions().
 */
export async function measure(browser, { peer, url, n, cpu = 1, expand = false, interact = false, timeoutMs = 60000, onPage }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: probeScript(peer, n) });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0 }));
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.bytes = e.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.failed = e.errorText;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (onPage) await onPage(page, cdp, 'before');
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const visibleMs = await withTimeout(page.evaluate(() => window.__bench.visible), timeoutMs);
    // Resource Timing (ms since navigation start): where the waterfall's time went.
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
    );
    if (onPage) await onPage(page, cdp, 'visible', visibleMs);
    // Memory once the page is idle: work deferred past the first paint (journey-story renders
    // collapsed text a frame after the headers; react-chrono keeps rendering) is included.
    await withTimeout(page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(), { timeout: 10000 }))), timeoutMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    const heap = {
      js: usage.usedSize,
      dom: usage.embedderHeapUsedSize ?? 0,
      buffers: usage.backingStorageSize ?? 0,
      wasm: await page.evaluate(() => window.__bench.wasmBytes()),
    };
    let expanded = null;
    if (expand) {
      // Let the page settle (late timers, transitions) before clicking.
      await page.waitForTimeout(300);
      if (onPage) await onPage(page, cdp, 'expand');
      expanded = await withTimeout(page.evaluate(() => window.__bench.expand()), timeoutMs);
      if (onPage) await onPage(page, cdp, 'expanded', expanded);
    }
    let interaction = null;
    if (interact) {
      await page.waitForTimeout(300);
      interaction = await interactions(page, interact, timeoutMs);
    }
    const list = [...requests.values()];
    return {
      visibleMs,
      resources,
      requests: list,
      wireBytes: list.reduce((t, r) => t + r.bytes, 0),
      offLoopback: list.filter((r) => !isLocal(r.url)).map((r) => r.url),
      heap,
      expand: expanded,
      interact: interaction,
      errors,
    };
  } finally {
    await context.close();
  }
}
