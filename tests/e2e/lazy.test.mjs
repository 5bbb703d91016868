// `loading="lazy"`: a long page with thirty widgets downloads nothing for the ones never
// scrolled to: no wasm, no stylesheet and no story until a widget nears the viewport.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './servers.mjs';
import { launch, openPage } from './browser.mjs';

const N = 30;
const spacer = '<div style="height: 3000px"></div>';
const widgets = Array.from({ length: N }, (_, i) => `<journey-story id="w${i}" loading="lazy" src="/stories/alx-backend-journey.json?w=${i}"></journey-story>${spacer}`).join('\n');

let servers;
let browser;
before(async () => {
  servers = await startServers({
    routes: {
      '/lazy.html': (_q, res, h) =>
        res.writeHead(200, { ...h, 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Lazy</title></head><body>
${spacer}
${widgets}
<script type="module" src="${servers.widget.origin}/embed.js"></script></body></html>`),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

const shown = (page, id) =>
  page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelectorAll('.section-title').length === 9, id);

test(`${N} lazy widgets far down a page: nothing downloads until one nears the viewport`, async () => {
  const { page, context, requests, errors } = await openPage(browser, `${servers.host.origin}/lazy.html`);
  // Every widget is connected (its shadow root exists) and the page has gone quiet.
  await page.waitForFunction((n) => document.querySelectorAll('journey-story').length === n && [...document.querySelectorAll('journey-story')].every((w) => w.shadowRoot), N);
  await page.waitForLoadState('networkidle');
  const widgetFiles = () => requests.filter((u) => u.startsWith(servers.widget.origin) && !u.endsWith('/embed.js'));
  const stories = () => requests.filter((u) => u.includes('/stories/'));
  assert.deepEqual(widgetFiles(), [], 'no wasm, glue or stylesheet before a widget is near');
  assert.deepEqual(stories(), []);
  await page.locator('#w3').scrollIntoViewIfNeeded();
  await shown(page, 'w3');
  const fetched = stories().map((u) => new URL(u).searchParams.get('w'));
  console.log(`# lazy: ${fetched.length} of ${N} stories fetched after scrolling to the fourth (${fetched.join(', ')})`);
  assert.ok(fetched.includes('3'));
  assert.ok(fetched.length <= 3, `only the widgets within a screen of the viewport: ${fetched}`);
  // Made eager, a far widget loads at once.
  await page.evaluate(() => document.getElementById(`w${29}`).removeAttribute('loading'));
  await shown(page, 'w29');
  assert.equal(stories().filter((u) => u.endsWith('w=15')).length, 0, 'a widget never near stays unloaded');
  assert.deepEqual(errors, []);
  await context.close();
});
