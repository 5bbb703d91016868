// Every way fetching a story can fail gets its own message inside that widget (role="alert"),
// a Retry button only where retrying can help, and a [journey-story] console line.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { serve, startServers } from './servers.mjs';
import { addWidget, launch, openPage } from './browser.mjs';
import { faultRoutes, huge, hugeChunked } from './faults.mjs';

let servers;
let noCors;
let browser;
let page;
let context;
let logs;
let closedPort;

before(async () => {
  servers = await startServers({ routes: faultRoutes });
  // A third origin that serves stories without CORS headers.
  noCors = await serve('127.0.0.3', { '/': 'www/' });
  // A port with nothing listening: connection refused.
  closedPort = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
  browser = await launch();
  ({ page, context, console: logs } = await openPage(browser, `${servers.host.origin}/fixtures/blank.html`));
});
after(async () => {
  await context?.close();
  await browser?.close();
  await servers?.close();
  await noCors?.close();
});

let n = 0;
/** Adds a widget and waits until it shows a story or an alert; returns what the reader sees. */
async function widget(src, attrs = {}) {
  const id = `w${++n}`;
  await addWidget(page, id, src, attrs);
  const el = page.locator(`#${id}`);
  await el.locator('[role="alert"], .section-title').first().waitFor({ timeout: 20_000 });
  const alert = el.locator('[role="alert"]');
  return {
    el,
    alert: (await alert.count()) ? await alert.innerText() : null,
    retry: await el.locator('button.retry').count(),
    titles: await el.locator('.section-title').count(),
  };
}

const cases = [
  ['connection refused', () => `http://127.0.0.1:${closedPort}/story.json`, /Could not connect to the server/, 1],
  ['HTTP 404', () => '/faults/404', /HTTP 404/, 0],
  ['HTTP 403', () => '/faults/403', /HTTP 403/, 0],
  ['HTTP 500', () => '/faults/500', /HTTP 500/, 1],
  ['HTTP 503', () => '/faults/503', /HTTP 503/, 1],
  ['redirect loop', () => '/faults/redirect-loop', /Could not connect/, 1],
  ['an HTML page instead of JSON', () => '/faults/html', /is a web page, not a story JSON file/, 0],
  ['an empty body', () => '/faults/empty', /is empty/, 0],
  ['non-UTF-8 bytes', () => '/faults/latin1', /is not UTF-8 text/, 0],
  ['truncated JSON', () => '/faults/truncated', /is not valid JSON \(.+\)/, 0],
  ['a CORS refusal', () => `${noCors.origin}/stories/alx-backend-journey.json`, /does not allow this page to read the story \(CORS\).*Access-Control-Allow-Origin/, 0],
];

describe('fetch failures', () => {
  for (const [name, src, message, retry] of cases) {
    test(`${name}: its own message${retry ? ' and a Retry button' : ''}`, async () => {
      const w = await widget(src());
      assert.match(w.alert ?? '', message);
      assert.equal(w.retry, retry);
      assert.ok(logs.some((l) => l.startsWith('error: [journey-story]')));
    });
  }

  test('a server that never answers: gives up after the timeout attribute', async () => {
    const started = Date.now();
    const w = await widget('/faults/hang', { timeout: '1.5' });
    const took = Date.now() - started;
    assert.match(w.alert, /did not arrive within 2 seconds/);
    assert.ok(took >= 1400 && took < 6000, `took ${took} ms`);
    assert.equal(w.retry, 1);
  });

  test('a 50 MB response with Content-Length is refused before reading it', async () => {
    const w = await widget('/faults/huge');
    assert.match(w.alert, /larger than the 1 MB limit/);
    await new Promise((r) => setTimeout(r, 300));
    // The widget hung up long before the end. The server counts bytes handed to the socket,
    // which runs several MB ahead of what the browser read, so the bound is half the answer.
    assert.ok(huge.closed, 'the widget closed the connection');
    assert.ok(huge.sent < 25 * 1024 * 1024, `server sent ${huge.sent} bytes`);
  });

  test('a 50 MB response without Content-Length is cut off while reading', async () => {
    const w = await widget('/faults/huge-chunked', { 'max-size': '256K' });
    assert.match(w.alert, /larger than the 256 KB limit/);
    await new Promise((r) => setTimeout(r, 300));
    // The widget hung up long before the end. The server counts bytes handed to the socket,
    // which runs several MB ahead of what the browser read, so the bound is half the answer.
    assert.ok(hugeChunked.closed, 'the widget closed the connection');
    assert.ok(hugeChunked.sent < 25 * 1024 * 1024, `server sent ${hugeChunked.sent} bytes`);
  });

  test('a redirect to a story, a byte-order mark and text/plain still show the story', async () => {
    for (const src of ['/faults/redirect', '/faults/bom', '/faults/text-plain']) {
      const w = await widget(src);
      assert.equal(w.alert, null, src);
      assert.equal(w.titles, 9, src);
    }
  });

  test('Retry loads again and shows the story once the server recovers', async () => {
    let fail = true;
    faultRoutes['/faults/flaky'] = (_q, res, h) =>
      fail ? res.writeHead(503, h).end('busy') : res.writeHead(200, { ...h, 'content-type': 'application/json' }).end(JSON.stringify({
        version: 1, title: 'Back again', author: { name: 'A' }, sections: [{ title: 'One', body: 'Text' }],
      }));
    const w = await widget('/faults/flaky');
    assert.match(w.alert, /HTTP 503/);
    fail = false;
    await w.el.getByRole('button', { name: 'Retry' }).click();
    await w.el.locator('.section-title').first().waitFor();
    assert.equal(await w.el.locator('h2').innerText(), 'Back again');
  });

  test('a bad attribute value falls back to the default with a console warning', async () => {
    const w = await widget('/stories/alx-backend-journey.json', { open: 'sometimes', timeout: 'soon' });
    assert.equal(w.titles, 9);
    assert.ok(logs.some((l) => l.includes('[journey-story] ignoring open="sometimes"')));
    assert.ok(logs.some((l) => l.includes('[journey-story] ignoring timeout="soon"')));
  });

  test('none of this reached the host page', async () => {
    assert.equal(await page.locator('#host-text').isVisible(), true);
  });
});

