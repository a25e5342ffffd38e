/**
 * Article text extraction: finds the element that holds the story by paragraph text density, then reads its
 * paragraphs in order, leaving out navigation, asides, footers, comments, related stories, ads, newsletter and
 * cookie boxes, captions and teaser lines. It only reads the live document (never changes it) and keeps a map from
 * every offset of the text back to the page's text nodes, so that judged sentences can be highlighted in place.
 * A compact stand-in for @mozilla/readability, which alone would take 35 KB of the content script's 60 KB.
 * Works in jsdom too (no layout is used), so the CLI can extract .html pages the same way.
 */
import { yieldToPage } from './yield.js';
import { TextMapBuilder, type TextMap } from './text-map.js';
import { articleTitle } from './article-title.js';

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
  'ad ads adv advert adverts advertisement advertising sponsor sponsored promo promos promotion nav navbar navigation menu footer sidebar aside rail comment comments related recommended recommendations recirc newsletter newsletters subscribe subscription signup cookie cookies consent gdpr share sharing social teaser teasers popular trending outbrain taboola widget breadcrumb breadcrumbs byline caption credit credits disclaimer modal popup paywall tags toolbar banner masthead podcast author dateline hidden sr skip more mostread alsoread readmore readalso print legends',
);
/** Furniture words that scripts also give to whole-page wrappers (drawers, modals, share containers). */
const WEAK_WORDS = words('nav navbar navigation share sharing widget modal popup author byline dateline more readmore paywall print toolbar tags skip sr hidden caption credit credits disclaimer podcast rail aside masthead');
const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const MAYBE = /^(article|body|column|content|main|entry|story|post)$/;
const POSITIVE = /article|body|content|entry|main|post|story|text|prose/;
const TEASER_LINE = /^[-–•\s]*(also read|read also|read more|see also|related|more on|click here|sign up|subscribe|leia (também|mais)|lea también|lee también|vea también|veja também|siga|follow us)\b/i;

/** A paragraph's worth of text nodes (null: a <br>), with how much of it sits inside links. */
type Unit = { el: Element; nodes: (Text | null)[]; linkChars: number };

/** Memoised "is this element, or one of its ancestors, site furniture or invisible?". */
class Exclusions {
  private memo = new Map<Element, boolean>();
  /** Elements kept whatever their class words say (a retry's article wrapper). */
  keep: ((el: Element) => boolean) | null = null;
  /** `classes`: whether class/id words count (a retry reads past them when they hid the whole article). */
  constructor(
    private readonly stopAt: Element | null,
    private readonly classes = true,
  ) {}

  excluded(el: Element | null): boolean {
    if (!el || el === this.stopAt) return false;
    let v = this.memo.get(el);
    if (v === undefined) {
      v = (selfExcluded(el, this.classes) && !(this.keep?.(el) && !selfExcluded(el, false))) || this.excluded(el.parentElement);
      this.memo.set(el, v);
    }
    return v;
  }
}

/** A long furniture word at either end of a run-together class word ("relatedposts", "sitefooter", "commentlist"). */
const GLUED_NEGATIVE = (() => {
  const long = [...NEGATIVE_WORDS].filter((w) => w.length >= 6).join('|');
  return new RegExp(`^(${long})[a-z]{3,}$|^[a-z]{3,}(${long})$`);
})();
const GLUED_MAYBE = /article|body|column|content|main/;
/** Words that begin with a furniture word and are not furniture. */
const NOT_GLUED = words('commentary commentaries authority authorities');

function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
  if (!raw.trim()) return [];
  const words = raw.split(/[^a-z0-9]+/).filter(Boolean);
  const n = words.length;
  // "most-read" → "mostread": compounds count as one word too.
  for (let i = 0; i + 1 < n; i++) words.push(words[i]! + words[i + 1]!);
  // "jp-relatedposts" → "related": a furniture word glued to another counts as itself.
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    // Not when an article word is glued in too ("contentwithsidebar"), as Readability's "maybe" reads substrings.
    if (w.length < 9 || NEGATIVE_WORDS.has(w) || NOT_GLUED.has(w) || GLUED_MAYBE.test(w)) continue;
    const m = GLUED_NEGATIVE.exec(w);
    if (m) words.push((m[1] ?? m[2])!);
  }
  return words;
}

