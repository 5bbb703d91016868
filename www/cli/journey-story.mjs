#!/usr/bin/env node
// The `journey-story` command for Node (the npm package's `bin`: `npx journey-story check
// story.json`): the native command's own Rust code, compiled to WebAssembly for WASI
// (wasm32-wasip1) by scripts/build-release.sh, so a site's CI guards its stories without a Rust
// toolchain and gets the same output, byte for byte, and the same exit codes
// (tests/node/cli.test.mjs holds them to the native command over tests/golden/).
// The host's file system is mapped at `/` and the working directory passed as PWD, so paths on
// the command line mean what they mean to the native command; standard input, output and error
// are the process's own.
import { readFile } from 'node:fs/promises';

// Node marks WASI experimental and says so on standard error, which would make the output differ
// from the native command's; every other warning still prints.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  if (!String(warning?.message ?? warning).startsWith('WASI ')) emitWarning.call(process, warning, ...rest);
};
const { WASI } = await import('node:wasi');
process.emitWarning = emitWarning;

const wasi = new WASI({
  version: 'preview1',
  args: ['journey-story', ...process.argv.slice(2)],
  env: { ...process.env, PWD: process.cwd() },
  preopens: { '/': '/' },
  returnOnExit: true,
});
try {
  const module = await WebAssembly.compile(await readFile(new URL('./journey-story.wasm', import.meta.url)));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  process.exitCode = wasi.start(instance);
} catch (error) {
  // A trap is a bug in journey-story (the native command would have panicked): exit as it does.
  process.stderr.write(`journey-story: internal error (${error?.message ?? error}); please report it with the input\n`);
  process.exitCode = 101;
}
