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

// The budget for everything the embed downloads is 64 KB gzip; the widget does not meet
// it yet (see bench/RESULTS.md), so the build enforces a ceiling just above today's size instead:
// any growth past it fails the test command until it is justified and the ceiling moved here.
const TARGET_KB = 64;
const CEILING_KB = 158;
const totalKb = total.gzip / 1024;
console.log(`budget: target ${TARGET_KB} KB gzip (over by ${(totalKb - TARGET_KB).toFixed(1)} KB); enforced ceiling ${CEILING_KB} KB`);
if (totalKb > CEILING_KB) {
  console.error(`FAIL: the widget downloads ${totalKb.toFixed(1)} KB gzip, over the ${CEILING_KB} KB ceiling`);
  process.exit(1);
}
