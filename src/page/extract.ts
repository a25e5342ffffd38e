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

type Unit = { el: Element; nodes: (Text | null)[] };

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

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkLength(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += textLength(a);
  return n;
}

/** Picks the element holding the most paragraph text, Readability-style (score flows to parent and grandparent). */
function pickContainer(body: HTMLElement, ex: Exclusions): { top: Element; scores: Map<Element, number> } | null {
  const scores = new Map<Element, number>();
  const paragraphs: Element[] = [...body.getElementsByTagName('p'), ...body.getElementsByTagName('pre')];
  // Sites that write paragraphs as bare text in <div>s.
  for (const div of body.getElementsByTagName('div')) {
    let own = 0;
    for (const c of div.childNodes) if (c.nodeType === 3) own += (c as Text).data.trim().length;
    if (own >= 50) paragraphs.push(div);
  }
  for (const p of paragraphs) {
    if (ex.excluded(p)) continue;
    const len = textLength(p);
    if (len < 25) continue;
    const density = len ? Math.min(1, linkLength(p) / len) : 1;
    const commas = (p.textContent ?? '').split(/[,，、]/).length - 1;
    const score = (1 + Math.min(commas, 10) + Math.min(Math.floor(len / 100), 3)) * (1 - density);
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
    const words = classWords(el);
    let bonus = el.tagName === 'ARTICLE' ? 5 : el.tagName === 'MAIN' ? 3 : 0;
    if (words.some((w) => POSITIVE.test(w))) bonus += 3;
    const final = s + bonus;
    if (final > best) {
      best = final;
      top = el;
    }
  }
  return top ? { top, scores } : null;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) || (!!el.firstElementChild && !!el.querySelector(BLOCK_SELECTOR));
}

/** Splits a container into paragraph units: leaf blocks and runs of inline content between blocks. */
function collectUnits(el: Element, ex: Exclusions, out: Unit[]): void {
  let run: Unit = { el, nodes: [] };
  const flush = () => {
    if (run.nodes.length) out.push(run);
    run = { el, nodes: [] };
  };
  const inline = (node: Element) => {
    for (const c of node.childNodes) {
      if (c.nodeType === 3) run.nodes.push(c as Text);
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.tagName === 'BR') run.nodes.push(null);
        else if (!ex.excluded(e)) inline(e);
      }
    }
  };
  for (const c of el.childNodes) {
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
        collectUnits(e, ex, out);
      } else inline(e);
    }
  }
  flush();
}

/** Whether a paragraph unit is article text rather than a teaser, a label or a credit line. */
function keepUnit(u: Unit): boolean {
  let text = '';
  let links = 0;
  for (const n of u.nodes) {
    if (!n) continue;
    text += n.data;
    if (n.parentElement?.closest('a') && u.el.contains(n.parentElement.closest('a'))) links += n.data.trim().length;
  }
  const norm = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!norm) return false;
  if (norm.split(' ').length < 4) return false;
  if (links / norm.length > 0.5) return false;
  if (TEASER_LINE.test(norm)) return false;
  if (norm.includes('©') && norm.length < 300) return false;
  return true;
}

/** Extracts the article's title, text (paragraphs separated by "\n\n") and the offset map back to the DOM. */
export function extractArticle(doc: Document): Extracted {
  const head = readHead(doc);
  const title = (head.ogTitle || head.h1 || head.title).trim();
  const empty: Extracted = { title, text: '', chunks: [], blocks: [], root: null, published: head.published, language: head.language };
  const body = doc.body;
  if (!body) return empty;
  const ex = new Exclusions(null);
  const picked = pickContainer(body, ex);
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
  if (headline && !top.contains(headline)) collectUnits(headline, ex, units);
  for (const part of parts) collectUnits(part, ex, units);

  const b = new TextMapBuilder();
  const blocks: Block[] = [];
  for (const u of units) {
    if (!keepUnit(u)) continue;
    for (const n of u.nodes) n ? b.addText(n) : b.addSpace();
    const span = b.breakParagraph();
    if (span) blocks.push({ element: u.el, ...span });
  }
  const map = b.finish();
  const h1Text = headline?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { ...empty, title: h1Text.length >= 10 ? h1Text : title, text: map.text, chunks: map.chunks, blocks, root: top };
}
