/**
 * Random pages for the property tests: fast-check recipes for article pages whose text mixes Latin, Greek,
 * Turkish, Arabic, Hebrew and CJK words, emoji (ZWJ sequences, flags), combining marks, NBSP and other Unicode
 * spaces, soft hyphens, zero-width and bidi characters, and very long text nodes; paragraphs with nested inline
 * elements, comments, <script>/<style>/<template>, hidden nodes and shadow roots; and claims placed anywhere in
 * them, split across element boundaries and <br>s. `buildPage` renders a recipe into a document and returns where
 * each claim's first and last visible character went, so a test can check that the claim is found exactly there.
 */
import fc from 'fast-check';

/** A word: may carry invisible characters inside, never at its edges (a claim starts and ends visibly). */
export const WORDS = [
  'Colombia', 'suspended', 'intelligence', 'sharing', 'with', 'the', 'United', 'States', 'Petro', 'said', 'at', 'least', '76',
  'people', 'Bogotá', 'Santa', 'Marta', 'U.S.', '(OFAC)', '$377', '4.000', 'información', 'inteligência', 'según',
  // Greek (final sigma folds by context), Turkish dotted I, German sharp s, a ligature.
  'ΟΔΟΣ', 'Σοφία', 'ΑΘΗΝΑΣ', 'İstanbul', 'ISTANBUL', 'straße', 'ﬁnal',
  // Right-to-left scripts and CJK.
  'الولايات', 'المتحدة', 'كولومبيا', 'שלום', 'ישראל', '情報', '共有を停止',
  // Emoji: a flag, a ZWJ family, a skin tone, a keycap, one with a variation selector.
  '🇨🇴', '👩‍👩‍👧', '👍🏽', '7️⃣', '❤️', '🚀',
  // Combining marks (decomposed), stacked marks, a Zalgo-ish pile.
  'e\u0301lan', 'man\u0303ana', 'a\u0308\u0304b', 'Z\u0336\u0321a\u0337l\u0338go',
  // Curly quotes, dashes, ellipsis: the anchor folds them.
  '“quoted”', '‘single’', 'well—known', 'so…', '«guillemets»', 'minus\u2212sign',
  // Invisible characters inside words: soft hyphens, zero-width space and joiners, BOM, bidi marks and embeddings.
  'sus\u00adpended', 'intel\u00adli\u00adgence', 'zero\u200bwidth', 'join\u200cer', 'word\u2060joiner', 'b\ufeffom',
  'bi\u200edi', 'r\u200flm', '\u202bembedded\u202c!', '\u2067isolate\u2069!',
];

/** Whitespace between words, as pages write it: NBSP, narrow and ideographic spaces, newlines, tabs, runs. */
export const SEPS = [' ', ' ', ' ', '\u00a0', '\n', '\t', '  ', ' \n\t ', '\u2009', '\u202f', '\u3000', '\u00a0 ', ' \u00ad', '\u200b '];

/** Inline elements that both the extractor and the anchor read through. `a` is rationed (link-heavy text is furniture). */
const INLINE = ['span', 'em', 'b', 'i', 'strong', 'mark', 'code', 'sup', 'sub', 'small', 'time', 'u', 's', 'bdi', 'abbr', 'cite', 'kbd', 'q', 'dfn', 'var', 'data', 'samp', 'font', 'a', 'bdo'];

export type Interloper =
  | { kind: 'comment' | 'script' | 'style' | 'template' | 'noscript' | 'textarea' | 'hidden' | 'display-none' | 'aria-hidden' | 'shadow'; decoy: number }
  | { kind: 'wbr' | 'empty' };

export interface Cut {
  /** Where in the claim (a fraction of its code points). */
  at: number;
  /** A <br> at the cut (only where the claim has whitespace next to it; an inline cut otherwise). */
  br: boolean;
  /** Inline elements wrapping the segment after the cut, outermost first. */
  wraps: string[];
  interloper: Interloper | null;
}

