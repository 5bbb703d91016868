// Two static servers on two loopback origins, the way a school site embeds the widget:
// the host page (www/ and test fixtures) on one origin, the widget (dist/) on another that
// sends CORS headers. Host pages refer to `../embed.js`; the host server rewrites that to the
// widget origin, as a site owner pastes the CDN URL.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serves files from `dirs` (URL prefix -> folder); `transform` may rewrite HTML. */
function serve(host, dirs, { cors = false, transform = (body) => body } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    requests.push(url.pathname);
    const headers = { 'cache-control': 'no-store' };
    if (cors) headers['access-control-allow-origin'] = '*';
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
  return new Promise((resolve) =>
    server.listen(0, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      resolve({ origin, requests, close: () => new Promise((r) => server.close(r)) });
    }),
  );
}

/** Starts the widget origin (127.0.0.2, dist/) and the host origin (127.0.0.1, www/). */
export async function startServers() {
  const widget = await serve('127.0.0.2', { '/': 'dist/' }, { cors: true });
  const host = await serve(
    '127.0.0.1',
    { '/fixtures/': 'tests/e2e/fixtures/', '/': 'www/' },
    { transform: (html) => html.replaceAll('"../embed.js"', `"${widget.origin}/embed.js"`) },
  );
  return { widget, host, close: () => Promise.all([widget.close(), host.close()]) };
}
