/**
 * Article text extraction: finds the element that holds the story by paragraph text density, then reads its
 * paragraphs in order, leaving out navigation, asides, footers, comments, related stories, ads, newsletter and
 * cookie boxes, captions and teaser lines. It only reads the live document (never changes it) and keeps a map from
 * every offset of the text back to the page's text nodes, so that judged sentences can be highlighted in place.
 * A compact stand-in for @mozilla/readability, which alone would take 35 KB of the content script's 60 KB.
 * Works in jsdom too (no layout is used), so the CLI can extract .html pages the same way.
 */
import { TextMapBuilder, type TextMap } from './text-map.js';
import { readHead } from './cheap-check.js';

export interface Block {
  element: Element;
  start: number;
  end: number;
}

export interface Extracted extends TextMap {
  title: string;
  /** Paragraphs separated by "\n\n". */
  text: string;
  blocks: Block[];
  /** The element chosen as the article's container. */
  root: Element | null;
  published: string | null;
  language: string | null;
}

const words = (s: string) => new Set(s.split(' '));
const SKIP_TAGS = words(
  'SCRIPT STYLE NOSCRIPT TEMPLATE NAV ASIDE FOOTER FORM BUTTON SELECT TEXTAREA INPUT IFRAME SVG svg CANVAS VIDEO AUDIO FIGURE FIGCAPTION DIALOG MENU OBJECT CROSSCHECK-ROOT LABEL ADDRESS',
);
const SKIP_ROLES = /^(navigation|complementary|contentinfo|banner|search|dialog|alertdialog|menu|menubar|toolbar|tooltip|button)$/;
const BLOCK_LIST =
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TD TH TR UL CENTER DETAILS SUMMARY';
const BLOCK_TAGS = words(BLOCK_LIST);
const BLOCK_SELECTOR = BLOCK_LIST.toLowerCase().replace(/ /g, ',');
/** Class or id words that mark site furniture (compared as whole words of the class/id, and pairs joined). */
const NEGATIVE_WORDS = words(
  'ad ads adv advert adverts advertisement advertising sponsor sponsored promo promos promotion nav navbar navigation menu footer sidebar aside rail comment comments related recommended recommendations recirc newsletter newsletters subscribe subscription signup cookie cookies consent gdpr share sharing social teaser teasers popular trending outbrain taboola widget breadcrumb breadcrumbs byline caption credit credits disclaimer modal popup paywall tags toolbar banner masthead podcast author dateline hidden sr skip more mostread alsoread readmore readalso print',
);
const POSITIVE = /article|body|content|entry|main|post|story|text|prose/;
const TEASER_LINE = /^[-–•\s]*(also read|read also|read more|see also|related|more on|click here|sign up|subscribe|leia (também|mais)|lea también|lee también|vea también|veja também|siga|follow us)\b/i;

/** A paragraph's worth of text nodes (null: a <br>), with how much of it sits inside links. */
type Unit = { el: Element; nodes: (Text | null)[]; linkChars: number };

/** Memoised "is this element, or one of its ancestors, site furniture or invisible?". */
class Exclusions {
  private memo = new Map<Element, boolean>();
  constructor(private readonly stopAt: Element | null) {}

  excluded(el: Element | null): boolean {
    if (!el || el === this.stopAt) return false;
    let v = this.memo.get(el);
    if (v === undefined) {
      v = selfExcluded(el) || this.excluded(el.parentElement);
      this.memo.set(el, v);
    }
    return v;
  }
}

function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
  if (!raw.trim()) return [];
  const words = raw.split(/[^a-z0-9]+/).filter(Boolean);
  // "most-read" → "mostread": compounds count as one word too.
  for (let i = 0, n = words.length; i + 1 < n; i++) words.push(words[i]! + words[i + 1]!);
  return words;
}

/** Furniture or hidden by itself, regardless of ancestors. */
export function selfExcluded(el: Element): boolean {
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'HTML' || tag === 'BODY' || tag === 'MAIN') return false;
  if (tag === 'HEADER' && !el.parentElement?.closest('article,main,[role=main]')) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.test(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return classWords(el).some((w) => NEGATIVE_WORDS.has(w));
}

/** Work between two points where a sliced run may hand the main thread back to the page. */
const STEP = 150;

/** Picks the element holding the most paragraph text, Readability-style (score flows to parent and grandparent). */
function* pickContainer(body: HTMLElement, ex: Exclusions): Generator<void, { top: Element; scores: Map<Element, number> } | null> {
  const scores = new Map<Element, number>();
  const paragraphs: Element[] = [...body.getElementsByTagName('p'), ...body.getElementsByTagName('pre')];
  // Sites that write paragraphs as bare text in <div>s.
  for (const div of body.getElementsByTagName('div')) {
    let own = 0;
    for (let c = div.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += (c as Text).data.trim().length;
    if (own >= 50) paragraphs.push(div);
  }
  // Link text per paragraph in one pass over the links, not one query per paragraph.
  const linkText = new Map<Element, number>();
  const isPara = new Set(paragraphs);
  for (const a of body.getElementsByTagName('a')) {
    let up = a.parentElement;
    for (let i = 0; up && i < 4 && !isPara.has(up); i++) up = up.parentElement;
    if (up && isPara.has(up)) linkText.set(up, (linkText.get(up) ?? 0) + (a.textContent ?? '').length);
  }
  let n = 0;
  for (const p of paragraphs) {
    if (++n % STEP === 0) yield;
    if (ex.excluded(p)) continue;
    // Raw lengths: a ranking signal, so whitespace runs don't need collapsing.
    const text = p.textContent ?? '';
    const len = text.trim().length;
    if (len < 25) continue;
    const links = linkText.get(p) ?? 0;
    const commas = text.match(/[,，、]/g)?.length ?? 0;
    const score = (1 + Math.min(commas, 10) + Math.min(Math.floor(len / 100), 3)) * (1 - Math.min(1, links / len));
    let anc = p.parentElement;
    for (let level = 1; anc && level <= 3; level++, anc = anc.parentElement) {
      if (anc === body.parentElement) break;
      scores.set(anc, (scores.get(anc) ?? 0) + score / (level === 1 ? 1 : level === 2 ? 2 : 3 * level));
    }
  }
  let top: Element | null = null;
  let best = 0;
  for (const [el, s] of scores) {
    if (ex.excluded(el)) continue;
    let bonus = el.tagName === 'ARTICLE' ? 5 : el.tagName === 'MAIN' ? 3 : 0;
    if (classWords(el).some((w) => POSITIVE.test(w))) bonus += 3;
    if (s + bonus > best) {
      best = s + bonus;
      top = el;
    }
  }
  return top ? { top, scores } : null;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) || (!!el.firstElementChild && !!el.querySelector(BLOCK_SELECTOR));
}

