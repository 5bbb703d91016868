// `journey-story publish` end to end: the command's files for the seed story, served as a site
// would serve them, read in Chromium with JavaScript off (the whole story is there), checked
// by an HTML validator, and described by an oEmbed document that embeds the frame page. Runs
// the debug build of the command (`cargo test` builds it first); needs no widget build, since
// nothing here runs the widget.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { serve } from './servers.mjs';
import { launch, openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(resolve(root, process.env.CARGO_TARGET_DIR ?? 'target'), 'debug', 'journey-story');
const SEED = 'www/stories/alx-backend-journey.json';
const NAME = 'alx-backend-journey';
// The widget's dist/ is published elsewhere; with JavaScript off nothing is loaded from it.
const WIDGET = 'https://cdn.example.org/journey-story/';
const story = JSON.parse(readFileSync(join(root, SEED), 'utf8'));

/** A body's words as a reader sees them: no list markers, emphasis marks or link targets. */
function plain(body) {
  return body
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.split('\n'))
    .map((line) =>
      line
        .replace(/^\s*(?:- |\d+\. )/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*?/g, '')
        .trim(),
    )
    .filter(Boolean);
}
const squash = (text) => text.replace(/\s+/g, ' ').trim();

let out;
let site;
let base;
let browser;
before(async () => {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: build the command first (cargo build, or cargo test)`);
  }
  out = mkdtempSync(join(tmpdir(), 'journey-publish-'));
  // The server serves folders relative to the repository; the base URL needs its port first.
  site = await serve('127.0.0.1', { '/journeys/': relative(root, out) });
  base = `${site.origin}/journeys/`;
  execFileSync(BIN, ['publish', SEED, '--base', base, '--widget', WIDGET, '-o', out], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const get = async (path) => {
  const response = await fetch(`${base}${path}`);
  assert.equal(response.status, 200, path);
  return response.text();
};

describe('a published story', () => {
  test('reads whole with JavaScript off: every section title and text', async () => {
    const { page, context } = await openPage(browser, `${base}${NAME}.html`, { javaScriptEnabled: false });
    assert.equal(await page.title(), `${story.title} — ${story.author.name}`);
    const titles = page.locator('journey-story .section-title');
    assert.deepEqual(await titles.allTextContents(), story.sections.map((s) => s.title));
    for (const title of await titles.all()) assert.ok(await title.isVisible());
    const text = squash(await page.locator('journey-story').innerText());
    for (const section of story.sections) {
      for (const words of [...plain(section.body), ...(section.highlights ?? []), ...(section.skills ?? [])]) {
        assert.ok(text.includes(squash(words)), `${section.title}: ${words}`);
      }
    }
    assert.ok(text.includes(story.title) && text.includes(story.author.name));
    // The widget never ran: the text is the page's own, not a shadow root's.
    assert.equal(await page.locator('journey-story').evaluate((el) => el.shadowRoot), null);
    // The controls that need the widget are out of the way.
    assert.equal(await page.getByRole('button', { name: 'Expand all' }).isVisible(), false);
    await context.close();
  });

  test('is valid HTML', async () => {
    const html = await get(`${NAME}.html`);
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // The panels are the widget's accordion regions, `<div role="region">` with
        // aria-labelledby as the WAI-ARIA accordion pattern writes them: the fallback is the
        // widget's own markup, so it matches what readers get with JavaScript on.
        'prefer-native-element': ['error', { exclude: ['region'] }],
      },
    });
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages);
    assert.deepEqual(
      messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      [],
    );
    assert.equal(report.valid, true);
  });

  test('announces an oEmbed that embeds the frame page with the story', async () => {
    const html = await get(`${NAME}.html`);
    const href = `${base}${NAME}.oembed.json`;
    assert.ok(html.includes(`<link rel="alternate" type="application/json+oembed" href="${href}"`));
    const oembed = JSON.parse(await get(`${NAME}.oembed.json`));
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.title, story.title);
    assert.equal(oembed.provider_url, WIDGET);
    assert.match(oembed.html, /^<blockquote class="journey-story-embed"><a href="[^"]+">[^<]+<\/a> by [^<]+<\/blockquote><iframe /);
    const src = oembed.html.match(/<iframe src="([^"]+)"/)?.[1].replaceAll('&amp;', '&');
    assert.ok(src?.startsWith(`${WIDGET}frame.html?src=`), src);
    // The frame is told the story's absolute URL, and that URL serves the story as it is.
    const storyUrl = new URL(src).searchParams.get('src');
    assert.equal(storyUrl, `${base}${NAME}.json`);
    assert.equal(await (await fetch(storyUrl)).text(), readFileSync(join(root, SEED), 'utf8'));
  });
});
