// Trunk post-build hook (Trunk.toml). Every build, `trunk serve` too: the studio, which
// scripts/preview.sh and scripts/build-release.sh build beforehand (www/studio/Trunk.toml) into
// JOURNEY_STUDIO_DIST (default target/studio), goes to dist/studio/, beside the widget its
// preview embeds.
// Release builds only: makes the files a page downloads small and tamper-evident.
// 1. esbuild minifies the stylesheet (Trunk copies it as it is), the wasm-bindgen glue and
//    frame.js (esbuild's output is smaller than Trunk's), and wasm-opt runs a second -Oz pass
//    over the wasm (0.4 KB gzip less than Trunk's one pass), with the same feature flags.
// 2. The glue, the wasm and the stylesheet get content-hashed names, so a version of one can
//    never be served with another's (old copies stay valid in caches under their own names).
// 3. embed.js gets those names and their sha384 hashes written in (esbuild `define`), and loads
//    each file with that integrity: one `integrity` on the script tag of embed.js then
//    verifies every byte that runs. The build prints it (sha384).
// 4. package.json (the npm package is dist/ itself) gets the crate's version, so the package,
//    the command line and the crate never disagree; the README and the changelog go beside it.
// 5. The command line for Node (the package's `bin`): www/cli/journey-story.mjs and the WASI
//    build of the native command that scripts/build-release.sh made (JOURNEY_CLI_WASM), through
//    wasm-opt -Oz.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
const path = (name) => join(dir, name);

const studio = process.env.JOURNEY_STUDIO_DIST ?? join(process.env.TRUNK_SOURCE_DIR ?? '.', 'target/studio');
if (existsSync(join(studio, 'index.html'))) await cp(studio, path('studio'), { recursive: true });
else if (process.env.TRUNK_PROFILE === 'release') throw new Error(`no studio in ${studio}: build releases with scripts/build-release.sh`);

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

// `es2022`: what the widget already requires (module scripts, class fields).
const minify = async (name, loader, options = {}) => {
  const source = await readFile(path(name), 'utf8');
  const { code } = await transform(source, { loader, minify: true, target: 'es2022', legalComments: 'none', ...(loader === 'js' ? { format: 'esm' } : {}), ...options });
  await writeFile(path(name), code);
};
const sri = (bytes, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

await minify('journey-story.css', 'css');
await minify('journey-story.js', 'js');
await minify('frame.js', 'js');
// The feature flags have one home: the rust link in index.html, which Trunk's own pass reads.
const html = await readFile(process.env.TRUNK_HTML_FILE ?? 'index.html', 'utf8');
const flags = html.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean) ?? [];
// The producers and target-features sections only describe the build: 0.2 KB nobody reads.
execFileSync('wasm-opt', ['-Oz', ...flags, '--strip-producers', '--strip-target-features', path('journey-story_bg.wasm'), '-o', path('journey-story_bg.wasm')], { stdio: 'inherit' });

const files = {};
for (const [key, name] of [
  ['glue', 'journey-story.js'],
  ['wasm', 'journey-story_bg.wasm'],
  ['css', 'journey-story.css'],
]) {
  const bytes = await readFile(path(name));
  const tag = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const hashed = name.replace(/\.(js|wasm|css)$/, `.${tag}.$1`);
  await rename(path(name), path(hashed));
  // sha256 inside embed.js (shorter, as strong here); sha384 for the script tag, as SRI advises.
  files[key] = [hashed, sri(bytes, 'sha256')];
}
await minify('embed.js', 'js', { define: { JOURNEY_FILES: JSON.stringify(files) } });
console.log(`journey-story: embed.js integrity="${sri(await readFile(path('embed.js')))}"`);
for (const [name, integrity] of Object.values(files)) console.log(`journey-story: ${name} ${integrity}`);

const cargo = await readFile(join(process.env.TRUNK_SOURCE_DIR ?? '.', 'Cargo.toml'), 'utf8');
const version = cargo.match(/^version = "([^"]+)"/m)[1];
const pkg = JSON.parse(await readFile(path('package.json'), 'utf8'));
await writeFile(path('package.json'), `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
for (const doc of ['README.md', 'CHANGELOG.md']) await copyFile(join(process.env.TRUNK_SOURCE_DIR ?? '.', doc), path(doc));

const cli = process.env.JOURNEY_CLI_WASM;
if (!cli) throw new Error('JOURNEY_CLI_WASM is not set: build releases with scripts/build-release.sh');
await mkdir(path('cli'), { recursive: true });
await copyFile(join(process.env.TRUNK_SOURCE_DIR ?? '.', 'www/cli/journey-story.mjs'), path('cli/journey-story.mjs'));
execFileSync('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-sign-ext', '--enable-nontrapping-float-to-int', '--enable-mutable-globals', '--strip-debug', '--strip-producers', cli, '-o', path('cli/journey-story.wasm')], { stdio: 'inherit' });
