// bench/lib/server.mjs owns the benchmark's two loopback origins: a gzip static server for the
// host pages, stories and peer libraries (127.0.0.1), and one for journey-story's dist/ with
// CORS (127.0.0.2), as a site embeds the widget from a CDN. Compressed bodies are cached, so
// compression time never lands inside a measured run.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { TYPES as BASE_TYPES } from '../../tests/e2e/chromium.mjs';

const TYPES = {
  ...BASE_TYPES,
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|vnd\.ms-fontobject)|image\/svg|font\/ttf)/;
const gzipCache = new Map();

/** Files and pages do not change while the bench runs: one compression per URL. */
function gzip(key, body) {
  let out = gzipCache.get(key);
  if (!out) {
    out = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
    gzipCache.set(key, out);
  }
  return out;
}

/**
 * Serves `routes` (URL prefix -> folder, or a function(url) returning {body, type} or null).
 * HTML may be rewritten by `transform(html, url)`. Responses are never cacheable.
 */
export function serve(host, routes, { cors = false, transform = (b) => b } = {}) {
  const fileCache = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const headers = { 'cache-control': 'no-store' };
    if (cors) headers['access-control-allow-origin'] = '*';
    let found = null;
    for (const [prefix, target] of Object.entries(routes)) {
      if (!url.pathname.startsWith(prefix)) continue;
      if (typeof target === 'function') {
        found = target(url);
      } else {
        const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
        if (rel.startsWith('..')) break;
        const path = join(target, rel);
        try {
          let body = fileCache.get(path) ?? (await readFile(path));
          fileCache.set(path, body);
          found = { body, type: TYPES[extname(rel)] ?? 'application/octet-stream', key: path };
        } catch {
          found = null;
        }
      }
      break;
    }
    if (!found) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    let { body, type } = found;
    // A transformed page depends on its query: cache it per URL, files per path.
    let key = found.key ?? url.host + url.pathname + url.search;
    if (type.startsWith('text/html')) {
      body = Buffer.from(transform(body.toString(), url));
      key = url.host + url.pathname + url.search;
    }
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzip(key, body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, { ...headers, 'content-type': type, 'content-length': body.length });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      resolve({ origin, close: () => new Promise((r) => server.close(r)) });
    }),
  );
}

const BENCH = new URL('../', import.meta.url);
const path = (rel) => new URL(rel, BENCH).pathname;

/**
 * The widget origin (`distDir`, CORS) and the host origin: /pages/ (host pages, with {{STORY}} and
 * {{WIDGET}} filled from ?story=), /stories/NAME.json from `stories` (NAME -> Buffer),
 * /lib/timelinejs/ (the npm package's dist/) and /build/ (the esbuild bundle).
 * fileFor(url) names the file behind a URL (null for pages and stories), for download sizes.
 */
export async function startServers(stories, distDir) {
  const widget = await serve('127.0.0.2', { '/': distDir }, { cors: true });
  const storyRoute = (url) => {
    const body = stories.get(url.pathname.slice('/stories/'.length).replace(/\.json$/, ''));
    return body ? { body, type: 'application/json; charset=utf-8' } : null;
  };
  const dirs = {
    '/pages/': path('pages/'),
    '/lib/timelinejs/': path('node_modules/@knight-lab/timelinejs/dist/'),
    '/build/': path('.build/'),
  };
  const host = await serve(
    '127.0.0.1',
    { ...dirs, '/stories/': storyRoute },
    {
      transform: (html, url) =>
        html
          .replaceAll('{{STORY}}', `/stories/${url.searchParams.get('story') ?? 'seed'}.json`)
          .replaceAll('{{WIDGET}}', widget.origin),
    },
  );
  const fileFor = (href) => {
    const url = new URL(href);
    if (url.origin === widget.origin) return join(distDir, url.pathname);
    if (url.origin !== host.origin || url.pathname.endsWith('.html')) return null;
    const prefix = Object.keys(dirs).find((p) => url.pathname.startsWith(p));
    return prefix ? join(dirs[prefix], url.pathname.slice(prefix.length)) : null;
  };
  return { widget, host, fileFor, close: () => Promise.all([widget.close(), host.close()]) };
}
