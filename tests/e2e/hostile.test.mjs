// Hostile input and hostile host pages: an XSS corpus in every story field, aggressive global
// CSS, strict and wasm-less Content-Security-Policies, twenty widgets, and 500 create/destroy
// cycles. Nothing may execute, leak, restyle the widget or break another widget.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './servers.mjs';
import { glueUrl, launch, openPage } from './browser.mjs';
import { faultRoutes } from './faults.mjs';
import { payloads, xssStory } from './xss.mjs';

const routes = {
  ...faultRoutes,
  '/fixtures/xss-story.json': (_q, res, h) =>
    res.writeHead(200, { ...h, 'content-type': 'application/json' }).end(JSON.stringify(xssStory())),
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
const open = (path, options) => openPage(browser, `${servers.host.origin}${path}`, options);

/** What the shadow root of `selector` holds that a sanitizer would care about. */
function inspect(page, selector) {
  return page.locator(selector).evaluate((host) => {
    const nodes = [...host.shadowRoot.querySelectorAll('*')];
    return {
      tags: [...new Set(nodes.map((n) => n.localName))].sort(),
      handlers: nodes.flatMap((n) => [...n.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${n.localName}[${a.name}]`)),
      styles: nodes.filter((n) => n.hasAttribute('style')).length,
      links: [...host.shadowRoot.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), rel: a.rel })),
      titles: [...host.shadowRoot.querySelectorAll('.section-title')].map((n) => n.textContent),
    };
  });
}

describe('untrusted story text', () => {
  test(`${payloads.length} XSS payloads in every field: shown as text, nothing runs or loads`, async () => {
    const { page, context, requests, errors } = await open('/examples/plain.html');
    const dialogs = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await page.evaluate(() => {
      const el = document.querySelector('journey-story');
      el.setAttribute('open', 'all');
      el.setAttribute('src', '/fixtures/xss-story.json');
    });
    await page.waitForFunction((n) => document.querySelector('journey-story').shadowRoot.querySelectorAll('.section-title').length === n, payloads.length);
    // Click through every header twice, so every panel has been shown and hidden.
    const buttons = page.locator('journey-story button[data-toggle]');
    for (let i = 0; i < (await buttons.count()); i += 7) await buttons.nth(i).click();
    const seen = await inspect(page, 'journey-story');
    const allowed = ['a', 'article', 'button', 'div', 'em', 'h2', 'h3', 'header', 'li', 'ol', 'p', 'progress', 'span', 'strong', 'ul'];
    assert.deepEqual(seen.tags.filter((t) => !allowed.includes(t)), []);
    assert.deepEqual(seen.handlers, []);
    assert.equal(seen.styles, 0);
    assert.deepEqual(seen.titles, payloads.map((p) => p.trim()));
    for (const link of seen.links) {
      if (link.href.startsWith('#')) {
        // The section's own "Copy link": a fragment built from validated ids only.
        assert.match(link.href, /^#xss-story\/[\p{L}\p{N}_-]+$/u);
        continue;
      }
      assert.match(link.href, /^(https?:\/\/|mailto:)/i, link.href);
      assert.equal(link.rel, 'noopener noreferrer');
    }
    // The author link was a javascript: URL: the name shows, unlinked.
    assert.equal(await page.locator('journey-story .byline a').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => u.includes('127.0.0.1:1/')), []);
    // The page's own styles are untouched.
    assert.equal(await page.evaluate(() => document.styleSheets.length), 1);
    await context.close();
  });
});

describe('hostile host pages', () => {
  test('aggressive global CSS leaves the widget looking the same', async () => {
    const look = async (path) => {
      const { page, context } = await open(path);
      await page.locator('journey-story .section-title').first().waitFor();
      const styles = await page.locator('journey-story').evaluate((host) => {
        const pick = (sel) => {
          const [css, pseudo] = sel.split(/(?=::)/);
          const el = host.shadowRoot.querySelector(css);
          const s = getComputedStyle(el, pseudo);
          const r = el.getBoundingClientRect();
          return [s.display, s.fontSize, s.fontFamily, s.color, s.lineHeight, s.backgroundColor, s.paddingLeft, Math.round(r.height)].join(' | ');
        };
        return Object.fromEntries(
          ['.journey', '.story-title', 'button.toggle', '.section-title', '.panel p', '.status-label', 'progress', 'button.toggle::before'].map((s) => [s, pick(s)]),
        );
      });
      const visible = await page.getByRole('button', { name: /Introduction/ }).isVisible();
      const hiddenPanel = await page.locator('journey-story #p-my-background p').first().isVisible();
      await context.close();
      return { styles, visible, hiddenPanel };
    };
    const plain = await look('/examples/plain.html');
    const hostile = await look('/fixtures/hostile-css.html');
    assert.deepEqual(hostile, plain);
    assert.equal(hostile.visible, true);
    assert.equal(hostile.hiddenPanel, false);
  });

  test('a strict CSP host (no unsafe-inline) works fully, with no violations', async () => {
    const { page, context, errors } = await open('/fixtures/csp-strict.html');
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    await page.reload();
    await page.locator('journey-story .section-title').first().waitFor();
    assert.equal(await page.locator('journey-story .section-title').count(), 9);
    await page.getByRole('button', { name: /My Background/ }).click();
    assert.equal(await page.locator('journey-story #p-my-background').isVisible(), true);
    // Styles applied (constructed stylesheets are allowed under style-src 'self').
    assert.equal(await page.locator('journey-story .story-title').evaluate((el) => getComputedStyle(el).fontWeight), '700');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a CSP without 'wasm-unsafe-eval' shows a message and keeps the fallback content", async () => {
    const { page, context, console: logs } = await open('/fixtures/csp-no-wasm.html');
    const alert = page.locator('journey-story [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Content-Security-Policy does not allow WebAssembly \(add 'wasm-unsafe-eval' to script-src\)/);
    assert.equal(await page.getByRole('link', { name: 'Read my journey' }).isVisible(), true);
    assert.ok(logs.some((l) => l.startsWith('error: [journey-story]')));
    await context.close();
  });

  test('host fallback content shows while the story loads', async () => {
    const { page, context } = await open('/fixtures/blank.html');
    await page.evaluate(() => {
      const el = document.createElement('journey-story');
      el.setAttribute('src', '/faults/hang');
      el.innerHTML = '<a href="/elsewhere">Read it elsewhere</a>';
      document.body.append(el);
    });
    await page.locator('journey-story [role="status"]').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Read it elsewhere' }).isVisible(), true);
    assert.match(await page.locator('journey-story [role="status"]').innerText(), /Loading/);
    await context.close();
  });

  test('twenty widgets: nineteen stories, one clear message, each URL fetched once', async () => {
    const before = servers.host.requests.length;
    const { page, context } = await open('/fixtures/twenty.html');
    await page.locator('#hang [role="alert"]').waitFor({ timeout: 10_000 });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('journey-story, [data-journey-src]')].every((w) => w.shadowRoot?.querySelector('.story, [role="alert"]')),
    );
    const summary = await page.evaluate(() =>
      [...document.querySelectorAll('journey-story, [data-journey-src]')].map((w) => (w.shadowRoot.querySelector('.story') ? 'story' : 'alert')),
    );
    assert.equal(summary.length, 20);
    assert.equal(summary.filter((s) => s === 'story').length, 19);
    assert.match(await page.locator('#hang [role="alert"]').innerText(), /did not arrive within 2 seconds/);
    assert.equal(await page.getByRole('link', { name: 'Read it elsewhere' }).isVisible(), true);
    const fetched = servers.host.requests.slice(before);
    const count = (p) => fetched.filter((r) => r === p).length;
    assert.equal(count('/stories/alx-backend-journey.json'), 1);
    assert.equal(count('/stories/career-change.json'), 1);
    assert.equal(count('/fixtures/xss-story.json'), 1);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    // Clicking in one widget changes only that widget.
    const first = page.locator('journey-story').first();
    const second = page.locator('journey-story').nth(3);
    await first.getByRole('button', { name: /My Background/ }).click();
    assert.equal(await first.getByRole('button', { name: /My Background/ }).getAttribute('aria-expanded'), 'true');
    assert.equal(await second.getByRole('button', { name: /My Background/ }).getAttribute('aria-expanded'), 'false');
    await context.close();
  });

  test('500 create/destroy cycles leave memory flat', async () => {
    const { page, context } = await open('/fixtures/blank.html');
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(async (glue) => (await (await import(glue)).default()).memory.buffer.byteLength, await glueUrl(page));
      return { js: usedSize, wasm };
    };
    const cycles = (n) =>
      page.evaluate(async (n) => {
        for (let i = 0; i < n; i++) {
          const el = document.createElement('journey-story');
          el.setAttribute('src', i % 2 ? '/stories/alx-backend-journey.json' : '/stories/career-change.json');
          document.body.append(el);
          while (!el.shadowRoot?.querySelector('.story')) await new Promise((r) => requestAnimationFrame(r));
          el.remove();
        }
        return document.querySelectorAll('journey-story').length;
      }, n);
    assert.equal(await cycles(50), 0);
    const warm = await measure();
    assert.equal(await cycles(500), 0);
    const end = await measure();
    console.log(`# memory after 50 cycles: js ${warm.js} B, wasm ${warm.wasm} B; after 550: js ${end.js} B, wasm ${end.wasm} B`);
    assert.ok(end.js - warm.js < 1024 * 1024, `JS heap grew by ${end.js - warm.js} bytes`);
    assert.ok(end.wasm - warm.wasm <= 1024 * 1024, `wasm memory grew by ${end.wasm - warm.wasm} bytes`);
    await context.close();
  });
});
