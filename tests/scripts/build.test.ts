/**
 * The built package: per-browser manifests, files it references, byte budgets (the content script's two stages
 * with no Dexie, each zip ≤ 500 KB), valid and deterministic zips.
 * Reads dist/ as `npm test` leaves it after `npm run build`; builds first when dist/ is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { DIST, ROOT, build } from '../../scripts/build/build.js';
import { manifestFor } from '../../scripts/build/manifest.js';
import { listFiles, zipDir } from '../../scripts/build/zip.js';
import { CONTENT_ORIGINS } from '../../src/platform/permissions.js';

const KB = 1024;
/**
 * What each file may weigh, minified. content.js, the first stage, loads on every http(s) page the reader opens, almost
 * none of them the story: 8 KB (counted as 8,000 bytes, the stricter reading) leaves room for the head-level check, its compiled patterns, settings and messaging,
 * and nothing of extraction or UI. content-main.js, the second stage, loads only where the first passed or the reader
 * asked: 80 KB allows extraction, highlighting and the Preact UI with its CSS (67.9 KB today) and still no corpus.
 * content-early.js, injected just before it, extracts the article and sends it to be judged while the main stage
 * compiles: 20 KB is extraction and messaging (15.3 KB today), nothing of highlighting or UI.
 */
const BUDGET = { content: 8_000, contentEarly: 20 * KB, contentMain: 80 * KB, zip: 500 * KB };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
const source = readJson(join(ROOT, 'manifest.json'));
const pkg = readJson(join(ROOT, 'package.json'));
const messages = readJson(join(ROOT, 'assets/_locales/en/messages.json'));

beforeAll(async () => {
  if (!existsSync(join(DIST, 'chrome/manifest.json')) || !existsSync(join(DIST, 'firefox.zip'))) await build();
}, 120_000);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** Every file in a zip, inflated, by reading its central directory. */
function unzip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(dataAt, dataAt + size);
    files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** All `__MSG_key__` references in a JSON value. */
function msgKeys(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
}

