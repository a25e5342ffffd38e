/**
 * `npm run eval:extract`: article extraction on Mozilla Readability's own test suite (130 real pages,
 * ../shared/benchmarks/readability-pages/<name>/{source.html, expected.html, expected-metadata.json}).
 *
 * Each page is loaded in jsdom at http://fakehost/test/page.html (as Readability's tests do; scripts never run) and
 * read by `extractArticle` (src/page/extract.ts) and by @mozilla/readability itself. Both are scored by word-F1
 * against the text of expected.html: lower-cased word multisets (letters, marks and digits; each CJK character is a
 * word), precision = shared / extracted, recall = shared / expected. Readability is the ceiling: expected.html is its
 * own output. A title is right when it equals expected-metadata.json's title after case and whitespace folding, or
 * equals one side of a site-name separator in it ("Headline | Site", "Site - Headline").
 *
 * Options: --verbose (the worst pages: F1, precision, recall, words, and the start of what we read),
 * --only <name> (one page, with the whole text), --json, --no-readability (ours only: faster while tuning).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/page/extract.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = resolve(ROOT, '../shared/benchmarks/readability-pages');
const URL = 'http://fakehost/test/page.html';
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Lower-cased words; each CJK character counts as one word. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const w = m[0];
    if (!CJK.test(w)) {
      out.push(w);
      continue;
    }
    let last = 0;
    for (const c of w.matchAll(CJK_G)) {
      if (c.index > last) out.push(w.slice(last, c.index));
      out.push(c[0]);
      last = c.index + c[0].length;
    }
    if (last < w.length) out.push(w.slice(last));
  }
  return out;
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
}

/** Word-multiset precision, recall and F1 of `got` against `want`. */
export function wordF1(got: string[], want: string[]): Score {
  if (!got.length || !want.length) return { f1: got.length === want.length ? 1 : 0, precision: 0, recall: 0 };
  const counts = new Map<string, number>();
  for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of got) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  const precision = shared / got.length;
  const recall = shared / want.length;
  return { f1: shared ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

const BLOCK = /^(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;

/** An element's text with a space at every block edge (textContent glues "<p>a</p><p>b</p>" into "ab"). */
function blockText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push((c as Text).data);
      else if (c.nodeType === 1) {
        const tag = (c as Element).localName;
        if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
        const block = BLOCK.test(tag);
        if (block) parts.push(' ');
        walk(c);
        if (block) parts.push(' ');
      }
    }
  };
  walk(node);
  return parts.join('');
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Right when equal after folding, or equal to one side of a site-name separator on either title. */
export function titleRight(got: string, want: string): boolean {
  const g = fold(got);
  const w = fold(want);
  if (!g || !w) return g === w;
  if (g === w) return true;
  const sides = (s: string) => s.split(/\s+[|\-–—:»·]\s+/).map((x) => x.trim());
  return sides(w).includes(g) || sides(g).includes(w);
}

interface PageResult {
  name: string;
  expectedWords: number;
  ours: Score & { words: number; title: string; titleRight: boolean; ms: number; text: string };
  readability: (Score & { words: number; title: string; titleRight: boolean; ms: number }) | null;
  wantTitle: string;
}

function load(html: string): Document {
  return new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document;
}

function evalPage(name: string, withReadability: boolean): PageResult {
  const dir = join(PAGES, name);
  const source = readFileSync(join(dir, 'source.html'), 'utf8');
  const want = words(blockText(load(readFileSync(join(dir, 'expected.html'), 'utf8')).body));
  const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string };
  const wantTitle = meta.title ?? '';

  const doc = load(source);
  let t = performance.now();
  const ex = extractArticle(doc);
  const oursMs = performance.now() - t;
  const ow = words(ex.text);
  const ours = { ...wordF1(ow, want), words: ow.length, title: ex.title, titleRight: titleRight(ex.title, wantTitle), ms: oursMs, text: ex.text };
  doc.defaultView?.close();

  let readability: PageResult['readability'] = null;
  if (withReadability) {
    const rdoc = load(source);
    t = performance.now();
    const art = new Readability(rdoc).parse();
    const ms = performance.now() - t;
    const rw = art?.content ? words(blockText(load(`<body>${art.content}</body>`).body)) : [];
    const title = art?.title ?? '';
    readability = { ...wordF1(rw, want), words: rw.length, title, titleRight: titleRight(title, wantTitle), ms };
    rdoc.defaultView?.close();
  }
  return { name, expectedWords: want.length, ours, readability, wantTitle };
}

