// bench/lib/bundle.mjs owns the react-chrono bundle: esbuild (from npm) bundles the entry with
// react, react-dom and react-chrono, minified production build, into bench/.build/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const BUILD_DIR = fileURLToPath(new URL('../.build/', import.meta.url));

export async function bundleReactChrono() {
  await build({
    entryPoints: { 'react-chrono': fileURLToPath(new URL('../pages/react-chrono-entry.jsx', import.meta.url)) },
    outdir: BUILD_DIR,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}
