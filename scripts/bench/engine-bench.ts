/**
 * Section 3 (Node part): the engine at corpus sizes 5 (the seeds), 50, 500 and 5,000 articles.
 * Corpus build time (buildCorpus on a synthetic corpus), judge load time, time to judge one page (the five seed
 * articles in their fixture pages, extracted as the extension does), claims judged per second, and a CPU profile
 * of the slowest parts. A size whose build is predicted (from the two sizes below it) to take longer than the cap is
 * not built: its corpus is the one below it tiled (see tileCorpus) and its build time is reported as predicted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, PageInput } from '../../src/contracts/index.js';
import type { Judge } from '../../src/engine/index.js';
import { DEFAULT_INPUT } from '../corpus/build-corpus.js';
import type { Engine } from './bundle.js';
import { profile, type ProfileLine } from './profile.js';
import { median, timeRuns } from './stats.js';
import { generateCorpus, readSeeds, tileCorpus } from './synth.js';

type Log = (line: string) => void;

/** Profile lines of the bundled engine (see bundle.ts). */
const ENGINE_FILE = /\(engine\.mjs\)$/;

export interface SizeResult {
  articles: number;
  claims: number;
  points: number;
  /** Bytes of the corpus as JSON. */
  bytes: number;
  /** How this size's corpus was made. */
  source: 'seeds' | 'buildCorpus' | 'tiled';
  /** Median build time (ms), or null when not built. */
  buildMs: number | null;
  buildRuns: number;
  /** Predicted build time (ms) from the sizes below, when not built. */
  buildPredictedMs: number | null;
  createJudgeMs: number;
  /** Median time to judge one page (ms). */
  pageMs: number;
  /** Claims judged per second (judgeClaims over the seed claims). */
  claimsPerSecond: number;
  /** Median over runs of this size's page time divided by the seed corpus's, same run. */
  pageRatioToSeeds: number;
}

export interface EngineResult {
  sizes: SizeResult[];
  /** Pages judged and claims per judgeClaims call. */
  pages: string[];
  claimTexts: number;
  profiles: { what: string; ms: number; lines: ProfileLine[] }[];
  /** The corpora, for the IndexedDB and retrieval sections. */
  corpora: Map<number, Corpus>;
}

export interface EngineOptions {
  engine: Engine;
  runs: number;
  sizes: number[];
  /** Longest predicted build (ms) the benchmark will run. */
  buildCapMs: number;
  pages: { slug: string; page: PageInput }[];
  log: Log;
}

/** Predicts the build time at `size` from measured (size, ms) pairs by a power law through the last two (exponent 2 with one). */
export function predictBuild(measured: [number, number][], size: number): number {
  const [a, b] = measured.slice(-2);
  if (!a) return NaN;
  if (!b) return a[1] * (size / a[0]) ** 2;
  const k = Math.log(b[1] / a[1]) / Math.log(b[0] / a[0]);
  return b[1] * (size / b[0]) ** Math.max(1, k);
}

/** The seed corpus input as `npm run build:corpus` reads it. */
function seedInput(dir: string): { story: Uint8Array; outlets: Uint8Array; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) files.set(name, readFileSync(join(dir, name)));
  return { story: readFileSync(join(dir, 'story.json')), outlets: readFileSync(join(dir, 'outlets.json')), files };
}

