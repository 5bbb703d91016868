/**
 * journey-story loader: the one file a site includes.
 *
 *   <script type="module" src="https://cdn.example.org/journey-story/embed.js"></script>
 *   <journey-story src="/stories/my-journey.json"></journey-story>
 *
 * A story can also be given in the page, with no file to host: an inline
 * <script type="application/json"> child (it never runs, so a strict CSP holds), or the
 * element's `story` property (an object or JSON text), which win over `src` in that order.
 *
 * Defines the <journey-story> custom element and upgrades <div data-journey-src="…"> for
 * editors that strip unknown tags. Everything is loaded relative to this file's own URL, so the
 * widget can be served from another origin (which must send CORS headers). One wasm instance
 * serves every widget; each widget renders in its own open shadow root. Nothing is added to
 * the page's globals except the custom element name. The element's events are dispatched here
 * (emit), when the wasm's session has something to tell the page and when the wasm cannot run.
 */

const here = import.meta.url;
// The attributes the widget reads; any change to them updates it. `loading="lazy"` waits, with
// nothing downloaded, until the widget nears the viewport.
const ATTRS = ['src', 'open', 'theme', 'timeout', 'max-size', 'lang', 'id', 'loading'];
const TAG = 'journey-story';
/**
 * The widget's other files: the wasm-bindgen glue, the wasm and the stylesheet, each as [name,
 * integrity]. A release build (scripts/release-files.mjs) writes in their content-hashed names and
 * sha256 hashes, so an `integrity` on the script tag of this file verifies every byte that runs
 * and a version of one file can never be paired with another's. A development build loads the
 * plain names unchecked.
 */
const FILES =
  typeof JOURNEY_FILES === 'object'
    ? JOURNEY_FILES // written in by the release build
    : { glue: ['journey-story.js'], wasm: ['journey-story_bg.wasm'], css: ['journey-story.css'] };
const url = (file) => new URL(FILES[file][0], here).href;
const GLUE = url('glue');

// Set by start(): the glue's exports once the wasm runs, and the shared stylesheet.
let wasmReady;
let sheetReady;
/** Why the wasm stopped, once it has: a trap leaves it in no state to be called again. */
let broken = null;

/**
 * Starts loading the glue, the wasm and the styles, all at once, for every widget: when the
 * first widget that is not waiting (`loading="lazy"`) connects. Does nothing the second time.
 */
function start() {
  if (wasmReady) return;
  // The glue is imported dynamically so the wasm need not wait for it.
  const wasmResponse = verified('wasm');
  wasmResponse.catch(() => {}); // reported through wasmReady
  wasmReady = importGlue().then(async (glue) => {
    await glue.default({ module_or_path: wasmResponse });
    listenForTraps();
    return glue;
  });
  // Each widget reports a failure itself; this only keeps a page without widgets quiet.
  wasmReady.catch(() => {});
  // Styles that fail their integrity check stop the widget; styles that cannot be downloaded
  // only cost the widget its looks.
  sheetReady = verified('css')
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then(
      (css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      },
      (e) => {
        if (e instanceof Mismatch) throw e;
        console.warn('[journey-story] styles could not be loaded:', e);
        return null;
      },
    );
  sheetReady.catch(() => {});
  wasmReady.then(
    ({ adoptEarlyFetch }) => {
      for (const [url, { response, controller }] of early) guard(() => adoptEarlyFetch(url, response, controller));
      early = null;
    },
    () => {},
  );
}

/** A file of the widget that does not match the hash this embed.js was built with. */
class Mismatch extends Error {}

/**
 * The browser does not say why a load with `integrity` failed (a changed file, a wrong MIME
 * type, a policy, the network): the file is downloaded again unchecked and hashed here. Only
 * different bytes are a mismatch; anything else keeps its own error.
 */
async function whyFailed(file, error) {
  const [name, integrity] = FILES[file];
  const bytes = await fetch(url(file), { cache: 'no-store' }).then((r) => r.ok && r.arrayBuffer(), () => null);
  const digest = bytes && (await crypto.subtle?.digest('SHA-256', bytes));
  return digest && `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}` !== integrity ? new Mismatch(name) : error;
}

/** Fetches one of the widget's files, checked against its hash. */
function verified(file) {
  const integrity = FILES[file][1];
  return fetch(url(file), { integrity }).catch(async (e) => Promise.reject(integrity ? await whyFailed(file, e) : e));
}