describe.each(['chrome', 'firefox'] as const)('%s package', (target) => {
  const dir = join(DIST, target);
  const manifest = (): Json => readJson(join(dir, 'manifest.json'));

  it('is MV3 with the package version, locale strings and the fewest permissions', () => {
    const m = manifest();
    expect(m['manifest_version']).toBe(3);
    expect(m['version']).toBe(pkg['version']);
    expect(m['default_locale']).toBe('en');
    for (const key of msgKeys(m)) expect(messages[key]?.message, key).toBeTruthy();
    // scripting: the background injects the content script's second stage (no install warning in either browser).
    expect(m['permissions']).toEqual(['storage', 'scripting']);
    // The content script's own origins, which Chrome's executeScript needs besides its matches (no new install warning).
    expect(m['host_permissions']).toEqual([...CONTENT_ORIGINS]);
    for (const key of ['optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'content_security_policy', 'externally_connectable']) {
      expect(m, key).not.toHaveProperty(key);
    }
  });

  it('puts no script on pages by manifest; the first stage is a file the background injects', () => {
    expect(manifest()).not.toHaveProperty('content_scripts');
    expect(existsSync(join(dir, 'content.js'))).toBe(true);
  });

  it('has a popup, options page, a sidebar shortcut and icons that exist at their sizes', () => {
    const m = manifest();
    expect(existsSync(join(dir, m['action']['default_popup']))).toBe(true);
    expect(existsSync(join(dir, m['options_ui']['page']))).toBe(true);
    expect(m['commands']['toggle-sidebar']['suggested_key']['default']).toBe('Alt+Shift+C');
    for (const icons of [m['icons'], m['action']['default_icon']] as Record<string, string>[]) {
      for (const [size, file] of Object.entries(icons)) expect(pngSize(join(dir, file))).toEqual([Number(size), Number(size)]);
    }
    expect(Object.keys(m['icons'])).toEqual(['16', '32', '48', '128']);
  });

  it('keeps only the background key this browser uses', () => {
    const m = manifest();
    if (target === 'chrome') {
      expect(m['background']).toEqual({ service_worker: 'background.js' });
      expect(m).not.toHaveProperty('browser_specific_settings');
      expect(m['minimum_chrome_version']).toBe('120');
    } else {
      expect(m['background']).toEqual({ scripts: ['background.js'] });
      expect(m).not.toHaveProperty('minimum_chrome_version');
      expect(m['browser_specific_settings']).toEqual({
        gecko: { id: 'crosscheck@news-crosscheck', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      });
    }
    expect(existsSync(join(dir, 'background.js'))).toBe(true);
  });

  it.each([
    ['content.js', BUDGET.content],
    ['content-early.js', BUDGET.contentEarly],
    ['content-main.js', BUDGET.contentMain],
  ])(`content script stage %s is within its budget (%i bytes) minified and has no Dexie in it`, (file, budget) => {
    const content = readFileSync(join(dir, file));
    expect(content.length).toBeLessThanOrEqual(budget);
    const metas = readJson(join(DIST, `${target}.meta.json`)) as unknown as Metafile[];
    const inputs = metas.flatMap((m) => Object.entries(m.outputs)).find(([out]) => out.endsWith(`/${file}`))![1].inputs;
    expect(Object.keys(inputs).filter((i) => /node_modules\/dexie\//.test(i))).toEqual([]);
    expect(content.toString('utf8')).not.toMatch(/Dexie|indexedDB/);
  });

  it('keeps extraction, highlighting and the UI out of the first stage', () => {
    const metas = readJson(join(DIST, `${target}.meta.json`)) as unknown as Metafile[];
    const inputs = Object.keys(metas.flatMap((m) => Object.entries(m.outputs)).find(([out]) => out.endsWith('/content.js'))![1].inputs);
    expect(inputs.filter((i) => /src\/(page\/(extract|highlight|anchor)|ui\/)|node_modules\/preact\//.test(i))).toEqual([]);
  });

  it('keeps highlighting and the UI out of the head start of the second stage', () => {
    const metas = readJson(join(DIST, `${target}.meta.json`)) as unknown as Metafile[];
    const inputs = Object.keys(metas.flatMap((m) => Object.entries(m.outputs)).find(([out]) => out.endsWith('/content-early.js'))![1].inputs);
    expect(inputs).toContain('src/page/extract.ts');
    expect(inputs.filter((i) => /src\/(page\/(highlight|anchor)|ui\/|content\/controller)|node_modules\/preact\//.test(i))).toEqual([]);
  });

  it('bundles the corpus into the background, not the content script', () => {
    const corpus = readJson(process.env['CROSSCHECK_CORPUS'] ?? join(ROOT, 'build/corpus.json'));
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain(corpus['hash']);
    expect(readFileSync(join(dir, 'content.js'), 'utf8')).not.toContain(corpus['hash']);
    expect(readFileSync(join(dir, 'content-main.js'), 'utf8')).not.toContain(corpus['hash']);
    expect(readFileSync(join(dir, 'content-early.js'), 'utf8')).not.toContain(corpus['hash']);
  });

  it('ships the licences of the libraries it bundles', () => {
    const licences = readFileSync(join(dir, 'THIRD_PARTY_LICENSES.txt'), 'utf8');
    expect(licences).toMatch(/^dexie \d+\.\d+\.\d+ \(Apache-2\.0\)$/m);
    expect(licences).toMatch(/^preact \d+\.\d+\.\d+ \(MIT\)$/m);
  });

  it('has no remote code, eval or source maps', () => {
    for (const file of listFiles(dir).filter((f) => f.endsWith('.js') || f.endsWith('.html'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/\beval\(|new Function\(|sourceMappingURL|<script[^>]+src="https?:/);
    }
  });

  it(`zip is at most ${BUDGET.zip / KB} KB, holds exactly the folder's files, and is deterministic`, () => {
    const zipPath = join(DIST, `${target}.zip`);
    expect(statSync(zipPath).size).toBeLessThanOrEqual(BUDGET.zip);
    const files = unzip(zipPath);
    expect([...files.keys()]).toEqual(listFiles(dir));
    for (const [name, data] of files) expect(data.equals(readFileSync(join(dir, name))), name).toBe(true);
    const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-zip-'));
    try {
      zipDir(dir, join(tmp, 'again.zip'));
      expect(readFileSync(join(tmp, 'again.zip')).equals(readFileSync(zipPath))).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('manifestFor', () => {
  it('leaves the source manifest untouched and sets the version', () => {
    const before = JSON.stringify(source);
    expect(manifestFor('chrome', source, '9.9.9')['version']).toBe('9.9.9');
    expect(manifestFor('firefox', source, '9.9.9')['version']).toBe('9.9.9');
    expect(JSON.stringify(source)).toBe(before);
  });

  it('source manifest carries both background keys and the package version', () => {
    expect(source['background']).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(source['version']).toBe(pkg['version']);
  });

  it('every locale message is used by the manifest or the source', () => {
    // Every context speaks the reader's language (popup, options, sidebar, hover card, badge, background errors), and
    // some keys are picked by a ternary or a table: any quoted key anywhere in src/ counts as a use.
    const code = listFiles(join(ROOT, 'src'))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'))
      .join('\n');
    const used = new Set([...msgKeys(source), ...[...code.matchAll(/'(\w+)'/g)].map((m) => m[1]!)]);
    expect(Object.keys(messages).filter((k) => !used.has(k))).toEqual([]);
  });
});
