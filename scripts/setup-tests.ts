/**
 * vitest's global set-up: builds build/corpus.json before any suite runs when it is missing or older than what it is
 * built from (the seeds, the engine, the contracts, the corpus build), so that `npm run test:unit` and
 * `npx vitest run <files>` work on a fresh clone, not only after `npm test`. A build takes about a second.
 * With $CROSSCHECK_CORPUS set, the tests read that file and nothing is built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'build/corpus.json');
const INPUTS = ['assets/corpus', 'src/engine', 'src/contracts', 'scripts/corpus'].map((d) => join(ROOT, d));

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

export function corpusIsStale(): boolean {
  if (!existsSync(CORPUS)) return true;
  const built = statSync(CORPUS).mtimeMs;
  return INPUTS.some((d) => existsSync(d) && newest(d) > built);
}

export function setup(): void {
  if (process.env['CROSSCHECK_CORPUS'] || !corpusIsStale()) return;
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/corpus/build-corpus.ts')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`The tests need build/corpus.json, and building it failed:\n${r.stderr || r.stdout}`);
  process.stdout.write(`tests: ${r.stdout}`);
}
