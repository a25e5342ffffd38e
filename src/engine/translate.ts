/** Spanish and Portuguese words of the general news vocabulary (translations.ts) to the stem of their English word. */
import { TRANSLATIONS } from './translations.js';
import { stem } from './text.js';
import { conceptOf } from './lexicon.js';

interface Compiled {
  exact: Map<string, string>;
  prefixes: Map<string, string>;
  longest: number;
}

let compiled: Compiled | null = null;
/** Built on first use: the vocabulary's words by folded form, and its prefix entries ("asesinado*") by prefix. */
function vocabulary(): Compiled {
  if (compiled) return compiled;
  const exact = new Map<string, string>();
  const prefixes = new Map<string, string>();
  let longest = 0;
  for (const [english, words] of Object.entries(TRANSLATIONS)) {
    // An English word the lexicon holds as a concept ("harmful": hurt) is that concept's term, as in English text.
    const concept = conceptOf(english);
    const head = concept ? `c:${concept}` : `w:${stem(english, 'en')}`;
    for (const w of words) {
      if (w.endsWith('*')) {
        prefixes.set(w.slice(0, -1), head);
        longest = Math.max(longest, w.length - 1);
      } else exact.set(w, head);
    }
  }
  return (compiled = { exact, prefixes, longest });
}

/** The index term ("w:sugar", or "c:hurt" for a concept's word) of the English word a folded Spanish or Portuguese word translates to, or undefined. */
export function translationOf(word: string): string | undefined {
  const v = vocabulary();
  const hit = v.exact.get(word);
  if (hit) return hit;
  for (let n = Math.min(v.longest, word.length); n >= 7; n--) {
    const p = v.prefixes.get(word.slice(0, n));
    if (p) return p;
  }
  return undefined;
}
