/**
 * journey-story frame page (frame.html): reads the frame's address, shows one story with the
 * widget from embed.js, and tells the page around the frame how tall it is.
 *
 *   frame.html?src=stories/my-journey.json&theme=dark&fit=grow#my-journey/my-background
 *   frame.html#story=<base64url of the deflate-raw compressed JSON>   (journey-story link)
 *
 * - `src` loads from this page's own origin; other origins only when frame.config.json (beside
 *   this page) lists them in `origins`, so the page is not an open viewer for anyone's files.
 * - `open`, `theme`, `lang`, `id`, `timeout`, `max-size` are the element's attributes (the
 *   widget checks them); `fit` is `grow` (default) or `box`; `accent`, `bg`, `fg`, `radius`
 *   and `font` set the matching --journey-* custom property when the browser accepts the value.
 *   Anything else is ignored with a console warning, like an attribute the widget does not know.
 * - `fit=grow`: after load and after every change of size, the content height is posted to the
 *   parent as {type: 'journey-story:height', height, src} (embed.js on the parent page resizes
 *   the frame), and as WordPress's {message: 'height', value, secret} when the address carries
 *   WordPress's `#?secret=`.
 * - The fragment grammar (parts joined by `&`, `story=` carrying a story, `<id>/<section>`
 *   linking to a section, WordPress's `#?secret=` after a second `#`) has its home in
 *   src/model/ids.rs; the widget itself follows section links.
 */
import './embed.js';

const PASSED = ['open', 'theme', 'lang', 'id', 'timeout', 'max-size'];
/** Theme tokens: the custom property each sets and the CSS property its value must fit. */
const TOKENS = {
  accent: ['--journey-accent', 'color'],
  bg: ['--journey-bg', 'color'],
  fg: ['--journey-fg', 'color'],
  radius: ['--journey-radius', 'border-radius'],
  font: ['--journey-font', 'font-family'],
};
/** A story carried in the address is decompressed up to the widget's own size ceiling, plus
 * one byte so that the widget reports "too large" (src/model/limits.rs, MAX_BYTES_CEILING). */
const CEILING = 16 * 1024 * 1024;
const here = new URL(location.href);
const main = document.querySelector('main');
const warn = (message) => console.warn(`[journey-story] frame: ${message}`);

/** Our fragment, and WordPress's secret (`#?secret=…`, appended after ours or alone). */
function readFragment() {
  const segments = location.hash.slice(1).split('#');
  const ours = segments[0].startsWith('?') ? '' : segments[0];
  const wordpress = segments.find((s) => s.startsWith('?'));
  const secret = wordpress && new URLSearchParams(wordpress.slice(1)).get('secret');
  const story = ours
    .split('&')
    .find((part) => part.startsWith('story='))
    ?.slice('story='.length);
  // WordPress only accepts a secret of letters and digits.
  return { story, secret: secret && /^[A-Za-z0-9]+$/.test(secret) ? secret : null };
}

