// The studio's wasm against the command line: every input under tests/golden/ goes through the
// studio's exports (the same `author` code, compiled for the browser with the studio) and
// through the native `journey-story`, and the stories, the remarks, the errors and the check
// reports must be identical. The studio's glue runs in Node here, given the wasm's bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { argsOf, dist, goldens, native, root } from './goldens.mjs';

const studioDir = join(dist, 'studio');
const files = existsSync(studioDir) ? readdirSync(studioDir) : [];
const glue = files.find((f) => /^journey-story-studio[-.][0-9a-f]+\.js$/.test(f) || f === 'journey-story-studio.js');
const wasm = files.find((f) => /^journey-story-studio[-.][0-9a-f_]*bg\.wasm$/.test(f) || /^journey-story-studio.*_bg\.wasm$/.test(f));
const skip = !(glue && wasm) && `no studio in ${studioDir}`;

const studio = async () => {
  const module = await import(pathToFileURL(join(studioDir, glue)).href);
  await module.default({ module_or_path: readFileSync(join(studioDir, wasm)) });
  return module;
};
const cli = (bin, args) => {
  const out = spawnSync(bin, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { stdout: out.stdout, lines: out.stderr.split('\n').filter((l) => l !== ''), code: out.status };
};
// The command prints terminal controls in quoted text as U+FFFD (`io::printable`), so a story
// cannot drive the terminal; the studio shows text in a page, where that is not needed.
const printable = (line) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');

test('every golden post imports to the same story, remarks and errors in the studio as with the command', { skip }, async () => {
  const bin = native();
  const { importPost } = await studio();
  const failures = [];
  const inputs = goldens('tests/golden/import', ['md', 'html', 'txt']);
  assert.ok(inputs.length >= 20, `golden posts: ${inputs.length}`);
  let stories = 0;
  for (const file of inputs) {
    const flags = argsOf(file.replace(/\.[a-z]+$/, '.args'));
    const want = cli(bin, ['import', file, ...flags]);
    const got = importPost(readFileSync(join(root, file)), file, flags);
    // The command's last line is its summary ("wrote N sections…") or its error, prefixed.
    const last = want.lines.at(-1);
    const remarks = want.lines.slice(0, -1);
    if (want.code === 0) {
      stories += 1;
      if (got.story !== want.stdout) failures.push(`${file}: the story differs`);
      if (got.error !== null) failures.push(`${file}: the studio failed: ${got.error}`);
    } else if (`journey-story: ${printable(got.error)}` !== last) {
      failures.push(`${file}: error differs\n  native: ${last}\n  studio: ${got.error}`);
    }
    assert.ok(Array.isArray(got.remarks));
    if (JSON.stringify(got.remarks.map(printable)) !== JSON.stringify(remarks)) failures.push(`${file}: remarks differ\n  native: ${remarks.join('\n          ')}\n  studio: ${got.remarks.join('\n          ')}`);
  }
  assert.deepEqual(failures, []);
  assert.ok(stories >= 15 && stories < inputs.length, `stories imported: ${stories} (and some errors) of ${inputs.length}`);
});

test('every golden story checks to the same report in the studio as with the command', { skip }, async () => {
  const bin = native();
  const { checkStory } = await studio();
  const stories = [...goldens('tests/golden/check', ['json']), 'www/stories/alx-backend-journey.json', 'www/stories/career-change.json'];
  for (const file of stories) {
    const want = cli(bin, ['check', file]).stdout;
    assert.equal(checkStory(readFileSync(join(root, file)), file), want, file);
  }
});
