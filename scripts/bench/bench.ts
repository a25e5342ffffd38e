/**
 * `npm run bench`: Crosscheck's performance, measured, compared and held to its budgets (issue 4).
 *
 *   npm run bench [-- --runs N] [--only pages,story,engine,retrieval,idb,bytes] [--build-cap SECONDS] [--out FILE] [--markdown FILE]
 *
 * Builds first (the npm script runs `npm run build`), then: (1) pages that aren't the story and (2) story pages in
 * real Chromium with dist/chrome loaded, (3) the engine at 5 / 50 / 500 / 5,000 articles in Node and the
 * background's IndexedDB import in Chromium, (4) the matcher against MiniSearch, (5) bundle and zip bytes.
 * Prints Markdown tables, writes bench/results.json (every figure, the CPU and the date), and exits 1 when a budget
 * is broken. Figures are medians over runs; each ratio is taken within one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pageFromHtml } from '../cli/read-page.js';
import { PAGES_DIR, startServer } from '../dev/serve.js';
import { CHROMIUM } from './browser.js';
import { loadEngine } from './bundle.js';
import { measureBytes } from './bytes.js';
import { checkBudgets, type Figures } from './budgets.js';
import { benchEngine } from './engine-bench.js';
import { benchIdb, serviceWorkerHeap } from './idb-bench.js';
import { benchNonStory, benchStory } from './page-bench.js';
import { longOtherArticle, longSharedWordArticle, longStoryArticle, stressPage } from './pages.js';
import { report, type Machine } from './report.js';
import { benchRetrieval } from './retrieval-bench.js';
import { round } from './stats.js';
import { buildVariants } from './variants.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SECTIONS = ['pages', 'story', 'engine', 'retrieval', 'idb', 'bytes'] as const;
type Section = (typeof SECTIONS)[number];
const SEED_PAGES = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

function machine(): Machine {
  let chromium = 'Chromium (version unknown)';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown; the page sections will fail on their own if it is missing.
  }
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium, loadAverage: os.loadavg()[1]! };
}

/** Rounds every number in a JSON value, so that the results file is readable. */
const rounded = (v: unknown): unknown =>
  typeof v === 'number' ? round(v, 4) : Array.isArray(v) ? v.map(rounded) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)])) : v;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      'build-cap': { type: 'string', default: '90' },
      out: { type: 'string', default: join(ROOT, 'bench/results.json') },
      markdown: { type: 'string' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const only = new Set<Section>((values.only?.split(',') as Section[] | undefined) ?? SECTIONS);
  for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s}; sections: ${SECTIONS.join(', ')}`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const started = performance.now();
  const date = new Date().toISOString();
  const dist = join(ROOT, 'dist');
  const crosscheck = join(dist, 'chrome');
  const work = mkdtempSync(join(os.tmpdir(), 'crosscheck-bench-'));
  const server = await startServer();
  const figures: Figures = {};
  const extra: Record<string, unknown> = {};
  try {
    const bytesNow = measureBytes(dist);
    if (only.has('bytes')) figures.bytes = bytesNow;

    const longOther = longOtherArticle(PAGES_DIR);
    const stress = stressPage(PAGES_DIR);
    const longStory = longStoryArticle(PAGES_DIR);
    const sharedWord = longSharedWordArticle(PAGES_DIR);
    for (const p of [longOther, stress, longStory, sharedWord]) server.route(`/${p.slug}/`, { body: p.html });

    if (only.has('pages')) {
      log('1. pages that aren\'t the story');
      figures.nonStory = await benchNonStory({ runs, server, pages: [longOther, stress, sharedWord], crosscheck, variants: await buildVariants(join(work, 'variants')), log });
    }
    if (only.has('story')) {
      log('2. story pages');
      const html = (slug: string) => (slug === longStory.slug ? longStory.html : readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8'));
      figures.story = await benchStory({
        runs,
        server,
        pages: [...SEED_PAGES.map((slug) => ({ slug, title: `${slug} (news template)` })), { slug: longStory.slug, title: longStory.title }],
        crosscheck,
        article: (slug, url) => {
          const p = pageFromHtml(html(slug), url);
          return { url, title: p.title, text: p.text, published: p.published ?? null, language: p.language ?? null };
        },
        log,
      });
    }
    if (only.has('engine') || only.has('retrieval') || only.has('idb')) {
      log('3. engine and corpus size');
      const engine = await loadEngine(work);
      const pages = SEED_PAGES.map((slug) => ({ slug, page: pageFromHtml(readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8'), `http://127.0.0.1/${slug}/`) }));
      const e = await benchEngine({ engine, runs, sizes: [50, 500, 5000], buildCapMs: Number(values['build-cap']) * 1000, pages, log });
      // Measured whichever of the three asked for it: reported too.
      figures.engine = e.sizes;
      extra['engineProfiles'] = e.profiles;
      extra['enginePages'] = e.pages;
      if (only.has('retrieval')) {
        log('4. retrieval against MiniSearch');
        figures.retrieval = benchRetrieval({ engine, corpora: e.corpora, seedSize: e.sizes[0]!.articles, minMs: 1000, log });
      }
      if (only.has('idb')) {
        log('3. IndexedDB import in Chromium');
        figures.idb = await benchIdb({ corpora: e.corpora, runs: Math.min(runs, 3), server, log });
        extra['extensionWorkerHeapBytes'] = await serviceWorkerHeap(crosscheck);
        log(`  the extension's service worker with the bundled corpus: heap ${((extra['extensionWorkerHeapBytes'] as number) / 1048576).toFixed(1)} MB`);
      }
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  const budgets = checkBudgets(figures);
  const wallSeconds = (performance.now() - started) / 1000;
  const meta = { date, machine: machine(), runs };
  const results = { ...meta, wallSeconds, sections: [...only], ...figures, ...extra, budgets };
  mkdirSync(resolve(values.out, '..'), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(rounded(results), null, 2)}\n`);
  const md = report({ ...figures, budgets, workerHeap: extra['extensionWorkerHeapBytes'] as number | undefined }, meta);
  if (values.markdown) writeFileSync(values.markdown, `${md}\n`);
  process.stdout.write(`${md}\n\nWrote ${values.out} in ${wallSeconds.toFixed(0)} s.\n`);
  const failed = budgets.filter((b) => !b.pass);
  if (failed.length) process.stdout.write(`${failed.length} of ${budgets.length} budgets broken.\n`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
