/**
 * The check that runs on every page: could this page be about the story at all?
 * It reads only the title, the URL, a few meta tags, the first <h1> and the html lang — never the body's text —
 * so that on the pages it isn't for it costs next to nothing. It is deliberately loose: the engine decides.
 */

export interface PageHead {
  title: string;
  url: string;
  ogTitle: string;
  description: string;
  h1: string;
  siteName: string;
  published: string | null;
  language: string | null;
}

export interface CheapVerdict {
  /** Worth reading the article for. */
  candidate: boolean;
  /** Which term groups matched, for debugging and tests. */
  matched: string[];
}

/** Who: Colombia and its president, in English, Spanish and Portuguese ("Latin American country" for coy headlines); matched without accents. */
const WHO = /\b(colombi\w*|petro|bogota|latin american country|pais latinoamericano|pais latino americano)\b/;
/** What: intelligence or information sharing, in the same languages. */
const WHAT = /\b(intel\w*|inteligen\w*|informac\w*|information[- ]sharing|espiona\w*|security agencies)\b/;

/** Looks in <head> only: a missing tag must not cost a walk over a huge body. */
function meta(doc: Document, selector: string): string {
  return (doc.head ?? doc).querySelector<HTMLMetaElement>(selector)?.content?.slice(0, 500) ?? '';
}

/** Reads the page's head-level signals. Bounded: at most a few hundred characters from each source. */
export function readHead(doc: Document, url: string = doc.location?.href ?? ''): PageHead {
  const h1 = doc.querySelector('h1');
  return {
    title: (doc.title ?? '').slice(0, 500),
    url,
    ogTitle: meta(doc, 'meta[property="og:title"],meta[name="twitter:title"]'),
    description: meta(doc, 'meta[property="og:description"],meta[name="description"]'),
    h1: (h1?.textContent ?? '').slice(0, 500),
    siteName: meta(doc, 'meta[property="og:site_name"]'),
    published:
      meta(doc, 'meta[property="article:published_time"],meta[itemprop="datePublished"],meta[name="date"]') || null,
    language: doc.documentElement?.getAttribute('lang') || null,
  };
}

/** The URL's words: host and path, decoded, separators turned into spaces. */
function urlWords(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(`${u.hostname} ${u.pathname}`).replace(/[-_/.+]+/g, ' ');
  } catch {
    return '';
  }
}

/** Decides from head-level signals only whether the article is worth extracting. */
export function cheapCheck(head: PageHead): CheapVerdict {
  const hay = [head.title, head.ogTitle, head.description, head.h1, urlWords(head.url)]
    .join(' \n ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const matched: string[] = [];
  if (WHO.test(hay)) matched.push('who');
  if (WHAT.test(hay)) matched.push('what');
  return { candidate: matched.length === 2, matched };
}

/** cheapCheck(readHead(doc)). */
export function couldBeStory(doc: Document, url?: string): boolean {
  return cheapCheck(readHead(doc, url)).candidate;
}
