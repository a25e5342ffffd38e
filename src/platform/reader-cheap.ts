/**
 * The first, cheap test of the reader's own stories, kept in `storage.local` by the background (which holds their
 * descriptions in IndexedDB, out of the content script's reach) for the content script to read on every page.
 */
import browser from './browser.js';

/** One story's cheap-check patterns (the engine's CheapPatterns): regular-expression sources over folded head text. */
export interface CheapPatterns {
  id: string;
  who: string;
  what: string;
}

export const READER_CHEAP_KEY = 'readerStoriesCheap';

const isPatterns = (v: unknown): v is CheapPatterns[] =>
  Array.isArray(v) && v.every((p) => !!p && typeof p === 'object' && ['id', 'who', 'what'].every((k) => typeof (p as Record<string, unknown>)[k] === 'string'));

/** The stored patterns; none when absent or malformed. */
export async function getReaderCheap(): Promise<CheapPatterns[]> {
  const v = (await browser.storage.local.get(READER_CHEAP_KEY))[READER_CHEAP_KEY];
  return isPatterns(v) ? v : [];
}

/** Stores the patterns (the background, whenever the reader's stories change); none removes the key. */
export async function setReaderCheapPatterns(patterns: readonly CheapPatterns[]): Promise<void> {
  if (patterns.length) await browser.storage.local.set({ [READER_CHEAP_KEY]: patterns });
  else await browser.storage.local.remove(READER_CHEAP_KEY);
}

/** Calls `listener` with the new patterns whenever they change; returns an unsubscribe function. */
export function onReaderCheapChanged(listener: (patterns: CheapPatterns[]) => void): () => void {
  const l = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && READER_CHEAP_KEY in changes) {
      const v = changes[READER_CHEAP_KEY]?.newValue;
      listener(isPatterns(v) ? v : []);
    }
  };
  browser.storage.onChanged.addListener(l);
  return () => browser.storage.onChanged.removeListener(l);
}
