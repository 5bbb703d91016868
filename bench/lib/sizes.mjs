// bench/lib/sizes.mjs owns the download sizes: what each peer's page fetched from loopback (story
// and host page excluded), mapped back to files and compressed with gzip -9 and brotli 11.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** `resolve(url)` -> file path or null; returns [{name, raw, gzip, brotli}] and a total row. */
export function downloadSizes(urls, resolve) {
  const rows = [];
  for (const url of new Set(urls)) {
    const file = resolve(url);
    if (!file) continue;
    const data = readFileSync(file);
    rows.push({
      name: new URL(url).pathname.split('/').pop(),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  return { rows, total };
}
