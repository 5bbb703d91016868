// What both Node tests share: the repository, the build under test, the native command they
// compare with, and the inputs under tests/golden/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = resolve(root, process.env.JOURNEY_DIST ?? 'dist/');

/** The native command, built as `cargo test` builds it (a no-op when it is up to date). */
export const native = () => {
  execFileSync('cargo', ['build', '--locked', '--quiet', '--bin', 'journey-story'], { cwd: root, stdio: 'inherit' });
  return join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'debug/journey-story');
};

/** The files of a golden folder with one of `exts`, sorted, as paths from the repository root. */
export const goldens = (dir, exts) =>
  readdirSync(join(root, dir))
    .filter((f) => exts.some((e) => f.endsWith(`.${e}`)))
    .sort()
    .map((f) => `${dir}/${f}`);

/** The flags in an `.args` file, one per line (none when there is no such file). */
export const argsOf = (file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8').split('\n').filter((l) => l !== '') : []);
