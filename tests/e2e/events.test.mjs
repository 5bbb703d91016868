// The element's events (README: Styling and scripting API): journey-story:load, :error, :toggle
// and :progress, each dispatched on the host element, bubbling and composed, once per cause, as
// a page hears them on `document`, including from inside another component's shadow root.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, startServers } from './servers.mjs';
import { glueUrl, launch } from './browser.mjs';
import { faultRoutes } from './faults.mjs';

const NAMES = ['journey-story:load', 'journey-story:error', 'journey-story:toggle', 'journey-story:progress'];

/** Runs in every page before its scripts: records each event as `document` hears it. */
function record(names) {
  window.__events = [];
  for (const type of names) {
    document.addEventListener(type, (e) =>
      window.__events.push({
        type: type.slice('journey-story:'.length),
        target: e.target.id || e.target.localName,
        detail: { ...e.detail },
        bubbles: e.bubbles,
        composed: e.composed,
      }),
    );
  }
}

/** A host page: `body` inside, embed.js from the widget origin. */
function page(body) {
  return (_q, res, h) =>
    res.writeHead(200, { ...h, 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Events</title></head><body>
${body}
<script type="module" src="${servers.widget.origin}/embed.js"></script></body></html>`);
}

let servers;
let noCors;
let closedPort;
let browser;
before(async () => {
  servers = await startServers({
    routes: {
      ...faultRoutes,
      '/events/seed.html': page('<journey-story id="seed" src="/stories/alx-backend-journey.json"></journey-story>'),
      // Another component's shadow root holds the widget: only a composed event reaches document.
      '/events/shadow.html': page(`<story-card id="card"></story-card>
<script>
  customElements.define('story-card', class extends HTMLElement {
    connectedCallback() {
      const inner = document.createElement('journey-story');
      inner.id = 'inner';
      inner.setAttribute('src', '/stories/career-change.json');
      this.attachShadow({ mode: 'open' }).append(inner);
    }
  });
</script>`),
    },
  });
  noCors = await serve('127.0.0.3', { '/': 'www/' });
  closedPort = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
  await noCors?.close();
});

/** Opens `url` with the recorder installed; returns the page, its context and page errors. */
async function open(url) {
  const context = await browser.newContext();
  await context.addInitScript(record, NAMES);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, context, errors };
}

const recorded = (page) => page.evaluate(() => window.__events);
/** Waits until `count` events have been recorded, lets stragglers arrive, returns them all. */
async function settle(page, count) {
  await page.waitForFunction((n) => window.__events.length >= n, count, { timeout: 20_000 });
  await page.waitForTimeout(300);
  return recorded(page);
}
/** The events recorded since the first `from`, as `type detail` lines, for readable diffs. */
const lines = (events, from = 0) => events.slice(from).map((e) => `${e.type} ${JSON.stringify(e.detail)}`);
const header = (page, name) => page.locator('#seed').getByRole('button', { name });

describe('events', () => {
  test('load, then progress; toggles and progress once per cause; a re-render fires nothing', async () => {
    const { page, context, errors } = await open(`${servers.host.origin}/events/seed.html`);
    let events = await settle(page, 2);
    assert.deepEqual(lines(events), [
      'load {"title":"My ALX Backend Development Specialization Journey","sections":9}',
      'progress {"read":0,"total":8}',
    ]);
    for (const e of events) assert.deepEqual([e.target, e.bubbles, e.composed], ['seed', true, true]);

    // A click opens (read for the first time: progress), a second closes (no progress).
    await header(page, /My Background/).click();
    await header(page, /My Background/).click();
    events = await settle(page, 5);
    assert.deepEqual(lines(events, 2), [
      'toggle {"section":"my-background","open":true}',
      'progress {"read":1,"total":8}',
      'toggle {"section":"my-background","open":false}',
    ]);

    // Keys toggle like clicks.
    await header(page, /Why I Chose/).focus();
    await page.keyboard.press('Enter');
    events = await settle(page, 7);
    assert.deepEqual(lines(events, 5), ['toggle {"section":"why-i-chose-the-backend-specialization","open":true}', 'progress {"read":2,"total":8}']);

    // Expand all: one event per section it opens (not the open ones, nor the Conclusion, which
    // has no text), then one progress; Collapse all: one per section it closes.
    await page.locator('#seed').getByRole('button', { name: 'Expand all' }).click();
    events = await settle(page, 7 + 6 + 1);
    const opened = lines(events, 7);
    assert.equal(opened.length, 7);
    assert.deepEqual(opened.slice(0, 6).map((l) => JSON.parse(l.split(' ')[1]).open), Array(6).fill(true));
    assert.ok(!opened.some((l) => /introduction|why-i-chose|conclusion/.test(l)), opened.join('\n'));
    assert.equal(opened[6], 'progress {"read":7,"total":8}');
    await page.locator('#seed').getByRole('button', { name: 'Collapse all' }).click();
    events = await settle(page, 14 + 8);
    assert.deepEqual(lines(events, 14).map((l) => JSON.parse(l.split(' ')[1]).open), Array(8).fill(false));

    // A script that clicks two headers in one task gets every event, in the order of causes
    // (the Introduction is read for the first time; Gratitude was read by Expand all).
    await page.evaluate(() => {
      const buttons = document.getElementById('seed').shadowRoot.querySelectorAll('button[data-toggle]');
      buttons[0].click();
      buttons[7].click();
    });
    events = await settle(page, 22 + 3);
    assert.deepEqual(lines(events, 22), [
      'toggle {"section":"introduction","open":true}',
      'progress {"read":8,"total":8}',
      'toggle {"section":"gratitude","open":true}',
    ]);

    // A link opens its section: a toggle; following it again changes nothing.
    await page.evaluate(() => (location.hash = 'seed/my-background'));
    events = await settle(page, 26);
    assert.deepEqual(lines(events, 25), ['toggle {"section":"my-background","open":true}']);

    // Attributes that only re-render, and Reset: no load, one progress.
    await page.evaluate(() => {
      const el = document.getElementById('seed');
      el.setAttribute('theme', 'dark');
      el.setAttribute('open', 'all');
    });
    await page.locator('#seed').getByRole('button', { name: 'Reset reading progress' }).click();
    events = await settle(page, 27);
    assert.deepEqual(lines(events, 26), ['progress {"read":0,"total":8}']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('each new story or version fires load once; the sections it opens are no toggles', async () => {
    const { page, context } = await open(`${servers.host.origin}/events/seed.html`);
    await settle(page, 2);
    const story = (n) => ({
      version: 1,
      title: `Version ${n}`,
      author: { name: 'A' },
      sections: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `S${i}`, body: 'x' })),
    });
    await page.evaluate((s) => (document.getElementById('seed').story = s), story(1));
    let events = await settle(page, 4);
    assert.deepEqual(lines(events, 2), ['load {"title":"Version 1","sections":1}', 'progress {"read":0,"total":1}']);
    await page.evaluate((s) => (document.getElementById('seed').story = s), story(2));
    events = await settle(page, 6);
    assert.deepEqual(lines(events, 4), ['load {"title":"Version 2","sections":2}', 'progress {"read":0,"total":2}']);
    // Back to src: the seed again.
    await page.evaluate(() => (document.getElementById('seed').story = null));
    events = await settle(page, 8);
    assert.deepEqual(lines(events, 6), [
      'load {"title":"My ALX Backend Development Specialization Journey","sections":9}',
      'progress {"read":0,"total":8}',
    ]);
    await context.close();
  });

  test('heard on document from inside another shadow root (composed), retargeted to its host', async () => {
    const { page, context } = await open(`${servers.host.origin}/events/shadow.html`);
    const events = await settle(page, 2);
    assert.deepEqual(
      events.map((e) => [e.type, e.target]),
      [
        ['load', 'card'],
        ['progress', 'card'],
      ],
    );
    await context.close();
  });

  test('every failure fires one error with its code, and the path of an invalid story', async () => {
    const { page, context, errors } = await open(`${servers.host.origin}/fixtures/blank.html`);
    const cases = [
      ['no-source', null, {}, { code: 'no-source' }],
      ['not-found', '/fixtures/no-such-story.json', {}, { code: 'not-found' }],
      ['invalid', '/fixtures/invalid-story.json', {}, { code: 'invalid', path: 'sections[3].title' }],
      ['http', '/faults/500', {}, { code: 'http' }],
      ['html-page', '/faults/html', {}, { code: 'html-page' }],
      ['empty', '/faults/empty', {}, { code: 'empty' }],
      ['not-utf8', '/faults/latin1', {}, { code: 'not-utf8' }],
      ['not-json', '/faults/truncated', {}, { code: 'not-json' }],
      ['too-large', '/stories/alx-backend-journey.json', { 'max-size': '1K' }, { code: 'too-large' }],
      ['timeout', '/faults/hang', { timeout: '0.5' }, { code: 'timeout' }],
      ['network', `http://127.0.0.1:${closedPort}/story.json`, {}, { code: 'network' }],
      ['cors', `${noCors.origin}/stories/alx-backend-journey.json`, {}, { code: 'cors' }],
    ];
    await page.evaluate((cases) => {
      for (const [id, src, attrs] of cases) {
        const el = document.createElement('journey-story');
        el.id = id;
        if (src) el.setAttribute('src', src);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.body.append(el);
      }
    }, cases);
    const events = await settle(page, cases.length);
    assert.equal(events.length, cases.length, lines(events).join('\n'));
    for (const [id, , , detail] of cases) {
      const mine = events.filter((e) => e.target === id);
      assert.deepEqual(mine.map((e) => [e.type, e.detail, e.bubbles, e.composed]), [['error', detail, true, true]], id);
    }
    // Retry is a new cause: a second error, not a repeat of the first.
    await page.locator('#http button.retry').click();
    const again = await settle(page, cases.length + 1);
    assert.deepEqual(lines(again, cases.length), ['error {"code":"http"}']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('failures of the wasm itself: csp, wasm, stopped', async () => {
    // A Content-Security-Policy without 'wasm-unsafe-eval'.
    let { page, context } = await open(`${servers.host.origin}/fixtures/csp-no-wasm.html`);
    assert.deepEqual(lines(await settle(page, 1)), ['error {"code":"csp"}']);
    await context.close();

    // The wasm cannot be fetched.
    // (Release builds name the wasm by its content.)
    const wasm = readdirSync(resolve(fileURLToPath(new URL('../../', import.meta.url)), process.env.JOURNEY_DIST ?? 'dist/')).find((f) => /^journey-story_bg(\.[0-9a-f]{12})?\.wasm$/.test(f));
    const broken = await startServers({ widgetRoutes: { [`/${wasm}`]: (_q, res, h) => res.writeHead(404, h).end() } });
    ({ page, context } = await open(`${broken.host.origin}/fixtures/blank.html`));
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('journey-story'), { id: 'w' })));
    assert.deepEqual(lines(await settle(page, 1)), ['error {"code":"wasm"}']);
    await context.close();
    await broken.close();

    // A trap: every widget stops, each says so once, and so does one added later.
    ({ page, context } = await open(`${servers.host.origin}/events/seed.html`));
    await settle(page, 2);
    await page.evaluate(async (glueUrl) => {
      const glue = await import(glueUrl);
      const ghost = Object.create(glue.Widget.prototype);
      ghost.__wbg_ptr = 0xfffffff0;
      setTimeout(() => ghost.update({}));
    }, await glueUrl(page));
    assert.deepEqual(lines(await settle(page, 3), 2), ['error {"code":"stopped"}']);
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('journey-story'), { id: 'later' })));
    const events = await settle(page, 4);
    assert.deepEqual(
      events.slice(2).map((e) => [e.target, e.detail.code]),
      [
        ['seed', 'stopped'],
        ['later', 'stopped'],
      ],
    );
    await context.close();
  });
});
