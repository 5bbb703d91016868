// Nothing in a story, and nothing a host page does, takes the widget or the page down: each
// hostile story is shown beside a second widget with the seed story, which must still render;
// clicks stay quick at 10,000 sections; requests go to exactly `src`; a wasm trap becomes a
// message in every widget; embed.js never throws into the page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServers } from './servers.mjs';
import { addWidget, clickToPaint, glueUrl, launch, openPage } from './browser.mjs';

const seed = JSON.parse(readFileSync(new URL('../../www/stories/alx-backend-journey.json', import.meta.url)));
const story = (sections, extra = {}) => ({ version: 1, title: 'Hostile', author: { name: 'A' }, sections, ...extra });
const repeat = (n, make) => Array.from({ length: n }, (_, i) => make(i));

/** Stories built once, served as JSON by the host origin under /hostile/NAME.json. */
const STORIES = {
  // The cases, each within the default 1 MB unless noted.
  'deep-ignored': () =>
    `{"version":1,"title":"T","author":{"name":"A"},"sections":[{"title":"S","body":"b"}],"extra":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
  'deep-used': () =>
    `{"version":1,"title":"T","author":{"name":"A"},"sections":[{"title":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},"body":"b"}]}`,
  'link-storm': () => JSON.stringify(story([{ title: 'Storm', body: `${'[]]('.repeat(250_000)})` }])),
  'same-title-43k': () => JSON.stringify(story(repeat(43_000, () => ({ title: 'a', body: '' })))),
  'one-line-38k': () => JSON.stringify(story(repeat(38_000, (i) => ({ title: `s${i}`, body: 'x' })))),
  'seed-10k': () => JSON.stringify({ ...seed, sections: repeat(10_000, (i) => ({ ...seed.sections[i % 9], id: `s${i}` })) }),
  'same-title-10k': () => JSON.stringify(story(repeat(10_000, () => ({ title: 'Notes', body: 'x' })))),
  'emphasis-storm': () => JSON.stringify(story([{ title: 'Storm', body: '**a *b '.repeat(100_000) }])),
  'list-100k': () => JSON.stringify(story([{ title: 'List', body: '- item\n'.repeat(100_000) }])),
  'links-10k': () => JSON.stringify(story([{ title: 'Links', body: '[a link](https://example.org/x) '.repeat(10_000) }])),
};
const built = new Map();
const json = { 'content-type': 'application/json' };
const routes = {};
for (const name of Object.keys(STORIES)) {
  routes[`/hostile/${name}.json`] = (_q, res, h) => {
    if (!built.has(name)) built.set(name, STORIES[name]());
    res.writeHead(200, { ...h, ...json }).end(built.get(name));
  };
}
// The seed, only after a delay: keeps a widget loading while the test does something else.
routes['/slow/seed.json'] = (_q, res, h) =>
  setTimeout(() => res.writeHead(200, { ...h, ...json }).end(JSON.stringify(seed)), 1500);
// A story whose URL carries a query, like a signed URL; 503 until told otherwise.
let signedUp = false;
routes['/signed/story.json'] = (_q, res, h) =>
  signedUp ? res.writeHead(200, { ...h, ...json }).end(JSON.stringify(seed)) : res.writeHead(503, h).end('busy');

let servers;
let browser;
before(async () => {
  servers = await startServers({ routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

/** A blank host page with the seed story in a first widget, and the page's error log. */
async function pageWithSeed() {
  const opened = await openPage(browser, `${servers.host.origin}/fixtures/blank.html`);
  await addWidget(opened.page, 'seed', '/stories/alx-backend-journey.json');
  return opened;
}

/** Waits until widget `id` shows sections or an alert; returns what it shows. */
async function shown(page, id, timeout = 30_000) {
  const el = page.locator(`#${id}`);
  await el.locator('[role="alert"], .section-title').first().waitFor({ timeout });
  const alert = el.locator('[role="alert"]');
  return {
    alert: (await alert.count()) ? await alert.innerText() : null,
    sections: await el.locator('.section-title').count(),
  };
}

async function seedStillWorks(page) {
  const seedWidget = await shown(page, 'seed');
  assert.equal(seedWidget.alert, null);
  assert.equal(seedWidget.sections, 9);
  // And it still answers a click.
  const header = page.locator('#seed button[data-toggle]').nth(3);
  await header.click();
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
}

