/** The index terms of a claim: language-neutral concepts, actors, places and units first, then stemmed words. */
import type { ClaimSlots } from '../contracts/index.js';
import type { Analysis } from './slots.js';
import { CONTINUE_VERBS, OBJECT_CONCEPTS, STOP_VERBS, STOPWORDS, conceptOf } from './lexicon.js';
import { foldPlain, stem } from './text.js';
import { translationOf } from './translate.js';

/** Synonyms meet in one index term: every stop verb is "c:stop", every object of sharing is its object. */
export function indexConcept(c: string): string {
  if (STOP_VERBS.has(c)) return 'stop';
  if (CONTINUE_VERBS.has(c)) return 'continue';
  return OBJECT_CONCEPTS[c] ?? c;
}

/**
 * The index term of a word no concept reads (`folded`; `original` as written, which the stemmer reads): a Spanish or
 * Portuguese word the vocabulary translates meets its English word's term ("azúcar", "açúcar", "sugar"; "dañino" the
 * concept *hurt*), so plain words cross between the three languages as concepts do; any other is its stem.
 */
export function plainTerm(folded: string, original: string, language: string): string {
  const english = language === 'en' ? undefined : translationOf(folded);
  if (english?.startsWith('c:')) return `c:${indexConcept(english.slice(2))}`;
  return english ?? `w:${stem(original, language)}`;
}

/** The index term of one word, concept or plain (see plainTerm). */
export function wordTerm(word: string, language: string): string {
  const folded = foldPlain(word.toLowerCase());
  const c = conceptOf(folded);
  return c ? `c:${indexConcept(c)}` : plainTerm(folded, word, language);
}

/** Structured terms (prefixes c:, a:, p:, q:) match across languages; word terms (w:) only within one. */
export function termsOf(a: Analysis, slots: ClaimSlots): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (t: string) => tf.set(t, (tf.get(t) ?? 0) + 1);
  // Days, dates and figures are slot values, compared by the stance function, not retrieval terms.
  const slotSpans = slots.times.map((x) => [x.start, x.end] as const);
  // So are a figure's words ("377 milhões de dólares", "$377 million"): its unit is the q: term below.
  for (const q of slots.quantities) if (q.unit) slotSpans.push([q.start, q.end] as const);
  for (let i = 0; i < a.tokens.length; i++) {
    const e = a.entityAt[i];
    if (e) {
      if (e.first === i) {
        const locative = e.place && slots.places.some((p) => p.locative && p.id === e.place!.id);
        if (e.actor) {
          add(`a:${e.actor.id}`);
          if (e.actor.party !== e.actor.id) add(`a:${e.actor.party}`);
        }
        if (e.place && (locative || !e.actor)) add(`p:${e.place.id}`);
      }
      continue;
    }
    const tok = a.tokens[i]!;
    const word = tok.word;
    if (/^\d/.test(word)) continue;
    const origStart = a.folded.map[tok.start]!;
    if (slotSpans.some(([s, e]) => origStart >= s && origStart < e)) continue;
    // "de acuerdo con", "de acordo com": according to, not an agreement.
    if ((word === 'acuerdo' || word === 'acordo') && a.tokens[i - 1]?.word === 'de' && /^(?:con|com)$/.test(a.tokens[i + 1]?.word ?? '')) {
      add('c:report');
      continue;
    }
    const c = a.concepts[i];
    if (c) add(`c:${indexConcept(c)}`);
    else if (word.length >= 3 && !STOPWORDS.has(word)) add(plainTerm(word, a.original.slice(origStart, a.folded.map[tok.end]), a.language));
  }
  for (const q of slots.quantities) if (q.unit) add(`q:${q.unit}${q.measure ? `:${q.measure}` : ''}`);
  return tf;
}

/** True for terms that match across languages. */
export function isStructured(term: string): boolean {
  return term.charCodeAt(1) === 58 /* ':' */ && term[0] !== 'w';
}
