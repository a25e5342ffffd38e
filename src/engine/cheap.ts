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