export interface ClaimRecipe {
  words: string[];
  seps: string[];
  /** Where the claim's unique token goes among its words. */
  tokenAt: number;
  firstWraps: string[];
  cuts: Cut[];
  /** Text glued into the same text node before the first segment and after the last (words or a very long run). */
  prefix: Glue;
  suffix: Glue;
  /** The first segment is the light child of an inline shadow host (shown through a <slot>). */
  slotted: boolean;
}

export type Item =
  | { kind: 'claim'; claim: ClaimRecipe }
  | { kind: 'filler'; text: string; wraps: string[] }
  | { kind: 'decoy'; interloper: Interloper };

export interface ParaRecipe {
  tag: 'p' | 'div' | 'li' | 'blockquote';
  rtl: boolean;
  items: Item[];
}

export interface Furniture {
  kind: 'nav' | 'aside' | 'footer' | 'hidden-div' | 'script' | 'style' | 'shadow-block' | 'comment' | 'hidden-p' | 'display-none-p';
  decoy: number;
}

export interface PageRecipe {
  /** Paragraphs inside an extra <div> in the article. */
  wrapped: boolean;
  paras: ParaRecipe[];
  before: Furniture[];
  after: Furniture[];
  /** Furniture inside the article, before its paragraphs (hidden paragraphs, scripts). */
  inside: Furniture[];
}

export interface PlacedClaim {
  /** The claim as written into the page, invisible characters and odd whitespace included. */
  raw: string;
  /** The claim as a reader (and the extracted text) has it. */
  text: string;
  start: { node: Text; offset: number };
  end: { node: Text; offset: number };
}

/** The text the extractor and anchor produce from a string: invisible characters dropped, whitespace collapsed. */
export const readerText = (s: string): string =>
  s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .trim();

const isSpace = (c: string | undefined): boolean => !!c && c !== '\ufeff' && /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(c);

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

const word = fc.constantFrom(...WORDS);
const sep = fc.constantFrom(...SEPS);
const wraps = (max: number) => fc.array(fc.constantFrom(...INLINE), { maxLength: max });
const fillerWords = (min: number, max: number) =>
  fc.tuple(fc.array(word, { minLength: min, maxLength: max }), fc.array(sep, { minLength: max, maxLength: max })).map(([ws, ss]) =>
    ws.map((w, i) => (i ? ss[i]! : '') + w).join(''),
  );
/** Mostly a few words; now and then a very long run (a text node of 5,000 to 40,000 characters). */
const glue = fc.oneof(
  { weight: 40, arbitrary: fc.constant('') },
  { weight: 40, arbitrary: fc.tuple(fillerWords(1, 4), sep).map(([w, s]) => w + s) },
  { weight: 15, arbitrary: fillerWords(1, 3) },
  // About one page in ten has a very long text node around one of its claims.
  { weight: 1, arbitrary: fc.record({ long: fc.integer({ min: 5_000, max: 40_000 }), sep }) },
);
/** Glue as written into the page (a long run is kept as its length in the recipe, to keep counterexamples short). */
const glueText = (g: Glue): string => (typeof g === 'string' ? g : 'Lorem ipsum dolor sit amet, '.repeat(Math.ceil(g.long / 28)).slice(0, g.long) + g.sep);
type Glue = string | { long: number; sep: string };
const decoyIndex = fc.nat(7);
export const interloper: fc.Arbitrary<Interloper> = fc.oneof(
  fc.record({ kind: fc.constantFrom('comment', 'script', 'style', 'template', 'noscript', 'textarea', 'hidden', 'display-none', 'aria-hidden', 'shadow'), decoy: decoyIndex }),
  fc.record({ kind: fc.constantFrom('wbr', 'empty') }),
) as fc.Arbitrary<Interloper>;

