// Trunk post-build hook (Trunk.toml): in release builds, minifies the files a page downloads for
// the widget with esbuild: the stylesheet (Trunk copies it as it is), embed.js and the
// wasm-bindgen glue (esbuild's output is smaller than Trunk's), and the frame page's script.
// Whitespace, comments and local names only; nothing is bundled or renamed across files.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const files = { 'journey-story.css': 'css', 'embed.js': 'js', 'journey-story.js': 'js', 'frame.js': 'js' };
for (const [name, loader] of Object.entries(files)) {
  const path = join(dir, name);
  const source = await readFile(path, 'utf8');
  // `es2022`: what the widget already requires (module scripts, class fields).
  const { code } = await transform(source, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined, target: 'es2022', legalComments: 'none' });
  await writeFile(path, code);
}
