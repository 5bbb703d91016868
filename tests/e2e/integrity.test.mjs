// One integrity hash for every byte: a release build names the glue, the wasm and the
// stylesheet by their content and writes their hashes into embed.js. A copy of dist/ with one
// byte of the wasm, or of the stylesheet, changed is refused, with a clear message in each
// widget, never a blank box or an unstyled widget.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './servers.mjs';
import { launch, openPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DIST = process.env.JOURNEY_DIST ?? 'dist/';
const files = readdirSync(resolve(root, DIST));
const hashed = (pattern) => files.find((f) => pattern.test(f));
const release = hashed(/^journey-story_bg\.[0-9a-f]{12}\.wasm$/) !== undefined;

/** A copy of the build under test with one byte of `file` changed, served on its own origin. */
async function tampered(file) {
  const dir = `target/e2e-tampered-${file.split('.').pop()}/`;
  rmSync(resolve(root, dir), { recursive: true, force: true });
  cpSync(resolve(root, DIST), resolve(root, dir), { recursive: true });
  const path = join(root, dir, file);
  const bytes = readFileSync(path);
  bytes[bytes.length >> 1] ^= 0x20;
  writeFileSync(path, bytes);
  return serve('127.0.0.2', { '/': dir }, { cors: true });
}

let browser;
let host;
const origins = {};
before(async () => {
  browser = await launch();
  host = await serve('127.0.0.1', {}, {
    routes: {
      '/page.html': (req, res, h) => {
        const widget = origins[new URL(req.url, 'http://x').searchParams.get('from')];
        res.writeHead(200, { ...h, 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Tampered</title></head><body>
<journey-story id="a" src="${widget}/stories/alx-backend-journey.json"></journey-story>
<journey-story id="b" src="${widget}/stories/career-change.json"></journey-story>
<script type="module" src="${widget}/embed.js"></script></body></html>`);
      },
    },
  });
});
after(async () => {
  await browser?.close();
  await host?.close();
});

describe('integrity', { skip: !release && 'a development build has no hashes (the test command tests release builds)' }, () => {
  test('the release build names its files by content and embed.js carries their hashes', () => {
    const embed = readFileSync(resolve(root, DIST, 'embed.js'), 'utf8');
    for (const pattern of [/^journey-story\.[0-9a-f]{12}\.js$/, /^journey-story_bg\.[0-9a-f]{12}\.wasm$/, /^journey-story\.[0-9a-f]{12}\.css$/]) {
      const name = hashed(pattern);
      assert.ok(name, `${pattern} in ${DIST}`);
      assert.ok(embed.includes(name), `embed.js names ${name}`);
    }
    assert.equal(files.filter((f) => /^journey-story(_bg)?\.(js|wasm|css)$/.test(f)).length, 0, 'no unhashed copies');
    assert.equal((embed.match(/sha256-[A-Za-z0-9+/]{43}=/g) ?? []).length, 3);
  });

  for (const [what, pattern] of [
    ['the wasm', /^journey-story_bg\.[0-9a-f]{12}\.wasm$/],
    ['the stylesheet', /^journey-story\.[0-9a-f]{12}\.css$/],
    ['the glue', /^journey-story\.[0-9a-f]{12}\.js$/],
  ]) {
    test(`one byte of ${what} changed: every widget refuses, saying why`, async () => {
      const file = hashed(pattern);
      const server = await tampered(file);
      origins[what] = server.origin;
      const { page, context, errors } = await openPage(browser, `${host.origin}/page.html?from=${encodeURIComponent(what)}`);
      for (const id of ['a', 'b']) {
        await page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelector('[role="alert"]'), id);
        const text = await page.locator(`#${id} [role="alert"]`).innerText();
        assert.match(text, new RegExp(`the widget's file ${file.replaceAll('.', '\\.')} does not match this embed\\.js \\(its integrity check failed\\)`));
        assert.equal(await page.locator(`#${id} .section-title`).count(), 0, 'nothing of the story is shown');
      }
      assert.deepEqual(errors, []);
      await context.close();
      await server.close();
    });
  }
});