const cut: fc.Arbitrary<Cut> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  br: fc.boolean(),
  wraps: wraps(3),
  interloper: fc.option(interloper, { freq: 2 }),
});

export const claimRecipe: fc.Arbitrary<ClaimRecipe> = fc
  .record({
    words: fc.array(word, { minLength: 2, maxLength: 8 }),
    seps: fc.array(sep, { minLength: 10, maxLength: 10 }),
    tokenAt: fc.nat(9),
    firstWraps: wraps(3),
    cuts: fc.array(cut, { maxLength: 4 }),
    prefix: glue,
    suffix: glue,
    slotted: fc.boolean(),
  });

const item: fc.Arbitrary<Item> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('claim' as const), claim: claimRecipe }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('filler' as const), text: fillerWords(1, 8), wraps: wraps(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('decoy' as const), interloper }) },
);

const para: fc.Arbitrary<ParaRecipe> = fc.record({
  tag: fc.constantFrom('p', 'p', 'p', 'div', 'li', 'blockquote'),
  rtl: fc.boolean(),
  items: fc.array(item, { minLength: 1, maxLength: 4 }),
});

const furniture: fc.Arbitrary<Furniture> = fc.record({
  kind: fc.constantFrom('nav', 'aside', 'footer', 'hidden-div', 'script', 'style', 'shadow-block', 'comment', 'hidden-p', 'display-none-p'),
  decoy: decoyIndex,
});

export const pageRecipe: fc.Arbitrary<PageRecipe> = fc.record({
  wrapped: fc.boolean(),
  paras: fc.array(para, { minLength: 1, maxLength: 4 }),
  before: fc.array(furniture, { maxLength: 3 }),
  after: fc.array(furniture, { maxLength: 3 }),
  inside: fc.array(furniture.filter((f) => f.kind !== 'nav' && f.kind !== 'footer' && f.kind !== 'aside'), { maxLength: 2 }),
});

// ---------------------------------------------------------------------------------------------------------------
// Rendering

/** Each claim's words, with a token no other text on the page contains. */
export function claimString(c: ClaimRecipe, index: number): string {
  const words = [...c.words];
  words.splice(c.tokenAt % (words.length + 1), 0, `Zq${index}x`);
  return words.map((w, i) => (i ? c.seps[i % c.seps.length]! : '') + w).join('');
}

/** A builder that writes into one document; `decoys` holds the claims' texts, to be copied where they must not be found. */
export class PageBuilder {
  readonly claims: PlacedClaim[] = [];
  readonly decoys: string[] = [];
  /** Every element given a shadow root, in order (what serialize() reads besides outerHTML). */
  readonly shadowHosts: Element[] = [];

  /** @param strict: only interlopers the plain anchor (mapElement) skips too: no hidden elements, no shadow hosts. */
  constructor(readonly doc: Document, readonly strict = false) {}

  private el(tag: string): HTMLElement {
    const e = this.doc.createElement(tag);
    if (tag === 'a') e.setAttribute('href', '#x');
    if (tag === 'bdo') e.setAttribute('dir', 'rtl');
    if (tag === 'time') e.setAttribute('datetime', '2025-11-12');
    return e;
  }

  /** Nests `tags` under `parent` and returns the innermost element. */
  private nest(parent: Node, tags: readonly string[]): Node {
    let at = parent;
    for (const t of tags) at = at.appendChild(this.el(t));
    return at;
  }

  private decoyText(i: number): string {
    return this.decoys.length ? this.decoys[i % this.decoys.length]! : 'Zq0x decoy';
  }

