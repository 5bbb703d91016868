// The npm package is the release build's dist/ itself: `npm pack --dry-run` must hold exactly
// what a site needs (the loader, the content-hashed glue, wasm and stylesheet, the frame page,
// the schema, the manifest and types, the theme presets, the changelog, the command for Node), at the crate's
// version, with every export pointing at a packed file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = resolve(root, process.env.JOURNEY_DIST ?? 'dist/');
const pkg = JSON.parse(readFileSync(resolve(dist, 'package.json'), 'utf8'));
const release = !pkg.version.includes('set-by-the-release-build');

test('the packed package holds exactly what a site needs', { skip: !release && 'a development build is not a package' }, () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dist, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = packed.files.map((f) => f.path).sort();
  const crate = readFileSync(resolve(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(packed.name, 'journey-story');
  assert.equal(packed.version, crate, 'the package has the crate version');
  const expected = [
    'CHANGELOG.md',
    'README.md',
    'cli/journey-story.mjs',
    'cli/journey-story.wasm',
    'custom-elements.json',
    'embed.js',
    'frame.html',
    'frame.js',
    'journey-story.d.ts',
    'package.json',
    'story.schema.json',
  ];
  const hashed = [/^journey-story\.[0-9a-f]{12}\.js$/, /^journey-story\.[0-9a-f]{12}\.css$/, /^journey-story_bg\.[0-9a-f]{12}\.wasm$/];
  const themes = files.filter((f) => f.startsWith('themes/'));
  const rest = files.filter((f) => !f.startsWith('themes/') && !hashed.some((p) => p.test(f)));
  assert.deepEqual(rest, expected);
  for (const p of hashed) assert.equal(files.filter((f) => p.test(f)).length, 1, `one file matching ${p}`);
  assert.ok(themes.length >= 3 && themes.length <= 5 && themes.every((f) => /^themes\/[a-z-]+\.css$/.test(f)), `theme presets: ${themes}`);
  console.log(`# npm pack: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`);
  // Every export, the CDN entry points, the manifest and the types are packed files.
  const targets = [...Object.values(pkg.bin), ...Object.values(pkg.exports).filter((t) => !t.includes('*')), pkg.jsdelivr, pkg.unpkg, pkg.customElements, pkg.types].map((t) => t.replace(/^\.\//, ''));
  for (const t of targets) assert.ok(files.includes(t), `${t} is packed`);
  assert.equal(pkg.jsdelivr, 'embed.js');
  assert.equal(pkg.unpkg, 'embed.js');
});
