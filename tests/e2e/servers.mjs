// Two static servers on two loopback origins, the way a school site embeds the widget:
// the host page (www/ and test fixtures) on one origin, the widget (dist/) on another that
// sends CORS headers. Host pages refer to `../embed.js`; the host server rewrites that to the
// widget origin, as a site owner pastes the CDN URL.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES } from './chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Serves files from `dirs` (URL prefix -> folder). `transform` may rewrite HTML; `routes`
 * (exact path -> handler(req, res)) answer before files, for misbehaving-server tests.
 */
export function serve(host, dirs, { cors = false, transform = (body) => body, routes = {} } = {}) {
  const requests = [];
  // Every request target exactly as the browser sent it, query included.
  const targets = [];
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    requests.push(url.pathname);
    targets.push(req.url);
    const headers = { 'cache-control': 'no-store' };
    if (cors) headers['access-control-allow-origin'] = '*';
    if (routes[url.pathname]) return routes[url.pathname](req, res, headers);
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!url.pathname.startsWith(prefix)) continue;
      let rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
      if (rel.startsWith('..')) break;
      if (rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
      try {
        let body = await readFile(join(root, dir, rel));
        const type = TYPES[extname(rel)] ?? 'application/octet-stream';
        if (type.startsWith('text/html')) body = transform(body.toString());
        res.writeHead(200, { ...headers, 'content-type': type });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
    res.end('not found');
  });
  // Hanging responses would keep close() waiting forever: track sockets to destroy them.
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const close = () =>
    new Promise((r) => {
      server.close(r);
      for (const s of sockets) s.destroy();
    });
  return new Promise((resolve) =>
    server.listen(0, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      resolve({ origin, requests, targets, close });
    }),
  );
}

/** The build under test: dist/, or another trunk output folder (`JOURNEY_DIST`). */
const DIST = process.env.JOURNEY_DIST ?? 'dist/';

/**
 * Starts the widget origin (127.0.0.2, dist/, plus `widgetRoutes`) and the host origin
 * (127.0.0.1, www/ and fixtures, plus `routes`). Host pages may write %WIDGET_ORIGIN% (e.g. in
 * a CSP).
 */
export async function startServers({ routes = {}, widgetRoutes = {} } = {}) {
  const widget = await serve('127.0.0.2', { '/': DIST }, { cors: true, routes: widgetRoutes });
  const host = await serve(
    '127.0.0.1',
    { '/fixtures/': 'tests/e2e/fixtures/', '/': 'www/' },
    {
      routes,
      transform: (html) =>
        html
          .replaceAll('"../embed.js"', `"${widget.origin}/embed.js"`)
          .replaceAll('%WIDGET_ORIGIN%', widget.origin),
    },
  );
  return { widget, host, close: () => Promise.all([widget.close(), host.close()]) };
}