  /** An element that holds text a reader never sees; the anchor must not find claims in it. */
  interloper(parent: Node, i: Interloper): void {
    const d = this.doc;
    let kind = i.kind;
    if (this.strict && (kind === 'hidden' || kind === 'display-none' || kind === 'aria-hidden')) kind = 'comment';
    const text = 'decoy' in i ? this.decoyText(i.decoy) : '';
    switch (kind) {
      case 'comment':
        parent.appendChild(d.createComment(text));
        return;
      case 'script':
        parent.appendChild(this.el('script')).textContent = `window.__x = ${JSON.stringify(text)};`;
        return;
      case 'style':
        parent.appendChild(this.el('style')).textContent = `/* ${text.replace(/\*\//g, '')} */ .x{color:red}`;
        return;
      case 'template':
      case 'noscript':
      case 'textarea':
        parent.appendChild(this.el(kind)).textContent = text;
        return;
      case 'hidden': {
        const s = parent.appendChild(this.el('span'));
        s.setAttribute('hidden', '');
        s.textContent = text;
        return;
      }
      case 'display-none': {
        const s = parent.appendChild(this.el('span'));
        s.setAttribute('style', 'display: none');
        s.textContent = text;
        return;
      }
      case 'aria-hidden': {
        const s = parent.appendChild(this.el('span'));
        s.setAttribute('aria-hidden', 'true');
        s.textContent = text;
        return;
      }
      case 'shadow': {
        // Text inside a shadow root is not the page's light DOM: never read, never found.
        const host = parent.appendChild(this.el('span'));
        host.attachShadow({ mode: 'open' }).textContent = text;
        this.shadowHosts.push(host);
        return;
      }
      case 'wbr':
        parent.appendChild(this.el('wbr'));
        return;
      case 'empty':
        parent.appendChild(this.el('span'));
        return;
    }
  }

  /** Writes claim `c` (the page's `index`-th) into `parent`, split at its cuts, and records where it went. */
  claim(parent: Node, c: ClaimRecipe, index: number): void {
    const raw = claimString(c, index);
    const cps = Array.from(raw);
    // Cut positions in code points, strictly inside, increasing, unique.
    const cuts = c.cuts
      .map((k) => ({ ...k, pos: 1 + Math.floor(k.at * (cps.length - 1)) }))
      .filter((k) => k.pos > 0 && k.pos < cps.length)
      .sort((a, b) => a.pos - b.pos)
      .filter((k, i, all) => i === 0 || all[i - 1]!.pos !== k.pos);
    const bounds = [0, ...cuts.map((k) => k.pos), cps.length];
    let start: PlacedClaim['start'] | null = null;
    let end: PlacedClaim['end'] | null = null;
    for (let s = 0; s + 1 < bounds.length; s++) {
      const seg = cps.slice(bounds[s], bounds[s + 1]).join('');
      const k = s > 0 ? cuts[s - 1]! : null;
      if (k) {
        // A <br> is a line break: only where the claim already has whitespace, or the words would change.
        if (k.br && (isSpace(cps[k.pos - 1]) || isSpace(cps[k.pos]))) parent.appendChild(this.el('br'));
        if (k.interloper) this.interloper(parent, k.interloper);
      }
      let host: Node = parent;
      if (s === 0 && c.slotted) {
        const shadowHost = parent.appendChild(this.el('span'));
        const shadow = shadowHost.attachShadow({ mode: 'open' });
        this.shadowHosts.push(shadowHost);
        shadow.append(this.doc.createTextNode(this.decoyText(index + 1)), this.el('slot'));
        host = shadowHost;
      }
      const inner = this.nest(host, s === 0 ? c.firstWraps : k!.wraps);
      const first = s === 0;
      const last = s + 2 === bounds.length;
      const before = first ? glueText(c.prefix) : '';
      const node = this.doc.createTextNode(before + seg + (last ? glueText(c.suffix) : ''));
      inner.appendChild(node);
      if (first) start = { node, offset: before.length };
      if (last) end = { node, offset: before.length + seg.length };
    }
    this.claims.push({ raw, text: readerText(raw), start: start!, end: end! });
  }

  filler(parent: Node, text: string, tags: readonly string[]): void {
    this.nest(parent, tags).appendChild(this.doc.createTextNode(text));
  }

