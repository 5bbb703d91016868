// Prints what a page downloads for the widget (story excluded): raw, gzip -9 and brotli sizes
// of the loader, the wasm-bindgen glue, the wasm and the CSS in dist/.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const files = ['embed.js', 'journey-story.js', 'journey-story_bg.wasm', 'journey-story.css'];
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files.map((name) => {
  const data = readFileSync(new URL(`../dist/${name}`, import.meta.url));
  return {
    name,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
});
const total = rows.reduce(
  (t, r) => ({ name: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
console.log(`${'file'.padEnd(24)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const r of [...rows, total]) {
  console.log(`${r.name.padEnd(24)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
}
