/**
 * The general news vocabulary that carries Spanish and Portuguese words to their English word: well formed, one
 * meaning per word, nothing the lexicon already reads, and the terms it gives meeting the English ones.
 */
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../src/engine/translations.js';
import { translationOf } from '../../src/engine/translate.js';
import { CLAUSE_NEGATIONS, STOPWORDS, conceptOf } from '../../src/engine/lexicon.js';
import { prepareClaim } from '../../src/engine/claims.js';
import { SEED_GAZETTEER } from './seed-story.js';

const termsOf = (text: string, language: string) => [...prepareClaim(SEED_GAZETTEER, text, language, 2025).terms.keys()];

describe('the translation vocabulary', () => {
  it('holds folded words, and prefixes only of seven letters or more', () => {
    for (const [english, words] of Object.entries(TRANSLATIONS)) {
      expect(english, english).toMatch(/^[a-z][a-z-]*$/);
      for (const w of words) {
        expect(w, `${english}: ${w}`).toMatch(/^[a-z][a-z-]*\*?$/);
        if (w.endsWith('*')) expect(w.length - 1, `${english}: ${w}`).toBeGreaterThanOrEqual(7);
      }
    }
  });
  it('gives each word one English word, and none the lexicon reads already or drops', () => {
    const seen = new Map<string, string>();
    for (const [english, words] of Object.entries(TRANSLATIONS)) {
      for (const w of words) {
        expect(seen.get(w), `${w} under ${english} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, english);
        const bare = w.replace(/\*$/, '');
        expect(STOPWORDS.has(bare), `${english}: ${w} is a stopword`).toBe(false);
        expect(conceptOf(bare), `${english}: ${w} is a concept's word`).toBeNull();
      }
    }
  });
  it('meets the English word in Spanish and Portuguese, a concept\'s word as its concept', () => {
    const [word, english] = Object.entries(TRANSLATIONS).find(([e, ws]) => !conceptOf(e) && ws.some((w) => !w.endsWith('*')))!.map((x) => x) as [string, readonly string[]];
    const spanish = english.find((w) => !w.endsWith('*'))!;
    expect(translationOf(spanish)).toBe(termsOf(word, 'en').find((t) => t.startsWith('w:')));
    expect(termsOf('Petro dijo que el azúcar es menos dañino.', 'es')).toEqual(expect.arrayContaining(termsOf('Petro said sugar is less harmful.', 'en').filter((t) => t !== 'c:say' && !t.startsWith('a:'))));
  });
  it('holds the past and subjunctive forms a reported quotation takes ("puede que llevara", "levasse", "carregava")', () => {
    for (const w of ['llevara', 'llevaba', 'levasse', 'levava', 'carregava']) expect(translationOf(w), w).toBe(translationOf('llevar'));
  });
  it('leaves English words and words it does not hold as they are', () => {
    expect(termsOf('The azucar is sweet.', 'en')).toContain('w:azucar');
    expect(translationOf('zzzz')).toBeUndefined();
  });
});

describe('function words', () => {
  it('of Spanish and Portuguese are no terms, as English ones are not: they never meet a translation', () => {
    for (const [text, language] of [
      ['Nunca, ahora ni además, nuestro gobierno va a romper con nadie.', 'es'],
      ['O governo não vai romper agora, nem nunca, com ninguém, além disso.', 'pt'],
    ] as const) {
      // Left: the government and the break (a concept), no plain word.
      expect(termsOf(text, language).filter((t) => t.startsWith('w:')), text).toEqual([]);
      expect(termsOf(text, language), text).toContain('c:government');
    }
  });
  it('include number words: a figure is compared as a quantity, never as a word ("cincuenta países", "fifty countries")', () => {
    for (const [text, language] of [['Cincuenta países firmaron.', 'es'], ['Cinquenta países assinaram.', 'pt'], ['Fifty countries signed.', 'en']] as const) {
      expect(termsOf(text, language).filter((t) => t.startsWith('w:')), text).toEqual([]);
      expect(termsOf(text, language), text).toContain('q:countries');
    }
  });
  it('include every word that negates a clause (negation is read from the clause, not matched as a word)', () => {
    for (const words of Object.values(CLAUSE_NEGATIONS)) for (const w of words) if (!w.includes("'")) expect(STOPWORDS.has(w), w).toBe(true);
  });
});
