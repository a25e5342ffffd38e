/** Mozilla's own linter (the one addons.mozilla.org runs) on the Firefox build: no errors, no warnings. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { DIST, ROOT, build } from '../../scripts/build/build.js';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'firefox/manifest.json'))) await build({ targets: ['firefox'] });
}, 120_000);

it('web-ext lint --source-dir dist/firefox: 0 errors, 0 warnings', async () => {
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', join(DIST, 'firefox'), '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  const report = JSON.parse(stdout) as LintReport;
  const show = (list: LintMessage[]): string[] => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
  expect(show(report.errors)).toEqual([]);
  expect(show(report.warnings)).toEqual([]);
}, 120_000);
