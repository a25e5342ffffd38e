/**
 * The text processing of `npm run eval:checkthat` (scripts/eval/checkthat.ts), kept apart so that it can be tested:
 * tweet cleaning, plain BM25's tokens, the extra terms the matcher is given on this benchmark, and the collection's
 * claims stored twice.
 */

/** What to do with an embedded tweet's signature "— Name (@handle) Date": keep all, keep the name and date, drop it. */
export type Signature = 'keep' | 'name' | 'drop';

// ---- tweet cleaning, shared by every system

/** "AustralianFires" → "Australian Fires", "realDonaldTrump" → "real Donald Trump", "IlhanMN" → "Ilhan MN". */
export function splitCamel(w: string): string {
  return w
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`));
}

/**
 * Strips links (t.co, pic.twitter.com, any http(s) address, bare domain/path links), keeps the words of @handles and
 * #hashtags without their sign, split at case changes, and decodes the few HTML entities tweets carry.
 * The embedded tweet's signature ("— Name (@handle) January 6, 2020") keeps its name and date but loses its handle
 * by default: the handle mostly repeats the name ("Dinesh D'Souza (@DineshDSouza)"), which doubled the name's weight
 * (train MAP@5, BM25 / matcher: handle kept 0.750 / 0.708, dropped 0.769 / 0.724, whole signature dropped 0.736 / 0.702).
 */
export function cleanTweet(t: string, signature: Signature = 'name'): string {
  // The embedded tweet's signature "— Name (@handle) Month D, YYYY", at the end or before a quote-tweet's comment.
  const sig = /\s*[—–]\s+([^—–()]*?)\s*\(@[\p{L}\p{N}_]+\)\s+(\p{L}+ \d{1,2}, \d{4})/gu;
  if (signature === 'name') t = t.replace(sig, ' — $1 $2');
  else if (signature === 'drop') t = t.replace(sig, '');
  return t
    .replace(/https?:\/\/t\.co\/[A-Za-z0-9]{10}/g, ' ')
    .replace(/pic\.twitter\.com\/[A-Za-z0-9]{10}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|ly|co|gov|edu|info|news|io|me|tv|us|uk|gl)\/\S*/gi, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[@#]([\p{L}\p{N}_]+)/gu, (_, w: string) => ` ${splitCamel(w)} `)
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- plain BM25's tokens

/** English stop words (Lucene's / NLTK's common list). */
const STOP = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both but by
  can cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't
  have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
  isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves
  out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves
  then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd
  we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would
  wouldn't you you'd you'll you're you've your yours yourself yourselves s t d ll m re ve just will`
    .split(/\s+/)
    .flatMap((w) => [w, w.replace(/'/g, '')])
    .filter(Boolean),
);

const isCons = (w: string, i: number): boolean => {
  const c = w[i]!;
  if ('aeiou'.includes(c)) return false;
  if (c === 'y') return i === 0 || !isCons(w, i - 1);
  return true;
};
/** Porter's m: the number of vowel-consonant sequences in a stem. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  const n = w.length;
  while (i < n && isCons(w, i)) i++;
  while (i < n) {
    while (i < n && !isCons(w, i)) i++;
    if (i >= n) break;
    while (i < n && isCons(w, i)) i++;
    m++;
  }
  return m;
}
const hasVowel = (w: string) => [...w].some((_, i) => !isCons(w, i));
const cvc = (w: string) => {
  const n = w.length;
  return n >= 3 && isCons(w, n - 3) && !isCons(w, n - 2) && isCons(w, n - 1) && !'wxy'.includes(w[n - 1]!);
};

/** Porter's step 1 (1a plurals, 1b -eed/-ed/-ing, 1c -y → -i): a light English stemmer. */
export function lightStem(word: string): string {
  let w = word;
  if (w.length <= 2) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.endsWith('s')) w = w.slice(0, -1);
  let again = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    again = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    again = true;
  }
  if (again) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isCons(w, w.length - 1) && !'lsz'.includes(w[w.length - 1]!)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  if (w.endsWith('y') && w.length > 2 && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  return w;
}

/** Lower-cased letter/digit tokens ("trump's" is "trump"), stop words removed, stemmed. */
export function bm25Tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const w = m[0].replace(/’/g, "'").replace(/'s$/, '');
    if (STOP.has(w) || STOP.has(w.replace(/'/g, ''))) continue;
    out.push(lightStem(w.replace(/'/g, '')));
  }
  return out;
}

// ---- what the matcher is given on this benchmark besides the engine's terms

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * Figures and month names as terms ("n:2019", "n:150", "n:december"): the engine's terms leave them out (they are
 * slot values its stance function compares, not retrieval terms), yet a claim's "in December 2019" or "$150 billion"
 * is what a tweet dated December 2019 or saying "150 Billion Dollars" shares with it. Every run of digits counts, as a
 * plain BM25 token would.
 */
export function figureTerms(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (/^\d+$/.test(w) || MONTH.test(w)) out.set(`n:${w}`, (out.get(`n:${w}`) ?? 0) + 1);
  }
  return out;
}

/**
 * The text's plain BM25 tokens as terms of their own ("x:hundr"), beside the engine's: a word the engine reads as a
 * concept ("hundreds" as *sink*, "people" as *population*) or an actor's party ("Trump" as *us*) is still matched as
 * the word it is.
 */
export function surfaceTerms(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of bm25Tokens(text)) out.set(`x:${t}`, (out.get(`x:${t}`) ?? 0) + 1);
  return out;
}

/** a + w × b, for term maps. */
export function addTerms(a: Map<string, number>, b: Map<string, number>, w = 1): Map<string, number> {
  const out = new Map(a);
  for (const [t, n] of b) out.set(t, (out.get(t) ?? 0) + w * n);
  return out;
}

/**
 * The claims to index when a collection stores some claims twice: the first copy (lowest id) of each text, compared
 * by its letters and digits only (the copies differ in quote style). A copy is the same claim: indexed twice, it
 * scores exactly as its first copy, and the scorer, breaking ties by id descending, ranks the later copy first.
 */
export function firstCopies<C extends { id: number; vclaim: string }>(claims: readonly C[]): C[] {
  const seen = new Set<string>();
  const out: C[] = [];
  for (const c of [...claims].sort((a, b) => a.id - b.id)) {
    const key = c.vclaim.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

// ---- vocabulary mismatch: prefixes and a translation table learned from the collection's own paraphrases

/**
 * The text's plain BM25 stems cut to their first `n` letters, as `t:` terms ("relig" for "religious" and "religion",
 * "respe" for "respectful" and "respect"): derived forms that Porter's step 1 and Snowball keep apart still meet.
 * Figures are left to `figureTerms`.
 */
export function prefixTerms(text: string, n = 4): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of bm25Tokens(text)) {
    if (/^\d/.test(t)) continue;
    const k = `t:${t.slice(0, n)}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** For each source stem, the stems it translates to, most probable first, with their probabilities. */
export type TranslationTable = Map<string, [string, number][]>;

/**
 * IBM Model 1 (Brown et al. 1993), trained by EM on pairs of texts that say the same thing in other words: p(f | e),
 * the chance that stem e of one text is rendered as stem f in the other, with a null word to absorb what has no
 * counterpart. Each pair is read in both directions, so the table is one of paraphrases rather than of a direction.
 * Each text counts each stem once. Returns, for each stem, its translations with p ≥ `min`, most probable first.
 */
export function translationTable(pairs: readonly (readonly [string, string])[], options: { iterations?: number; min?: number } = {}): TranslationTable {
  const iterations = options.iterations ?? 6;
  const min = options.min ?? 1e-3;
  const ids = new Map<string, number>();
  const words: string[] = [];
  const idOf = (w: string) => {
    let i = ids.get(w);
    if (i === undefined) ids.set(w, (i = words.push(w) - 1));
    return i;
  };
  const NULL = idOf('\u0000');
  const stems = (s: string) => [...new Set(bm25Tokens(s).filter((t) => !/^\d/.test(t)))].map(idOf);
  const sides: [number[], number[]][] = [];
  for (const [a, b] of pairs) {
    const x = stems(a);
    const y = stems(b);
    if (!x.length || !y.length) continue;
    sides.push([[...x, NULL], y], [[...y, NULL], x]);
  }
  // One cell per (e, f) that meet in a pair: every pair's cells, f by f, as indices into the cells' probabilities.
  const cellOf = new Map<number, number>();
  const cellSource: number[] = [];
  const cellTarget: number[] = [];
  const V = words.length;
  const runs: Int32Array[] = [];
  for (const [es, fs] of sides) {
    const run = new Int32Array(es.length * fs.length);
    let k = 0;
    for (const f of fs)
      for (const e of es) {
        const key = e * V + f;
        let c = cellOf.get(key);
        if (c === undefined) {
          cellOf.set(key, (c = cellSource.length));
          cellSource.push(e);
          cellTarget.push(f);
        }
        run[k++] = c;
      }
    runs.push(run);
  }
  const cells = cellSource.length;
  // Uniform start over each source's targets.
  const fanout = new Float64Array(V);
  for (let c = 0; c < cells; c++) fanout[cellSource[c]!]!++;
  let p = new Float64Array(cells);
  for (let c = 0; c < cells; c++) p[c] = 1 / fanout[cellSource[c]!]!;
  for (let it = 0; it < iterations; it++) {
    const count = new Float64Array(cells);
    sides.forEach(([es, fs], s) => {
      const run = runs[s]!;
      const m = es.length;
      for (let j = 0; j < fs.length; j++) {
        let z = 0;
        for (let i = 0; i < m; i++) z += p[run[j * m + i]!]!;
        if (z > 0) for (let i = 0; i < m; i++) count[run[j * m + i]!]! += p[run[j * m + i]!]! / z;
      }
    });
    const total = new Float64Array(V);
    for (let c = 0; c < cells; c++) total[cellSource[c]!]! += count[c]!;
    for (let c = 0; c < cells; c++) count[c] = count[c]! / total[cellSource[c]!]!;
    p = count;
  }
  const table: TranslationTable = new Map();
  for (let c = 0; c < cells; c++) {
    const e = cellSource[c]!;
    if (e === NULL || p[c]! < min) continue;
    const w = words[e]!;
    const list = table.get(w) ?? [];
    list.push([words[cellTarget[c]!]!, p[c]!]);
    table.set(w, list);
  }
  for (const list of table.values()) list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return table;
}

/**
 * The text's likely paraphrases as `x:` terms (the surface stems' own prefix): for each of its stems, up to `top`
 * translations other than itself with p ≥ `min`, weighted by p (a stem reached from two words keeps the larger).
 * Stems the text already has are left out: the expansion only adds words the text lacks.
 */
export function translationTerms(text: string, table: TranslationTable, options: { top?: number; min?: number } = {}): Map<string, number> {
  const top = options.top ?? 10;
  const min = options.min ?? 0.05;
  const own = new Set(bm25Tokens(text));
  const out = new Map<string, number>();
  for (const s of own) {
    for (const [f, p] of (table.get(s) ?? []).slice(0, top)) {
      if (p < min || own.has(f)) continue;
      const k = `x:${f}`;
      out.set(k, Math.max(out.get(k) ?? 0, p));
    }
  }
  return out;
}
