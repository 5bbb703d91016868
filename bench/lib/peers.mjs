// bench/lib/peers.mjs owns what the benchmark compares: each peer's host page, where its section
// titles are (for "every title visible"), what "expand every section" clicks, and where the
// interaction phase finds its section headers and toolbar. The functions `titles`, `targets` and
// `root` run inside the page (they are sent as source text).
export const PEERS = [
  {
    id: 'journey-story',
    page: '/pages/journey-story.html',
    // Inside the widget's open shadow root.
    titles: () => document.querySelector('journey-story')?.shadowRoot?.querySelectorAll('.section-title') ?? [],
    // Every collapsed section header (the first starts open; an empty section has no button).
    targets: () => [
      ...(document.querySelector('journey-story')?.shadowRoot?.querySelectorAll('button.toggle[aria-expanded="false"]') ?? []),
    ],
    expandedCheck: () =>
      document.querySelector('journey-story').shadowRoot.querySelectorAll('button.toggle[aria-expanded="false"]').length === 0,
    // The widget reports any failure (too large, unreadable...) as an alert in its root.
    failure: () => document.querySelector('journey-story')?.shadowRoot?.querySelector('[role="alert"]')?.textContent,
    clicks: 'each collapsed section header',
    // Interaction: `.sections > li` with a `button.toggle` each, `.toolbar button` Expand/Collapse all.
    root: () => document.querySelector('journey-story').shadowRoot,
  },
  {
    id: 'TimelineJS3',
    page: '/pages/timelinejs.html',
    titles: () => document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide) .tl-headline'),
    // No collapsible sections: a section's text is shown by clicking its marker on the time nav.
    targets: () => [...document.querySelectorAll('.tl-timemarker')],
    expandedCheck: () => true,
    clicks: "each section's time-nav marker (shows its slide)",
  },
  {
    id: 'react-chrono',
    page: '/pages/react-chrono.html',
    titles: () => document.querySelectorAll('[data-class="rc-card-title"]'),
    // Cards show all their text but clamp long ones behind a "read more" button.
    targets: () => [...document.querySelectorAll('.rc-card button')].filter((b) => /read more/i.test(b.textContent)),
    expandedCheck: () => true,
    clicks: 'each card\'s "read more" button',
  },
  {
    id: 'vanilla',
    page: '/pages/vanilla.html',
    titles: () => document.querySelectorAll('#story .section-title'),
    targets: () => [...document.querySelectorAll('#story button.toggle[aria-expanded="false"]')],
    expandedCheck: () => document.querySelectorAll('#story button.toggle[aria-expanded="false"]').length === 0,
    clicks: 'each collapsed section header',
    root: () => document.getElementById('story'),
  },
];

/**
 * The init script for one run: polls once per animation frame until `n` section titles exist and
 * every one has a layout box, and records performance.now() then (time since navigation start).
 * window.__bench.expand() clicks every target, each followed by two animation frames (painted);
 * it also sums the work part of each click: until the handlers, microtasks (where Yew and React
 * render) and a forced style and layout are done, without waiting for the next frame.
 * pick(), clickSection() and clickAll() (peers with a `root`) time single clicks and Expand/Collapse all.
 */
export function probeScript(peer, n) {
  return `(() => {
  if (window !== window.top) return;
  const titles = ${peer.titles};
  const targets = ${peer.targets};
  const expandedCheck = ${peer.expandedCheck};
  const failure = ${peer.failure ?? '() => null'};
  const root = ${peer.root ?? '() => null'};
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  // Observe (never change) wasm instantiation, to read the size of each instance's memory.
  const memories = [];
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const memory = (result.instance ?? result).exports?.memory;
      if (memory instanceof WebAssembly.Memory) memories.push(memory);
      return result;
    };
  }
  const wasmBytes = () => memories.reduce((t, m) => t + m.buffer.byteLength, 0);
  const visible = new Promise((resolve, reject) => {
    const tick = () => {
      const failed = failure();
      if (failed) return reject(new Error(failed));
      const els = titles();
      if (els.length >= ${n}) {
        // Every title is in the document, and every title on the first screen is visible. The
        // check stops at the first title below the screen: a page may leave sections out of
        // view unlaid (content-visibility), and asking whether each of 10,000 such titles is
        // visible would force each one's layout, which only the probe would pay for.
        let ok = true;
        for (const e of els) {
          if (!e.checkVisibility()) { ok = false; break; }
          if (e.getBoundingClientRect().top > innerHeight) break;
        }
        if (ok) {
          const t = performance.now();
          performance.mark('bench-visible');
          return resolve(t);
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  async function expand() {
    const list = targets();
    const channel = new MessageChannel();
    const task = () => new Promise((r) => { channel.port1.onmessage = r; channel.port2.postMessage(0); });
    let work = 0;
    performance.mark('bench-expand-start');
    const t0 = performance.now();
    for (const el of list) {
      const c0 = performance.now();
      el.click();
      await task();
      void document.documentElement.offsetHeight;
      work += performance.now() - c0;
      await frame();
      await frame();
    }
    const ms = performance.now() - t0;
    performance.mark('bench-expand-end');
    return { ms, workMs: work, clicks: list.length, ok: expandedCheck() };
  }
  // One click: { ms } until done() holds and two animation frames have run (the change is
  // painted), { workMs } until done() holds and a forced style and layout are done. done() is
  // checked at once (a synchronous handler) and on every aria-expanded mutation (a MutationObserver
  // runs at the end of the task that changed the DOM, as when Yew renders in a later task).
  function timed(el, done) {
    return new Promise((resolve) => {
      let finished = false;
      const check = async () => {
        if (finished || !done()) return;
        finished = true;
        observer.disconnect();
        void document.documentElement.offsetHeight;
        const workMs = performance.now() - t0;
        await frame();
        await frame();
        resolve({ ms: performance.now() - t0, workMs });
      };
      const observer = new MutationObserver(check);
      observer.observe(root(), { subtree: true, attributeFilter: ['aria-expanded'] });
      const t0 = performance.now();
      el.click();
      check();
    });
  }
  // Bring el into the viewport (a reader clicks what they see), let the page settle.
  async function show(el) {
    el.scrollIntoView({ block: 'center' });
    await frame();
    await frame();
    await new Promise((r) => setTimeout(r, 100));
  }
  // The section headers the interaction clicks: 'clicks' of them from the middle (index
  // floor(n/2) on; a section without text has no button and is skipped). Returns their indexes.
  let picked = [];
  function pick(clicks) {
    const sections = root().querySelectorAll('.sections > li');
    picked = [];
    for (let i = sections.length >> 1; i < sections.length && picked.length < clicks; i++) {
      const button = sections[i].querySelector('button.toggle');
      if (button) picked.push([i, button]);
    }
    return picked.map(([i]) => i);
  }
  // Click picked header j (to open it: expanded 'true', to close it: 'false'), timed.
  async function clickSection(j, expanded) {
    const b = picked[j][1];
    await show(b);
    return timed(b, () => b.getAttribute('aria-expanded') === expanded);
  }
  // Click Expand all (open true) or Collapse all, the first or second toolbar button, timed.
  async function clickAll(open) {
    const r = root();
    const b = r.querySelectorAll('.toolbar button')[open ? 0 : 1];
    await show(b);
    return timed(b, () => !r.querySelector('button.toggle[aria-expanded="' + !open + '"]'));
  }
  window.__bench = { visible, expand, pick, clickSection, clickAll, frame, wasmBytes };
})();`;
}
