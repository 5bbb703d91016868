// Misbehaving servers: one route per way a story request can fail, for failures.test.mjs.
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../../www/stories/alx-backend-journey.json', import.meta.url));
const json = { 'content-type': 'application/json' };

/** Streams `total` bytes of JSON-ish filler in 64 KB chunks, counting what was actually sent. */
function stream(res, total, counter) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      sent += chunk.length;
      counter.sent = sent;
      if (!res.write(chunk)) return res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (counter.closed = true));
  pump();
}

export const huge = { sent: 0, closed: false };
export const hugeChunked = { sent: 0, closed: false };

export const faultRoutes = {
  // Accepts the request and never answers.
  '/faults/hang': () => {},
  '/faults/404': (_q, res, h) => res.writeHead(404, h).end('gone'),
  '/faults/403': (_q, res, h) => res.writeHead(403, h).end('forbidden'),
  '/faults/500': (_q, res, h) => res.writeHead(500, h).end('oops'),
  '/faults/503': (_q, res, h) => res.writeHead(503, h).end('busy'),
  '/faults/redirect': (_q, res, h) => res.writeHead(302, { ...h, location: '/stories/alx-backend-journey.json' }).end(),
  '/faults/redirect-loop': (_q, res, h) => res.writeHead(302, { ...h, location: '/faults/redirect-loop' }).end(),
  '/faults/html': (_q, res, h) => res.writeHead(200, { ...h, 'content-type': 'text/html' }).end('<!doctype html><title>Home</title>'),
  '/faults/empty': (_q, res, h) => res.writeHead(200, { ...h, ...json }).end(''),
  // "Journée" saved as Latin-1: é is the single byte 0xE9, invalid in UTF-8.
  '/faults/latin1': (_q, res, h) =>
    res.writeHead(200, { ...h, ...json }).end(Buffer.concat([Buffer.from('{"version":1,"title":"Journ'), Buffer.from([0xe9]), Buffer.from('e"}')])),
  '/faults/truncated': (_q, res, h) => res.writeHead(200, { ...h, ...json }).end(seed.subarray(0, seed.length / 2)),
  '/faults/huge': (_q, res, h) => {
    res.writeHead(200, { ...h, ...json, 'content-length': String(50 * 1024 * 1024) });
    stream(res, 50 * 1024 * 1024, huge);
  },
  // No Content-Length: the limit must be enforced while reading.
  '/faults/huge-chunked': (_q, res, h) => {
    res.writeHead(200, { ...h, ...json });
    stream(res, 50 * 1024 * 1024, hugeChunked);
  },
  '/faults/bom': (_q, res, h) => res.writeHead(200, { ...h, ...json }).end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed])),
  '/faults/text-plain': (_q, res, h) => res.writeHead(200, { ...h, 'content-type': 'text/plain' }).end(seed),
};
