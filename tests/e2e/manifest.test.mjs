// Keeps the published element API true: www/custom-elements.json and www/journey-story.d.ts
// against the running element (the attributes it observes and styles by, the parts it renders in
// every state, the events it dispatches) and the stylesheet (the custom properties it reads).
// tests/api.rs checks the same parts and the error codes natively.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServers } from './servers.mjs';
import { addWidget, launch } from './browser.mjs';
import { faultRoutes } from './faults.mjs';

const file = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(file('www/custom-elements.json'));
const element = manifest.modules[0].declarations[0];
const names = (list) => new Set(list.map((x) => x.name));
const css = file('www/journey-story.css');
const types = file('www/journey-story.d.ts');
const sorted = (set) => [...set].sort();

/** Runs before each page's scripts: notes every journey-story event dispatched anywhere. */
function spy() {
  window.__events = new Set();
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (event.type.startsWith('journey-story')) window.__events.add(event.type);
    return dispatch.call(this, event);
  };
}

/** Every part name in the shadow roots of the page's widgets now. */
const partsNow = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('journey-story')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((n) => [...n.part]),
    ),
  );

let servers;
let browser;
before(async () => {
  servers = await startServers({ routes: faultRoutes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(path) {
  const context = await browser.newContext();
  await context.addInitScript(spy);
  const page = await context.newPage();
  await page.goto(`${servers.host.origin}${path}`);
  return { page, context };
}
const add = addWidget;

describe('the manifest and the types match the element', () => {
  const seenParts = new Set();
  const seenEvents = new Set();

  before(async () => {
    // Stories collapsed and expanded, with every status, and no status.
    let { page, context } = await open('/fixtures/blank.html');
    await add(page, 'seed', '/stories/alx-backend-journey.json');
    await add(page, 'career', '/stories/career-change.json');
    await page.locator('#career .section-title').first().waitFor();
    await page.locator('#seed .section-title').first().waitFor();
    for (const p of await partsNow(page)) seenParts.add(p);
    for (const id of ['seed', 'career']) await page.locator(`#${id}`).getByRole('button', { name: 'Expand all' }).click();
    await page.waitForTimeout(300);
    for (const p of await partsNow(page)) seenParts.add(p);
    for (const e of await page.evaluate(() => [...window.__events])) seenEvents.add(e);
    await context.close();

    // Loading, failures with and without Retry, and the box embed.js writes itself.
    ({ page, context } = await open('/fixtures/errors.html'));
    await add(page, 'busy', '/faults/500');
    await add(page, 'waiting', '/faults/hang', { timeout: '60' });
    await page.locator('#busy button.retry').waitFor();
    await page.locator('#invalid [role="alert"]').waitFor();
    for (const p of await partsNow(page)) seenParts.add(p);
    for (const e of await page.evaluate(() => [...window.__events])) seenEvents.add(e);
    await context.close();
    ({ page, context } = await open('/fixtures/csp-no-wasm.html'));
    await page.locator('journey-story [role="alert"]').waitFor();
    for (const p of await partsNow(page)) seenParts.add(p);
    await context.close();
  });

  test('attributes: the ones the element observes and the ones its styles read', async () => {
    const { page, context } = await open('/examples/plain.html');
    const observed = await page.evaluate(async () => {
      await customElements.whenDefined('journey-story');
      return customElements.get('journey-story').observedAttributes;
    });
    await context.close();
    const styled = [...css.matchAll(/:host\(\[([a-z-]+)/g)].map((m) => m[1]).filter((a) => a !== 'hidden');
    assert.ok(styled.includes('fit'));
    assert.deepEqual(sorted(names(element.attributes)), sorted(new Set([...observed, ...styled])));
    const typed = types.slice(types.indexOf('interface JourneyStoryAttributes'));
    const typedNames = [...typed.slice(0, typed.indexOf('\n}')).matchAll(/^\s+'?([a-z-]+)'?\?:/gm)].map((m) => m[1]);
    assert.deepEqual(sorted(new Set(typedNames)), sorted(names(element.attributes)));
  });

  test('parts: every part rendered in some state is published, and every published part is rendered', () => {
    assert.ok(seenParts.has('retry') && seenParts.has('upcoming') && seenParts.has('error'), sorted(seenParts).join(' '));
    assert.deepEqual(sorted(seenParts), sorted(names(element.cssParts)));
  });

  test('events: those dispatched are those published and typed', () => {
    assert.deepEqual(sorted(seenEvents), sorted(names(element.events)));
    const map = types.slice(types.indexOf('interface JourneyStoryEventMap'));
    const typed = [...map.slice(0, map.indexOf('\n}')).matchAll(/'(journey-story:[a-z]+)'/g)].map((m) => m[1]);
    assert.deepEqual(sorted(new Set(typed)), sorted(names(element.events)));
  });

  test('custom properties: those the stylesheet reads are published; presets set no others', () => {
    const read = new Set([...css.matchAll(/var\((--journey-[a-z-]+)/g)].map((m) => m[1]));
    assert.deepEqual(sorted(read), sorted(names(element.cssProperties)));
    for (const preset of readdirSync(new URL('../../www/themes/', import.meta.url))) {
      const set = [...file(`www/themes/${preset}`).matchAll(/(--journey-[a-z-]+)\s*:/g)].map((m) => m[1]);
      assert.ok(set.length > 0, preset);
      for (const name of set) assert.ok(read.has(name), `${preset} sets ${name}, which the widget does not read`);
    }
  });

  test('the declarations compile, and reject what the element does not accept (tsc)', () => {
    // React and Preact are not dependencies: stand-ins with the JSX namespace their types have.
    const dir = mkdtempSync(join(tmpdir(), 'journey-types-'));
    try {
      for (const lib of ['react', 'preact']) {
        mkdirSync(join(dir, lib));
        writeFileSync(join(dir, lib, 'index.d.ts'), 'export namespace JSX { interface IntrinsicElements { div: { children?: unknown } } }\n');
      }
      writeFileSync(join(dir, 'journey-story.d.ts'), types);
      writeFileSync(
        join(dir, 'use.ts'),
        `import type { JourneyStoryErrorCode } from './journey-story.d.ts';
import type { JSX as ReactJSX } from 'react';
import type { JSX as PreactJSX } from 'preact';
const el = document.createElement('journey-story');
el.story = { version: 1, title: 'T', author: { name: 'A' }, sections: [{ title: 'S', body: '' }] };
el.addEventListener('journey-story:toggle', (e) => { const open: boolean = e.detail.open; const id: string = e.detail.section; void open; void id; });
el.addEventListener('journey-story:progress', (e) => { const n: number = e.detail.read + e.detail.total; void n; });
document.addEventListener('journey-story:load', (e) => { const n: number = e.detail.sections; void n; });
document.addEventListener('journey-story:error', (e) => { const c: JourneyStoryErrorCode = e.detail.code; const p: string | undefined = e.detail.path; void c; void p; });
const r: ReactJSX.IntrinsicElements['journey-story'] = { src: 'a.json', open: 'all', fit: 'box' };
const p: PreactJSX.IntrinsicElements['journey-story'] = { theme: 'dark', 'max-size': '2M' };
// @ts-expect-error: not an open policy
const bad: ReactJSX.IntrinsicElements['journey-story'] = { open: 'some' };
// @ts-expect-error: not an event detail field
document.addEventListener('journey-story:toggle', (e) => e.detail.index);
void r; void p; void bad;
`,
      );
      const config = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: 'nodenext',
          lib: ['es2022', 'dom'],
          types: [],
          allowImportingTsExtensions: true,
          paths: { react: ['./react/index.d.ts'], preact: ['./preact/index.d.ts'] },
        },
        files: ['use.ts', 'journey-story.d.ts'],
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
      const tsc = new URL('../../node_modules/.bin/tsc', import.meta.url).pathname;
      execFileSync(tsc, ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`tsc: ${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout === undefined ? error : ''}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
