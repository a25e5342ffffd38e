/**
 * The check that runs on every page: could this page be about one of the stories at all?
 * It reads only the title, the URL, a few meta tags, the JSON-LD headline in <head> and the first <h1> —
 * never the body's text —
 * so that on the pages it isn't for it costs next to nothing. It is deliberately loose: the engine decides.
 */

export interface PageHead {
  title: string;
  url: string;
  ogTitle: string;
  /** The JSON-LD headline (NewsArticle and the like) from <head>, or ''. */
  headline: string;
  description: string;
  h1: string;
}

import { cheapText, namedIn, type CheapStory } from '../engine/cheap.js';

export interface CheapVerdict {
  /** Worth reading the article for. */
  candidate: boolean;
  /** Which term groups matched (in any story), for debugging and tests. */
  matched: string[];
  /** The stories whose who and what both matched. */
  stories: string[];
}

export { compileCheap, type CheapStory } from '../engine/cheap.js';

/** Looks in <head> only: a missing tag must not cost a walk over a huge body. */
function meta(doc: Document, selector: string): string {
  return (doc.head ?? doc).querySelector<HTMLMetaElement>(selector)?.content?.slice(0, 500) ?? '';
}

/** The first "headline" in <head>'s JSON-LD blocks: found by a bounded pattern, so a huge block is never parsed. */
function ldHeadline(doc: Document): string {
  for (const script of [...(doc.head ?? doc).querySelectorAll('script[type="application/ld+json"]')].slice(0, 5)) {
    const m = /"headline"\s*:\s*"((?:[^"\\]|\\.){1,500})"/.exec((script.textContent ?? '').slice(0, 50_000));
    if (!m) continue;
    try {
      return String(JSON.parse(`"${m[1]}"`));
    } catch {
      return m[1]!;
    }
  }
  return '';
}

/** Reads the page's head-level signals. Bounded: at most a few hundred characters from each source. */
export function readHead(doc: Document, url: string = doc.location?.href ?? ''): PageHead {
  const h1 = doc.querySelector('h1');
  return {
    title: (doc.title ?? '').slice(0, 500),
    url,
    ogTitle: meta(doc, 'meta[property="og:title"],meta[name="twitter:title"]'),
    headline: ldHeadline(doc),
    description: meta(doc, 'meta[property="og:description"],meta[name="description"]'),
    h1: (h1?.textContent ?? '').slice(0, 500),
  };
}

/** The article's headline as the head gives it (JSON-LD, og:title, the first h1, else the title), for naming a story after it. */
export function pageHeadline(doc: Document): string {
  const h = readHead(doc, '');
  return (h.headline || h.ogTitle || h.h1 || h.title).replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Decides from head-level signals only whether the article is worth extracting: could it be one of `stories`? */
export function cheapCheck(head: PageHead, stories: readonly CheapStory[]): CheapVerdict {
  const n = namedIn(cheapText([head.title, head.ogTitle, head.headline, head.description, head.h1], head.url), stories);
  return { candidate: n.stories.length > 0, matched: (['who', 'what'] as const).filter((m) => n[m]), stories: n.stories };
}
