// bench/hostile.mjs measures issue 10's table on a build: each hostile story beside a second
// widget showing the seed story, in headless Chromium, as a host page from another origin.
// For each row: what the hostile widget shows and when, whether the seed widget rendered, the
// page errors, and for the large stories the click-to-paint time of a middle section header.
//
//   node bench/hostile.mjs [--dist DIR] [--wait-ms 60000] [--clicks 5] [--rows 0,3]
//
// --rows picks rows of the table by index (from 0); --clicks 0 skips the clicks.
//
// Prints a markdown table. A figure, not a test: tests/e2e/survive.test.mjs asserts.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const { values: o } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist/' },
    'wait-ms': { type: 'string', default: '60000' },
    clicks: { type: 'string', default: '5' },
    rows: { type: 'string' },
  },
});
process.env.JOURNEY_DIST = o.dist.endsWith('/') ? o.dist : `${o.dist}/`;
const { startServers } = await import('../tests/e2e/servers.mjs');
const { clickToPaint, launch, openPage } = await import('../tests/e2e/browser.mjs');
const waitMs = Number(o['wait-ms']);
const clicks = Number(o.clicks);

const seed = JSON.parse(readFileSync(new URL('../www/stories/alx-backend-journey.json', import.meta.url)));
const story = (sections) => ({ version: 1, title: 'Hostile', author: { name: 'A' }, sections });
const repeat = (n, make) => Array.from({ length: n }, (_, i) => make(i));
const seedN = (n) => JSON.stringify({ ...seed, sections: repeat(n, (i) => ({ ...seed.sections[i % 9], id: `s${i}` })) });

const ROWS = [
  ['valid story + an ignored field nested 200,000 arrays deep', () => `${JSON.stringify(story([{ title: 'S', body: 'b' }])).slice(0, -1)},"extra":${'['.repeat(200_000)}${']'.repeat(200_000)}}`, {}],
  ['one body of `[]](` × 250,000, then `)`', () => JSON.stringify(story([{ title: 'S', body: `${'[]]('.repeat(250_000)})` }])), {}],
  ['43,000 sections all titled `a`', () => JSON.stringify(story(repeat(43_000, () => ({ title: 'a', body: '' })))), {}],
  ['1,000 sections (the seed\'s repeated)', () => seedN(1000), { click: true }],
  ['10,000 sections (`max-size="8M"`)', () => seedN(10_000), { click: true, attrs: { 'max-size': '8M' } }],
  ['38,000 one-line sections (`max-size="2M"`)', () => JSON.stringify(story(repeat(38_000, (i) => ({ title: `s${i}`, body: 'x' })))), { click: true, attrs: { 'max-size': '2M' } }],
];

const routes = {};
ROWS.forEach(([, make], i) => {
  let body;
  routes[`/hostile/${i}.json`] = (_q, res, h) => {
    body ??= make();
    res.writeHead(200, { ...h, 'content-type': 'application/json' }).end(body);
  };
});

const servers = await startServers({ routes });
const browser = await launch();
const out = [];
try {
  const picked = o.rows ? o.rows.split(',').map(Number) : ROWS.map((_, i) => i);
  for (const [i, [name, , { click, attrs = {} }]] of ROWS.entries()) {
    if (!picked.includes(i)) continue;
    const { page, context, errors } = await openPage(browser, `${servers.host.origin}/fixtures/blank.html`);
    const start = Date.now();
    await page.evaluate(
      ([i, attrs]) => {
        for (const [id, src, extra] of [
          ['seed', '/stories/alx-backend-journey.json', {}],
          ['hostile', `/hostile/${i}.json`, attrs],
        ]) {
          const el = document.createElement('journey-story');
          el.id = id;
          el.setAttribute('src', src);
          el.setAttribute('timeout', '120');
          for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
          document.body.append(el);
        }
      },
      [i, attrs],
    );
    // A frozen page answers no evaluate: each question gets at most 2 s.
    const state = (id) =>
      Promise.race([
        new Promise((resolve) => setTimeout(() => resolve(null), 2000)),
        page.evaluate((id) => {
        const root = document.getElementById(id).shadowRoot;
        const alert = root?.querySelector('[role="alert"]');
        const sections = root?.querySelectorAll('.section-title').length ?? 0;
        // The end of a message says what is wrong; its start names the story's URL.
        return alert ? `message: …${alert.textContent.slice(-80)}` : sections ? `${sections} sections` : null;
        }, id),
      ]);
    let hostile = null;
    while (!hostile && Date.now() - start < waitMs) {
      hostile = await state('hostile').catch(() => null);
      if (!hostile) await page.waitForTimeout(100);
    }
    const shownMs = Date.now() - start;
    // The seed widget gets the rest of the same wait to render.
    let seedShown = null;
    while (!seedShown && Date.now() - start < waitMs) {
      seedShown = await state('seed').catch(() => null);
      if (!seedShown) await page.waitForTimeout(100).catch(() => {});
    }
    seedShown ??= hostile ? null : 'no answer (page frozen)';
    let clickText = '';
    if (hostile && click && clicks > 0 && !hostile.startsWith('message')) {
      await page.waitForTimeout(500); // the deferred section text
      const times = [];
      const middle = await page.evaluate(() => Math.floor(document.getElementById('hostile').shadowRoot.querySelectorAll('button[data-toggle]').length / 2));
      for (let k = 0; k < clicks; k++) times.push(await clickToPaint(page, 'hostile', middle + (k % 2)).catch(() => NaN));
      times.sort((a, b) => a - b);
      clickText = `${times[0].toFixed(0)}–${times.at(-1).toFixed(0)} ms (median ${times[Math.floor(times.length / 2)].toFixed(0)})`;
    }
    out.push(
      `| ${name} | ${hostile ?? `still loading after ${waitMs / 1000} s`} | ${hostile ? (shownMs / 1000).toFixed(1) + ' s' : '—'} | ${clickText || '—'} | ${seedShown ?? 'never rendered'} | ${errors.length ? errors.map((e) => e.slice(0, 60)).join('; ') : 'none'} |`,
    );
    console.error(out.at(-1));
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 5000))]);
  }
} finally {
  await browser.close();
  await servers.close();
}
console.log(`Build: ${resolve(o.dist)}\n`);
console.log('| story | hostile widget shows | after | middle-section click to paint | seed widget | page errors |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(out.join('\n'));