  furniture(parent: Node, f0: Furniture): void {
    const d = this.doc;
    // The plain anchor reads hidden elements: in strict mode, a reader-invisible block is a script instead.
    const f = this.strict && /hidden|none|nav|aside|footer/.test(f0.kind) ? { ...f0, kind: 'script' as const } : f0;
    const text = this.decoyText(f.decoy);
    const block = (tag: string, attrs: Record<string, string> = {}) => {
      const e = parent.appendChild(this.el(tag));
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      const p = e.appendChild(this.el('p'));
      p.textContent = `${text} and more words to make a paragraph of it.`;
      return e;
    };
    switch (f.kind) {
      case 'nav':
      case 'aside':
      case 'footer':
        block(f.kind);
        return;
      case 'hidden-div':
        block('div', { hidden: '' });
        return;
      case 'hidden-p':
        block('section', { 'aria-hidden': 'true' });
        return;
      case 'display-none-p':
        block('div', { style: 'display:none' });
        return;
      case 'script':
      case 'style':
      case 'comment':
        this.interloper(parent, { kind: f.kind, decoy: f.decoy });
        return;
      case 'shadow-block': {
        const host = parent.appendChild(this.el('div'));
        const shadow = host.attachShadow({ mode: 'open' });
        this.shadowHosts.push(host);
        shadow.appendChild(d.createElement('p')).textContent = `${text} written inside a web component's shadow root.`;
        return;
      }
    }
  }
}

/** A paragraph's lead: four plain words or more, so that every paragraph counts as article text. */
const LEAD = 'Reporters in the region wrote, on the record and with names, ';
/** The article's first paragraph: long, with commas, so that the article (not a list or quote in it) is the container. */
const INTRO =
  'Bogotá, November 12, 2025. The government, according to officials, ministers, diplomats, analysts, lawyers and ' +
  'reporters, said on Tuesday that it would review, case by case, its cooperation with Washington, and that the ' +
  'decision, which surprised many, would be explained, in detail, to Congress later this week, officials added.';

/**
 * Renders a page recipe into `doc`'s body (replacing it): furniture around an <article> of paragraphs holding the
 * claims. Decoys (each claim's text in places a reader can't see) are written before the claims they copy.
 */
export function buildPage(doc: Document, recipe: PageRecipe, strict = false): { builder: PageBuilder; article: HTMLElement } {
  const b = new PageBuilder(doc, strict);
  // Decoys copy the claims' texts: compute them first so that furniture before the article can carry them.
  let n = 0;
  for (const p of recipe.paras) for (const it of p.items) if (it.kind === 'claim') b.decoys.push(claimString(it.claim, n++));
  const body = doc.body;
  body.replaceChildren();
  for (const f of recipe.before) b.furniture(body, f);
  const article = body.appendChild(doc.createElement('article'));
  const h1 = article.appendChild(doc.createElement('h1'));
  h1.textContent = 'Colombia suspends intelligence sharing with the United States';
  for (const f of recipe.inside) b.furniture(article, f);
  const container = recipe.wrapped ? article.appendChild(doc.createElement('div')) : article;
  container.appendChild(doc.createElement('p')).textContent = INTRO;
  let list: HTMLElement | null = null;
  let index = 0;
  for (const p of recipe.paras) {
    let parentOf: Node = container;
    if (p.tag === 'li') {
      list ??= container.appendChild(doc.createElement('ul'));
      parentOf = list;
    } else list = null;
    const el = parentOf.appendChild(doc.createElement(p.tag));
    if (p.rtl) el.setAttribute('dir', 'rtl');
    el.appendChild(doc.createTextNode(LEAD));
    for (const it of p.items) {
      if (it.kind === 'claim') b.claim(el, it.claim, index++);
      else if (it.kind === 'filler') b.filler(el, it.text, it.wraps.filter((t) => t !== 'a'));
      else b.interloper(el, it.interloper);
      // Items are separate words: a claim is a sentence, not half of someone else's word.
      el.appendChild(doc.createTextNode(' '));
    }
    el.appendChild(doc.createTextNode('and that was all.'));
  }
  for (const f of recipe.after) b.furniture(body, f);
  unlinkIfLinkHeavy(article);
  return { builder: b, article };
}