describe('a hostile story beside a normal one', () => {
  const refused = [
    ['an ignored field nested 200,000 arrays deep', 'deep-ignored', {}, /extra\[0\]\[0\].*nested deeper than 64 levels/],
    ['a used field nested 100,000 objects deep', 'deep-used', {}, /sections\[0\]\.title\.a\.a.*nested deeper than 64 levels/],
    ['43,000 sections all titled "a"', 'same-title-43k', {}, /sections: 43000 sections; a story may have at most 10000/],
    ['38,000 one-line sections', 'one-line-38k', {}, /sections: 38000 sections; a story may have at most 10000/],
  ];
  for (const [name, file, attrs, message] of refused) {
    test(`${name}: a clear message, and the other widget renders`, async () => {
      const { page, context, errors } = await pageWithSeed();
      await addWidget(page, 'hostile', `/hostile/${file}.json`, { 'max-size': '4M', ...attrs });
      const w = await shown(page, 'hostile');
      assert.match(w.alert ?? '', message);
      await seedStillWorks(page);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  const rendered = [
    ['one body of "[]](" 250,000 times', 'link-storm', 1],
    ['an emphasis storm of 700 KB', 'emphasis-storm', 1],
    ['100,000 list items', 'list-100k', 1],
    ['10,000 links', 'links-10k', 1],
    ['10,000 sections all titled "Notes"', 'same-title-10k', 10_000],
  ];
  for (const [name, file, sections] of rendered) {
    test(`${name}: renders promptly, and the other widget renders`, async () => {
      const { page, context, errors } = await pageWithSeed();
      const start = Date.now();
      // The one section of the storms starts open, so its text renders at once.
      await addWidget(page, 'hostile', `/hostile/${file}.json`, { 'max-size': '2M' });
      const w = await shown(page, 'hostile');
      assert.equal(w.alert, null);
      assert.equal(w.sections, sections);
      // Generous for a loaded CI machine; the issue measured 12.9 s for the link storm.
      assert.ok(Date.now() - start < 8000, `took ${Date.now() - start} ms`);
      await seedStillWorks(page);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('10,000 sections', () => {
  test('a click paints quickly, Expand all and Collapse all finish in time, deep links work', async () => {
    const { page, context, errors } = await pageWithSeed();
    await addWidget(page, 'big', '/hostile/seed-10k.json', { 'max-size': '8M', timeout: '60' });
    assert.equal((await shown(page, 'big', 60_000)).sections, 10_000);
    // Let the deferred section text render before measuring.
    await page.waitForFunction(() => document.getElementById('big').shadowRoot.querySelectorAll('.panel .section-link').length > 8000, null, { timeout: 60_000 });
    // Too many panels for findable hidden text (see FINDABLE_SECTIONS): collapsed ones are
    // hidden plainly, and the seed's nine keep hidden="until-found".
    assert.equal(await page.locator('#big #p-s5000').getAttribute('hidden'), '');
    assert.equal(await page.locator('#seed .panel').nth(1).getAttribute('hidden'), 'until-found');
    const clicks = [];
    for (const index of [5000, 5001, 5000, 7000, 7000]) clicks.push(await clickToPaint(page, 'big', index));
    clicks.sort((a, b) => a - b);
    // The issue measured 12.6 to 24.4 s; the bench reports the figures (about 2× the vanilla
    // page's 170 ms here), this only catches a return to re-rendering every section on a click.
    assert.ok(clicks[2] < 1500, `median click ${clicks[2].toFixed(0)} ms (${clicks.map((c) => c.toFixed(0))})`);
    for (const label of ['Expand all', 'Collapse all']) {
      const ms = await page.evaluate(
        (label) =>
          new Promise((resolve) => {
            const root = document.getElementById('big').shadowRoot;
            const button = [...root.querySelectorAll('.toolbar button')].find((b) => b.textContent === label);
            const want = label === 'Expand all' ? 'true' : 'false';
            const start = performance.now();
            button.click();
            const wait = () =>
              [...root.querySelectorAll('button[data-toggle]')].every((b) => b.getAttribute('aria-expanded') === want)
                ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)))
                : setTimeout(wait, 5);
            wait();
          }),
        label,
      );
      assert.ok(ms < 3000, `${label} took ${ms.toFixed(0)} ms`);
    }
    // A link to a section near the end opens and focuses it.
    await page.evaluate(() => (location.hash = 'big/s9876'));
    const header = page.locator('#big #h-s9876');
    await page.waitForFunction(() => document.getElementById('big').shadowRoot.activeElement?.id === 'h-s9876');
    assert.equal(await header.getAttribute('aria-expanded'), 'true');
    await seedStillWorks(page);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('requests go to exactly src', () => {
  test('a query string survives the first load, a widget added later, and Retry', async () => {
    const { page, context, errors } = await openPage(browser, `${servers.host.origin}/fixtures/blank.html`);
    const src = '/signed/story.json?X-Amz-Signature=abc%2Bdef&v=2';
    signedUp = false;
    await addWidget(page, 'first', src);
    assert.match((await shown(page, 'first')).alert ?? '', /HTTP 503/);
    // Added once the wasm runs: the request comes from Rust.
    await addWidget(page, 'later', src);
    assert.match((await shown(page, 'later')).alert ?? '', /HTTP 503/);
    signedUp = true;
    await page.locator('#later button.retry').click();
    await page.locator('#later .section-title').first().waitFor();
    const asked = servers.host.targets.filter((t) => t.startsWith('/signed/'));
    assert.ok(asked.length >= 3, `requests: ${asked}`);
    assert.deepEqual([...new Set(asked)], [src]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a widget with a larger max-size is not handed the failure of a smaller one', async () => {
    const { page, context, errors } = await openPage(browser, `${servers.host.origin}/fixtures/blank.html`);
    await addWidget(page, 'small', '/hostile/links-10k.json', { 'max-size': '100K' });
    await addWidget(page, 'large', '/hostile/links-10k.json', { 'max-size': '2M' });
    assert.match((await shown(page, 'small')).alert ?? '', /larger than the 100 KB limit/);
    assert.equal((await shown(page, 'large')).sections, 1);
    // No attribute raises the ceiling: 64M is read as 16 MB, with a warning.
    const warned = page.waitForEvent('console', (m) => /max-size is capped at 16 MB/.test(m.text()));
    await addWidget(page, 'huge', '/stories/alx-backend-journey.json', { 'max-size': '64M' });
    await warned;
    assert.equal((await shown(page, 'huge')).sections, 9);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('a page that is not a secure context', () => {
  test('"Copy link" copies without the async clipboard and throws nothing', async () => {
    const insecure = await launch(['--host-resolver-rules=MAP insecure.test 127.0.0.1']);
    try {
      const port = new URL(servers.host.origin).port;
      const { page, context, errors } = await openPage(insecure, `http://insecure.test:${port}/examples/plain.html`);
      assert.equal(await page.evaluate(() => window.isSecureContext || navigator.clipboard !== undefined), false);
      const panel = page.locator('journey-story .panel').first();
      await panel.getByRole('link', { name: 'Copy link' }).click();
      await panel.getByRole('status').waitFor();
      assert.equal(await panel.getByRole('status').innerText(), 'Link copied');
      // Focus is back on the control the reader used.
      assert.equal(await page.evaluate(() => document.querySelector('journey-story').shadowRoot.activeElement?.textContent), 'Copy link');
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await insecure.close();
    }
  });
});

describe('embed.js never throws into the page', () => {
  test('an element that cannot hold a shadow root, a second copy of embed.js, a widget removed mid-load', async () => {
    const { page, context, errors, console: logs } = await pageWithSeed();
    await page.evaluate((widgetOrigin) => {
      const li = document.createElement('li');
      li.dataset.journeySrc = '/stories/alx-backend-journey.json';
      li.textContent = 'fallback stays';
      document.body.append(li);
      // The same file from another URL is another module.
      const again = document.createElement('script');
      again.type = 'module';
      again.src = `${widgetOrigin}/embed.js?copy=2`;
      document.head.append(again);
    }, servers.widget.origin);
    await page.waitForFunction(() => document.querySelector('li').textContent === 'fallback stays');
    await addWidget(page, 'gone', '/slow/seed.json');
    await page.evaluate(() => document.getElementById('gone').remove());
    await addWidget(page, 'after', '/stories/alx-backend-journey.json');
    assert.equal((await shown(page, 'after')).sections, 9);
    await page.waitForTimeout(2000); // past the slow story's answer
    await page.waitForFunction(() => [...document.scripts].some((s) => s.src.includes('copy=2')));
    assert.ok(logs.some((l) => /cannot show a journey in <li>/.test(l)), logs.join('\n'));
    assert.ok(logs.some((l) => /embed.js is included twice/.test(l)), logs.join('\n'));
    await seedStillWorks(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('if the wasm traps, every widget says so, now and later, and none stays on Loading', async () => {
    const { page, context } = await pageWithSeed();
    await shown(page, 'seed');
    await addWidget(page, 'loading', '/slow/seed.json');
    // A real trap inside the wasm, raised from a task the way the wasm's own timers and
    // promises run: a method called on an object that does not exist reads out of bounds.
    await page.evaluate(async (glueUrl) => {
      const glue = await import(glueUrl);
      const ghost = Object.create(glue.Widget.prototype);
      ghost.__wbg_ptr = 0xfffffff0;
      setTimeout(() => ghost.update({}));
    }, await glueUrl(page));
    const stopped = /the widget stopped working/;
    for (const id of ['seed', 'loading']) assert.match((await shown(page, id)).alert ?? '', stopped);
    await page.waitForTimeout(2000); // the slow story arrives: nothing may overwrite the message
    assert.match((await shown(page, 'loading')).alert ?? '', stopped);
    await addWidget(page, 'later', '/stories/alx-backend-journey.json');
    assert.match((await shown(page, 'later')).alert ?? '', stopped);
    await context.close();
  });
});