/** Serves `story` as JSON at `path` on the host origin. */
function serveStory(path, story) {
  faultRoutes[path] = (_q, res, h) => res.writeHead(200, { ...h, 'content-type': 'application/json' }).end(JSON.stringify(story));
  return path;
}
const base = () => ({ version: 1, title: 'T', author: { name: 'A' }, sections: [{ title: 'One', body: 'Text' }] });

describe('schema faults and extremes, as the reader sees them', () => {
  const faults = [
    ['a wrong type', (d) => (d.sections[0].title = 7), /sections\[0\]\.title: expected a string, found a number/],
    ['a missing required field', (d) => delete d.author, /author: missing; expected an object/],
    ['a duplicate section id', (d) => (d.sections = [{ id: 'a', title: 'x', body: '' }, { id: 'a', title: 'y', body: '' }]), /sections\[1\]\.id: id "a" is already used by sections\[0\]/],
    ['a newer format version', (d) => (d.version = 2), /version 2 is not supported; this widget reads version 1/],
  ];
  for (const [name, mutate, message] of faults) {
    test(`${name}: the error names the path`, async () => {
      const story = base();
      mutate(story);
      const w = await widget(serveStory(`/faults/schema-${n}.json`, story));
      assert.match(w.alert, message);
      assert.equal(w.retry, 0);
    });
  }

  test('10,000 sections render (with max-size raised above the 1 MB default)', async () => {
    const story = base();
    story.sections = Array.from({ length: 10_000 }, (_, i) => ({ title: `Step ${i}`, body: `Body of step ${i}.`, status: i < 5000 ? 'done' : 'upcoming' }));
    const path = serveStory('/faults/ten-thousand.json', story);
    const w = await widget(path, { 'max-size': '4M', open: 'none' });
    assert.equal(w.titles, 10_000);
    assert.equal(await w.el.locator('.progress-text').innerText(), '5000 of 10000 milestones done');
  });

  test('a 1 MB body is refused by default and shown with max-size', async () => {
    const story = base();
    story.sections[0].body = 'A paragraph of a very long story.\n\n'.repeat(32_000);
    const path = serveStory('/faults/one-megabyte.json', story);
    const refused = await widget(path);
    assert.match(refused.alert, /larger than the 1 MB limit for a story\. Set max-size/);
    const shown = await widget(path, { 'max-size': '2M' });
    assert.equal(shown.alert, null);
    // Past the page budget (1,000 parts a section), the rest of the text is one plain paragraph.
    const paragraphs = shown.el.locator('#p-one > p:not(.section-link)');
    assert.ok((await paragraphs.count()) <= 1_000);
    const text = await shown.el.locator('#p-one').evaluate((p) => p.textContent);
    assert.equal(text.split('A paragraph of a very long story.').length - 1, 32_000);
  });

  test('right-to-left text, emoji, combining marks and zero-width characters show unchanged', async () => {
    const titles = ['رحلتي في تطوير الواجهات الخلفية', '🎓 Graduation 👩🏽‍💻', 'Cafe\u0301 and n\u0303', 'a\u200bb\u200dc'];
    const story = base();
    story.sections = titles.map((title) => ({ title, body: title }));
    const w = await widget(serveStory('/faults/unicode.json', story));
    assert.deepEqual(await w.el.locator('.section-title').evaluateAll((els) => els.map((e) => e.textContent)), titles);
  });
});
