/**
 * Section 3 (Chromium part): the background's IndexedDB import of each corpus size, in a real Chromium page running
 * the background's own code (openDb + syncCorpus from src/background, bundled by esbuild), a later start's check and
 * reading the corpus back (loadCorpus), the database's size on
 * disk, and the JS heap once the corpus and its judge are loaded (what the background holds after an import).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/contracts/index.js';
import type { FixtureServer } from '../dev/serve.js';
import { heapAfterGc, launch } from './browser.js';
import type { Page } from 'puppeteer';
import { idbPageScript } from './bundle.js';
import { median } from './stats.js';

type Log = (line: string) => void;

export interface IdbResult {
  articles: number;
  runs: number;
  jsonBytes: number;
  /** Medians (ms): JSON.parse of the corpus, syncCorpus into a fresh database, createJudge. */
  parseMs: number;
  importMs: number;
  /** Opening the database again and finding the stored corpus whole, as every later start does. */
  startMs: number;
  /** loadCorpus: the whole corpus read back. */
  loadMs: number;
  createJudgeMs: number;
  /** navigator.storage.estimate() usage added by the first import in a fresh profile, and the origin's IndexedDB files on disk then (bytes). */
  usageBytes: number;
  diskBytes: number;
  /** JS heap after GC with the corpus and its judge held, and what they add to an empty page (bytes). */
  heapBytes: number;
  heapAddedBytes: number;
}

/** Bytes of every file under `dir` whose path contains `match`. */
function folderBytes(dir: string, match: string): number {
  let n = 0;
  const walk = (d: string, inside: boolean) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p, inside || name.includes(match));
      else if (inside || name.includes(match)) n += st.size;
    }
  };
  walk(dir, false);
  return n;
}

export async function benchIdb(opts: { corpora: Map<number, Corpus>; runs: number; server: FixtureServer; log: Log }): Promise<IdbResult[]> {
  const script = await idbPageScript();
  opts.server.route('/bench-idb/', { body: `<!doctype html><meta charset="utf-8"><title>Crosscheck IndexedDB bench</title><script>${script}</script>` });
  const out: IdbResult[] = [];
  for (const [n, corpus] of [...opts.corpora].sort((x, y) => x[0] - y[0])) {
    // A fresh profile per size: the first import's storage figures are then the database's alone (deleting a
    // database frees its space lazily, which would make the next one's growth read small or negative).
    const b = await launch(null);
    const path = `/bench-corpus-${n}.json`;
    opts.server.route(path, { body: JSON.stringify(corpus), type: 'application/json' });
    try {
      const page = await b.browser.newPage();
      await page.goto(opts.server.url('/bench-idb/'), { waitUntil: 'load' });
      const session = await page.createCDPSession();
      const baseline = await heapAfterGc(session);
      const origin = new URL(opts.server.origin);
      const idbDir = join(b.profile, 'Default', 'IndexedDB');
      const runs = n >= 5000 ? 1 : opts.runs;
      const rows: IdbResult[] = [];
      for (let r = 0; r < runs; r++) {
        const res = (await page.evaluate(`__bench.run(${JSON.stringify(opts.server.url(path))}, ${JSON.stringify(`crosscheck-bench-${r}`)})`)) as {
          result: string; parseMs: number; importMs: number; startMs: number; loadMs: number; createJudgeMs: number; usage: number; jsonBytes: number;
        };
        const heap = await heapAfterGc(session);
        const disk = folderBytes(idbDir, `${origin.hostname}_${origin.port}`);
        // Storage figures from the first import only: later ones share the profile with it.
        const first = r === 0;
        rows.push({ articles: n, runs, jsonBytes: res.jsonBytes, parseMs: res.parseMs, importMs: res.importMs, startMs: res.startMs, loadMs: res.loadMs, createJudgeMs: res.createJudgeMs, usageBytes: first ? res.usage : NaN, diskBytes: first ? disk : NaN, heapBytes: heap, heapAddedBytes: heap - baseline });
        opts.log(`  ${n} articles run ${r + 1}: parse ${res.parseMs.toFixed(0)} ms, import ${res.importMs.toFixed(0)} ms (${res.result}), start ${res.startMs.toFixed(0)} ms, read back ${res.loadMs.toFixed(0)} ms, heap ${(heap / 1048576).toFixed(1)} MB`);
      }
      const m = (k: keyof IdbResult) => median(rows.map((x) => x[k] as number));
      out.push({ articles: n, runs, jsonBytes: rows[0]!.jsonBytes, parseMs: m('parseMs'), importMs: m('importMs'), startMs: m('startMs'), loadMs: m('loadMs'), createJudgeMs: m('createJudgeMs'), usageBytes: m('usageBytes'), diskBytes: m('diskBytes'), heapBytes: m('heapBytes'), heapAddedBytes: m('heapAddedBytes') });
    } finally {
      opts.server.route(path, { body: '', type: 'application/json' });
      await b.close();
    }
  }
  return out;
}

/**
 * The real extension's service worker heap (bytes) after a full GC, once its corpus is imported and its judge built
 * (corpus-info answers only then): what the background holds with the bundled corpus.
 */
export async function serviceWorkerHeap(extension: string): Promise<number> {
  const b = await launch(extension);
  try {
    const page: Page = await b.browser.newPage();
    await page.goto(`${b.base}options/options.html`, { waitUntil: 'load' });
    const info = (await page.evaluate(`chrome.runtime.sendMessage({ type: 'corpus-info', payload: {} })`)) as { ok?: boolean } | undefined;
    if (!info?.ok) throw new Error('the background did not answer corpus-info');
    return await heapAfterGc(b.worker!.client);
  } finally {
    await b.close();
  }
}
