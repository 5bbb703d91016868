/**
 * journey-story loader: the one file a site includes.
 *
 *   <script type="module" src="https://cdn.example.org/journey-story/embed.js"></script>
 *   <journey-story src="/stories/my-journey.json"></journey-story>
 *
 * Defines the <journey-story> custom element and upgrades <div data-journey-src="…"> for
 * editors that strip unknown tags. Everything is loaded relative to this file's own URL, so the
 * widget can be served from another origin (which must send CORS headers). One wasm instance
 * serves every widget; each widget renders in its own open shadow root. Nothing is added to
 * the page's globals except the custom element name.
 */

const here = import.meta.url;
// The attributes the widget reads; any change to them updates it.
const ATTRS = ['src', 'open', 'theme', 'timeout', 'max-size', 'lang', 'id'];
const TAG = 'journey-story';

// Started once, shared by every widget on the page. The glue, the wasm and the styles are all
// requested at once (the glue is imported dynamically so the wasm need not wait for it), and
// `wasmReady` resolves to the glue's exports once the wasm runs.
const wasmResponse = fetch(new URL('journey-story_bg.wasm', here));
wasmResponse.catch(() => {}); // reported through wasmReady
const wasmReady = import('./journey-story.js').then(async (glue) => {
  await glue.default({ module_or_path: wasmResponse });
  return glue;
});
// Each widget reports a failure itself; this only keeps a page without widgets quiet.
wasmReady.catch(() => {});
const sheetReady = fetch(new URL('journey-story.css', here))
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .then((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  })
  .catch((e) => {
    console.warn('[journey-story] styles could not be loaded:', e);
    return null;
  });

/**
 * Story requests started while the wasm loads, by absolute URL, so the story downloads in
 * parallel with the wasm. The wasm adopts them when it is ready and applies the same checks,
 * limits and timeout as to its own requests; each URL is requested once.
 */
let early = new Map();
function prefetch(src) {
  if (!early || !src) return;
  let url;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return;
  }
  if (early.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { signal: controller.signal });
  response.catch(() => {}); // the wasm reports failures; this only keeps the console quiet
  early.set(url, { response, controller });
}
wasmReady.then(
  ({ adoptEarlyFetch }) => {
    for (const [url, { response, controller }] of early) adoptEarlyFetch(url, response, controller);
    early = null;
  },
  () => {},
);

/** The widget state of each host element, without touching the element's own properties. */
const widgets = new WeakMap();
/** Shadow roots that already have the widget's key and find-in-page listeners. */
const listening = new WeakSet();

/**
 * Reads the widget's attributes: plain names on <journey-story>, data-journey-* on a div
 * (whose own `lang` and `id` count too).
 */
function readAttrs(host) {
  const plain = host.localName === TAG;
  const attrs = {};
  for (const name of ATTRS) {
    const value = host.getAttribute(plain || name === 'lang' || name === 'id' ? name : `data-journey-${name}`);
    if (value !== null) attrs[name] = value;
  }
  return attrs;
}

/**
 * Accordion keys (WAI-ARIA): Up and Down move between section headers, Home and End go to the
 * first and last. Listened for on the widget's own shadow root, never on the document.
 */
function onKey(event) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  const header = event.target.closest?.('button.toggle');
  if (!header || !keys.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const headers = [...event.currentTarget.querySelectorAll('button.toggle')];
  const i = headers.indexOf(header);
  const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: headers.length - 1 }[event.key];
  headers[(next + headers.length) % headers.length].focus();
  event.preventDefault();
}

/** Find-in-page revealed a collapsed panel: open its section so the state agrees. */
function onBeforeMatch(event) {
  const header = event.currentTarget.getElementById(event.target.getAttribute('aria-labelledby'));
  if (header?.getAttribute('aria-expanded') === 'false') header.click();
}

async function connect(host) {
  if (widgets.has(host)) return;
  const state = { widget: null, alive: true };
  widgets.set(host, state);
  prefetch(readAttrs(host).src);
  // A <slot> keeps the host's own fallback content (e.g. a plain link) visible until we render.
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.replaceChildren(document.createElement('slot'));
  if (!listening.has(root)) {
    root.addEventListener('keydown', onKey);
    root.addEventListener('beforematch', onBeforeMatch, true);
    listening.add(root);
  }
  const [sheet, { glue, error }] = await Promise.all([
    sheetReady,
    wasmReady.then((glue) => ({ glue }), (error) => ({ error })),
  ]);
  if (!state.alive) return;
  if (sheet) root.adoptedStyleSheets = [sheet];
  if (error) {
    showFailure(root, error);
    return;
  }
  root.replaceChildren();
  state.widget = new glue.Widget(root, readAttrs(host));
}

function disconnect(host) {
  const state = widgets.get(host);
  if (!state) return;
  widgets.delete(host);
  state.alive = false;
  if (state.widget) {
    // Returns the app to the wasm side's pool; its nodes leave this shadow root at once.
    state.widget.destroy();
    state.widget.free();
  }
}

function update(host) {
  widgets.get(host)?.widget?.update(readAttrs(host));
}

/** The wasm could not start (most often a Content-Security-Policy without 'wasm-unsafe-eval'). */
function showFailure(root, error) {
  const csp = /CompileError|Content Security Policy|wasm-unsafe-eval|WebAssembly/i.test(String(error));
  const message = csp
    ? "This journey could not be shown: the page's Content-Security-Policy does not allow WebAssembly (add 'wasm-unsafe-eval' to script-src)."
    : 'This journey could not be shown: the widget failed to start.';
  console.error(`[journey-story] ${message}`, error);
  const box = document.createElement('div');
  box.className = 'journey message error';
  box.setAttribute('role', 'alert');
  box.dataset.theme = 'auto';
  const p = document.createElement('p');
  p.textContent = message;
  box.append(p, document.createElement('slot'));
  root.replaceChildren(box);
}

class JourneyStoryElement extends HTMLElement {
  static observedAttributes = ATTRS;
  connectedCallback() {
    connect(this);
  }
  disconnectedCallback() {
    disconnect(this);
  }
  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue) update(this);
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, JourneyStoryElement);

// <div data-journey-src>: upgrade the ones present now and any added, removed or changed later.
const DIV = '[data-journey-src]';
document.querySelectorAll(DIV).forEach(connect);
new MutationObserver((records) => {
  for (const r of records) {
    if (r.type === 'attributes') {
      if (r.target.isConnected && widgets.has(r.target)) update(r.target);
      else if (r.target.matches(DIV)) connect(r.target);
      continue;
    }
    for (const node of r.addedNodes) {
      if (node.nodeType !== 1) continue;
      if (node.matches(DIV)) connect(node);
      node.querySelectorAll(DIV).forEach(connect);
    }
    for (const node of r.removedNodes) {
      if (node.nodeType !== 1 || node.isConnected) continue;
      disconnect(node);
      node.querySelectorAll(DIV).forEach(disconnect);
    }
  }
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: [...ATTRS.map((a) => `data-journey-${a}`), 'lang', 'id'],
});