/**
 * Imports the glue. import() takes no integrity, so with a hash a `modulepreload` link loads
 * it first, verified; the import then uses that module. The link goes once it has loaded.
 */
async function importGlue() {
  const integrity = FILES.glue[1];
  // Browsers without modulepreload (Safari before 17) would never settle the link: they check
  // the glue with a fetch instead, which the import then takes from the cache.
  if (integrity && !document.createElement('link').relList.supports('modulepreload')) await verified('glue');
  else if (integrity) {
    const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: GLUE, integrity });
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded.then(
      () => link.remove(),
      async () => {
        link.remove();
        throw await whyFailed('glue', new Error(`${FILES.glue[0]} could not be loaded`));
      },
    );
  }
  return import(GLUE);
}

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

/**
 * Every call into the wasm goes through here. An exception is the wasm's failure, never the
 * page's: it is caught, and a trap (a WebAssembly.RuntimeError) stops every widget cleanly.
 */
function guard(call) {
  if (broken) return undefined;
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) stopAll(error);
    else console.error('[journey-story]', error);
    return undefined;
  }
}

/**
 * The wasm also runs from its own timers, promises and event listeners, where a trap surfaces
 * as an uncaught error on the window. Only errors raised through the glue are ours; those are
 * handled here and kept out of the page's error reporting.
 */
function listenForTraps() {
  const ours = (error) => error instanceof WebAssembly.RuntimeError && String(error.stack).includes(GLUE);
  const onTrap = (event, error) => {
    if (!ours(error)) return;
    event.preventDefault();
    stopAll(error);
  };
  window.addEventListener('error', (e) => onTrap(e, e.error));
  window.addEventListener('unhandledrejection', (e) => onTrap(e, e.reason));
}

/** The wasm trapped: every widget, now and later, says so instead of waiting forever. */
function stopAll(error) {
  if (broken) return;
  broken = error;
  console.error('[journey-story] the widget stopped working:', error);
  for (const host of live) {
    const state = widgets.get(host);
    if (state) state.widget = null; // never called again
    if (host.shadowRoot) showFailure(host.shadowRoot, error);
  }
}

/**
 * The element's events (README: Styling and scripting API), each with its detail fields: the
 * wasm hands over `(type, a, b)` (src/embed/root.rs), and the failures of the wasm itself come
 * from showFailure. They bubble and are composed, so a page hears them on `document` even from
 * inside another component's shadow root. A listener's exception is the browser's to report.
 */
const DETAILS = { load: ['title', 'sections'], error: ['code', 'path'], toggle: ['section', 'open'], progress: ['read', 'total'] };
function emit(host, type, a, b) {
  const [first, second] = DETAILS[type];
  // `path` is there only for an invalid story.
  const detail = b === undefined ? { [first]: a } : { [first]: a, [second]: b };
  host.dispatchEvent(new CustomEvent(`journey-story:${type}`, { bubbles: true, composed: true, detail }));
}

/** The widget state of each host element, without touching the element's own properties. */
const widgets = new WeakMap();
/** The elements showing a widget now, to reach them all if the wasm stops. */
const live = new Set();
/** Shadow roots that already have the widget's key and find-in-page listeners. */
const listening = new WeakSet();

/** Each element's `story` property, kept off the element itself. */
const properties = new WeakMap();
const INLINE = ':scope > script[type="application/json"]';

/**
 * Reads the widget's attributes: plain names on <journey-story>, data-journey-* on a div
 * (whose own `lang` and `id` count too), and the story the page gives: `story` (the property)
 * or `inline` (the text of the first inline JSON block).
 */
function readAttrs(host) {
  const plain = host.localName === TAG;
  const attrs = {};
  for (const name of ATTRS) {
    const value = host.getAttribute(plain || name === 'lang' || name === 'id' ? name : `data-journey-${name}`);
    if (value !== null) attrs[name] = value;
  }
  const story = properties.get(host);
  if (story !== undefined && story !== null) attrs.story = story;
  else {
    const block = host.querySelector(INLINE);
    if (block) attrs.inline = block.textContent;
  }
  return attrs;
}

/**
 * Accordion keys (WAI-ARIA): Up and Down move between section headers, Home and End go to the
 * first and last. Listened for on the widget's own shadow root, never on the document.
 */
