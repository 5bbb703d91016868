// Headless Debian Chromium through playwright-core (Playwright's own browser download cannot
// work here), and pages that record what the tests assert on.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A new page that records console messages and page errors for assertions. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const console = [];
  const errors = [];
  const requests = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, context, console, errors, requests };
}

/** Adds a <journey-story id=ID src=SRC> with more attributes to the end of the page's body. */
export function addWidget(page, id, src, attrs = {}) {
  return page.evaluate(
    ([id, src, attrs]) => {
      const el = document.createElement('journey-story');
      el.id = id;
      el.setAttribute('src', src);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.body.append(el);
    },
    [id, src, attrs],
  );
}

/**
 * Milliseconds from a click on section header `index` of widget `id` until its change is
 * painted: `aria-expanded` flipped, then two animation frames.
 */
export function clickToPaint(page, id, index) {
  return page.evaluate(
    ([id, index]) =>
      new Promise((resolve) => {
        const button = document.getElementById(id).shadowRoot.querySelectorAll('button[data-toggle]')[index];
        const before = button.getAttribute('aria-expanded');
        const start = performance.now();
        button.click();
        const wait = () =>
          button.getAttribute('aria-expanded') !== before
            ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)))
            : requestAnimationFrame(wait);
        wait();
      }),
    [id, index],
  );
}

/** The address of the wasm-bindgen glue the page loaded (content-hashed in release builds). */
export function glueUrl(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((n) => /\/journey-story(\.[0-9a-f]{12})?\.js$/.test(n)),
  );
}
