// Everyone can read it: axe-core in every state, the keyboard pattern, reader progress, deep
// links, interface languages with right-to-left Arabic, print, and the server-rendered snippet
// for readers without JavaScript.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startServers } from './servers.mjs';
import { launch, openPage } from './browser.mjs';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

let servers;
let browser;
const snippets = {};
before(async () => {
  servers = await startServers({
    routes: {
      '/nojs.html': (_q, res, h) =>
        res.writeHead(200, { ...h, 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>No JS</title></head><body>
<journey-story src="/stories/alx-backend-journey.json">${snippets.seed}</journey-story>
<script type="module" src="${servers.widget.origin}/embed.js"></script></body></html>`),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});
const open = (path, options) => openPage(browser, `${servers.host.origin}${path}`, options);
const ready = (page, scope = 'journey-story') => page.locator(`${scope} .section-title`).first().waitFor();
const focused = (locator) => locator.evaluate((el) => el.matches(':focus'));

/** Runs axe-core against the widget (it reads open shadow roots) and returns violation ids. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run('journey-story', { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark']) {
    test(`axe-core: no violations, ${scheme}, collapsed and expanded`, async () => {
      const { page, context } = await open('/examples/plain.html', { colorScheme: scheme });
      await ready(page);
      const collapsed = await axe(page);
      await page.getByRole('button', { name: 'Expand all' }).click();
      const expanded = await axe(page);
      console.log(`# axe ${scheme}: collapsed ${collapsed.length} violations, expanded ${expanded.length} violations`);
      assert.deepEqual(collapsed, []);
      assert.deepEqual(expanded, []);
      await context.close();
    });
  }

  test('axe-core: no violations for the Arabic story, the dark site and an error', async () => {
    for (const path of ['/examples/arabic.html', '/examples/dark.html', '/fixtures/errors.html']) {
      const { page, context } = await open(path);
      await page.locator('journey-story .section-title, journey-story [role="alert"]').first().waitFor();
      await page.waitForTimeout(200);
      assert.deepEqual(await axe(page), [], path);
      await context.close();
    }
  });

  // Every preset in www/themes, as the example page links it: collapsed and expanded.
  const presets = readdirSync(new URL('../../www/themes/', import.meta.url)).map((f) => f.replace(/\.css$/, ''));
  test(`axe-core: no violations with each theme preset (${presets.join(', ')})`, async () => {
    const offered = [...readFileSync(new URL('../../www/examples/themes.html', import.meta.url), 'utf8').matchAll(/value="([a-z-]+)"/g)].map((m) => m[1]);
    assert.deepEqual(offered.sort(), [...presets].sort(), 'the example page offers every preset');
    for (const preset of presets) {
      const { page, context } = await open(`/examples/themes.html?preset=${preset}`);
      await ready(page);
      await page.waitForFunction((name) => [...document.styleSheets].some((s) => s.href?.endsWith(`/themes/${name}.css`)), preset);
      const accent = await page.locator('journey-story').evaluate((el) => getComputedStyle(el).getPropertyValue('--journey-accent').trim());
      assert.match(readFileSync(new URL(`../../www/themes/${preset}.css`, import.meta.url), 'utf8'), new RegExp(`--journey-accent: ${accent};`), preset);
      const collapsed = await axe(page);
      await page.getByRole('button', { name: 'Expand all' }).click();
      const expanded = await axe(page);
      assert.deepEqual([...collapsed, ...expanded], [], preset);
      await context.close();
    }
  });

  test('keyboard only: Tab to the headers, arrows, Home and End move, Enter and Space toggle', async () => {
    const { page, context } = await open('/examples/plain.html');
    await ready(page);
    const header = (name) => page.getByRole('button', { name });
    for (let i = 0; i < 6 && !(await focused(header(/Introduction/))); i++) await page.keyboard.press('Tab');
    assert.ok(await focused(header(/Introduction/)));
    await page.keyboard.press('ArrowDown');
    assert.ok(await focused(header(/My Background/)));
    await page.keyboard.press('Enter');
    assert.equal(await header(/My Background/).getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('End'); // the Conclusion has no button: the last header is Gratitude
    assert.ok(await focused(header(/Gratitude/)));
    await page.keyboard.press('ArrowDown'); // wraps around
    assert.ok(await focused(header(/Introduction/)));
    await page.keyboard.press('ArrowUp');
    assert.ok(await focused(header(/Gratitude/)));
    await page.keyboard.press('Home');
    assert.ok(await focused(header(/Introduction/)));
    await page.keyboard.press(' ');
    assert.equal(await header(/Introduction/).getAttribute('aria-expanded'), 'false');
    // Tab leaves the headers for the page after the widget: no trap.
    const scroll = await page.evaluate(() => window.scrollY);
    assert.equal(typeof scroll, 'number');
    await context.close();
  });

  test('the focus ring is the accent colour; headers sit inside headings; reduced motion stops animation', async () => {
    const { page, context } = await open('/examples/plain.html', { reducedMotion: 'reduce' });
    await ready(page);
    const intro = page.getByRole('button', { name: /Introduction/ });
    for (let i = 0; i < 6 && !(await focused(intro)); i++) await page.keyboard.press('Tab');
    const ring = await intro.evaluate((el) => [getComputedStyle(el).outlineColor, getComputedStyle(el).outlineStyle]);
    assert.deepEqual(ring, ['rgb(11, 87, 208)', 'solid']);
    assert.equal(await page.getByRole('heading', { level: 3, name: /Introduction/ }).locator('button').count(), 1);
    // The chevron is the header's ::after.
    assert.equal(await intro.evaluate((el) => getComputedStyle(el, '::after').transitionDuration), '0s');
    await context.close();
  });
});

describe('reader progress', () => {
  test('opened sections are marked read, remembered per story, and can be reset', async () => {
    const { page, context } = await open('/examples/plain.html');
    await ready(page);
    const count = page.locator('journey-story .read-count');
    // The first section starts open, but the reader has not opened anything yet.
    assert.equal(await count.innerText(), '0 of 8 read');
    await page.getByRole('button', { name: /Introduction/ }).click(); // collapse
    await page.getByRole('button', { name: /Introduction/ }).click(); // and open: read
    await page.getByRole('button', { name: /My Background/ }).click();
    await page.getByRole('button', { name: /Gratitude/ }).click();
    assert.equal(await count.innerText(), '3 of 8 read');
    assert.equal(await page.locator('journey-story .read-mark').count(), 3);
    await page.reload();
    await ready(page);
    assert.equal(await count.innerText(), '3 of 8 read');
    // Continue where they left off: the first unread section opens and takes focus.
    await page.getByRole('button', { name: 'Continue reading' }).click();
    const why = page.getByRole('button', { name: /Why I Chose/ });
    assert.equal(await why.getAttribute('aria-expanded'), 'true');
    await page.waitForFunction(() => document.querySelector('journey-story').shadowRoot.activeElement?.id === 'h-why-i-chose-the-backend-specialization');
    assert.equal(await count.innerText(), '4 of 8 read');
    await page.getByRole('button', { name: 'Reset reading progress' }).click();
    assert.equal(await count.innerText(), '0 of 8 read');
    await page.reload();
    await ready(page);
    assert.equal(await count.innerText(), '0 of 8 read');
    await context.close();
  });

  test('with storage blocked everything still works, without persistence', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${servers.host.origin}/examples/plain.html`);
    await ready(page);
    await page.getByRole('button', { name: /My Background/ }).click();
    assert.equal(await page.locator('journey-story .read-count').innerText(), '1 of 8 read');
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('journey-story .read-count').innerText(), '0 of 8 read');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('deep links', () => {
  test('a link to a section opens it, scrolls to it and focuses it', async () => {
    const { page, context } = await open('/examples/plain.html#alx-backend-journey/growth-and-accomplishments');
    const growth = page.getByRole('button', { name: /Growth and Accomplishments/ });
    await growth.waitFor();
    await page.waitForFunction(() => document.querySelector('journey-story').shadowRoot.activeElement?.id === 'h-growth-and-accomplishments');
    assert.equal(await growth.getAttribute('aria-expanded'), 'true');
    assert.ok(await growth.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }));
    // Following another link later works too.
    await page.evaluate(() => (location.hash = '#alx-backend-journey/gratitude'));
    const gratitude = page.getByRole('button', { name: /Gratitude/ });
    await page.waitForFunction(() => document.querySelector('journey-story').shadowRoot.activeElement?.id === 'h-gratitude');
    assert.equal(await gratitude.getAttribute('aria-expanded'), 'true');
    await context.close();
  });

  test('two widgets never fight over the fragment: it names one by its id', async () => {
    const { page, context } = await open('/examples/two-widgets.html#second/bootcamp');
    await ready(page, '#second');
    await ready(page, '#first');
    await page.waitForFunction(() => document.querySelector('#second').shadowRoot.activeElement?.id === 'h-bootcamp');
    assert.equal(await page.locator('#second [aria-expanded="true"]').count(), 1);
    assert.equal(await page.locator('#first [aria-expanded="true"]').count(), 1); // its default, untouched
    await context.close();
  });

  test('"Copy link" puts the section URL on the clipboard', async () => {
    const { page, context } = await open('/examples/plain.html');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: servers.host.origin });
    await ready(page);
    const panel = page.locator('journey-story #p-introduction');
    await panel.getByRole('link', { name: 'Copy link' }).click();
    await panel.getByRole('status').waitFor();
    assert.equal(await panel.getByRole('status').innerText(), 'Link copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${servers.host.origin}/examples/plain.html#alx-backend-journey/introduction`);
    await context.close();
  });

  test('Expand all and Collapse all; collapsed text stays findable (hidden=until-found)', async () => {
    const { page, context } = await open('/examples/plain.html');
    await ready(page);
    const expanded = () => page.locator('journey-story [aria-expanded="true"]').count();
    await page.getByRole('button', { name: 'Expand all' }).click();
    assert.equal(await expanded(), 8);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    assert.equal(await expanded(), 0);
    const panel = page.locator('journey-story #p-gratitude');
    assert.equal(await panel.getAttribute('hidden'), 'until-found');
    // What the browser does when find-in-page matches text in a collapsed panel.
    await panel.evaluate((el) => {
      el.dispatchEvent(new Event('beforematch', { bubbles: true }));
      el.removeAttribute('hidden');
    });
    await page.waitForFunction(() => document.querySelector('journey-story').shadowRoot.getElementById('h-gratitude').getAttribute('aria-expanded') === 'true');
    assert.equal(await panel.locator('p').first().isVisible(), true);
    await context.close();
  });
});

describe('languages', () => {
  const cases = [
    ['fr', 'Tout déplier', 'Terminé', '5 étapes franchies sur 6', '0 sur 8 lues'],
    ['ar', 'توسيع الكل', 'مكتمل', 'اكتملت 5 من 6 مراحل', 'قرأت 0 من 8'],
    ['sw', 'Fungua zote', 'Imekamilika', 'Hatua 5 kati ya 6 zimekamilika', 'Umesoma 0 kati ya 8'],
    ['en', 'Expand all', 'Done', '5 of 6 milestones done', '0 of 8 read'],
  ];
  for (const [lang, expandAll, done, progress, read] of cases) {
    test(`lang="${lang}": controls, statuses and progress in that language`, async () => {
      const { page, context } = await open('/examples/plain.html');
      await ready(page);
      await page.locator('journey-story').evaluate((el, lang) => el.setAttribute('lang', lang), lang);
      await page.getByRole('button', { name: expandAll }).waitFor();
      assert.equal(await page.locator('journey-story .status-label').first().innerText(), done.toLocaleUpperCase(lang));
      assert.equal(await page.locator('journey-story .progress-text').innerText(), progress);
      assert.equal(await page.locator('journey-story .read-count').innerText(), read);
      assert.equal(await page.locator('journey-story .journey').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await context.close();
    });
  }

  test('error messages are localized too', async () => {
    const { page, context } = await open('/fixtures/blank.html');
    await page.evaluate(() => {
      for (const lang of ['fr', 'ar', 'sw']) {
        const el = document.createElement('journey-story');
        el.id = `e-${lang}`;
        el.lang = lang;
        el.setAttribute('src', '/fixtures/no-such-story.json');
        document.body.append(el);
      }
    });
    const text = async (lang) => {
      const alert = page.locator(`#e-${lang} [role="alert"]`);
      await alert.waitFor();
      return alert.innerText();
    };
    assert.match(await text('fr'), /Ce parcours n'a pas pu être affiché\. Le serveur a répondu HTTP 404/);
    assert.match(await text('ar'), /تعذّر عرض هذه الرحلة\. أجاب الخادم بالرمز HTTP 404/);
    assert.match(await text('sw'), /Safari hii haikuweza kuonyeshwa\. Seva ilijibu HTTP 404/);
    await context.close();
  });

  test("an Arabic story reads right to left with Arabic controls, from the story's lang", async () => {
    const { page, context } = await open('/examples/arabic.html');
    await ready(page);
    const box = page.locator('journey-story .journey');
    assert.equal(await box.getAttribute('dir'), 'rtl');
    assert.equal(await box.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    assert.equal(await page.getByRole('button', { name: 'توسيع الكل' }).count(), 1);
    assert.equal(await page.locator('journey-story .progress-text').innerText(), 'اكتملت 2 من 4 مراحل');
    // Right to left: the timeline marker (the header's ::before, placed from the section's
    // inline start) sits on the right, where the rail is.
    const marker = await page
      .locator('journey-story .toggle')
      .first()
      .evaluate((el) => ['left', 'right'].map((side) => getComputedStyle(el, '::before')[side]));
    assert.equal(marker[1], '0px', `left ${marker[0]}, right ${marker[1]}`);
    assert.notEqual(marker[0], '0px');
    await context.close();
  });

  test("the page's language is the last resort", async () => {
    const { page, context } = await open('/fixtures/blank.html');
    await page.evaluate(() => {
      document.documentElement.lang = 'sw';
      const el = document.createElement('journey-story');
      el.setAttribute('src', '/stories/career-change.json'); // lang "en": the story wins over the page
      document.body.append(el);
      const other = document.createElement('journey-story');
      other.id = 'nolang';
      other.setAttribute('src', '/fixtures/invalid-story.json'); // an error has no story language
      document.body.append(other);
    });
    await page.getByRole('button', { name: 'Expand all' }).waitFor();
    await page.locator('#nolang [role="alert"]').waitFor();
    assert.match(await page.locator('#nolang [role="alert"]').innerText(), /^Safari hii haikuweza kuonyeshwa/);
    await context.close();
  });
});

describe('print and no JavaScript', () => {
  test('printing shows every section expanded and hides the controls', async () => {
    const { page, context } = await open('/examples/plain.html');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const visible = await page.locator('journey-story .panel > p:not(.section-link)').evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).length);
    assert.equal(visible, 8);
    assert.equal(await page.getByRole('button', { name: 'Expand all' }).isVisible(), false);
    const chevron = await page.locator('journey-story button.toggle').first().evaluate((el) => getComputedStyle(el, '::after').display);
    assert.equal(chevron, 'none');
    await context.close();
  });

  test('the server-rendered snippet gives readers without JavaScript the whole story; the widget takes over', async () => {
    const bin = new URL('../../target/debug/journey-story', import.meta.url).pathname;
    assert.ok(existsSync(bin), 'cargo test builds the journey-story command first');
    snippets.seed = execFileSync(bin, ['render', 'www/stories/alx-backend-journey.json'], { cwd: new URL('../../', import.meta.url).pathname, encoding: 'utf8' });
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${servers.host.origin}/nojs.html`);
    const text = await page.locator('journey-story').innerText();
    for (const phrase of ['My ALX Backend Development Specialization Journey', 'Certification and Future Prospects', 'behind the scenes – the server-side magic!']) {
      assert.ok(text.includes(phrase), phrase);
    }
    await noJs.close();
    const { page: live, context } = await open('/nojs.html');
    await live.waitForFunction(() => document.querySelector('journey-story').shadowRoot?.querySelectorAll('.section-title').length === 9);
    // Once the widget renders, the pasted copy is no longer shown.
    assert.equal(await live.locator('journey-story > div.journey').isVisible(), false);
    await context.close();
  });
});