/** Furniture or hidden by itself, regardless of ancestors. */
export function selfExcluded(el: Element, classes = true): boolean {
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'HTML' || tag === 'BODY' || tag === 'MAIN') return false;
  if (tag === 'HEADER' && !el.parentElement?.closest('article,main,[role=main]')) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.test(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (!classes) return false;
  const cw = classWords(el);
  // "sidebar main-content", "article-ad-free": a furniture word beside an article word is Readability's "maybe".
  if (!cw.some((w) => NEGATIVE_WORDS.has(w)) || cw.some((w) => MAYBE.test(w))) return false;
  // A weak word ("nav_drawer", "share-btns", "render-target-modal") on an element holding paragraphs of text is
  // a page wrapper named after a script's feature, not furniture.
  return cw.some((w) => NEGATIVE_WORDS.has(w) && !WEAK_WORDS.has(w)) || !holdsParagraphs(el);
}

/** Whether an element holds at least a few paragraphs' worth of <p> text. */
function holdsParagraphs(el: Element): boolean {
  let len = 0;
  for (const p of el.getElementsByTagName('p')) if ((len += (p.textContent ?? '').length) >= 500) return true;
  return false;
}

/** Work between two points where a sliced run may hand the main thread back to the page. */
const STEP = 150;
/** The same for steps that each walk a subtree (a querySelector, a textContent). */
const SMALL_STEP = 25;

/** Readability's tag weights for a candidate container. */
const TAG_WEIGHT: Record<string, number> = { DIV: 5, ARTICLE: 5, MAIN: 5, PRE: 3, TD: 3, BLOCKQUOTE: 3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3, ADDRESS: -3, TH: -5 };

/** Whether an element holds no block of its own, so that its text is one paragraph. */
const leafBlock = (el: Element) => !el.firstElementChild || !el.querySelector(BLOCK_SELECTOR);