export async function benchEngine(opts: EngineOptions): Promise<EngineResult> {
  const { log } = opts;
  const { buildCorpus, createJudge } = opts.engine;
  const buildFromDir = (dir: string) => buildCorpus(seedInput(dir));
  const seeds = readSeeds(DEFAULT_INPUT);
  // Synthetic corpora tell the seeds' story.
  const story = readFileSync(join(DEFAULT_INPUT, 'story.json'));
  const corpora = new Map<number, Corpus>();
  const sizes: Omit<SizeResult, 'createJudgeMs' | 'pageMs' | 'claimsPerSecond' | 'pageRatioToSeeds'>[] = [];
  const measured: [number, number][] = [];

  const seedTimes = timeRuns(opts.runs, () => buildFromDir(DEFAULT_INPUT));
  const seedCorpus = buildFromDir(DEFAULT_INPUT);
  corpora.set(seedCorpus.articles.length, seedCorpus);
  measured.push([seedCorpus.articles.length, median(seedTimes)]);
  sizes.push({ articles: seedCorpus.articles.length, claims: seedCorpus.claims.length, points: seedCorpus.points.length, bytes: JSON.stringify(seedCorpus).length, source: 'seeds', buildMs: median(seedTimes), buildRuns: opts.runs, buildPredictedMs: null });
  log(`  seeds: build ${median(seedTimes).toFixed(0)} ms`);

  for (const size of opts.sizes) {
    const predicted = predictBuild(measured, size);
    let corpus: Corpus;
    if (predicted <= opts.buildCapMs) {
      const input = generateCorpus(seeds, size);
      // Repeat small builds; one of a large one is enough against its own length.
      const runs = predicted < 5_000 ? opts.runs : 1;
      const times: number[] = [];
      let built: Corpus | null = null;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        built = buildCorpus({ story, outlets: input.outlets, files: input.files });
        times.push(performance.now() - t);
      }
      corpus = built!;
      measured.push([size, median(times)]);
      sizes.push({ articles: size, claims: corpus.claims.length, points: corpus.points.length, bytes: JSON.stringify(corpus).length, source: 'buildCorpus', buildMs: median(times), buildRuns: times.length, buildPredictedMs: null });
      log(`  ${size}: build ${median(times).toFixed(0)} ms (${corpus.claims.length} claims, ${corpus.points.length} points)`);
    } else {
      const below = [...corpora.keys()].filter((n) => n < size && size % n === 0 && n > 5).sort((a, b) => b - a)[0];
      if (!below) throw new Error(`no corpus to tile up to ${size} articles`);
      corpus = tileCorpus(corpora.get(below)!, size / below);
      sizes.push({ articles: size, claims: corpus.claims.length, points: corpus.points.length, bytes: JSON.stringify(corpus).length, source: 'tiled', buildMs: null, buildRuns: 0, buildPredictedMs: predicted });
      log(`  ${size}: build predicted ${(predicted / 1000).toFixed(0)} s > cap, tiled ${below} × ${size / below}`);
    }
    corpora.set(size, corpus);
  }

  // Where the build time goes: a profile of a mid-size build.
  const profiles: EngineResult['profiles'] = [];
  const mid = generateCorpus(seeds, 100);
  const buildProfile = await profile(() => buildCorpus({ story, outlets: mid.outlets, files: mid.files }), ENGINE_FILE);
  profiles.push({ what: 'buildCorpus, 100 articles', ms: buildProfile.ms, lines: buildProfile.lines });

  const judges = new Map<number, Judge>();
  const createMs = new Map<number, number>();
  for (const [n, c] of corpora) {
    const t = performance.now();
    judges.set(n, createJudge(c));
    createMs.set(n, performance.now() - t);
  }
  const texts = seedCorpus.claims.map((c) => c.text);
  const order = [...judges.keys()];
  const pageMs = new Map<number, number[]>(order.map((n) => [n, []]));
  const cps = new Map<number, number[]>(order.map((n) => [n, []]));
  for (const [, j] of judges) for (const p of opts.pages) j.judgePage(p.page);
  for (let r = 0; r < opts.runs; r++) {
    for (let i = 0; i < order.length; i++) {
      const n = order[(i + r) % order.length]!;
      const j = judges.get(n)!;
      const t = performance.now();
      for (const p of opts.pages) j.judgePage(p.page);
      pageMs.get(n)!.push((performance.now() - t) / opts.pages.length);
      const t2 = performance.now();
      j.judgeClaims(texts);
      cps.get(n)!.push(texts.length / ((performance.now() - t2) / 1000));
    }
    log(`  run ${r + 1}: ${order.map((n) => `${n}: ${pageMs.get(n)!.at(-1)!.toFixed(0)} ms/page`).join(', ')}`);
  }
  const largest = Math.max(...order);
  const judgeProfile = await profile(() => opts.pages.forEach((p) => judges.get(largest)!.judgePage(p.page)), ENGINE_FILE);
  profiles.push({ what: `judgePage × ${opts.pages.length}, ${largest} articles`, ms: judgeProfile.ms, lines: judgeProfile.lines });

  const seedN = seedCorpus.articles.length;
  const results: SizeResult[] = sizes.map((s) => ({
    ...s,
    createJudgeMs: createMs.get(s.articles)!,
    pageMs: median(pageMs.get(s.articles)!),
    claimsPerSecond: median(cps.get(s.articles)!),
    pageRatioToSeeds: median(pageMs.get(s.articles)!.map((x, r) => x / pageMs.get(seedN)![r]!)),
  }));
  return { sizes: results, pages: opts.pages.map((p) => p.slug), claimTexts: texts.length, profiles, corpora };
}
