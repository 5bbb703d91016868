// The frame page (dist/frame.html) the way sites that allow an <iframe> but no script use it:
// inside WordPress's and Google Sites' sandboxes, in a fixed box, growing with its content on a
// page running embed.js, speaking WordPress's height protocol, with deep links, stories carried
// in the fragment, and the origin check of frame.config.json.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { serve, startServers } from './servers.mjs';
import { launch, openPage } from './browser.mjs';
import { payloads, xssStory } from './xss.mjs';

const seedText = readFileSync(new URL('../../www/stories/alx-backend-journey.json', import.meta.url), 'utf8');
const seed = JSON.parse(seedText);
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
/** The sandbox WordPress gives an untrusted embed, and the one Google documents for its frames. */
const WORDPRESS = 'allow-scripts';
const GOOGLE = 'allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';
const SEED = 'stories/alx-backend-journey.json';

/** `#story=` data for a story, the way `journey-story link` writes it. */
const fragmentOf = (story) => deflateRawSync(Buffer.from(JSON.stringify(story)), { level: 9 }).toString('base64url');

/** A host page on the host origin; `%W%` is the widget origin. */
function page(body, { script = true } = {}) {
  return (_q, res, h) => {
    const w = servers.widget.origin;
    res.writeHead(200, { ...h, 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Frame host</title></head>
<body style="margin:0">${body.replaceAll('%W%', w)}
${script ? `<script type="module" src="${w}/embed.js"></script>` : ''}</body></html>`);
  };
}
const frame = (query, attrs = '') => `<iframe id="f" src="%W%/frame.html?${query}" ${attrs} title="Journey" style="width:600px;height:150px;border:0"></iframe>`;

let config = null;
const routes = {
  '/grow.html': page(frame(`src=${SEED}`)),
  '/wordpress-sandbox.html': page(frame(`src=${SEED}`, `sandbox="${WORDPRESS}"`)),
  '/google-sandbox.html': page(frame(`src=${SEED}&fit=box`, `sandbox="${GOOGLE}"`)),
  '/box.html': page(frame(`src=${SEED}&fit=box`).replace('height:150px', 'height:300px'), { script: false }),
  // WordPress: its script hides the frame behind a blockquote until the frame posts a height
  // with the secret the page gave it, then clamps the height to 200..1000 (wp-embed.js).
  '/wordpress.html': page(
    `<blockquote class="wp-embedded-content" id="quote"><a href="#">My journey</a></blockquote>
<iframe id="f" class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position:absolute;visibility:hidden" src="%W%/frame.html?src=${SEED}#?secret=Abc123" data-secret="Abc123" width="600" height="338" title="My journey"></iframe>
<script>
addEventListener('message', (e) => {
  const d = e.data;
  if (!d || !d.secret || !d.message || /[^a-zA-Z0-9]/.test(d.secret)) return;
  for (const f of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
    if (f.contentWindow !== e.source) continue;
    f.removeAttribute('style');
    document.getElementById('quote').style.display = 'none';
    if (d.message === 'height') f.height = Math.min(1000, Math.max(200, parseInt(d.value, 10) || 0));
  }
});
</script>`,
    { script: false },
  ),
  '/cors/story.json': (_q, res, h) =>
    res.writeHead(200, { ...h, 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(seedText),
};
const widgetRoutes = {
  '/frame.config.json': (_q, res, h) => {
    if (!config) return res.writeHead(404, h).end('not found');
    res.writeHead(200, { ...h, 'content-type': 'application/json' }).end(JSON.stringify(config));
  },
};

let servers;
let browser;
before(async () => {
  servers = await startServers({ routes, widgetRoutes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

/** The frame's document, once its widget shows `n` sections. */
async function frameReady(page, n = 9) {
  const handle = await page.waitForSelector('#f', { state: 'attached' });
  const f = await handle.contentFrame();
  await f.waitForFunction((n) => document.querySelector('journey-story')?.shadowRoot?.querySelectorAll('.section-title').length === n, n);
  return f;
}
const inFrame = (f, fn, arg) => f.evaluate(fn, arg);
const shadow = `const root = document.querySelector('journey-story').shadowRoot;`;
const storyRequests = (requests) => requests.filter((u) => u.includes('/stories/') || u.includes('/cors/'));

describe('the frame page', () => {
  for (const [name, path] of [
    ['sandbox="allow-scripts" (WordPress): an opaque origin, no storage, every request cross-origin', '/wordpress-sandbox.html'],
    ["Google Sites' sandbox string", '/google-sandbox.html'],
  ]) {
    test(`${name}: the story, no errors`, async () => {
      const { page, context, errors, console } = await openPage(browser, `${servers.host.origin}${path}`);
      const f = await frameReady(page);
      const titles = await inFrame(f, () => [...document.querySelector('journey-story').shadowRoot.querySelectorAll('.section-title')].map((n) => n.textContent));
      assert.equal(titles[1], 'My Background');
      // Opening a section works where storage is blocked (reading progress is kept for the visit).
      await f.locator('journey-story button[data-toggle]').nth(1).click();
      assert.match(await f.locator('journey-story .read-count').innerText(), /^1 of 8 read$/);
      // The clipboard API is refused in a sandbox; the link is copied through a selection.
      await f.locator(`journey-story #p-${sectionId(1)} .section-link a`).click();
      await f.locator(`journey-story #p-${sectionId(1)} [role="status"]`).waitFor();
      assert.equal(await f.locator(`journey-story #p-${sectionId(1)} [role="status"]`).innerText(), 'Link copied');
      assert.match(await inFrame(f, () => document.querySelector('.from').textContent), /^Story from 127\.0\.0\.2:\d+\/stories\/alx-backend-journey\.json$/);
      assert.equal(await inFrame(f, () => document.title), seed.title);
      assert.deepEqual(errors, []);
      assert.deepEqual(console.filter((m) => m.startsWith('error')), []);
      await context.close();
    });
  }

  test('fit=grow: embed.js on the page sizes the frame to its content, within 2 px, after each toggle', async () => {
    const { page, context } = await openPage(browser, `${servers.host.origin}/grow.html`);
    const f = await frameReady(page);
    // The frame's height once its content has changed from `before` and the frame has followed
    // within 2 px (or what they are after 5 s).
    const gap = async (before) => {
      const settled = async () => {
        const content = await inFrame(f, () => document.documentElement.scrollHeight);
        const box = await page.evaluate(() => document.getElementById('f').getBoundingClientRect().height);
        return { content, box };
      };
      for (let end = Date.now() + 5000; Date.now() < end; await page.waitForTimeout(20)) {
        const now = await settled();
        if (now.content !== before && Math.abs(now.content - now.box) <= 2) return now;
      }
      return settled();
    };
    await page.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height > 150);
    const sizes = [await gap()];
    const headers = f.locator('journey-story button[data-toggle]');
    for (const i of [1, 2, 1]) {
      await headers.nth(i).click();
      sizes.push(await gap(sizes.at(-1).content));
    }
    await f.locator('journey-story').getByRole('button', { name: 'Expand all' }).click();
    sizes.push(await gap(sizes.at(-1).content));
    console.log(`# frame heights (content/frame): ${sizes.map((s) => `${s.content}/${s.box}`).join(', ')}`);
    for (const { content, box } of sizes) assert.ok(Math.abs(content - box) <= 2, `frame ${box} px for ${content} px of content`);
    const grew = sizes.slice(1).map((s, i) => Math.sign(s.content - sizes[i].content));
    assert.deepEqual(grew, [1, 1, -1, 1], 'open, open, close, expand all');
    await context.close();
  });

  test("WordPress's protocol: the secret from #?secret= shows the frame and sets its height", async () => {
    const { page, context } = await openPage(browser, `${servers.host.origin}/wordpress.html`);
    const f = await frameReady(page);
    await page.waitForFunction(() => document.getElementById('quote').style.display === 'none');
    await page.waitForFunction(() => Number(document.getElementById('f').height) > 338);
    const content = await inFrame(f, () => document.documentElement.scrollHeight);
    const height = Number(await page.evaluate(() => document.getElementById('f').height));
    assert.equal(height, Math.min(1000, content));
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('f')).visibility), 'visible');
    await context.close();
  });

  test('fit=box in a 300 px box: the header stays, every section header is reachable by keyboard and fully visible when focused', async () => {
    const { page, context } = await openPage(browser, `${servers.host.origin}/box.html`);
    const f = await frameReady(page);
    assert.equal(await inFrame(f, () => document.documentElement.scrollHeight), 300, 'nothing grows past the box');
    await f.locator('journey-story button[data-toggle]').first().focus();
    const count = await f.locator('journey-story button[data-toggle]').count();
    const seen = [];
    for (let i = 0; i < count; i++) {
      const state = await inFrame(f, (i) => {
        const root = document.querySelector('journey-story').shadowRoot;
        const focused = root.activeElement;
        const box = focused.getBoundingClientRect();
        const list = root.querySelector('.sections').getBoundingClientRect();
        const title = root.querySelector('.story-title').getBoundingClientRect();
        return {
          index: [...root.querySelectorAll('button[data-toggle]')].indexOf(focused),
          visible: box.top >= list.top - 1 && box.bottom <= list.bottom + 1 && box.bottom <= innerHeight,
          titleShown: title.bottom > 0 && title.top >= 0,
        };
      }, i);
      seen.push(state);
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(count, seed.sections.length - 1, 'every section with text has a header button');
    assert.deepEqual(seen.map((s) => s.index), [...Array(count).keys()]);
    assert.ok(seen.every((s) => s.visible), JSON.stringify(seen));
    assert.ok(seen.every((s) => s.titleShown), 'the story title stays in view');
    // Opening the last section scrolls it into view: its header at the top of the list.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await f.waitForFunction(() => document.querySelector('journey-story').shadowRoot.activeElement.getAttribute('aria-expanded') === 'true');
    await page.waitForTimeout(600); // the list follows the section while its text renders
    const opened = await inFrame(f, () => {
      const root = document.querySelector('journey-story').shadowRoot;
      const header = root.activeElement.getBoundingClientRect();
      const list = root.querySelector('.sections').getBoundingClientRect();
      return { expanded: root.activeElement.getAttribute('aria-expanded'), top: header.top - list.top, bottom: list.bottom - header.bottom };
    });
    assert.equal(opened.expanded, 'true');
    assert.ok(opened.top >= -1 && opened.bottom >= -1, JSON.stringify(opened));
    await context.close();
  });

  test('fit=box at 150 px and 1000 px: nothing is clipped out of reach', async () => {
    for (const height of [150, 1000]) {
      const { page, context } = await openPage(browser, `${servers.widget.origin}/frame.html?src=${SEED}&fit=box`, { viewport: { width: 400, height } });
      await page.locator('journey-story .section-title').first().waitFor();
      const reach = await page.evaluate(() => {
        const root = document.querySelector('journey-story').shadowRoot;
        const scrollers = [...root.querySelectorAll('*')].filter((n) => ['auto', 'scroll'].includes(getComputedStyle(n).overflowY) && n.scrollHeight > n.clientHeight);
        // Every header, scrolled into its scroller, is inside the window.
        const headers = [...root.querySelectorAll('button[data-toggle]')].map((b) => {
          b.scrollIntoView({ block: 'nearest' });
          const r = b.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight + 1;
        });
        const summary = root.querySelector('.summary');
        summary?.scrollIntoView({ block: 'nearest' });
        const s = summary?.getBoundingClientRect();
        return { docHeight: document.documentElement.scrollHeight, headers, summary: !s || (s.top >= 0 && s.top < innerHeight), scrollers: scrollers.length };
      });
      assert.equal(reach.docHeight, height, `${height}: the page never scrolls as a whole`);
      assert.ok(reach.headers.every(Boolean), `${height}: ${JSON.stringify(reach)}`);
      assert.ok(reach.summary, `${height}: the summary can be scrolled to`);
      await context.close();
    }
  });

  test('a deep link into the frame opens and focuses the section', async () => {
    const { page, context } = await openPage(browser, `${servers.widget.origin}/frame.html?src=${SEED}#alx-backend-journey/${sectionId(3)}`);
    await page.locator('journey-story .section-title').first().waitFor();
    await page.waitForFunction(() => document.querySelector('journey-story').shadowRoot.activeElement?.matches('button[data-toggle]'));
    const state = await page.evaluate(() => {
      const a = document.querySelector('journey-story').shadowRoot.activeElement;
      return { expanded: a.getAttribute('aria-expanded'), title: a.querySelector('.section-title').textContent };
    });
    assert.deepEqual(state, { expanded: 'true', title: seed.sections[3].title });
    await context.close();
  });

  test('axe-core: no violations inside the frame page, collapsed and expanded', async () => {
    const { page, context } = await openPage(browser, `${servers.widget.origin}/frame.html?src=${SEED}`);
    await page.locator('journey-story .section-title').first().waitFor();
    const run = async () => {
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
      return page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    };
    const collapsed = await run();
    await page.locator('journey-story').getByRole('button', { name: 'Expand all' }).click();
    const expanded = await run();
    assert.deepEqual(collapsed, []);
    assert.deepEqual(expanded, []);
    await context.close();
  });
});

