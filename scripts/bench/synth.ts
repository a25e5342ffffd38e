/**
 * Synthetic corpora for the benchmark: N articles written from the seed articles' sentences, with
 * figures, places, days, actors and sources varied, so that a corpus of thousands of articles looks
 * like thousands of outlets covering the same story — agreeing, disputing and leaving things out —
 * rather than five texts copied. Deterministic: the same size and PRNG seed give the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/contracts/index.js';
import { isFurniture, parseEntries } from '../../src/engine/corpus-build.js';

/** mulberry32: a small, fast, seeded PRNG (returns floats in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One seed article read into its headline and body lines, furniture left out. */
export interface SeedArticle {
  file: string;
  language: string;
  headline: string | null;
  lines: string[];
}

/** Reads the seeds (assets/corpus by default) into headline and body lines, without furniture and blank lines. */
export function readSeeds(dir: string): SeedArticle[] {
  // The corpus build's own reading of outlets.json: the same checks, the same furniture rule.
  return parseEntries('outlets.json', readFileSync(join(dir, 'outlets.json'))).map((e) => {
    const text = readFileSync(join(dir, e.file), 'utf8');
    const furniture = (l: string) => e.furniture.some((f) => isFurniture(l, f));
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !furniture(l));
    const headline = e.headline?.trim() ?? null;
    return { file: e.file, language: e.language, headline, lines: lines.filter((l) => l !== headline) };
  });
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const CITIES = ['Santa Marta', 'Bogotá', 'Cartagena', 'Barranquilla', 'Medellín', 'Cali'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['September', 'October', 'November', 'August'];
/** Who else stopped sharing: Britain in the seeds, another state in a varied copy. */
const ALLIES = [
  ['the UK', 'the U.K.', 'the United Kingdom', 'Britain'],
  ['France', 'France', 'France', 'France'],
  ['the Netherlands', 'the Netherlands', 'the Netherlands', 'the Netherlands'],
  ['Canada', 'Canada', 'Canada', 'Canada'],
  ['Spain', 'Spain', 'Spain', 'Spain'],
] as const;
const SOURCES = ['CNN', 'Reuters', 'the BBC', 'AFP', 'The New York Times', 'the AP'];
const WORD_NUMBERS = ['Dozens of', 'Fifty', 'Forty', 'Sixty', 'Twenty', 'Thirty'];

/** The knobs one synthetic outlet turns: the same for all its sentences, so that an article is consistent. */
interface Variant {
  toll: number;
  boats: number;
  countries: string;
  sailors: number;
  aid: number;
  city: string;
  day: string;
  month: string;
  ally: number;
  source: string;
  /** Share of its base article's sentences it keeps. */
  keep: number;
}

function variantFor(r: () => number): Variant {
  const jitter = (base: number, spread: number) => Math.max(1, base + Math.round((r() - 0.5) * 2 * spread));
  return {
    // Most outlets agree with one of the seeds' figures; some report another.
    toll: r() < 0.6 ? pick(r, [75, 76, 76, 70]) : jitter(76, 15),
    boats: r() < 0.7 ? 20 : jitter(20, 6),
    countries: r() < 0.7 ? 'Fifty' : pick(r, WORD_NUMBERS),
    sailors: r() < 0.8 ? 4000 : pick(r, [3000, 4500, 5000]),
    aid: r() < 0.8 ? 377 : jitter(377, 60),
    city: r() < 0.5 ? 'Santa Marta' : pick(r, CITIES),
    day: r() < 0.6 ? 'Tuesday' : pick(r, DAYS),
    month: r() < 0.8 ? 'September' : pick(r, MONTHS),
    ally: r() < 0.6 ? 0 : Math.floor(r() * ALLIES.length),
    source: r() < 0.6 ? 'CNN' : pick(r, SOURCES),
    keep: 0.6 + r() * 0.4,
  };
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** Rewrites one seed sentence with an outlet's figures, places, days, actors and sources. */
export function varySentence(line: string, v: Variant): string {
  const ally = ALLIES[v.ally]!;
  return line
    .replace(/\bat least 7[56]\b/g, `at least ${v.toll}`)
    .replace(/\b20 boats\b/g, `${v.boats} boats`)
    .replace(/\bFifty countries\b/g, `${v.countries} countries`)
    .replace(/\b4,000 sailors\b/g, `${thousands(v.sailors)} sailors`)
    .replace(/\$377 million\b/g, `$${v.aid} million`)
    .replace(/\b(city of|summit in|held in) (Santa Marta|Bogotá)\b/g, `$1 ${v.city}`)
    .replace(/\b(on|late|On|announced) Tuesday\b/g, `$1 ${v.day}`)
    .replace(/\bsince September\b/g, `since ${v.month}`)
    .replace(/\bthe United Kingdom\b/g, ally[2])
    .replace(/\bthe U\.K\.(?=[\s,])/g, ally[1])
    .replace(/\bthe UK\b/g, ally[0])
    .replace(/\bBritain\b/g, ally[3])
    .replace(/\bCNN\b/g, v.source);
}

export interface SyntheticCorpus {
  /** outlets.json bytes. */
  outlets: string;
  /** file name → text. */
  files: Map<string, string>;
  /** Characters of article text in all. */
  chars: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const hex = (r: () => number) => Array.from({ length: 16 }, () => Math.floor(r() * 16).toString(16)).join('');

/**
 * Generates `size` articles from the seeds. Article k takes a seed as its base, keeps most of its sentences,
 * borrows one or two from another seed, and varies them with its own figures, city, day, ally and source.
 */
export function generateCorpus(seeds: readonly SeedArticle[], size: number, seed = 20251112): SyntheticCorpus {
  const r = prng(seed ^ size);
  const width = Math.max(3, String(size - 1).length);
  const files = new Map<string, string>();
  const articles: object[] = [];
  let chars = 0;
  for (let k = 0; k < size; k++) {
    const base = seeds[k % seeds.length]!;
    const v = variantFor(r);
    const lines = base.lines.filter((_, i) => i === 0 || r() < v.keep);
    for (let extra = Math.floor(r() * 3); extra > 0; extra--) {
      const other = pick(r, seeds);
      lines.splice(1 + Math.floor(r() * lines.length), 0, pick(r, other.lines));
    }
    const body = [...new Set(lines.map((l) => varySentence(l, v)))];
    const headline = base.headline ? varySentence(base.headline, v) : null;
    const text = `${[...(headline ? [headline] : []), ...body].join('\n')}\n`;
    const file = `${pad(k, width)}_${hex(r)}.txt`;
    files.set(file, text);
    chars += text.length;
    const day = 10 + Math.floor(r() * 5);
    articles.push({
      file,
      publisher: `Synthetic Outlet ${k}`,
      domain: `outlet-${k}.example`,
      url: `https://outlet-${k}.example/2025/11/${day}/colombia-intelligence`,
      published: r() < 0.8 ? `2025-11-${day}` : null,
      original: null,
      language: base.language,
      headline,
      furniture: [],
    });
  }
  const outlets = JSON.stringify({ about: `Synthetic corpus of ${size} articles from the seeds (bench).`, articles }, null, 1);
  return { outlets, files, chars };
}

/**
 * Repeats a built corpus `times` times under new outlet, article, sentence and claim ids, merging each point's
 * claims and verdicts across the copies: the shape buildCorpus gives a corpus that many times larger, made in
 * linear time, for sizes whose real build would not finish within the benchmark's time (the build is timed apart).
 */
export function tileCorpus(corpus: Corpus, times: number): Corpus {
  const n = corpus.outlets.length;
  const width = String(n * times - 1).length;
  const outletOf = new Map(corpus.outlets.map((o, i) => [o.id, i]));
  const oid = (id: string, t: number) => pad(t * n + outletOf.get(id)!, width);
  const rid = (id: string, outlet: string, t: number) => id.replace(outlet, oid(outlet, t));
  const outlets: Corpus['outlets'] = [];
  const articles: Corpus['articles'] = [];
  const sentences: Corpus['sentences'] = [];
  const claims: Corpus['claims'] = [];
  for (let t = 0; t < times; t++) {
    for (const o of corpus.outlets) outlets.push({ ...o, id: oid(o.id, t), file: o.file.replace(/^\d+/, oid(o.id, t)), name: `${o.name} #${t}` });
    for (const a of corpus.articles) articles.push({ ...a, id: rid(a.id, a.outlet, t), outlet: oid(a.outlet, t), file: a.file.replace(/^\d+/, oid(a.outlet, t)) });
    for (const s of corpus.sentences) sentences.push({ ...s, id: rid(s.id, s.outlet, t), article: rid(s.article, s.outlet, t), outlet: oid(s.outlet, t) });
    for (const c of corpus.claims) claims.push({ ...c, id: rid(c.id, c.outlet, t), article: rid(c.article, c.outlet, t), sentence: rid(c.sentence, c.outlet, t), outlet: oid(c.outlet, t) });
  }
  const claimOutlet = new Map(corpus.claims.map((c) => [c.id, c.outlet]));
  const points = corpus.points.map((p) => {
    const copies = Array.from({ length: times }, (_, t) => t);
    return {
      ...p,
      claims: copies.flatMap((t) => p.claims.map((c) => rid(c, claimOutlet.get(c)!, t))),
      verdicts: copies.flatMap((t) => p.verdicts.map((v) => ({ ...v, outlet: oid(v.outlet, t), claim: v.claim ? rid(v.claim, claimOutlet.get(v.claim)!, t) : null }))),
    };
  });
  return { ...corpus, hash: `${corpus.hash.slice(0, 56)}x${String(times).padStart(7, '0')}`, outlets, articles, sentences, claims, points };
}
