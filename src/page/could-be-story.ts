/**
 * The cheap check with the bundled stories' patterns, which the build compiles in from the corpus's story
 * descriptions (`crosscheck:stories`, see scripts/build/corpus-plugin.ts): the content script knows no story of its
 * own. Kept apart from cheap-check.ts so that Node tools reading pages (the CLI) need no build.
 */
import bundledStories from 'crosscheck:stories';
import { cheapCheck, compileCheap, readHead } from './cheap-check.js';

/** The bundled stories' checks, compiled once. */
export const BUNDLED_CHEAP = compileCheap(bundledStories);

/** cheapCheck(readHead(doc)) against the bundled stories. */
export function couldBeStory(doc: Document, url?: string): boolean {
  return cheapCheck(readHead(doc, url), BUNDLED_CHEAP).candidate;
}
