// Stories with no file to host: an inline <script type="application/json"> block (in
// <journey-story> and in the div form) and the element's `story` property. Each renders with
// no story request, under a strict CSP, through the same limits and messages as a fetched one,
// and treats hostile text as text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServers } from './servers.mjs';
import { launch, openPage } from './browser.mjs';
import { payloads, xssStory } from './xss.mjs';

const seed = readFileSync(new URL('../../www/stories/alx-backend-journey.json', import.meta.url), 'utf8');
/** JSON as it must be written inside a <script> block: `</` cannot appear there. */
const inline = (json) => json.replaceAll('</', '<\\/');
const CSP =
  "default-src 'none'; script-src 'self' %WIDGET_ORIGIN% 'wasm-unsafe-eval'; connect-src %WIDGET_ORIGIN%; style-src 'self'";

/** A host page: `body` inside, embed.js from the widget origin, an optional CSP. */
function page(body, { csp = '' } = {}) {
  return (_q, res, h) => {
    const widget = servers.widget.origin;
    res.writeHead(200, { ...h, 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Inline</title>
${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp.replaceAll('%WIDGET_ORIGIN%', widget)}">` : ''}</head><body>
${body}
<script type="module" src="${widget}/embed.js"></script></body></html>`);
  };
}

const routes = {
  '/inline/element.html': page(`<journey-story id="mine"><script type="application/json">${inline(seed)}</script></journey-story>`),
  '/inline/div.html': page(`<div data-journey id="mine"><script type="application/json">${inline(seed)}</script></div>`),
  '/inline/csp.html': page(`<journey-story id="mine"><script type="application/json">${inline(seed)}</script></journey-story>`, { csp: CSP }),
  '/inline/small.html': page(`<journey-story id="mine" max-size="1K"><script type="application/json">${inline(seed)}</script></journey-story>`),
  '/inline/broken.html': page(`<journey-story id="mine"><script type="application/json">{"version": 1, "title": </script></journey-story>`),
  // A framework sets the property before embed.js (a deferred module) has upgraded the element.
  '/inline/early-property.html': page(`<journey-story id="mine" src="/stories/none.json"></journey-story>
<script>document.getElementById('mine').story = { version: 1, title: 'Set early', author: { name: 'A' }, sections: [{ title: 'One', body: 'x' }] };</script>`),
  '/inline/blank.html': page(''),
};

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
const open = (path) => openPage(browser, `${servers.host.origin}${path}`);
const titles = (page, selector = '#mine') =>
  page.locator(selector).evaluate((host) => [...host.shadowRoot.querySelectorAll('.section-title')].map((n) => n.textContent));
const waitForTitles = (page, n, selector = '#mine') =>
  page.waitForFunction(
    ([selector, n]) => document.querySelector(selector)?.shadowRoot?.querySelectorAll('.section-title').length === n,
    [selector, n],
  );
const alert = (page) => page.locator('#mine').evaluate((host) => host.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '');
/** Requests for anything but the widget's own files and the page. */
const storyRequests = (requests) => requests.filter((u) => /\.json(\?|$)/.test(u) || u.includes('/stories/'));

describe('stories given in the page', () => {
  for (const [name, path] of [
    ['<journey-story> with an inline JSON block', '/inline/element.html'],
    ['the div form with an inline JSON block', '/inline/div.html'],
    ['an inline block under a strict CSP', '/inline/csp.html'],
  ]) {
    test(`${name}: the whole story, no story request`, async () => {
      const { page, context, requests, errors, console } = await open(path);
      await waitForTitles(page, 9);
      assert.equal((await titles(page))[1], 'My Background');
      assert.deepEqual(storyRequests(requests), []);
      assert.deepEqual(errors, []);
      assert.deepEqual(console.filter((m) => m.startsWith('error')), []);
      await context.close();
    });
  }

  test('the example page www/examples/inline.html', async () => {
    const { page, context, requests, errors } = await openPage(browser, `${servers.host.origin}/examples/inline.html`);
    await waitForTitles(page, 3, '#first-year');
    assert.deepEqual(await titles(page, '#first-year'), ['Bootcamp', 'First job', 'Next']);
    assert.deepEqual(storyRequests(requests), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an inline story keeps its reading progress per page and widget id', async () => {
    const { page, context } = await open('/inline/element.html');
    await waitForTitles(page, 9);
    await page.locator('#mine button[data-toggle]').nth(2).click();
    assert.equal(await page.locator('#mine .read-count').innerText(), '1 of 8 read');
    await page.reload();
    await waitForTitles(page, 9);
    assert.equal(await page.locator('#mine .read-count').innerText(), '1 of 8 read');
    await context.close();
  });

  test('the same limits and messages as a fetched story, naming the inline block', async () => {
    const small = await open('/inline/small.html');
    await small.page.locator('#mine [role="alert"]').waitFor();
    assert.match(await alert(small.page), /<script type="application\/json"> is larger than the 1 KB limit for a story/);
    await small.context.close();
    const broken = await open('/inline/broken.html');
    await broken.page.locator('#mine [role="alert"]').waitFor();
    assert.match(await alert(broken.page), /<script type="application\/json"> is not valid JSON/);
    await broken.context.close();
  });

  test('editing the inline block shows the new story (a live preview)', async () => {
    const { page, context } = await open('/inline/element.html');
    await waitForTitles(page, 9);
    await page.evaluate(() => {
      const block = document.querySelector('#mine script');
      const story = JSON.parse(block.textContent);
      story.sections = story.sections.slice(0, 3);
      story.sections[0].title = 'Edited';
      block.textContent = JSON.stringify(story);
    });
    await waitForTitles(page, 3);
    assert.equal((await titles(page))[0], 'Edited');
    await context.close();
  });

  test('the story property: an object, JSON text, an invalid story, then back to src', async () => {
    const { page, context, requests } = await open('/inline/blank.html');
    await page.evaluate(() => {
      const el = document.createElement('journey-story');
      el.id = 'mine';
      el.setAttribute('src', '/stories/alx-backend-journey.json');
      el.story = { version: 1, title: 'From a framework', author: { name: 'A' }, sections: [{ title: 'One', body: 'x' }, { title: 'Two', body: 'y' }] };
      document.body.append(el);
    });
    await waitForTitles(page, 2);
    assert.deepEqual(storyRequests(requests), [], 'the property wins over src: nothing is fetched');
    await page.evaluate(() => {
      document.getElementById('mine').story = '{"version": 1, "title": "Text", "author": {"name": "A"}, "sections": [{"title": "Only", "body": "z"}]}';
    });
    await waitForTitles(page, 1);
    assert.deepEqual(await titles(page), ['Only']);
    await page.evaluate(() => {
      document.getElementById('mine').story = { version: 1, title: 'T', author: { name: 'A' }, sections: [{ title: 3, body: '' }] };
    });
    await page.locator('#mine [role="alert"]').waitFor();
    assert.match(await alert(page), /the story property is not a valid journey story: sections\[0\]\.title: expected a string, found a number/);
    await page.evaluate(() => {
      document.getElementById('mine').story = null;
    });
    await waitForTitles(page, 9);
    assert.equal(storyRequests(requests).length, 1, 'back to src: one request');
    await context.close();
  });

  test('a property set before the element was upgraded is taken over', async () => {
    const { page, context, requests } = await open('/inline/early-property.html');
    await waitForTitles(page, 1);
    assert.deepEqual(await titles(page), ['One']);
    assert.deepEqual(storyRequests(requests), []);
    await context.close();
  });

  test(`${payloads.length} XSS payloads through an inline block and the property: shown as text, nothing runs`, async () => {
    const { page, context, errors } = await open('/inline/blank.html');
    const dialogs = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await page.evaluate((story) => {
      const block = document.createElement('script');
      block.type = 'application/json';
      block.textContent = JSON.stringify(story);
      const inlineHost = document.createElement('journey-story');
      inlineHost.id = 'by-block';
      inlineHost.append(block);
      const propertyHost = document.createElement('journey-story');
      propertyHost.id = 'by-property';
      propertyHost.story = story;
      document.body.append(inlineHost, propertyHost);
    }, xssStory());
    for (const id of ['#by-block', '#by-property']) {
      await waitForTitles(page, payloads.length, id);
      assert.deepEqual(await titles(page, id), payloads.map((p) => p.trim()));
      const seen = await page.locator(id).evaluate((host) => {
        const nodes = [...host.shadowRoot.querySelectorAll('*')];
        return {
          tags: [...new Set(nodes.map((n) => n.localName))],
          handlers: nodes.flatMap((n) => [...n.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
          hrefs: [...host.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        };
      });
      assert.deepEqual(seen.tags.filter((t) => ['script', 'iframe', 'img', 'object', 'embed', 'style', 'svg'].includes(t)), []);
      assert.deepEqual(seen.handlers, []);
      for (const href of seen.hrefs) assert.match(href, /^(https?:\/\/|mailto:|#)/i);
    }
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