const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA']);

/** Length of the text a reader sees under `el` (shadow roots aside). */
function seenLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += readerText((c as Text).data).length;
    else if (c.nodeType === 1) {
      const e = c as Element;
      if (UNSEEN.has(e.tagName) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('style')) continue;
      n += seenLength(e);
    }
  }
  return n;
}

/** Links carry most of a paragraph's text only on navigation; keep random <a>s below that, as article text has them. */
function unlinkIfLinkHeavy(article: HTMLElement): void {
  const links = article.getElementsByTagName('a');
  if (!links.length) return;
  for (const p of new Set([...links].map((a) => a.closest('p, div, li, blockquote')!))) {
    let inLinks = 0;
    for (const a of p.getElementsByTagName('a')) inLinks += seenLength(a);
    if (inLinks / Math.max(1, seenLength(p)) <= 0.3) continue;
    for (const a of [...p.getElementsByTagName('a')]) {
      const span = p.ownerDocument.createElement('span');
      span.append(...a.childNodes);
      a.replaceWith(span);
    }
  }
}

/**
 * The page's DOM serialised: <html> with its attributes, its children except our <crosscheck-root>, and the shadow
 * roots the builder made. What "the page's DOM is unchanged" compares, with or without our UI mounted.
 */
export function serialize(doc: Document, hosts: readonly Element[] = []): string {
  const html = doc.documentElement;
  const parts = [(html.cloneNode(false) as Element).outerHTML];
  for (let c = html.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).localName === 'crosscheck-root') continue;
    parts.push(c.nodeType === 1 ? (c as Element).outerHTML : `#${c.nodeType}:${c.nodeValue ?? ''}`);
  }
  for (const h of hosts) parts.push(`#shadow(${h.tagName}):${h.shadowRoot?.innerHTML ?? 'gone'}`);
  return parts.join('\n');
}

/** Every text node's data, in order: the page's text, exactly (outerHTML escapes some differences away). */
export function allText(root: Node): string {
  const out: string[] = [];
  const w = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push((n as Text).data);
  return out.join('\u0000');
}

/**
 * jsdom's selector engine answers a list of bare tag names ("address,article,…", as extract.ts asks for every child
 * element it meets, to tell blocks from inline runs) by collecting every element of each of the forty tags: most of
 * a property run's time, where a browser answers natively. This answers exactly such selectors on elements with a
 * walk in tree order — the same first match — and passes anything else to jsdom. Installed for the property runs
 * (property-anchor checks it against jsdom's answer); returns the function that uninstalls it.
 */
export function fastTagListQueries(win: Window & typeof globalThis): () => void {
  const proto = win.Element.prototype;
  const original = proto.querySelector;
  const lists = new Map<string, Set<string> | null>();
  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  proto.querySelector = function (this: Element, selector: string): Element | null {
    let tags = lists.get(selector);
    if (tags === undefined) {
      tags = /^[a-z][a-z0-9]*(\s*,\s*[a-z][a-z0-9]*)+$/.test(selector) ? new Set(selector.split(/\s*,\s*/)) : null;
      lists.set(selector, tags);
    }
    if (!tags) return original.call(this, selector);
    const set = tags;
    const walk = (el: Element): Element | null => {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        if (set.has(c.namespaceURI === HTML_NS ? c.localName.toLowerCase() : c.localName)) return c;
        const d = walk(c);
        if (d) return d;
      }
      return null;
    };
    return walk(this);
  } as typeof proto.querySelector;
  return () => {
    proto.querySelector = original;
  };
}
