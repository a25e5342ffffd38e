/** The performance budgets of issue 4, checked against the benchmark's figures. */
import type { BytesResult } from './bytes.js';
import type { SizeResult } from './engine-bench.js';
import type { IdbResult } from './idb-bench.js';
import type { NonStoryResult, StoryResult } from './page-bench.js';
import type { RetrievalResult } from './retrieval-bench.js';

export const KB = 1024;

export const LIMITS = {
  /** Extension main-thread time on a page that isn't the story ÷ one innerText read. */
  nonStoryRatio: 0.1,
  /** Content script start → highlights painted and badge set, ÷ one innerText read. */
  storyRatio: 3,
  /** Longest main-thread task caused by the extension (ms). */
  longTaskMs: 50,
  /** Per-page judge time at 1,000× the seed corpus ÷ at the seed corpus. */
  scaleRatio: 10,
  /** IndexedDB import of 5,000 articles (ms). */
  importMs: 10_000,
  /** The first stage, content.js, the only script on every page (the second loads only where needed). */
  contentBytes: 8 * KB,
  zipBytes: 500 * KB,
} as const;

export interface Budget {
  name: string;
  /** The figure, as measured. */
  value: number | string;
  limit: string;
  pass: boolean;
}

export interface Figures {
  nonStory?: NonStoryResult[];
  story?: StoryResult[];
  engine?: SizeResult[];
  idb?: IdbResult[];
  retrieval?: RetrievalResult;
  bytes?: BytesResult;
}

/** Every budget the figures at hand can decide. */
export function checkBudgets(f: Figures): Budget[] {
  const out: Budget[] = [];
  const add = (name: string, value: number | string, limit: string, pass: boolean) => out.push({ name, value, limit, pass });
  for (const p of f.nonStory ?? []) {
    add(`not the story, ${p.slug}: extension ÷ innerText`, p.median.ratio, `≤ ${LIMITS.nonStoryRatio}`, p.median.ratio <= LIMITS.nonStoryRatio);
    add(`not the story, ${p.slug}: longest extension task (ms)`, p.median.longestTask, `≤ ${LIMITS.longTaskMs}`, p.median.longestTask <= LIMITS.longTaskMs);
  }
  for (const p of f.story ?? []) {
    add(`story, ${p.slug}: start → painted and badge ÷ innerText`, p.median.ratio, `≤ ${LIMITS.storyRatio}`, p.median.ratio <= LIMITS.storyRatio);
    const task = Math.max(p.median.longestTask, p.median.paintTask);
    add(`story, ${p.slug}: longest task, script or highlight frame (ms)`, task, `≤ ${LIMITS.longTaskMs}`, task <= LIMITS.longTaskMs);
  }
  const engine = f.engine ?? [];
  const seed = engine[0];
  const big = engine.find((s) => seed && s.articles === seed.articles * 1000);
  if (big) add(`engine: per-page time at ${big.articles} articles ÷ at ${seed!.articles}`, big.pageRatioToSeeds, `≤ ${LIMITS.scaleRatio}`, big.pageRatioToSeeds <= LIMITS.scaleRatio);
  const imp = (f.idb ?? []).find((r) => r.articles === 5000);
  if (imp) add('IndexedDB import of 5,000 articles (ms)', imp.importMs, `< ${LIMITS.importMs}`, imp.importMs < LIMITS.importMs);
  const r = f.retrieval;
  if (r) {
    add('retrieval: right first, Crosscheck vs MiniSearch', `${pct(r.accuracy.crosscheck.all)} vs ${pct(r.accuracy.minisearch.all)}`, 'more often right', r.accuracy.crosscheck.all > r.accuracy.minisearch.all);
    for (const s of r.sizes) add(`retrieval at ${s.articles} articles: Crosscheck vs MiniSearch (queries/s)`, `${Math.round(s.crosscheck.qps)} vs ${Math.round(s.minisearch.qps)}`, 'at least as fast', s.crosscheck.qps >= s.minisearch.qps);
  }
  const b = f.bytes;
  if (b) {
    for (const [t, files] of Object.entries(b.bundles)) {
      add(`bytes: ${t} content.js`, files['content.js']!, `≤ ${LIMITS.contentBytes}`, files['content.js']! <= LIMITS.contentBytes);
      add(`bytes: ${t} content.js has no Dexie`, b.contentDexie[t]!.length ? b.contentDexie[t]!.join(', ') : 'none', 'none', b.contentDexie[t]!.length === 0);
    }
    for (const [t, n] of Object.entries(b.zips)) add(`bytes: ${t}.zip`, n, `≤ ${LIMITS.zipBytes}`, n <= LIMITS.zipBytes);
  }
  return out;
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;