/** Splits a container into paragraph units: leaf blocks and runs of inline content between blocks. */
function* collectUnits(el: Element, ex: Exclusions, out: Unit[]): Generator<void, void> {
  let run: Unit = { el, nodes: [], linkChars: 0 };
  const flush = () => {
    if (run.nodes.length) out.push(run);
    run = { el, nodes: [], linkChars: 0 };
  };
  const inline = (node: Element, inLink: boolean) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        run.nodes.push(c as Text);
        if (inLink) run.linkChars += (c as Text).data.trim().length;
      } else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.tagName === 'BR') run.nodes.push(null);
        else if (!ex.excluded(e)) inline(e, inLink || e.tagName === 'A');
      }
    }
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) run.nodes.push(c as Text);
    else if (c.nodeType === 1) {
      const e = c as Element;
      if (e.tagName === 'BR') {
        run.nodes.push(null);
        continue;
      }
      if (ex.excluded(e)) continue;
      if (isBlock(e)) {
        flush();
        if (out.length % STEP === 0) yield;
        yield* collectUnits(e, ex, out);
      } else inline(e, e.tagName === 'A');
    }
  }
  flush();
}

/** Whether a paragraph unit is article text rather than a teaser, a label or a credit line. */
function keepUnit(u: Unit): boolean {
  let text = '';
  for (const n of u.nodes) if (n) text += n.data;
  const t = text.trim();
  // At least four words; mostly not link text; not a teaser line or a photo credit.
  if (!/\S+\s+\S+\s+\S+\s+\S/.test(t)) return false;
  if (u.linkChars / t.length > 0.5) return false;
  if (TEASER_LINE.test(t.slice(0, 40).replace(/\s+/g, ' '))) return false;
  return !(t.length < 300 && t.includes('©'));
}

/** The extraction as steps: a generator that pauses every so often, so a caller can spread it over several tasks. */
export function* extractSteps(doc: Document): Generator<void, Extracted> {
  const head = readHead(doc);
  const title = (head.ogTitle || head.h1 || head.title).trim();
  const empty: Extracted = { title, text: '', chunks: [], blocks: [], root: null, published: head.published, language: head.language };
  const body = doc.body;
  if (!body) return empty;
  const ex = new Exclusions(null);
  const picked = yield* pickContainer(body, ex);
  if (!picked) return empty;
  const { top, scores } = picked;

  // Article bodies split across sibling elements: take the siblings that score well too.
  const topScore = scores.get(top) ?? 0;
  const parts: Element[] = [];
  for (const sib of top.parentElement ? [...top.parentElement.children] : [top]) {
    if (sib === top || (!ex.excluded(sib) && (scores.get(sib) ?? 0) >= Math.max(2, topScore * 0.2))) parts.push(sib);
  }

  const units: Unit[] = [];
  // The headline: an <h1> in the article or just before it. Preferred to og:title, which single-page sites leave
  // stale; it is read as the first paragraph when it sits outside the container (in the article's header).
  const h1 = body.querySelector('h1');
  const headline = h1 && !ex.excluded(h1) && (top.contains(h1) || h1.compareDocumentPosition(top) & 4) ? h1 : null;
  if (headline && !top.contains(headline)) yield* collectUnits(headline, ex, units);
  for (const part of parts) yield* collectUnits(part, ex, units);

  const b = new TextMapBuilder();
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const u = units[i]!;
    if (!keepUnit(u)) continue;
    for (const n of u.nodes) n ? b.addText(n) : b.addSpace();
    const span = b.breakParagraph();
    if (span) blocks.push({ element: u.el, ...span });
  }
  const map = b.finish();
  const h1Text = headline?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { ...empty, title: h1Text.length >= 10 ? h1Text : title, text: map.text, chunks: map.chunks, blocks, root: top };
}

/** Extracts the article's title, text (paragraphs separated by "\n\n") and the offset map back to the DOM, in one go. */
export function extractArticle(doc: Document): Extracted {
  const steps = extractSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Hands the main thread back to the page for a moment: scheduler.yield() where there is one, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** extractArticle, run in slices of about `sliceMs` so that no single task blocks the page for long. */
export async function extractArticleSliced(doc: Document, sliceMs = 10, pause: () => Promise<void> = yieldToPage): Promise<Extracted> {
  const steps = extractSteps(doc);
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start > sliceMs) {
      await pause();
      start = performance.now();
    }
  }
}
