/**
 * A string built from DOM text nodes, with a map from every offset in it back to a text node and an offset there.
 * Whitespace runs (including NBSP and the other Unicode spaces) collapse to one space, and invisible characters
 * (soft hyphens, zero-width spaces, BOM) are dropped, the way a reader sees the text; the map keeps the way back.
 */

/** A run of the string copied from one text node: text[start, start+length) ⇐ node.data[offset, offset+length). */
export interface Chunk {
  start: number;
  length: number;
  /** null for separators the builder added ("\n\n" between paragraphs). */
  node: Text | null;
  offset: number;
}

export interface TextMap {
  text: string;
  chunks: Chunk[];
}

/** Whitespace as a reader sees it, NBSP and the narrow/thin spaces included. */
export const SPACE_RE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
// Invisible characters first: JavaScript's \s includes U+FEFF, which a reader never sees as a space.
const TOKEN_RE = /([\u00ad\u200b-\u200d\u2060\ufeff]+)|([\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+)/g;

/** Builds a TextMap incrementally: feed text nodes in reading order, break paragraphs, then finish(). */
export class TextMapBuilder {
  private out: string[] = [];
  private len = 0;
  readonly chunks: Chunk[] = [];
  /** A space is owed before the next visible character; where the whitespace that caused it was. */
  private pending: { node: Text | null; offset: number } | null = null;
  /** Characters emitted since the last paragraph break. */
  private inPara = 0;
  private paraStart = 0;
  private breakOwed = false;

  /** Appends one text node's data. */
  addText(node: Text): void {
    const data = node.data;
    TOKEN_RE.lastIndex = 0;
    let pos = 0;
    for (let m = TOKEN_RE.exec(data); m; m = TOKEN_RE.exec(data)) {
      // The common case, one plain space between two words of this node, needs no collapsing: copy it through.
      if (m[0] === ' ' && m.index > pos && m.index + 1 < data.length && !INVISIBLE_RE.test(data[m.index + 1]!)) continue;
      if (m.index > pos) this.emit(node, pos, m.index - pos);
      if (m[2] !== undefined && this.inPara > 0) this.pending ??= { node, offset: m.index };
      pos = m.index + m[0].length;
    }
    if (pos < data.length) this.emit(node, pos, data.length - pos);
  }

  /** Whitespace between inline boxes that the DOM doesn't hold as text (a <br>, a block edge inside a run). */
  addSpace(): void {
    if (this.inPara > 0) this.pending ??= { node: null, offset: 0 };
  }

  /** Ends the paragraph: the next visible character starts a new one after "\n\n". Returns its span, if any. */
  breakParagraph(): { start: number; end: number } | null {
    this.pending = null;
    const span = this.inPara > 0 ? { start: this.paraStart, end: this.len } : null;
    if (span) this.breakOwed = true;
    this.inPara = 0;
    return span;
  }

  finish(): TextMap {
    return { text: this.out.join(''), chunks: this.chunks };
  }

  get length(): number {
    return this.len;
  }

  private emit(node: Text, offset: number, length: number): void {
    if (this.breakOwed) {
      this.push('\n\n', null, 0);
      this.breakOwed = false;
      this.pending = null;
    } else if (this.pending) {
      const p = this.pending;
      this.push(' ', p.node, p.offset);
      this.pending = null;
    }
    if (this.inPara === 0) this.paraStart = this.len;
    this.push(node.data.substr(offset, length), node, offset);
    this.inPara += length;
  }

  private push(s: string, node: Text | null, offset: number): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && node && last.node === node && last.offset + last.length === offset && last.start + last.length === this.len) {
      last.length += s.length;
    } else {
      this.chunks.push({ start: this.len, length: s.length, node, offset });
    }
    this.out.push(s);
    this.len += s.length;
  }
}

/** Index of the chunk holding text offset `pos`, or -1. */
function chunkAt(chunks: readonly Chunk[], pos: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = chunks[mid]!;
    if (pos < c.start) hi = mid - 1;
    else if (pos >= c.start + c.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A DOM point for the start of text offset `pos` (skipping separators forwards). */
function startPoint(map: TextMap, pos: number): { node: Text; offset: number } | null {
  for (let i = chunkAt(map.chunks, pos); i >= 0 && i < map.chunks.length; i++) {
    const c = map.chunks[i]!;
    if (c.node) return { node: c.node, offset: c.offset + Math.max(0, pos - c.start) };
  }
  return null;
}

/** A DOM point just after text offset `pos - 1` (skipping separators backwards). */
function endPoint(map: TextMap, pos: number): { node: Text; offset: number } | null {
  for (let i = chunkAt(map.chunks, pos - 1); i >= 0; i--) {
    const c = map.chunks[i]!;
    if (c.node) return { node: c.node, offset: c.offset + Math.min(c.length, pos - c.start) };
  }
  return null;
}

/** A live DOM Range covering text[start, end), or null when the text nodes are gone. */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  if (!(end > start) || start < 0 || end > map.text.length) return null;
  const s = startPoint(map, start);
  const e = endPoint(map, end);
  if (!s || !e || !s.node.isConnected || !e.node.isConnected) return null;
  if (s.offset > s.node.length || e.offset > e.node.length) return null;
  const range = s.node.ownerDocument.createRange();
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  return range.collapsed ? null : range;
}

/** Normalises a string the way TextMapBuilder does (collapsed whitespace, invisible characters dropped, trimmed). */
export function normalizeText(s: string): string {
  return s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .trim();
}
