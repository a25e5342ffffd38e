/**
 * Builds the extension for Chrome and Firefox: dist/chrome/, dist/firefox/ (load unpacked) and
 * dist/chrome.zip, dist/firefox.zip (store uploads), with the corpus inlined into the background.
 *
 *   tsx scripts/build/build.ts [--watch] [--browser chrome|firefox] [--corpus path]
 *
 * The corpus defaults to build/corpus.json (written by `npm run build:corpus`) or $CROSSCHECK_CORPUS.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { corpusPlugin } from './corpus-plugin.js';
import { noInnerHtmlPlugin } from './no-inner-html-plugin.js';
import { TARGETS, manifestFor, type Target } from './manifest.js';
import { zipDir } from './zip.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

const ESBUILD_TARGET: Record<Target, string> = { chrome: 'chrome120', firefox: 'firefox140' };
const PAGES = ['popup', 'options'] as const;
const ICON_SIZES = [16, 32, 48, 128] as const;

export interface BuildOptions {
  targets?: readonly Target[];
  corpus?: string;
  watch?: boolean;
  /** Zips are written unless false (watch mode never writes them). */
  zip?: boolean;
  log?: (line: string) => void;
}

export interface TargetResult {
  target: Target;
  dir: string;
  zip: string | null;
  /** Bytes per output file, relative to `dir`. */
  files: Record<string, number>;
  zipBytes: number | null;
}

export function defaultCorpusPath(): string {
  return resolve(ROOT, process.env['CROSSCHECK_CORPUS'] ?? 'build/corpus.json');
}

function esbuildOptions(target: Target, corpus: string, dev: boolean): esbuild.BuildOptions[] {
  const dir = join(DIST, target);
  const common: esbuild.BuildOptions = {
    bundle: true,
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    format: 'iife',
    target: ESBUILD_TARGET[target],
    outdir: dir,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  };
  return [
    {
      ...common,
      // Background and the content script's two stages (content.js on every page; content-early.js, the second
      // stage's head start, content-paint.js, its first paint, and content-main.js, injected by the background where
      // they are needed): CSS imports are
      // strings (the UI mounts it in a shadow root).
      entryPoints: {
        background: join(ROOT, 'src/background/index.ts'),
        content: join(ROOT, 'src/content/index.ts'),
        'content-early': join(ROOT, 'src/content/early.ts'),
        'content-paint': join(ROOT, 'src/content/paint.ts'),
        'content-main': join(ROOT, 'src/content/main.ts'),
      },
      loader: { '.css': 'text' },
      plugins: [corpusPlugin(corpus), noInnerHtmlPlugin()],
    },
    {
      ...common,
      entryPoints: Object.fromEntries(PAGES.map((p) => [`${p}/${p}`, join(ROOT, `src/ui/${p}/index.tsx`)])),
      plugins: [noInnerHtmlPlugin()],
    },
  ];
}

/** Copies the manifest, icons, locales and HTML pages into `dir`. */
function writeStatic(target: Target, dir: string): void {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifestFor(target, source, pkg.version), null, 2)}\n`);
  mkdirSync(join(dir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) cpSync(join(ROOT, `assets/icons/icon-${size}.png`), join(dir, `icons/icon-${size}.png`));
  cpSync(join(ROOT, 'assets/_locales'), join(dir, '_locales'), { recursive: true });
  for (const p of PAGES) {
    mkdirSync(join(dir, p), { recursive: true });
    cpSync(join(ROOT, `src/ui/${p}/${p}.html`), join(dir, p, `${p}.html`));
  }
}

/**
 * Minified bundles drop the libraries' comments, so their licences ship as one file instead:
 * every npm package that ends up in a bundle, with its LICENSE text.
 */
function writeLicences(dir: string, metas: esbuild.Metafile[]): void {
  const packages = new Set<string>();
  for (const meta of metas) {
    for (const output of Object.values(meta.outputs)) {
      for (const input of Object.keys(output.inputs)) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
        if (m && output.inputs[input]!.bytesInOutput > 0) packages.add(m[1]!);
      }
    }
  }
  const parts = [...packages].sort().map((name) => {
    const root = join(ROOT, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; license?: string };
    const file = readdirSync(root).find((f) => /^licen[cs]e/i.test(f));
    const text = file ? readFileSync(join(root, file), 'utf8').trim() : `License: ${pkg.license ?? 'see package'}`;
    return `${name} ${pkg.version} (${pkg.license ?? 'unknown'})\n${'-'.repeat(60)}\n${text}\n`;
  });
  writeFileSync(join(dir, 'THIRD_PARTY_LICENSES.txt'), `Crosscheck bundles these libraries:\n\n${parts.join('\n')}`);
}

function sizes(dir: string, metas: esbuild.Metafile[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const meta of metas) {
    for (const file of Object.keys(meta.outputs)) {
      const rel = resolve(ROOT, file).slice(dir.length + 1);
      out[rel] = statSync(resolve(ROOT, file)).size;
    }
  }
  return out;
}

async function buildOnce(target: Target, corpus: string, zip: boolean): Promise<TargetResult> {
  const dir = join(DIST, target);
  rmSync(dir, { recursive: true, force: true });
  const results = await Promise.all(esbuildOptions(target, corpus, false).map((o) => esbuild.build(o)));
  const metas = results.map((r) => r.metafile!);
  writeFileSync(join(DIST, `${target}.meta.json`), JSON.stringify(metas));
  writeStatic(target, dir);
  writeLicences(dir, metas);
  const zipPath = join(DIST, `${target}.zip`);
  const zipBytes = zip ? zipDir(dir, zipPath) : null;
  return { target, dir, zip: zip ? zipPath : null, files: sizes(dir, metas), zipBytes };
}

/** Builds every target once and writes the zips. */
export async function build(options: BuildOptions = {}): Promise<TargetResult[]> {
  const corpus = options.corpus ?? defaultCorpusPath();
  if (!existsSync(corpus)) throw new Error(`No corpus at ${corpus}: run \`npm run build:corpus\` first (or set CROSSCHECK_CORPUS)`);
  mkdirSync(DIST, { recursive: true });
  const results: TargetResult[] = [];
  for (const t of options.targets ?? TARGETS) results.push(await buildOnce(t, corpus, options.zip !== false));
  return results;
}