/** Paragraph-like elements to score: <p>, <pre>, leaf <li>/<td>, <div>s with inline content only or bare text. */
function* scorable(body: HTMLElement): Generator<void, Element[]> {
  const out: Element[] = [...body.getElementsByTagName('p'), ...body.getElementsByTagName('pre')];
  // leafBlock is a querySelector under each element: on a long page, thousands of them.
  let n = 0;
  for (const tag of ['li', 'td']) {
    for (const el of body.getElementsByTagName(tag)) {
      if (++n % SMALL_STEP === 0) yield;
      if (leafBlock(el)) out.push(el);
    }
  }
  for (const div of body.getElementsByTagName('div')) {
    if (++n % SMALL_STEP === 0) yield;
    if (leafBlock(div)) {
      out.push(div);
      continue;
    }
    // Sites that write paragraphs as bare text in <div>s, between blocks.
    let own = 0;
    for (let c = div.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += (c as Text).data.trim().length;
    if (own >= 50) out.push(div);
  }
  return out;
}

interface Picked {
  top: Element;
  scores: Map<Element, number>;
  /** Link characters / characters, for the candidates. */
  density: (el: Element) => number;
}

/** Picks the article's container as Readability does: paragraph scores flow up five levels, weighted by tag and
 * class and scaled by link density; then a shared ancestor of close runners-up, or a parent scoring higher, wins. */
function* pickContainer(body: HTMLElement, ex: Exclusions, classes: boolean): Generator<void, Picked | null> {
  const raw = new Map<Element, number>();
  const paragraphs = yield* scorable(body);
  let n = 0;
  for (const p of paragraphs) {
    if (++n % STEP === 0) yield;
    if (ex.excluded(p)) continue;
    // Raw lengths: a ranking signal, so whitespace runs don't need collapsing.
    const text = p.textContent ?? '';
    const len = text.trim().length;
    if (len < 25) continue;
    const commas = text.match(/[,，、]/g)?.length ?? 0;
    const score = 1 + commas + Math.min(Math.floor(len / 100), 3);
    // A list item is a paragraph of the list's container: the <ul> itself is not a candidate for the article.
    let anc = p.parentElement;
    if (p.tagName === 'LI' && anc && /^(UL|OL)$/.test(anc.tagName)) anc = anc.parentElement;
    for (let level = 0; anc && level < 5; level++, anc = anc.parentElement) {
      if (anc === body.parentElement) break;
      raw.set(anc, (raw.get(anc) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  if (!raw.size) return null;
  // Link text of the candidates, one pass over the links.
  const linkChars = new Map<Element, number>();
  n = 0;
  for (const a of body.getElementsByTagName('a')) {
    if (++n % STEP === 0) yield;
    const len = (a.textContent ?? '').length;
    if (!len) continue;
    for (let up = a.parentElement; up && up !== body.parentElement; up = up.parentElement) {
      if (raw.has(up)) linkChars.set(up, (linkChars.get(up) ?? 0) + len);
    }
  }
  const lengths = new Map<Element, number>();
  const density = (el: Element) => {
    let len = lengths.get(el);
    if (len === undefined) lengths.set(el, (len = (el.textContent ?? '').length));
    return len ? Math.min(1, (linkChars.get(el) ?? 0) / len) : 0;
  };
  const scores = new Map<Element, number>();
  n = 0;
  for (const [el, s] of raw) {
    // Each candidate's density reads its whole text (the article's container: all of it): a step of its own.
    yield;
    if (ex.excluded(el)) continue;
    let weight = TAG_WEIGHT[el.tagName] ?? (/^H[1-6]$/.test(el.tagName) ? -5 : 0);
    if (classes) {
      const cw = classWords(el);
      if (cw.some((w) => POSITIVE.test(w))) weight += 25;
      // A weak word on a wrapper that holds paragraphs ("read-more", "share-btns") names a script's feature, as in
      // selfExcluded: no penalty, or the walk up from its child stops at it and the article's first part is lost.
      const neg = cw.filter((w) => NEGATIVE_WORDS.has(w));
      if (neg.length && (neg.some((w) => !WEAK_WORDS.has(w)) || !holdsParagraphs(el))) weight -= 25;
    }
    scores.set(el, (s + weight) * (1 - density(el)));
  }
  const ranked = [...scores].sort((x, y) => y[1] - x[1]);
  if (!ranked.length) return null;
  let [top, topScore] = ranked[0]!;
  // Several close runners-up inside one ancestor: the article is split, take the ancestor.
  const close = ranked.slice(1, 5).filter(([, s]) => s / topScore >= 0.75).map(([el]) => el);
  if (close.length >= 3) {
    for (let up = top.parentElement; up && up !== body; up = up.parentElement) {
      if (close.filter((el) => up!.contains(el)).length >= 3) {
        top = up;
        break;
      }
    }
  }
  // A parent scoring higher than its child holds more of the article.
  let last = scores.get(top) ?? topScore;
  const floor = last / 3;
  for (let up = top.parentElement; up && up !== body; up = up.parentElement) {
    const s = scores.get(up);
    if (s === undefined) continue;
    if (s < floor) break;
    if (s > last) {
      top = up;
      break;
    }
    last = s;
  }
  // The only child that shows anything (its siblings are furniture or empty): its parent is the article's part, so
  // that the parent's siblings (the article's other parts) can be joined.
  while (top.parentElement && top.parentElement !== body && !ex.excluded(top.parentElement) && onlyShown(top, ex)) top = top.parentElement;
  return { top, scores, density };
}

/** Whether every sibling of `el` is excluded or shows no text (ads, asides and script slots around it). */
function onlyShown(el: Element, ex: Exclusions): boolean {
  for (let c = el.parentElement!.firstElementChild; c; c = c.nextElementSibling) if (c !== el && showsText(c, ex)) return false;
  return true;
}

/** Whether an element has text outside its excluded parts (stops at the first such text). */
function showsText(el: Element, ex: Exclusions): boolean {
  if (ex.excluded(el)) return false;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 ? /\S/.test((c as Text).data) : c.nodeType === 1 && showsText(c as Element, ex)) return true;
  }
  return false;
}

function isBlock(el: Element): boolean {
  if (!BLOCK_TAGS.has(el.tagName) && !(el.firstElementChild && el.querySelector(BLOCK_SELECTOR))) return false;
  // Styled inline and holding no paragraph (a badge or a button slipped into a sentence): it does not break the
  // paragraph. An inline-block column of paragraphs still does.
  const style = el.getAttribute('style');
  return !style || !INLINE_DISPLAY.test(style) || !!el.querySelector(PARAGRAPHS);
}
const INLINE_DISPLAY = /(^|;)\s*display\s*:\s*(-webkit-)?inline/i;
const PARAGRAPHS = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,pre,table,dl';

/** Splits a container into paragraph units: leaf blocks and runs of inline content between blocks. */
function* collectUnits(el: Element, ex: Exclusions, out: Unit[], inLink = el.tagName === 'A'): Generator<void, void> {
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
    if (c.nodeType === 3) {
      run.nodes.push(c as Text);
      if (inLink) run.linkChars += (c as Text).data.trim().length;
    } else if (c.nodeType === 1) {
      const e = c as Element;
      if (e.tagName === 'BR') {
        run.nodes.push(null);
        continue;
      }
      if (ex.excluded(e)) continue;
      if (isBlock(e)) {
        flush();
        if (out.length % STEP === 0) yield;
        // A link around blocks (a teaser card) makes all their text link text.
        yield* collectUnits(e, ex, out, inLink || e.tagName === 'A');
      } else inline(e, inLink || e.tagName === 'A');
    }
  }
  flush();
}

const ONE_WORD_BLOCK = /^(H[2-6]|LI|DT|DD)$/;

/** Whether a table holds data (a header cell, caption or header row) rather than laying out the page. */
function isDataTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return false;
  const t = table as HTMLTableElement;
  return !!(t.caption || t.tHead || t.tFoot || table.querySelector('th, colgroup')) && !table.querySelector('table');
}

/** Whether a paragraph unit is article text rather than a teaser, a label or a credit line. */
function keepUnit(u: Unit, lenient = false): boolean {
  let text = '';
  for (const n of u.nodes) if (n) text += n.data;
  const t = text.trim();
  if (lenient) return !!t;
  // At least two words (each CJK character one: Chinese and Japanese don't space words); mostly not link text;
  // not a teaser line or a photo credit.
  // A heading or a list item may be one word ("Background", "Flour") unless it is a link.
  if (!/\S\s+\S/.test(t) && (t.match(CJK_CHARS)?.length ?? 0) < 2 && !(u.linkChars === 0 && ONE_WORD_BLOCK.test(u.el.tagName))) return false;
  if (u.linkChars / t.length > 0.5) return false;
  if (TEASER_LINE.test(t.slice(0, 40).replace(/\s+/g, ' '))) return false;
  return !(t.length < 300 && t.includes('©'));
}

/** One reading of the page: the container picked with `pickEx`, its paragraphs read with class words on inside it. */
function* readPass(body: HTMLElement, classes: boolean): Generator<void, { map: TextMap; blocks: Block[]; top: Element; headline: Element | null } | null> {
  const pickEx = new Exclusions(null, classes);
  const picked = yield* pickContainer(body, pickEx, classes);
  if (!picked) return null;
  const { top, scores, density } = picked;
  // Inside the article its own furniture (share bars, captions, related links) still goes, whatever hid the article;
  // but on a retry, a wrapper holding most of the article's text is not furniture, whatever its class says.
  const ex = new Exclusions(top.parentElement);
  if (!classes) {
    const whole = (top.textContent ?? '').length;
    ex.keep = (el) => (el.textContent ?? '').length >= whole * 0.3 && density(el) < 0.5;
  }

  // Article bodies split across sibling elements: take the siblings that score well too, and plain paragraphs.
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const parts: Element[] = [];
  for (const sib of top.parentElement ? [...top.parentElement.children] : [top]) {
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    if (ex.excluded(sib)) continue;
    const bonus = topClass && sib.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    // A sibling of the same class whose paragraphs sit too deep to have scored it (the article's first part, with an
    // aside beside its text) is the article's too when it holds paragraphs.
    let take = bonus ? (scores.has(sib) ? scores.get(sib)! + bonus >= threshold : holdsParagraphs(sib)) : (scores.get(sib) ?? -Infinity) >= threshold;
    if (!take && sib.tagName === 'P') {
      const text = sib.textContent ?? '';
      const len = text.trim().length;
      const links = [...sib.getElementsByTagName('a')].reduce((t, a) => t + (a.textContent ?? '').length, 0) / (len || 1);
      take = (len > 80 && links < 0.25) || (len > 0 && len <= 80 && links === 0 && /\.( |$)/.test(text));
    }
    if (take) parts.push(sib);
  }

  const units: Unit[] = [];
  // The headline: an <h1> in the article or just before it. Preferred to og:title, which single-page sites leave
  // stale; it is read as the first paragraph when it sits outside the container (in the article's header).
  const h1 = body.querySelector('h1');
  const headline = h1 && !pickEx.excluded(h1) && (top.contains(h1) || h1.compareDocumentPosition(top) & 4) ? h1 : null;
  if (headline && !parts.some((p) => p.contains(headline))) yield* collectUnits(headline, ex, units);
  for (const part of parts) yield* collectUnits(part, ex, units);

  // A data table's cells are read whole: a name, a year or a linked title is its data, not a teaser.
  const dataTables = new Map<Element, boolean>();
  const inDataTable = (el: Element) => {
    const table = el.closest('td, th')?.closest('table');
    if (!table) return false;
    let v = dataTables.get(table);
    if (v === undefined) dataTables.set(table, (v = isDataTable(table)));
    return v;
  };
  const b = new TextMapBuilder();
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const u = units[i]!;
    if (!keepUnit(u) && !(inDataTable(u.el) && keepUnit(u, true))) continue;
    for (const n of u.nodes) n ? b.addText(n) : b.addSpace();
    const span = b.breakParagraph();
    if (span) blocks.push({ element: u.el, ...span });
  }
  return { map: b.finish(), blocks, top, headline };
}

