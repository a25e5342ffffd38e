/**
 * The performance budgets, stated as what the limit allows (issue 10): a page that isn't the story may cost at most
 * twice what Chromium charges for injecting an empty content script; a story page's plumbing (start → highlights
 * painted and badge set) at most twice the judgement it displays (the background's judge round trip, same run).
 */
import type { BytesResult } from './bytes.js';
import type { SizeResult } from './engine-bench.js';
import type { IdbResult } from './idb-bench.js';
import type { NonStoryResult, StoryResult } from './page-bench.js';
import type { RetrievalResult } from './retrieval-bench.js';

export const KB = 1024;

export const LIMITS = {
  /** Extension main-thread time on a page that isn't the story ÷ an empty content script's, same page, same run. */
  nonStoryRatio: 2,
  /** Content script start → highlights painted and badge set, ÷ the background's judge round trip, same run. */
  storyRatio: 2,
  /** Longest main-thread task caused by the extension (ms). */
  longTaskMs: 50,
  /** Per-page judge time at 1,000× the seed corpus ÷ at the seed corpus. */
  scaleRatio: 5,
  /** IndexedDB import of 5,000 articles (ms). */
  importMs: 5_000,
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
    if (!p.sharesWords) add(`not the story, ${p.slug}: extension ÷ empty content script`, p.median.ratio, `≤ ${LIMITS.nonStoryRatio}`, p.median.ratio <= LIMITS.nonStoryRatio);
    add(`not the story, ${p.slug}: longest extension task (ms)`, p.median.longestTask, `≤ ${LIMITS.longTaskMs}`, p.median.longestTask <= LIMITS.longTaskMs);
  }
  for (const p of f.story ?? []) {
    add(`story, ${p.slug}: start → painted and badge ÷ judge round trip`, p.median.ratio, `≤ ${LIMITS.storyRatio}`, p.median.ratio <= LIMITS.storyRatio);
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
