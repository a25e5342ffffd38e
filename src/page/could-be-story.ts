/**
 * The cheap check with the bundled stories' patterns, which the build compiles in from the corpus's story
 * descriptions (`crosscheck:stories`, see scripts/build/corpus-plugin.ts): the content script knows no story of its
 * own. Kept apart from cheap-check.ts so that Node tools reading pages (the CLI) need no build.
 */
import bundledStories from 'crosscheck:stories';
import type { CheapPatterns } from '../engine/cheap.js';
import { cheapCheck, compileCheap, readHead, type CheapStory } from './cheap-check.js';

/** The bundled stories' checks, compiled once. */
export const BUNDLED_CHEAP = compileCheap(bundledStories);

/**
 * The reader's own stories' checks, which the content script reads from storage. Kept on the isolated world's global
 * object: the content script's two stages are two bundles, and both must see the same list.
 */
const KEY = '__crosscheckReaderCheap';
const held = (): CheapStory[] => (globalThis as unknown as Record<string, CheapStory[] | undefined>)[KEY] ?? [];

/** Sets the reader's stories' checks (a pattern that doesn't compile is left out rather than fail every page). */
export function setReaderCheap(patterns: readonly CheapPatterns[]): void {
  (globalThis as unknown as Record<string, CheapStory[]>)[KEY] = compileCheap(patterns);
}

/** cheapCheck(readHead(doc)) against the bundled stories and the reader's. */
export function couldBeStory(doc: Document, url?: string): boolean {
  const reader = held();
  return cheapCheck(readHead(doc, url), reader.length ? [...BUNDLED_CHEAP, ...reader] : BUNDLED_CHEAP).candidate;
}
