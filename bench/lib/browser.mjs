// bench/lib/browser.mjs owns the benchmark's Chromium: the Debian build through playwright-core
// with the project's launch flags (tests/e2e/chromium.mjs), plus a resolver rule that makes any
// host name fail at once, so a request leaving loopback is recorded and flagged, never sent.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.mjs';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2, EXCLUDE localhost',
    ],
  });
}

/** True for URLs that stay on this machine (loopback) or inside the page (data:, blob:). */
export function isLocal(url) {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return /^127\./.test(u.hostname) || u.hostname === 'localhost' || u.hostname === '[::1]';
}
