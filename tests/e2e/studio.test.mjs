// The studio (dist/studio/) the way a student uses it: paste a post, fix what the check says,
// preview, download, copy the embed code into a school page; templates, opening and dropping a
// file, autosave, the unsaved-changes prompt, keyboard reordering, languages, axe-core, and no
// request after load (it keeps working offline).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServers } from './servers.mjs';
import { launch, openPage } from './browser.mjs';

const file = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const seedText = file('tests/golden/import/alx-backend-journey.txt');
const seed = file('www/stories/alx-backend-journey.json');
const axeSource = file('node_modules/axe-core/axe.min.js');
const STATUSES = {
  'My Background': 'done',
  'Why I Chose the Backend Specialization': 'done',
  'Expectations and Learning Objectives': 'done',
  'Highlights of the Program': 'done',
  'Growth and Accomplishments': 'done',
  'Certification and Future Prospects': 'current',
};

// A school page made of whatever the author pasted (set per test), on another origin.
let pasted = '';
let uploaded = '';
const routes = {
  '/school/page.html': (_q, res, h) =>
    res.writeHead(200, { ...h, 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>School</title></head>
<body><main>${pasted}</main></body></html>`),
  '/school/my-journey.json': (_q, res, h) => res.writeHead(200, { ...h, 'content-type': 'application/json' }).end(uploaded),
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

async function studio(options = {}) {
  const opened = await openPage(browser, `${servers.widget.origin}/studio/`, options);
  await opened.page.getByRole('heading', { level: 1 }).waitFor();
  await opened.page.getByLabel('Paste your post').waitFor();
  return opened;
}

/** The fieldset of the section whose legend is "Section N: …". */
const sectionBox = (page, n) => page.locator('fieldset').filter({ has: page.locator('legend', { hasText: new RegExp(`^Section ${n}:`) }) });
const summary = (page) => page.getByRole('status').filter({ hasText: /Ready to publish|problem/ });
/** Sections the preview widget shows, and its title. */
const preview = (page) =>
  page.evaluate(() => {
    const root = document.getElementById('preview')?.shadowRoot;
    return { sections: root?.querySelectorAll('[part~="section"]').length ?? 0, title: root?.querySelector('[part~="title"]')?.textContent ?? '' };
  });

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
}

async function importSeed(page) {
  await page.getByLabel('Paste your post').fill(seedText);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('heading', { name: 'Import remarks' }).waitFor();
}

describe('studio', () => {
  test("a newcomer's path: paste the post, set author and statuses, preview, download the exact story, embed it", async () => {
    const { page, context, errors } = await studio({ acceptDownloads: true });
    await importSeed(page);
    const remarks = await page.getByRole('listitem').filter({ hasText: 'repaired mis-decoded text' }).allTextContents();
    assert.ok(remarks.some((r) => r.includes(':9:125:')), `the repair is reported where it is: ${remarks}`);
    // No author yet: the check says so beside the field.
    await assert.doesNotReject(page.getByLabel('Author name').and(page.locator('[aria-invalid="true"]')).waitFor());
    assert.match(await summary(page).textContent(), /\d+ problems?/);
    await page.getByLabel('Author name').fill('Ademola Adebowale');
    await page.getByLabel('Story language').fill('en');
    for (let n = 1; n <= 9; n += 1) {
      const box = sectionBox(page, n);
      const title = await box.getByLabel('Section title').inputValue();
      if (STATUSES[title]) await box.getByLabel('Status').selectOption(STATUSES[title]);
    }
    await page.waitForFunction(() => document.getElementById('preview')?.shadowRoot?.querySelectorAll('[part~="section"]').length === 9);
    assert.deepEqual(await preview(page), { sections: 9, title: 'My ALX Backend Development Specialization Journey' });
    assert.equal(await summary(page).textContent(), 'Ready to publish, 1 warning');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download story.json' }).click()]);
    assert.equal(download.suggestedFilename(), 'story.json');
    const bytes = readFileSync(await download.path(), 'utf8');
    assert.equal(bytes, seed, 'byte for byte the committed story');

    // Every way to embed it works when pasted into a school page on another origin.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: servers.widget.origin });
    for (const way of ['Inline story', 'Script tag', 'Frame', 'No-JavaScript HTML']) {
      await page.getByLabel('Embed as').selectOption({ label: way });
      await page.getByRole('button', { name: 'Copy embed code' }).click();
      await page.getByText('Copied').waitFor();
      pasted = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(pasted, await page.getByLabel('Embed code').inputValue(), way);
      uploaded = bytes;
      if (way === 'Script tag') pasted = pasted.replace(/src="[^"]*\.json"/, 'src="my-journey.json"');
      const school = await openPage(browser, `${servers.host.origin}/school/page.html`);
      if (way === 'Frame') {
        // The frame page names its story in its (visually hidden) h1 once the story is shown.
        const frame = school.page.frameLocator('iframe');
        await frame.locator('h1', { hasText: 'My ALX Backend Development Specialization Journey' }).waitFor({ state: 'attached', timeout: 15000 });
      } else if (way === 'No-JavaScript HTML') {
        const text = await school.page.locator('main').textContent();
        assert.ok(text.includes('My Background') && text.includes('Certification and Future Prospects'), way);
      } else {
        await school.page.waitForFunction(() => document.querySelector('journey-story')?.shadowRoot?.querySelectorAll('[part~="section"]').length === 9, null, { timeout: 15000 });
      }
      assert.deepEqual(school.errors, [], way);
      await school.context.close();
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('templates and the problems list: each problem is at its field, and a click goes there', async () => {
    const { page, context } = await studio();
    for (const name of ['Bootcamp', 'Degree', 'Career change', 'Apprenticeship', 'Example: ALX Backend journey']) {
      await page.getByLabel('Template').selectOption({ label: name });
      await page.getByRole('button', { name: 'Use template' }).click();
      await page.waitForFunction(() => (document.getElementById('preview')?.shadowRoot?.querySelectorAll('[part~="section"]').length ?? 0) > 0);
      assert.match(await summary(page).textContent(), /^Ready to publish/, name);
    }
    await page.getByLabel('Template').selectOption({ label: 'Bootcamp' });
    await page.getByRole('button', { name: 'Use template' }).click();
    await sectionBox(page, 1).getByLabel('Section title').fill('');
    await page.getByRole('button', { name: /^error: sections\[0\]\.title/ }).waitFor();
    assert.equal(await summary(page).textContent(), '1 problem');
    const field = sectionBox(page, 1).getByLabel('Section title');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const described = await field.getAttribute('aria-describedby');
    assert.match(await page.locator(`[id="${described.split(' ')[0]}"]`).textContent(), /title/);
    await page.getByRole('button', { name: /^error: sections\[0\]\.title/ }).click();
    assert.ok(await field.evaluate((el) => el === document.activeElement), 'the problem focuses its field');
    await context.close();
  });

  test('sections are added, moved and removed from the keyboard, focus following the section', async () => {
    const { page, context } = await studio();
    await page.getByLabel('Template').selectOption({ label: 'Degree' });
    await page.getByRole('button', { name: 'Use template' }).click();
    const first = await sectionBox(page, 1).getByLabel('Section title').inputValue();
    const second = await sectionBox(page, 2).getByLabel('Section title').inputValue();
    assert.ok(await sectionBox(page, 1).getByRole('button', { name: 'Move up' }).isDisabled());
    await sectionBox(page, 1).getByRole('button', { name: 'Move down' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await sectionBox(page, 1).getByLabel('Section title').inputValue(), second);
    assert.equal(await sectionBox(page, 2).getByLabel('Section title').inputValue(), first);
    const focused = await page.evaluate(() => [document.activeElement.textContent, document.activeElement.closest('fieldset')?.querySelector('legend')?.textContent]);
    assert.equal(focused[0], 'Move down');
    assert.match(focused[1], new RegExp(`^Section 2: ${first}`));
    const count = await page.locator('fieldset').count();
    await page.getByRole('button', { name: 'Add section' }).press('Enter');
    assert.equal(await page.locator('fieldset').count(), count + 1);
    assert.ok(await sectionBox(page, count + 1).getByLabel('Section title').evaluate((el) => el === document.activeElement), 'a new section focuses its title');
    await page.keyboard.type('Next steps');
    await sectionBox(page, count + 1).getByRole('button', { name: 'Remove section' }).press('Enter');
    assert.equal(await page.locator('fieldset').count(), count);
    await context.close();
  });

  test('opening and dropping a story.json; a broken file gets a clear message', async () => {
    const { page, context } = await studio();
    await page.getByLabel('Open story.json').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(file('www/stories/career-change.json')) });
    const careerTitle = JSON.parse(file('www/stories/career-change.json')).title;
    await page.waitForFunction((t) => document.querySelector('input') && [...document.querySelectorAll('input')].some((i) => i.value === t), careerTitle);
    assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), careerTitle);
    // Dropped anywhere on the studio.
    const dropped = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'story.json', { type: 'application/json' }));
      return data;
    }, seed);
    await page.dispatchEvent('h1', 'dragover', { dataTransfer: dropped });
    await page.dispatchEvent('h1', 'drop', { dataTransfer: dropped });
    await page.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'My ALX Backend Development Specialization Journey'));
    await page.getByLabel('Open story.json').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "title": ') });
    await page.getByRole('alert').filter({ hasText: /JSON/ }).waitFor();
    await context.close();
  });

  test('the draft survives a reload, and leaving with changes not downloaded asks first', async () => {
    const { page, context } = await studio({ acceptDownloads: true });
    await page.getByLabel('Template').selectOption({ label: 'Apprenticeship' });
    await page.getByRole('button', { name: 'Use template' }).click();
    await page.getByLabel('Title', { exact: true }).fill('My apprenticeship, year one');
    await page.reload();
    await page.getByLabel('Title', { exact: true }).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'My apprenticeship, year one'));
    await page.getByLabel('Author name').fill('Sam');
    const asked = new Promise((resolve) =>
      page.once('dialog', async (d) => {
        resolve(d.type());
        await d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');
    // Once downloaded, leaving is silent.
    const again = await context.newPage();
    await again.goto(`${servers.widget.origin}/studio/`);
    await again.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Sam'));
    await Promise.all([again.waitForEvent('download'), again.getByRole('button', { name: 'Download story.json' }).click()]);
    let dialogs = 0;
    again.on('dialog', (d) => {
      dialogs += 1;
      d.dismiss();
    });
    await again.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(dialogs, 0);
    await context.close();
  });

  test('once loaded it needs no network: import, edit and preview offline, with no request at all', async () => {
    const { page, context, requests } = await studio();
    await page.waitForFunction(() => document.getElementById('preview'));
    await page.waitForLoadState('networkidle');
    const loaded = requests.length;
    await context.setOffline(true);
    await importSeed(page);
    await page.getByLabel('Author name').fill('Ademola Adebowale');
    await page.waitForFunction(() => document.getElementById('preview')?.shadowRoot?.querySelectorAll('[part~="section"]').length === 9);
    await page.getByLabel('Template').selectOption({ label: 'Bootcamp' });
    await page.getByRole('button', { name: 'Use template' }).click();
    await page.getByLabel('Embed as').selectOption({ label: 'Frame' });
    assert.deepEqual(requests.slice(loaded), [], 'no request after load');
    assert.ok(requests.every((r) => r.startsWith(servers.widget.origin) || r.startsWith('data:') || r.startsWith('blob:')), `only the studio's own files: ${requests}`);
    await context.close();
  });

  test('axe-core finds no violations, light and dark, empty and with a story; the preview follows Dark preview', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context } = await studio({ colorScheme });
      assert.deepEqual(await axe(page), [], `${colorScheme}, empty`);
      await importSeed(page);
      // No author yet: problems at their fields, and the preview says why it shows nothing.
      await page.getByLabel('Author name').and(page.locator('[aria-invalid="true"]')).waitFor();
      assert.deepEqual(await axe(page), [], `${colorScheme}, with the seed and its problems`);
      await page.getByLabel('Author name').fill('Ademola Adebowale');
      await page.waitForFunction(() => (document.getElementById('preview')?.shadowRoot?.querySelectorAll('[part~="section"]').length ?? 0) === 9);
      assert.deepEqual(await axe(page), [], `${colorScheme}, with the seed shown`);
      await page.getByLabel('Dark preview').check();
      assert.equal(await page.locator('#preview').getAttribute('theme'), 'dark');
      await page.getByLabel('Dark preview').uncheck();
      assert.equal(await page.locator('#preview').getAttribute('theme'), 'light');
      await context.close();
    }
  });

  test('translated: French, Arabic (right to left) and Swahili', async () => {
    const { page, context } = await studio();
    const english = await page.getByRole('heading', { level: 1 }).textContent();
    for (const [label, lang, dir] of [['Français', 'fr', 'ltr'], ['العربية', 'ar', 'rtl'], ['Kiswahili', 'sw', 'ltr']]) {
      await page.locator('select').first().selectOption({ label });
      await page.waitForFunction(([l]) => document.documentElement.lang === l, [lang]);
      assert.equal(await page.evaluate(() => document.documentElement.dir), dir, label);
      assert.notEqual(await page.getByRole('heading', { level: 1 }).textContent(), english, label);
      assert.deepEqual(await axe(page), [], label);
    }
    await context.close();
  });
});