/** Rebuilds on every change under src/, the manifest and assets; returns a function that stops watching. */
export async function watchBuild(options: BuildOptions = {}): Promise<() => Promise<void>> {
  const log = options.log ?? console.log;
  const corpus = options.corpus ?? defaultCorpusPath();
  if (!existsSync(corpus)) throw new Error(`No corpus at ${corpus}: run \`npm run build:corpus\` first`);
  const contexts: esbuild.BuildContext[] = [];
  for (const target of options.targets ?? TARGETS) {
    const dir = join(DIST, target);
    rmSync(dir, { recursive: true, force: true });
    writeStatic(target, dir);
    for (const o of esbuildOptions(target, corpus, true)) {
      const report: esbuild.Plugin = {
        name: 'report',
        setup(b) {
          b.onEnd((r) => {
            const what = Object.keys(o.entryPoints as Record<string, string>).join(', ');
            if (r.errors.length) log(`✗ ${target}: ${what}\n${r.errors.map((e) => `  ${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`).join('\n')}`);
            else log(`✓ ${target}: ${what} (${new Date().toLocaleTimeString()})`);
          });
        },
      };
      const ctx = await esbuild.context({ ...o, plugins: [...(o.plugins ?? []), report] });
      await ctx.watch();
      contexts.push(ctx);
    }
  }
  const watchers = ['manifest.json', 'assets/icons', 'assets/_locales', ...PAGES.map((p) => `src/ui/${p}/${p}.html`)].map((p) =>
    watch(join(ROOT, p), { recursive: true }, () => {
      for (const t of options.targets ?? TARGETS) writeStatic(t, join(DIST, t));
      log(`✓ static files copied (${new Date().toLocaleTimeString()})`);
    }),
  );
  return async () => {
    for (const w of watchers) w.close();
    await Promise.all(contexts.map((c) => c.dispose()));
  };
}

function table(results: TargetResult[]): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.target}: ${r.dir}`);
    for (const [file, n] of Object.entries(r.files).sort()) lines.push(`  ${file.padEnd(24)} ${kb(n).padStart(10)}`);
    if (r.zip && r.zipBytes !== null) lines.push(`  ${r.zip.slice(ROOT.length + 1).padEnd(24)} ${kb(r.zipBytes).padStart(10)}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { watch: { type: 'boolean', default: false }, browser: { type: 'string' }, corpus: { type: 'string' } },
  });
  const targets = values.browser ? [values.browser as Target] : TARGETS;
  if (!targets.every((t) => TARGETS.includes(t))) throw new Error(`--browser must be one of ${TARGETS.join(', ')}`);
  const corpus = values.corpus ? resolve(values.corpus) : undefined;
  if (values.watch) {
    await watchBuild({ targets, ...(corpus ? { corpus } : {}) });
    console.log('Watching for changes (Ctrl+C to stop). Reload the extension in the browser after a rebuild.');
    return;
  }
  console.log(table(await build({ targets, ...(corpus ? { corpus } : {}) })));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(`build: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
