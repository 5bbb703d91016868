// End-to-end: the built dist/ embedded from another origin into host pages, in real Chromium,
// checked by what a reader sees and does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './servers.mjs';
import { launch, openPage } from './browser.mjs';

const SEED_TITLES = [
  'Introduction',
  'My Background',
  'Why I Chose the Backend Specialization',
  'Expectations and Learning Objectives',
  'Highlights of the Program',
  'Growth and Accomplishments',
  'Certification and Future Prospects',
  'Gratitude',
  'Conclusion',
];

let servers;
let browser;
before(async () => {
  servers = await startServers();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

const open = (path, options) => openPage(browser, `${servers.host.origin}${path}`, options);

describe('the seed story on a plain host page from another origin', () => {
  test('renders all nine section titles and the progress', async () => {
    const { page, context, requests, errors } = await open('/examples/plain.html');
    const titles = page.locator('journey-story .section-title');
    await titles.first().waitFor();
    assert.deepEqual(await titles.allInnerTexts(), SEED_TITLES);
    assert.equal(await page.locator('journey-story h2').innerText(), 'My ALX Backend Development Specialization Journey');
    assert.equal(await page.locator('journey-story .progress-text').innerText(), '5 of 6 milestones done');
    const bar = page.getByRole('progressbar', { name: 'Journey progress' });
    assert.equal(await bar.getAttribute('value'), '5');
    assert.equal(await bar.getAttribute('max'), '6');
    // The widget's files came from the widget origin; nothing left loopback.
    assert.ok(requests.some((u) => u === `${servers.widget.origin}/embed.js`));
    assert.ok(requests.some((u) => new RegExp(`^${servers.widget.origin}/journey-story_bg(\\.[0-9a-f]{12})?\\.wasm$`).test(u)));
    for (const url of requests) {
      assert.ok(
        url.startsWith(servers.widget.origin) || url.startsWith(servers.host.origin) || url.startsWith('data:'),
        `unexpected request ${url}`,
      );
    }
    assert.deepEqual(errors, []);
    // The repaired dash reads as a real en dash.
    await page.getByRole('button', { name: /Why I Chose/ }).click();
    assert.match(await page.locator('journey-story #p-why-i-chose-the-backend-specialization').innerText(), /behind the scenes – the server-side magic!/);
    await context.close();
  });

  test('clicking a header expands and collapses its section', async () => {
    const { page, context } = await open('/examples/plain.html');
    const header = page.getByRole('button', { name: /My Background/ });
    const panel = page.locator('journey-story #p-my-background');
    await header.waitFor();
    const text = panel.locator('p').first();
    assert.equal(await header.getAttribute('aria-expanded'), 'false');
    assert.equal(await header.getAttribute('aria-controls'), 'p-my-background');
    assert.equal(await text.isVisible(), false);
    await header.click();
    assert.equal(await header.getAttribute('aria-expanded'), 'true');
    assert.equal(await text.isVisible(), true);
    assert.match(await panel.innerText(), /solid foundation in programming/);
    await header.click();
    assert.equal(await header.getAttribute('aria-expanded'), 'false');
    assert.equal(await text.isVisible(), false);
    // The first section started open (open="first" is the default) and stays open.
    assert.equal(await page.getByRole('button', { name: /Introduction/ }).getAttribute('aria-expanded'), 'true');
    await context.close();
  });

  test('keyboard: Tab reaches a header, Enter and Space toggle it', async () => {
    const { page, context } = await open('/examples/plain.html');
    const intro = page.getByRole('button', { name: /Introduction/ });
    await intro.waitFor();
    // The fallback link is hidden; the first stops are the toolbar's buttons, then the headers.
    await page.keyboard.press('Tab');
    assert.equal(await page.getByRole('button', { name: 'Expand all' }).evaluate((el) => el.matches(':focus')), true);
    for (let i = 0; i < 4 && !(await intro.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
    assert.equal(await intro.evaluate((el) => el.matches(':focus')), true);
    await page.keyboard.press('Enter');
    assert.equal(await intro.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press(' ');
    assert.equal(await intro.getAttribute('aria-expanded'), 'true');
    await context.close();
  });

  test('the section without text is a heading, not an empty panel', async () => {
    const { page, context } = await open('/examples/plain.html');
    await page.locator('journey-story .section-title').first().waitFor();
    assert.equal(await page.getByRole('button', { name: /Conclusion/ }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: /Conclusion/ }).count(), 1);
    await context.close();
  });

  test('the current section stands out in the accent colour', async () => {
    const { page, context } = await open('/examples/plain.html');
    const current = page.locator('journey-story [data-status="current"] .section-title');
    await current.waitFor();
    const done = page.locator('journey-story [data-status="done"] .section-title').first();
    const [c, d] = [await current.evaluate((el) => getComputedStyle(el).color), await done.evaluate((el) => getComputedStyle(el).color)];
    assert.notEqual(c, d);
    assert.equal(c, 'rgb(11, 87, 208)');
    assert.equal(await page.locator('journey-story [data-status="current"] .status-label').innerText(), 'CURRENT');
    await context.close();
  });
});

describe('the preview page (dist/index.html, what trunk serve shows)', () => {
  test('shows the seed story, or the story named by ?story=', async () => {
    const page = await browser.newPage();
    await page.goto(`${servers.widget.origin}/`);
    await page.locator('journey-story .section-title').first().waitFor();
    assert.equal(await page.locator('journey-story .section-title').count(), 9);
    await page.goto(`${servers.widget.origin}/?story=stories/career-change.json`);
    await page.locator('journey-story .section-title').first().waitFor();
    assert.equal(await page.locator('journey-story h2').innerText(), 'From Classroom to Codebase');
    await page.close();
  });
});

describe('theming', () => {
  test('a host-set --journey-accent on an ancestor changes the colour inside the widget', async () => {
    const { page, context } = await open('/examples/custom-theme.html');
    const current = page.locator('journey-story [data-status="current"] .section-title');
    await current.waitFor();
    assert.equal(await current.evaluate((el) => getComputedStyle(el).color), 'rgb(194, 24, 91)');
    const box = page.locator('journey-story .journey');
    assert.equal(await box.evaluate((el) => getComputedStyle(el).fontFamily), 'Georgia, "Times New Roman", serif');
    // Changing the variable on the element itself wins over the ancestor's value.
    await page.locator('journey-story').evaluate((el) => el.style.setProperty('--journey-accent', 'rgb(0, 128, 0)'));
    assert.equal(await current.evaluate((el) => getComputedStyle(el).color), 'rgb(0, 128, 0)');
    await context.close();
  });

  test('theme="dark" and theme="auto" follow the attribute and the reader', async () => {
    const { page, context } = await open('/examples/dark.html');
    const box = page.locator('journey-story .journey');
    await box.waitFor();
    assert.equal(await box.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(15, 20, 25)');
    await context.close();
    const auto = await open('/examples/plain.html', { colorScheme: 'dark' });
    const autoBox = auto.page.locator('journey-story .journey');
    await autoBox.waitFor();
    assert.equal(await autoBox.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(15, 20, 25)');
    await auto.context.close();
    const light = await open('/examples/plain.html', { colorScheme: 'light' });
    const lightBox = light.page.locator('journey-story .journey');
    await lightBox.waitFor();
    assert.equal(await lightBox.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 255, 255)');
    await light.context.close();
  });
});

describe('several widgets on one page', () => {
  test('two widgets with different stories work independently (one element, one div)', async () => {
    const { page, context } = await open('/examples/two-widgets.html');
    const first = page.locator('#first');
    const second = page.locator('#second');
    await first.locator('.section-title').first().waitFor();
    await second.locator('.section-title').first().waitFor();
    assert.equal(await first.locator('h2').innerText(), 'My ALX Backend Development Specialization Journey');
    assert.equal(await second.locator('h2').innerText(), 'From Classroom to Codebase');
    assert.equal(await second.locator('.progress-text').innerText(), '2 of 4 milestones done');
    // data-journey-open="none" on the div: everything starts collapsed there.
    assert.equal(await second.locator('[aria-expanded="true"]').count(), 0);
    await second.getByRole('button', { name: /Software Engineering Bootcamp/ }).click();
    assert.equal(await second.locator('[aria-expanded="true"]').count(), 1);
    assert.equal(await first.locator('[aria-expanded="true"]').count(), 1);
    assert.equal(await first.getByRole('button', { name: /Introduction/ }).getAttribute('aria-expanded'), 'true');
    // Highlights, skills, period and links of the second story.
    const bootcamp = second.locator('#p-bootcamp');
    assert.deepEqual(await bootcamp.locator('.highlights li').allInnerTexts(), ['Built a REST API used by 3 other cohorts', 'Top 5% in peer reviews']);
    assert.deepEqual(await bootcamp.locator('.skills li').allInnerTexts(), ['C', 'Python', 'SQL', 'Linux']);
    const link = bootcamp.getByRole('link', { name: 'programme page' });
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await second.locator('.period').first().innerText(), '2015–2021');
    await context.close();
  });

  test('a 404 story and an invalid story each show their own error; the rest keeps working', async () => {
    const { page, context, console: logs } = await open('/fixtures/errors.html');
    const missing = page.locator('#missing [role="alert"]');
    const invalid = page.locator('#invalid [role="alert"]');
    await missing.waitFor();
    await invalid.waitFor();
    assert.match(await missing.innerText(), /HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/fixtures\/no-such-story\.json/);
    assert.match(await invalid.innerText(), /sections\[3\]\.title: expected a string, found a number/);
    // The host's fallback link stays visible next to the message.
    assert.equal(await page.getByRole('link', { name: 'Read it as a page' }).isVisible(), true);
    // A 404 is not retryable; nothing to click.
    assert.equal(await page.locator('#missing .retry').count(), 0);
    const good = page.locator('#good .section-title');
    await good.first().waitFor();
    assert.equal(await good.count(), 9);
    assert.equal(await page.locator('#host-text').isVisible(), true);
    assert.ok(logs.some((l) => l.startsWith('error: [journey-story]') && l.includes('HTTP 404')));
    assert.ok(logs.some((l) => l.startsWith('error: [journey-story]') && l.includes('sections[3].title')));
    await context.close();
  });
});

describe('lifecycle', () => {
  test('changing src re-renders; removing the element destroys its app; re-adding renders again', async () => {
    const { page, context, errors } = await open('/examples/plain.html');
    const el = page.locator('journey-story');
    await el.locator('.section-title').first().waitFor();
    await el.evaluate((e) => e.setAttribute('src', '../stories/career-change.json'));
    await page.waitForFunction(() => document.querySelector('journey-story').shadowRoot.querySelector('h2')?.textContent === 'From Classroom to Codebase');
    const counts = await page.evaluate(async () => {
      const e = document.querySelector('journey-story');
      const root = e.shadowRoot;
      e.remove();
      const afterRemove = root.querySelectorAll('.section').length;
      document.body.append(e);
      await new Promise((r) => setTimeout(r, 300));
      return { afterRemove, afterAdd: root.querySelectorAll('.section').length };
    });
    assert.deepEqual(counts, { afterRemove: 0, afterAdd: 4 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an element without src explains what is missing', async () => {
    const { page, context } = await open('/examples/plain.html');
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('journey-story'), { id: 'nosrc' })));
    const alert = page.locator('#nosrc [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /add a src attribute/);
    await context.close();
  });
});
