/**
 * The content script's first test, as data: what each story's cheap check looks for in a page's head. The build
 * compiles the bundled stories' patterns into the content script (scripts/build/corpus-plugin.ts), which never loads
 * a corpus; src/page/cheap-check.ts applies them.
 */
import type { StoryDescription } from '../contracts/index.js';

/** One story's cheap check: regular-expression sources over the folded head text. */
export interface CheapPatterns {
  id: string;
  who: string;
  what: string;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A story's cheap-check patterns: its `cheap` field, else its subject's words and names and its object's words. */
export function cheapPatterns(story: StoryDescription): CheapPatterns {
  const who = story.cheap?.who ?? [...story.frame.subject.words, ...(story.frame.subject.phrases ?? [])].map(escape);
  const what = story.cheap?.what ?? story.frame.object.words.map(escape);
  return { id: story.id, who: `\\b(?:${who.join('|')})\\b`, what: `\\b(?:${what.join('|')})\\b` };
}

/** A story's cheap check, compiled: who it is about and what is stopped, matched without accents. */
export interface CheapStory {
  id: string;
  who: RegExp;
  what: RegExp;
}

/** Compiles cheap-check patterns; a pattern that doesn't compile is left out rather than fail every page. */
export function compileCheap(patterns: readonly CheapPatterns[]): CheapStory[] {
  return patterns.flatMap((p) => {
    try {
      return [{ id: p.id, who: new RegExp(p.who), what: new RegExp(p.what) }];
    } catch {
      return [];
    }
  });
}

/** Text as the patterns read it: lower case, accents dropped. */
export const foldCheap = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * The URL's words: host and path, decoded, separators turned into spaces ('' for what isn't an http(s) URL). Read
 * with a pattern, not the URL class: the engine runs where no DOM or Node library is assumed.
 */
export function urlWords(url: string): string {
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(url.trim());
  if (!m) return '';
  let path = m[2]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the path as it is.
  }
  return `${m[1]!.toLowerCase()} ${path}`.replace(/[-_/.+\s]+/g, ' ').trim();
}

/** The folded text the patterns are tried on: the given head-level texts, then the URL's words. */
export const cheapText = (parts: readonly string[], url: string): string => foldCheap([...parts, urlWords(url)].join(' \n '));

/** What of the stories `hay` (folded, see cheapText) names: any story's actor, any story's object, and the stories it names both of. */
export function namedIn(hay: string, stories: readonly CheapStory[]): { who: boolean; what: boolean; stories: string[] } {
  const out = { who: false, what: false, stories: [] as string[] };
  for (const s of stories) {
    const who = s.who.test(hay);
    const what = s.what.test(hay);
    out.who ||= who;
    out.what ||= what;
    if (who && what) out.stories.push(s.id);
  }
  return out;
}

/** A tab's title and URL as the patterns read them, or null for what isn't an http(s) page. */
export const tabText = (title: string, url: string): string | null => (/^https?:\/\//i.test(url) ? cheapText([title.slice(0, 500)], url) : null);

/**
 * The background's test of a tab from its title and URL alone, before anything runs on the page: do they name one
 * of a story's actors or its object? Looser than the head check, which needs both, because a title is shorter than
 * a head: a page that passes gets the first stage, which reads the head and decides. Only http(s) pages qualify.
 */
export function worthAHeadCheck(title: string, url: string, stories: readonly CheapStory[]): boolean {
  const hay = tabText(title, url);
  if (hay === null) return false;
  const n = namedIn(hay, stories);
  return n.who || n.what;
}

/**
 * Whether the title and URL alone pass a story's full cheap check (its actor and its object both named): the
 * background then has the second stage brought in at once, without the first stage's head check.
 */
export function storyInTitle(title: string, url: string, stories: readonly CheapStory[]): boolean {
  const hay = tabText(title, url);
  return hay !== null && namedIn(hay, stories).stories.length > 0;
}