/** A page without a paragraph to score (a few words, a link around everything): its visible text, as it is. */
function* readAll(body: HTMLElement): Generator<void, { map: TextMap; blocks: Block[]; top: Element; headline: Element | null }> {
  const units: Unit[] = [];
  const root = body.querySelector('article, main, [role=main]') ?? body;
  yield* collectUnits(root, new Exclusions(root.parentElement), units);
  const b = new TextMapBuilder();
  const blocks: Block[] = [];
  for (const u of units) {
    if (!keepUnit(u, true)) continue;
    for (const n of u.nodes) n ? b.addText(n) : b.addSpace();
    const span = b.breakParagraph();
    if (span) blocks.push({ element: u.el, ...span });
  }
  return { map: b.finish(), blocks, top: root, headline: null };
}

/** Less text than this and the page is read again without class/id words (as Readability retries). */
const RETRY_BELOW = 500;

/** The extraction as steps: a generator that pauses every so often, so a caller can spread it over several tasks. */
export function* extractSteps(doc: Document): Generator<void, Extracted> {
  // Of the head, only what the article needs: the head check's other reads (description, site name, JSON-LD) are not
  // paid again before the article is sent, and a fallback title is read only for a page without an article.
  const published = headMeta(doc, 'meta[property="article:published_time"],meta[itemprop="datePublished"],meta[name="date"]') || null;
  const language = doc.documentElement?.getAttribute('lang') || null;
  const empty = (): Extracted => {
    const title = (headMeta(doc, 'meta[property="og:title"],meta[name="twitter:title"]') || (doc.querySelector('h1')?.textContent ?? '').slice(0, 500) || (doc.title ?? '').slice(0, 500)).trim();
    return { title, text: '', chunks: [], blocks: [], root: null, published, language };
  };
  const body = doc.body;
  if (!body) return empty();
  let best = yield* readPass(body, true);
  // One furniture word on an ancestor ("sidebar", "widget", "modal") must not hide the whole article.
  if (!best || best.map.text.length < RETRY_BELOW) {
    const again = yield* readPass(body, false);
    if (again && again.map.text.length > (best?.map.text.length ?? 0)) best = again;
  }
  if (!best?.map.text) best = yield* readAll(body);
  if (!best.map.text) return empty();
  const { map, blocks, top, headline } = best;
  const h1Text = headline?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { title: articleTitle(doc, h1Text), text: map.text, chunks: map.chunks, blocks, root: top, published, language };
}

/** A meta tag's content in <head> (as the head check reads it: at most 500 characters). */
function headMeta(doc: Document, selector: string): string {
  return (doc.head ?? doc).querySelector<HTMLMetaElement>(selector)?.content?.slice(0, 500) ?? '';
}

/** Extracts the article's title, text (paragraphs separated by "\n\n") and the offset map back to the DOM, in one go. */
export function extractArticle(doc: Document): Extracted {
  const steps = extractSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export { yieldToPage };

/** extractArticle, run in slices of about `sliceMs` so that no single task blocks the page for long. */
export async function extractArticleSliced(doc: Document, sliceMs = 10, pause: () => Promise<void> = yieldToPage): Promise<Extracted> {
  const steps = extractSteps(doc);
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) {
      // A last slice that ran long: the caller starts on a task of its own (it sends the text away next).
      if (performance.now() - start > sliceMs / 2) await pause();
      return r.value;
    }
    if (performance.now() - start > sliceMs) {
      await pause();
      start = performance.now();
    }
  }
}
