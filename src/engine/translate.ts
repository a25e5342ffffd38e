/** Spanish and Portuguese words of the general news vocabulary (translations.ts) to the index term of their English word. */
import { TRANSLATIONS } from './translations.js';
import { stem } from './text.js';
import { conceptOf, wordLookup } from './lexicon.js';

let lookup: ((word: string) => string | null) | null = null;

/**
 * The index term ("w:sugar", or "c:hurt" for a concept's word) of the English word a folded Spanish or Portuguese
 * word translates to, or undefined. The vocabulary is read on first use; its prefix entries have seven letters or more.
 */
export function translationOf(word: string): string | undefined {
  // An English word the lexicon holds as a concept ("harmful": hurt) is that concept's term, as in English text.
  lookup ??= wordLookup(
    Object.entries(TRANSLATIONS).map(([english, words]) => {
      const concept = conceptOf(english);
      return [concept ? `c:${concept}` : `w:${stem(english, 'en')}`, words] as const;
    }),
    7,
  );
  return lookup(word) ?? undefined;
}

let english: Set<string> | null = null;

/**
 * Whether a plain index term ("w:murder") is an English word of the vocabulary, the term its Spanish and Portuguese
 * words meet: a word that crosses between languages, so another language's sentence telling the same can hold it.
 */
export function crossesLanguages(term: string): boolean {
  english ??= new Set(Object.keys(TRANSLATIONS).filter((w) => !conceptOf(w)).map((w) => `w:${stem(w, 'en')}`));
  return english.has(term);
}
