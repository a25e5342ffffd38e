/**
 * Who published a page and when, for adding it as a reader's source: og:site_name and article:published_time first,
 * then the JSON-LD NewsArticle (publisher.name, datePublished). Reads only <meta> tags and ld+json scripts, bounded.
 */

export interface SourceMeta {
  siteName: string | null;
  published: string | null;
}

const ARTICLE = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|WebPage|OpinionNewsArticle)$/;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : null);

/** Article-like objects in a JSON-LD value (top level, lists, @graph). */
function articles(v: unknown, out: Json[], depth = 0): Json[] {
  if (depth > 3) return out;
  if (Array.isArray(v)) for (const x of v.slice(0, 50)) articles(x, out, depth + 1);
  else if (isObj(v)) {
    const type = v['@type'];
    if ((Array.isArray(type) ? type : [type]).some((x) => typeof x === 'string' && ARTICLE.test(x))) out.push(v);
    if (v['@graph']) articles(v['@graph'], out, depth + 1);
  }
  return out;
}

export function readSourceMeta(doc: Document): SourceMeta {
  const scope = doc.head ?? doc;
  const meta = (sel: string) => text(scope.querySelector<HTMLMetaElement>(sel)?.content);
  let siteName = meta('meta[property="og:site_name"]');
  let published = meta('meta[property="article:published_time"],meta[itemprop="datePublished"]');
  if (siteName && published) return { siteName, published };
  for (const s of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 10)) {
    const raw = s.textContent ?? '';
    if (raw.length > 200_000) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      continue; // A broken block on the page is the page's business.
    }
    for (const a of articles(value, [])) {
      const publisher = a['publisher'];
      siteName ??= text(isObj(publisher) ? publisher['name'] : Array.isArray(publisher) && isObj(publisher[0]) ? publisher[0]['name'] : null);
      published ??= text(a['datePublished']);
    }
  }
  return { siteName, published };
}