/** A value the browser would accept for `property`, and nothing that reaches out or nests. */
function validToken(property, value) {
  return value.length <= 200 && !/[;{}]|url\(|var\(|env\(|attr\(|image|\\/i.test(value) && CSS.supports(property, value);
}

/** The story carried in the fragment, as JSON text; at most CEILING + 1 bytes are inflated. */
async function inflate(data) {
  const base64 = data.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > CEILING) {
      reader.cancel().catch(() => {});
      break;
    }
  }
  return new TextDecoder().decode(await new Blob(chunks).slice(0, CEILING + 1).arrayBuffer());
}

/** Origins frame.config.json allows stories from, besides this page's own. */
async function allowedOrigins() {
  try {
    const response = await fetch(new URL('frame.config.json', here), { cache: 'no-cache' });
    if (response.status === 404) return [];
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { origins } = await response.json();
    if (!Array.isArray(origins)) throw new Error('"origins" is not a list');
    return origins.filter((o) => typeof o === 'string').map((o) => o.replace(/\/+$/, ''));
  } catch (error) {
    warn(`frame.config.json could not be read (${error.message}): only stories from ${here.origin} are shown`);
    return [];
  }
}

/** A message in place of the story, when the frame itself refuses it. */
function refuse(text) {
  const p = document.createElement('p');
  p.className = 'refused';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  main.replaceChildren(p);
  console.error(`[journey-story] ${text}`);
}

/** One line under the story saying where it comes from. */
function provenance(url) {
  const p = document.createElement('p');
  p.className = 'from';
  if (url) {
    const a = document.createElement('a');
    a.href = url.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = `${url.host}${url.pathname}`;
    p.append('Story from ', a);
  } else {
    p.textContent = 'Story carried in this link';
  }
  return p;
}

/**
 * Posts the content height to the parent page while it changes (fit=grow). Returns the check,
 * for changes of the story: Chromium runs no ResizeObserver in a cross-origin frame it does not
 * paint, and WordPress hides the frame until it has heard a height.
 */
function reportHeight(src, secret) {
  let last = -1;
  const post = (force) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    parent.postMessage({ type: 'journey-story:height', height, src }, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  new ResizeObserver(() => post(false)).observe(document.documentElement);
  // WordPress asks again when its own script starts after the frame ("ready").
  addEventListener('message', (event) => {
    if (event.source === parent && event.data?.message === 'ready' && event.data.secret === secret) post(true);
  });
  return () => post(false);
}

async function show() {
  // A frame the page has not allowed to write to the clipboard (a cross-origin frame without
  // allow="clipboard-write") makes Chromium log an error for every write it refuses: here the
  // widget copies through a selection instead, as on a page without the clipboard API.
  if (document.featurePolicy?.allowsFeature('clipboard-write') === false) {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  }
  const params = here.searchParams;
  const { story, secret } = readFragment();
  const fit = params.get('fit') ?? 'grow';
  if (fit !== 'grow' && fit !== 'box') warn(`ignoring fit="${fit}": use grow or box`);
  const box = fit === 'box';
  document.documentElement.dataset.fit = box ? 'box' : 'grow';

  const element = document.createElement('journey-story');
  for (const [name, value] of params) {
    if (PASSED.includes(name)) element.setAttribute(name, value);
    else if (name in TOKENS) {
      const [custom, property] = TOKENS[name];
      if (validToken(property, value)) element.style.setProperty(custom, value);
      else warn(`ignoring ${name}="${value}": not a ${property} value it accepts`);
    } else if (name !== 'src' && name !== 'fit') warn(`ignoring the parameter "${name}"`);
  }
  if (box) element.setAttribute('fit', 'box');
  if (params.get('lang')) document.documentElement.lang = params.get('lang');

  let from = null;
  if (story !== undefined) {
    if (typeof DecompressionStream !== 'function') {
      refuse('This journey could not be shown: this browser cannot open a story carried in a link (it has no DecompressionStream). Open the link in a current browser, or ask for a link to a hosted story.');
      return;
    }
    try {
      element.story = await inflate(story);
    } catch (error) {
      refuse('This journey could not be shown: the story in this link is damaged (it may have been cut short when it was copied). Copy the whole link again.');
      console.error(error);
      return;
    }
  } else {
    const src = params.get('src');
    if (!src) {
      refuse('This journey could not be shown: the frame\'s address names no story. Add ?src= and the address of a story file, or make a link with "journey-story link".');
      return;
    }
    try {
      from = new URL(src, here);
    } catch {
      refuse(`This journey could not be shown: "${src}" is not an address.`);
      return;
    }
    const ours = from.origin === here.origin;
    if (!ours && !(/^https?:$/.test(from.protocol) && (await allowedOrigins()).includes(from.origin))) {
      refuse(
        `This journey could not be shown: this frame only shows stories from ${here.origin}. ` +
          `To show stories from ${from.origin}, add "${from.origin}" to the "origins" list in ${new URL('frame.config.json', here).href}.`,
      );
      return;
    }
    element.setAttribute('src', from.href);
  }
  main.replaceChildren(element, provenance(from));
  // The frame's title is the story's (frames are announced by their title).
  // The frame is a page of its own: its title and its one h1 (read by screen readers, not
  // shown, as the widget's own heading shows it) are the story's.
  const heading = document.createElement('h1');
  heading.className = 'visually-hidden';
  main.prepend(heading);
  const root = element.shadowRoot;
  const changed = !box || secret ? reportHeight(from?.href ?? null, secret) : () => {};
  new MutationObserver(() => {
    const title = root.querySelector('.story-title')?.textContent;
    if (title && document.title !== title) document.title = heading.textContent = title;
    changed();
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
}

show();