function main(): void {
  if (!existsSync(PAGES)) throw new Error(`${PAGES} not found: the benchmark pages live in ../shared/benchmarks`);
  const only = option('--only');
  const names = readdirSync(PAGES).filter((n) => existsSync(join(PAGES, n, 'source.html')) && (!only || n === only)).sort();
  const withReadability = !flag('--no-readability');
  const results = names.map((n) => evalPage(n, withReadability));

  const summary = (pick: (r: PageResult) => (Score & { words: number; titleRight: boolean; ms: number }) | null) => {
    const rs = results.map(pick).filter((x): x is NonNullable<typeof x> => !!x);
    const ms = rs.map((r) => r.ms).sort((a, b) => a - b);
    return {
      pages: rs.length,
      f1AtLeast09: rs.filter((r) => r.f1 >= 0.9).length,
      empty: rs.filter((r) => r.words === 0).length,
      titlesRight: rs.filter((r) => r.titleRight).length,
      meanF1: rs.reduce((s, r) => s + r.f1, 0) / (rs.length || 1),
      medianMs: ms[Math.floor(ms.length / 2)] ?? 0,
    };
  };
  const ours = summary((r) => r.ours);
  const theirs = withReadability ? summary((r) => r.readability) : null;

  if (flag('--json')) {
    console.log(JSON.stringify({ ours, readability: theirs, pages: results.map(({ ours: o, ...r }) => ({ ...r, ours: { ...o, text: undefined } })) }, null, 1));
    return;
  }
  const row = (label: string, a: string | number, b: string | number | null | undefined) =>
    `| ${label.padEnd(26)} | ${String(a).padStart(9)} | ${String(b ?? '–').padStart(11)} |`;
  const n = results.length;
  console.log(`Extraction on ${n} pages of Readability's test suite (word-F1 against expected.html)\n`);
  console.log(row('', 'Crosscheck', 'Readability'));
  console.log(`|${'-'.repeat(28)}|${'-'.repeat(10)}:|${'-'.repeat(12)}:|`);
  console.log(row('word-F1 ≥ 0.9', `${ours.f1AtLeast09}/${n}`, theirs && `${theirs.f1AtLeast09}/${n}`));
  console.log(row('empty result', ours.empty, theirs?.empty));
  console.log(row('titles right', `${ours.titlesRight}/${n}`, theirs && `${theirs.titlesRight}/${n}`));
  console.log(row('mean word-F1', ours.meanF1.toFixed(3), theirs?.meanF1.toFixed(3)));
  console.log(row('median ms per page (jsdom)', ours.medianMs.toFixed(1), theirs?.medianMs.toFixed(1)));

  if (flag('--verbose') || only) {
    const worst = [...results].sort((a, b) => a.ours.f1 - b.ours.f1).filter((r) => only || r.ours.f1 < 0.9 || !r.ours.titleRight);
    console.log(`\nPages under 0.9 or with a wrong title, worst first (F1 P/R, our words / expected; Readability's F1):`);
    for (const r of worst) {
      const o = r.ours;
      const rd = r.readability ? ` | Readability ${r.readability.f1.toFixed(2)}` : '';
      console.log(`\n${r.name}: ${o.f1.toFixed(3)} (P ${o.precision.toFixed(2)} R ${o.recall.toFixed(2)}), ${o.words}/${r.expectedWords} words${rd}`);
      if (!o.titleRight) console.log(`  title: ${JSON.stringify(o.title)} ≠ ${JSON.stringify(r.wantTitle)}`);
      console.log(`  ${only ? o.text : o.text.slice(0, 200).replace(/\n+/g, ' ⏎ ')}`);
    }
  }
}

main();
