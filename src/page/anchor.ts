/**
 * Text → Range: finds a quoted sentence in a TextMap and turns it into a live DOM Range, across element boundaries.
 * Exact offsets first (the engine's claims carry offsets into the text we sent), then an exact search on folded text
 * (case, curly quotes, dashes, NBSP, soft hyphens, collapsed whitespace), nearest to the hint, then prefix + suffix.
 */
import { TextMapBuilder, normalizeText, rangeFromOffsets, type TextMap } from './text-map.js';

export interface Quote {
  text: string;
  /** Where the quote was when it was taken: a hint, checked before use. */
  start?: number;
  end?: number;
}

export interface Span {
  start: number;
  end: number;
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.', '\n': ' ',
  // Final sigma: toLowerCase gives "ς" or "σ" by what follows, so a quote and the page around it could differ.
  '\u03c2': '\u03c3',
};
const FOLD_RE = /[\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026\n\u03c2]/g;

/** Folds case, quotes and dashes without changing the string's length, so offsets carry over. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  const base = lower.length === s.length ? lower : [...s].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return base.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

function nearest(hay: string, needle: string, hint: number, from = 0, to = hay.length): number {
  let best = -1;
  for (let i = hay.indexOf(needle, from); i >= 0 && i <= to; i = hay.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)) best = i;
    if (i > hint) break;
  }
  return best;
}

/** Finds where a quote sits in `text`; null when it can't be found. */
export function locate(text: string, quote: Quote, folded?: string): Span | null {
  const { start, end } = quote;
  if (start !== undefined && end !== undefined && text.slice(start, end) === quote.text) return { start, end };
  const needle = fold(normalizeText(quote.text));
  if (!needle) return null;
  const hay = folded ?? fold(text);
  const hint = start ?? 0;
  const at = nearest(hay, needle, hint);
  if (at >= 0) return { start: at, end: at + needle.length };
  // Tolerate small edits inside the sentence: anchor its beginning and its end.
  const k = Math.min(40, Math.floor(needle.length / 3));
  if (k < 12) return null;
  const head = nearest(hay, needle.slice(0, k), hint);
  if (head < 0) return null;
  const tailNeedle = needle.slice(-k);
  const tail = hay.indexOf(tailNeedle, head + k);
  if (tail < 0 || tail + k - head > needle.length * 1.5) return null;
  return { start: head, end: tail + k };
}

/** Live Ranges for each quote (null where it can't be found or its nodes are gone). */
export function anchorQuotes(map: TextMap, quotes: readonly Quote[]): (Range | null)[] {
  let folded: string | undefined;
  return quotes.map((q) => {
    const exact = q.start !== undefined && q.end !== undefined && map.text.slice(q.start, q.end) === q.text;
    if (!exact) folded ??= fold(map.text);
    const span = locate(map.text, q, folded);
    return span ? rangeFromOffsets(map, span.start, span.end) : null;
  });
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CROSSCHECK-ROOT', 'TEXTAREA']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR']);

/** A TextMap of everything under `root`, block edges read as spaces so that a search can cross them. */
export function mapElement(root: Element): TextMap {
  const b = new TextMapBuilder();
  const walk = (el: Element) => {
    for (const c of el.childNodes) {
      if (c.nodeType === 3) b.addText(c as Text);
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (SKIP.has(e.tagName)) continue;
        const inline = INLINE.has(e.tagName);
        if (!inline) b.addSpace();
        walk(e);
        if (!inline) b.addSpace();
      }
    }
  };
  walk(root);
  return b.finish();
}

/** Finds a quote anywhere under `root` and returns a Range for it. */
export function findInElement(root: Element, quote: Quote): Range | null {
  const map = mapElement(root);
  const span = locate(map.text, quote);
  return span ? rangeFromOffsets(map, span.start, span.end) : null;
}