/** The id the widget gives section `i` of the seed (its title's slug). */
function sectionId(i) {
  return seed.sections[i].id ?? seed.sections[i].title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

describe('a story carried in the frame address (#story=)', () => {
  test('renders with no story request, in a sandboxed frame, and a deep link appended to it works', async () => {
    const data = fragmentOf(seed);
    routes['/fragment.html'] = page(`<iframe id="f" sandbox="${WORDPRESS}" src="%W%/frame.html#story=${data}&story/${sectionId(2)}#?secret=Zz9" title="J" style="width:600px;height:400px"></iframe>`);
    const { page: p, context, requests, errors } = await openPage(browser, `${servers.host.origin}/fragment.html`);
    const f = await frameReady(p);
    assert.deepEqual(storyRequests(requests), []);
    assert.equal(await inFrame(f, () => document.querySelector('.from').textContent), 'Story carried in this link');
    await f.waitForFunction(() => document.querySelector('journey-story').shadowRoot.activeElement?.getAttribute('aria-expanded') === 'true');
    assert.equal(await inFrame(f, () => document.querySelector('journey-story').shadowRoot.activeElement.querySelector('.section-title').textContent), seed.sections[2].title);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('Copy link inside a fragment story keeps the story in the link', async () => {
    const data = fragmentOf(seed);
    const { page, context } = await openPage(browser, `${servers.widget.origin}/frame.html?theme=dark#story=${data}`);
    await page.locator('journey-story .section-title').first().waitFor();
    await page.evaluate(() => {
      navigator.clipboard.writeText = async (text) => void (window.copied = text);
    });
    await page.locator('journey-story button[data-toggle]').nth(4).click();
    await page.locator(`journey-story #p-${sectionId(4)} .section-link a`).click();
    const link = await page.waitForFunction(() => window.copied).then((h) => h.jsonValue());
    const expected = `${servers.widget.origin}/frame.html?theme=dark#story=${data}&story/${sectionId(4)}`;
    assert.ok(link === expected, `copied ${link.slice(0, 60)}…${link.slice(-40)}`);
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForFunction(() => document.querySelector('journey-story')?.shadowRoot?.activeElement?.getAttribute('aria-expanded') === 'true');
    assert.equal(await page.evaluate(() => document.querySelector('journey-story').shadowRoot.activeElement.querySelector('.section-title').textContent), seed.sections[4].title);
    await context.close();
  });

  test(`${payloads.length} XSS payloads through the fragment: shown as text, nothing runs`, async () => {
    const { page, context, errors } = await openPage(browser, `${servers.widget.origin}/frame.html#story=${fragmentOf(xssStory())}`);
    const dialogs = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await page.waitForFunction((n) => document.querySelector('journey-story')?.shadowRoot?.querySelectorAll('.section-title').length === n, payloads.length);
    const seen = await page.evaluate(() => {
      const nodes = [...document.querySelector('journey-story').shadowRoot.querySelectorAll('*'), ...document.querySelectorAll('*')];
      return {
        titles: [...document.querySelector('journey-story').shadowRoot.querySelectorAll('.section-title')].map((n) => n.textContent),
        tags: [...new Set(nodes.map((n) => n.localName))].filter((t) => ['iframe', 'img', 'object', 'embed', 'svg'].includes(t)),
        handlers: nodes.flatMap((n) => [...n.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      };
    });
    assert.deepEqual(seen.titles, payloads.map((p) => p.trim()));
    assert.deepEqual(seen.tags, []);
    assert.deepEqual(seen.handlers, []);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a damaged link and a decompression bomb get clear messages, not a frozen frame', async () => {
    const { page, context } = await openPage(browser, `${servers.widget.origin}/frame.html#story=${fragmentOf(seed).slice(0, 200)}`);
    await page.locator('[role="alert"]').waitFor();
    assert.match(await page.locator('[role="alert"]').innerText(), /the story in this link is damaged/);
    await context.close();
    // 64 MB of spaces compress to 64 KB; only the first 16 MB + 1 byte are ever inflated, so
    // even at the largest limit a page may set, the widget is handed one byte too many.
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 32), { level: 9 }).toString('base64url');
    const second = await openPage(browser, `${servers.widget.origin}/frame.html?max-size=16M#story=${bomb}`);
    await second.page.locator('journey-story').waitFor();
    await second.page.waitForFunction(() => document.querySelector('journey-story').shadowRoot?.querySelector('[role="alert"]'));
    assert.match(await second.page.locator('journey-story [role="alert"]').innerText(), /is larger than the 16 MB limit/);
    assert.equal(await second.page.evaluate(() => document.querySelector('journey-story').story.length), 16 * 1024 * 1024 + 1);
    await second.context.close();
  });
});

describe('whose stories the frame shows', () => {
  test('a story from another origin is refused by default, naming the origin and frame.config.json', async () => {
    config = null;
    const other = `${servers.host.origin}/cors/story.json`;
    const { page, context, requests } = await openPage(browser, `${servers.widget.origin}/frame.html?src=${encodeURIComponent(other)}`);
    await page.locator('[role="alert"]').waitFor();
    const text = await page.locator('[role="alert"]').innerText();
    assert.match(text, new RegExp(`only shows stories from ${servers.widget.origin}`));
    assert.ok(text.includes(`add "${servers.host.origin}" to the "origins" list in ${servers.widget.origin}/frame.config.json`), text);
    assert.deepEqual(storyRequests(requests), [], 'a refused story is never requested');
    await context.close();
  });

  test('frame.config.json allows an origin', async () => {
    config = { origins: [servers.host.origin] };
    const other = `${servers.host.origin}/cors/story.json`;
    const { page, context } = await openPage(browser, `${servers.widget.origin}/frame.html?src=${encodeURIComponent(other)}`);
    await page.waitForFunction(() => document.querySelector('journey-story')?.shadowRoot?.querySelectorAll('.section-title').length === 9);
    assert.match(await page.locator('.from').innerText(), /^Story from 127\.0\.0\.1:\d+\/cors\/story\.json$/);
    config = null;
    await context.close();
  });

  test('theme tokens: valid values are applied, anything else is ignored with a warning', async () => {
    // `var()` passes CSS.supports for any property: only the frame's own check refuses it.
    const q = new URLSearchParams({ src: SEED, accent: '#c026d3', bg: 'rebeccapurple', fg: 'var(--journey-accent)', radius: '0', font: 'Georgia, serif', colour: 'red' });
    const { page, context, console } = await openPage(browser, `${servers.widget.origin}/frame.html?${q}`);
    await page.locator('journey-story .section-title').first().waitFor();
    const style = await page.evaluate(() => {
      const s = document.querySelector('journey-story').style;
      return ['--journey-accent', '--journey-bg', '--journey-fg', '--journey-radius', '--journey-font'].map((p) => s.getPropertyValue(p));
    });
    assert.deepEqual(style, ['#c026d3', 'rebeccapurple', '', '0', 'Georgia, serif']);
    const warnings = console.filter((m) => m.startsWith('warning'));
    assert.ok(warnings.some((m) => m.includes('ignoring fg=')), warnings.join('\n'));
    assert.ok(warnings.some((m) => m.includes('ignoring the parameter "colour"')), warnings.join('\n'));
    await context.close();
  });
});

describe('made by the command line', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // `cargo test` (earlier in the test command) builds the debug binary.
  const BIN = join(resolve(root, process.env.CARGO_TARGET_DIR ?? 'target'), 'debug', 'journey-story');
  const cli = (...args) => execFileSync(BIN, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

  test('journey-story link: the frame shows the story it carries and opens the linked section', async () => {
    const link = cli('link', `www/${SEED}`, '--base', `${servers.widget.origin}/`, '--section', sectionId(5), '--theme', 'dark');
    const { page, context, requests, errors } = await openPage(browser, link);
    await page.waitForFunction(() => document.querySelector('journey-story')?.shadowRoot?.activeElement?.getAttribute('aria-expanded') === 'true');
    const seen = await page.evaluate(() => {
      const root = document.querySelector('journey-story').shadowRoot;
      return { titles: root.querySelectorAll('.section-title').length, focused: root.activeElement.querySelector('.section-title').textContent, theme: root.querySelector('.journey').dataset.theme };
    });
    assert.deepEqual(seen, { titles: seed.sections.length, focused: seed.sections[5].title, theme: 'dark' });
    assert.deepEqual(storyRequests(requests), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('journey-story publish: the page is upgraded by the widget, and its oEmbed frame shows the story', async () => {
    // The page and its story on one origin, the widget on another, as the README describes.
    const out = mkdtempSync(join(tmpdir(), 'journey-publish-'));
    const site = await serve('127.0.0.3', { '/journeys/': relative(root, out) }, { cors: true });
    try {
      cli('publish', `www/${SEED}`, '--base', `${site.origin}/journeys/`, '--widget', `${servers.widget.origin}/`, '-o', out);
      const { page, context, errors } = await openPage(browser, `${site.origin}/journeys/alx-backend-journey.html`);
      await page.waitForFunction((n) => document.querySelector('journey-story')?.shadowRoot?.querySelectorAll('.section-title').length === n, seed.sections.length);
      assert.deepEqual(errors, []);
      const oembed = JSON.parse(readFileSync(join(out, 'alx-backend-journey.oembed.json'), 'utf8'));
      config = { origins: [site.origin] };
      await page.setContent(oembed.html);
      const f = await frameReadyBy(page, 'iframe');
      assert.equal(await inFrame(f, () => document.title), seed.title);
      config = null;
      await context.close();
    } finally {
      await site.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

/** The frame `selector` finds, once its widget shows every section of the seed. */
async function frameReadyBy(page, selector) {
  const f = await (await page.waitForSelector(selector, { state: 'attached' })).contentFrame();
  await f.waitForFunction((n) => document.querySelector('journey-story')?.shadowRoot?.querySelectorAll('.section-title').length === n, seed.sections.length);
  return f;
}