function onKey(event) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  const header = event.target.closest?.('button[data-toggle]');
  if (!header || !keys.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const headers = [...event.currentTarget.querySelectorAll('button[data-toggle]')];
  const i = headers.indexOf(header);
  const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: headers.length - 1 }[event.key];
  headers[(next + headers.length) % headers.length].focus();
  event.preventDefault();
}

/**
 * In a box of fixed height (`fit="box"`), an opened section scrolls into view, and stays there
 * while its text renders and the header above it settles (for a moment, not against the reader).
 */
function onClick(event) {
  const header = event.target.closest?.('button[data-toggle]');
  const host = event.currentTarget.host;
  if (!header || host.getAttribute('fit') !== 'box') return;
  const section = header.closest('li');
  const list = section.parentElement;
  // Only the list scrolls (scrollIntoView would scroll the host page too): the section's end
  // into view, but never its header out of it.
  const keep = new ResizeObserver(() => {
    if (header.ariaExpanded !== 'true') return;
    const [s, l] = [section, list].map((e) => e.getBoundingClientRect());
    list.scrollTop += Math.min(Math.max(0, s.bottom - l.bottom), s.top - l.top);
  });
  keep.observe(section);
  keep.observe(list);
  setTimeout(() => keep.disconnect(), 500);
}

/**
 * `loading="lazy"`: one observer for every waiting widget. A widget within a screen's height of
 * the viewport, or one whose attribute changes to anything but lazy, stops waiting.
 */
const waiting = new Map();
let nearViewport;
const isLazy = (host) => readAttrs(host).loading === 'lazy';
function whenNear(host) {
  nearViewport ??= new IntersectionObserver(
    (entries) => entries.forEach((e) => e.isIntersecting && stopWaiting(e.target)),
    { rootMargin: '100% 0px' },
  );
  return new Promise((resolve) => {
    waiting.set(host, resolve);
    nearViewport.observe(host);
  });
}
function stopWaiting(host) {
  nearViewport?.unobserve(host);
  waiting.get(host)?.();
  waiting.delete(host);
}

/** Find-in-page revealed a collapsed panel: open its section so the state agrees. */
function onBeforeMatch(event) {
  const header = event.currentTarget.getElementById(event.target.getAttribute('aria-labelledby'));
  if (header?.getAttribute('aria-expanded') === 'false') header.click();
}

