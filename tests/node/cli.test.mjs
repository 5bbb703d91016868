// The command for Node (`npx journey-story`, dist/cli/: the native command's Rust code built for
// WASI) against the native command: every input under tests/golden/ (check, import, link,
// publish), standard input, help and usage errors give the same standard output, standard error,
// exit code and written files, byte for byte, and the goldens themselves; then the packed
// package installed in a fresh project runs through `npx`, with no Rust anywhere on its path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argsOf, dist, goldens, native, root } from './goldens.mjs';

const nodeCli = join(dist, 'cli/journey-story.mjs');
const built = existsSync(join(dist, 'cli/journey-story.wasm'));
const skip = !built && 'no command for Node in this dist/ (a development build): scripts/build-release.sh makes it';

const run = (command, args, input, cwd = root) => {
  const [file, argv] = command === 'node' ? [process.execPath, [nodeCli, ...args]] : [command, args];
  const out = spawnSync(file, argv, { cwd, input: input ?? '', encoding: 'utf8', maxBuffer: 64 << 20 });
  return { stdout: out.stdout, stderr: out.stderr, code: out.status };
};

const read = (file) => readFileSync(join(root, file), 'utf8');
const stem = (file) => file.replace(/\.[a-z]+$/, '');

/// Every command line the parity covers, with the golden each part must equal (when there is one).
const cases = () => {
  const list = [];
  for (const file of goldens('tests/golden/check', ['json'])) {
    list.push({ args: ['check', file], golden: { stdoutWithCode: read(`${stem(file)}.out`) } });
  }
  for (const file of goldens('tests/golden/import', ['md', 'html', 'txt'])) {
    const seed = file.endsWith('alx-backend-journey.txt');
    const c = { args: ['import', file, ...argsOf(`${stem(file)}.args`)] };
    if (!seed) c.golden = { stderrWithCode: read(`${stem(file)}.stderr`), stdoutIfOk: existsSync(join(root, `${stem(file)}.json`)) ? read(`${stem(file)}.json`) : '' };
    list.push(c);
  }
  for (const file of goldens('tests/golden/link', ['args'])) {
    const url = `${stem(file)}.url`;
    list.push({ args: ['link', ...argsOf(file)], golden: { stderrWithCode: read(`${stem(file)}.stderr`), stdoutIfOk: existsSync(join(root, url)) ? read(url) : '' } });
  }
  const seedText = read('tests/golden/import/alx-backend-journey.txt');
  const seedStory = read('www/stories/alx-backend-journey.json');
  list.push({ args: ['check', '-'], input: seedStory });
  list.push({ args: ['check', '-'], input: '{"version": 1, "title": 3' });
  list.push({ args: ['check', 'www/stories/alx-backend-journey.json', 'no/such/file.json', 'tests/golden/check/not-utf8.json'] });
  list.push({ args: ['import', '-', '--author', 'Ademola Adebowale'], input: seedText });
  list.push({ args: ['import', '-', '--author', 'A'], input: '' });
  list.push({ args: ['render', 'www/stories/alx-backend-journey.json', '--open', 'all'] });
  for (const help of [['--help'], ['help', 'import'], ['check', '-h'], ['render', '--help'], ['link', '--help'], ['publish', '--help']]) list.push({ args: help });
  for (const usage of [[], ['frobnicate'], ['import'], ['import', 'a.md', '--bogus'], ['check'], ['publish', 'www/stories/alx-backend-journey.json']]) list.push({ args: usage });
  return list;
};

test('the command for Node prints what the native command prints, for every golden input', { skip }, () => {
  const bin = native();
  const failures = [];
  const codes = new Set();
  for (const c of cases()) {
    const want = run(bin, c.args, c.input);
    const got = run('node', c.args, c.input);
    codes.add(got.code);
    const name = `journey-story ${c.args.join(' ')}${c.input === undefined ? '' : ' < input'}`;
    for (const part of ['stdout', 'stderr', 'code']) {
      if (got[part] !== want[part]) failures.push(`${name}: ${part} differs\n--- native\n${want[part]}\n--- node\n${got[part]}`);
    }
    const g = c.golden;
    if (g?.stdoutWithCode !== undefined && `${got.stdout}[exit ${got.code}]\n` !== g.stdoutWithCode) failures.push(`${name}: differs from its golden`);
    if (g?.stderrWithCode !== undefined && `${got.stderr}[exit ${got.code}]\n` !== g.stderrWithCode) failures.push(`${name}: standard error differs from its golden`);
    if (g?.stdoutIfOk !== undefined && got.code === 0 && got.stdout !== g.stdoutIfOk) failures.push(`${name}: output differs from its golden`);
  }
  assert.deepEqual(failures, []);
  // Each exit code the command has was seen: ok, invalid story, usage.
  for (const code of [0, 1, 2]) assert.ok(codes.has(code), `exit code ${code} covered`);
});

test('files the command writes are the same from Node: import -o and publish', { skip }, () => {
  const bin = native();
  const out = mkdtempSync(join(tmpdir(), 'journey-cli-'));
  for (const [who, cmd] of [['native', bin], ['node', 'node']]) {
    const imported = run(cmd, ['import', 'tests/golden/import/alx-backend-journey.txt', '--author', 'Ademola Adebowale', '-o', join(out, `${who}.json`)]);
    assert.equal(imported.code, 0, imported.stderr);
    const published = run(cmd, ['publish', 'www/stories/alx-backend-journey.json', '--base', 'https://site.example/journeys/', '-o', join(out, who)]);
    assert.equal(published.code, 0, published.stderr);
  }
  assert.equal(readFileSync(join(out, 'node.json'), 'utf8'), readFileSync(join(out, 'native.json'), 'utf8'));
  const names = readdirSync(join(out, 'native')).sort();
  assert.deepEqual(readdirSync(join(out, 'node')).sort(), names);
  for (const name of names) assert.equal(readFileSync(join(out, 'node', name), 'utf8'), readFileSync(join(out, 'native', name), 'utf8'), name);
  assert.equal(readFileSync(join(out, 'node', 'alx-backend-journey.html'), 'utf8'), read('tests/golden/publish/alx-backend-journey.html'));
});

test('a site installs the package and runs npx journey-story check in its own CI', { skip: skip || (!JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8')).bin && 'no bin') }, () => {
  const site = mkdtempSync(join(tmpdir(), 'journey-site-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', site], { cwd: dist, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  writeFileSync(join(site, 'package.json'), '{"name": "a-school-site", "private": true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${packed.filename}`], { cwd: site, stdio: 'ignore' });
  writeFileSync(join(site, 'good.json'), read('www/stories/alx-backend-journey.json'));
  writeFileSync(join(site, 'bad.json'), read('tests/golden/check/wrong-types.json'));
  // npx finds the installed bin; PATH without cargo shows nothing else is needed.
  const env = { ...process.env, PATH: `${join(process.execPath, '..')}:/usr/bin:/bin` };
  const npx = (args) => spawnSync('npx', ['--no-install', 'journey-story', ...args], { cwd: site, env, encoding: 'utf8' });
  const good = npx(['check', 'good.json']);
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /^good\.json: ok, 9 sections, 1 warning$/m);
  const bad = npx(['check', 'good.json', 'bad.json']);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^bad\.json:\d+:\d+: error: /m);
  assert.equal(bad.stderr, '');
  const imported = npx(['import', 'good.json']);
  assert.equal(imported.status, 1, 'a story file is not a post: import says so');
});
