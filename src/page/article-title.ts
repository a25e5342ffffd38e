/**
 * The article's title, as Reader View names it: the page's metadata headline (JSON-LD, og:, twitter:, Dublin Core,
 * Parse.ly) when the page still agrees with it, else the headline <h1> by the article, else the document title
 * without its site name ("Headline | Site", "Site - Headline"), with Readability's rules for cutting it.
 * Metadata must agree because single-page sites leave it stale: after a client-side navigation og:title still names
 * the previous page while document.title and the <h1> name the new one.
 */

/** In Readability's order of preference; `~=` because some pages give one tag several properties ("og:title twitter:title"). */
const META_TITLE = [
  'meta[property~="dc:title" i]',
  'meta[name~="dc.title" i]',
  'meta[name~="dcterm:title" i], meta[property~="dcterm:title" i]',
  'meta[property~="og:title"], meta[name~="og:title"]',
  'meta[name="title"]',
  'meta[name~="twitter:title"], meta[property~="twitter:title"]',
  'meta[name="parsely-title"]',
];

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const wordCount = (s: string) => s.split(/\s+/).length;
// Split on spaces and punctuation rather than matched with \p{L}: a Unicode property class costs its compile (a few
// milliseconds on a story page's first stage, measured by scripts/bench/story-profile.ts) for words any split finds.
const wordsOf = (s: string) => new Set(s.toLowerCase().split(/[\s.,;:!?¿¡"'“”‘’«»()[\]{}|/\\—–-]+/).filter(Boolean));

/** A JSON-LD article's headline (or name), read from at most a few blocks in <head> or <body>. */
function jsonLdHeadline(doc: Document): string {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 5; i++) {
    try {
      const data: unknown = JSON.parse(scripts[i]!.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])]) {
        const o = item as { '@type'?: unknown; headline?: unknown; name?: unknown };
        const type = String(o?.['@type'] ?? '');
        if (!/Article|BlogPosting|Report|WebPage/.test(type)) continue;
        const t = typeof o.headline === 'string' ? o.headline : typeof o.name === 'string' && /Article|Posting/.test(type) ? o.name : '';
        if (t.trim()) return collapse(t);
      }
    } catch {
      // Malformed JSON-LD is common; the other sources still name the page.
    }
  }
  return '';
}

/** document.title cut the way Readability cuts it: the site's name after a separator goes, a too-short rest doesn't. */
export function cleanDocumentTitle(doc: Document): string {
  const orig = collapse(doc.title ?? '');
  let cur = orig;
  let hierarchical = false;
  if (/ [|\-\\/>»–—] /.test(cur)) {
    hierarchical = / [\\/>»] /.test(cur);
    const seps = [...orig.matchAll(/ [|\-\\/>»–—] /g)];
    cur = orig.slice(0, seps[seps.length - 1]!.index);
    if (wordCount(cur) < 3) cur = orig.replace(/^[^|\-\\/>»–—]*[|\-\\/>»–—]/, '');
  } else if (cur.includes(': ')) {
    const headings = [...doc.querySelectorAll('h1, h2')].slice(0, 50);
    if (!headings.some((h) => collapse(h.textContent ?? '') === cur)) {
      cur = orig.slice(orig.lastIndexOf(':') + 1);
      if (wordCount(cur) < 3) cur = orig.slice(orig.indexOf(':') + 1);
      else if (wordCount(orig.slice(0, orig.indexOf(':'))) > 5) cur = orig;
    }
  } else if (cur.length > 150 || cur.length < 15) {
    const h1s = doc.getElementsByTagName('h1');
    if (h1s.length === 1) cur = collapse(h1s[0]!.textContent ?? '');
  }
  cur = collapse(cur);
  const n = wordCount(cur);
  if (n <= 4 && (!hierarchical || n !== wordCount(orig.replace(/[|\-\\/>»–—]+/g, '')) - 1)) cur = orig;
  return cur;
}

/** Whether most of `a`'s words are in `b`. */
function agrees(a: string, b: string): boolean {
  const wa = wordsOf(a);
  if (!wa.size || !b) return false;
  const wb = wordsOf(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / wa.size >= 0.5;
}

/** The article's title; `headline` is the <h1> the extraction found by the article, if any. */
export function articleTitle(doc: Document, headline: string): string {
  const head = doc.head ?? doc;
  const site = collapse(head.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? '');
  let meta = jsonLdHeadline(doc);
  for (const sel of META_TITLE) if (!meta) meta = collapse(head.querySelector<HTMLMetaElement>(sel)?.content ?? '');
  const rawTitle = collapse(doc.title ?? '');
  const h1 = headline.length >= 10 ? headline : '';
  // Stale: the document's title and its headline agree with each other and not with the metadata.
  const stale = !!h1 && agrees(h1, rawTitle) && !agrees(meta, rawTitle) && !agrees(meta, h1);
  if (meta && meta !== site && !stale) return meta;
  return cleanDocumentTitle(doc) || h1 || meta;
}