async function connect(host) {
  if (widgets.has(host)) return;
  // A <slot> keeps the host's own fallback content (e.g. a plain link) visible until we render.
  let root;
  try {
    root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  } catch (error) {
    // Only some elements can hold a shadow root (not <a>, <li>, <td>…), and a closed one
    // cannot be reached: the element keeps its own content.
    console.error(`[journey-story] cannot show a journey in <${host.localName}>: use <journey-story> or a <div>.`, error);
    return;
  }
  let attrs = readAttrs(host);
  // An edited inline block (a live preview, a framework) shows its new story.
  const observer = new MutationObserver(() => {
    const inline = readAttrs(host).inline;
    if (inline !== state.inline) (state.inline = inline), update(host);
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  const state = { widget: null, alive: true, observer, inline: attrs.inline };
  widgets.set(host, state);
  live.add(host);
  root.replaceChildren(document.createElement('slot'));
  if (!listening.has(root)) {
    root.addEventListener('keydown', onKey);
    root.addEventListener('click', onClick);
    root.addEventListener('beforematch', onBeforeMatch, true);
    listening.add(root);
  }
  if (attrs.loading === 'lazy') {
    await whenNear(host);
    if (!state.alive) return;
    attrs = readAttrs(host);
  }
  start();
  // A story given in the page needs no request.
  if (attrs.story === undefined && attrs.inline === undefined) prefetch(attrs.src);
  const [{ sheet, error: sheetError }, { glue, error }] = await Promise.all([
    sheetReady.then((sheet) => ({ sheet }), (error) => ({ error })),
    wasmReady.then((glue) => ({ glue }), (error) => ({ error })),
  ]);
  if (!state.alive) return;
  if (sheet) root.adoptedStyleSheets = [sheet];
  if (error || sheetError || broken) {
    showFailure(root, error ?? sheetError ?? broken);
    return;
  }
  root.replaceChildren();
  const notify = (type, a, b) => emit(host, type, a, b);
  state.widget = guard(() => new glue.Widget(root, readAttrs(host), notify)) ?? null;
  if (!state.widget && !broken) showFailure(root, new Error('the widget failed to start'));
}

function disconnect(host) {
  const state = widgets.get(host);
  if (!state) return;
  widgets.delete(host);
  live.delete(host);
  state.alive = false;
  stopWaiting(host);
  state.observer.disconnect();
  const widget = state.widget;
  state.widget = null;
  if (widget) {
    // Returns the app to the wasm side's pool; its nodes leave this shadow root at once.
    guard(() => {
      widget.destroy();
      widget.free();
    });
  }
}

function update(host) {
  if (waiting.has(host) && !isLazy(host)) stopWaiting(host);
  const widget = widgets.get(host)?.widget;
  if (widget) guard(() => widget.update(readAttrs(host)));
}

/**
 * The wasm could not start (most often a Content-Security-Policy without 'wasm-unsafe-eval'),
 * or stopped (a trap). Written here, not by the wasm, which cannot be trusted to run: the box
 * carries the parts of the wasm's own error message, and the host gets the error event with the
 * codes only this file can know.
 */
function showFailure(root, error) {
  const csp = !broken && /CompileError|Content Security Policy|wasm-unsafe-eval/i.test(String(error));
  const code = broken ? 'stopped' : csp ? 'csp' : 'wasm';
  const message = broken
    ? 'This journey could not be shown: the widget stopped working. Reload the page to try again.'
    : error instanceof Mismatch
      ? `This journey could not be shown: the widget's file ${error.message} does not match this embed.js (its integrity check failed): publish the whole build again.`
      : csp
      ? "This journey could not be shown: the page's Content-Security-Policy does not allow WebAssembly (add 'wasm-unsafe-eval' to script-src)."
      : 'This journey could not be shown: the widget failed to start.';
  if (!broken) console.error(`[journey-story] ${message}`, error);
  const box = document.createElement('div');
  box.className = 'journey message error';
  box.setAttribute('role', 'alert');
  box.setAttribute('part', 'message error');
  box.dataset.theme = 'auto';
  const p = document.createElement('p');
  p.textContent = message;
  box.append(p, document.createElement('slot'));
  root.replaceChildren(box);
  emit(root.host, 'error', code);
}

class JourneyStoryElement extends HTMLElement {
  static observedAttributes = ATTRS;
  /** Which embed.js defined the element, for the warning a second copy prints. */
  static embedUrl = here;
  /** A story object (or its JSON text) to show instead of `src`; `null` goes back to `src`. */
  get story() {
    return properties.get(this);
  }
  set story(value) {
    properties.set(this, value);
    update(this);
  }
  connectedCallback() {
    // A framework may have set `story` before this element was upgraded: take it over.
    if (Object.hasOwn(this, 'story')) {
      const value = this.story;
      delete this.story;
      this.story = value;
    }
    connect(this);
  }
  disconnectedCallback() {
    disconnect(this);
  }
  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue) update(this);
  }
}

// <div data-journey-src>, or <div data-journey> holding an inline story: upgrade the ones
// present now and any added, removed or changed later.
const DIV = '[data-journey-src], [data-journey]';
function watchDivs() {
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
    attributeFilter: [...ATTRS.map((a) => `data-journey-${a}`), 'data-journey', 'lang', 'id'],
  });
}

/**
 * A frame of this widget's frame.html (another origin, maybe sandboxed: `event.origin` can be
 * "null") reports its content height; the frame that sent it, found by `event.source`, takes it.
 */
const FRAME = new URL('frame.html', here).href;
function onFrameHeight({ data, source }) {
  if (data?.type !== 'journey-story:height' || !(data.height >= 0)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === source && frame.src.split(/[?#]/)[0] === FRAME) frame.style.height = `${Math.min(Math.ceil(data.height), 1e5)}px`;
  }
}

// A second copy of this file (another URL or version) stays out of the way: two loaders would
// fight over the same elements. The first copy serves every widget.
const first = customElements.get(TAG);
if (first) {
  console.warn(`[journey-story] embed.js is included twice: ${here} does nothing; the copy from ${first.embedUrl ?? 'another script'} shows every journey.`);
} else {
  customElements.define(TAG, JourneyStoryElement);
  watchDivs();
  addEventListener('message', onFrameHeight);
}
