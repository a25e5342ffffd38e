// @vitest-environment jsdom
/**
 * Failures the property tests found (property-anchor, property-highlight, property-controller), kept as plain
 * tests so that they stay fixed whatever seed a later run draws. Each names what was wrong.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuotes, findInElement, fold, locate, mapElement } from '../../src/page/anchor.js';
import { extractArticle } from '../../src/page/extract.js';
import { normalizeText } from '../../src/page/text-map.js';

const INTRO = 'Bogotá, November 12, 2025. The government, according to officials, ministers and diplomats, said on Tuesday, in detail, that it would review its cooperation.';

describe('regressions found by the property tests', () => {
  it('Greek capital sigma folds the same whatever follows it (final-sigma lowercasing is contextual)', () => {
    // Found: a quote ending in "ΑΘΗΝΑΣ" lowercases to final "ς" on its own, but to "σ" on the page where a word
    // is glued after it, so the folded search missed it.
    expect(fold('ΑΘΗΝΑΣ')).toBe(fold('ΑΘΗΝΑΣX').slice(0, 6));
    const text = 'Reporters wrote: Zq0x Colombia ΑΘΗΝΑΣColombia and more.';
    expect(locate(text, { text: 'Zq0x Colombia ΑΘΗΝΑΣ' })).toEqual({ start: 17, end: 37 });
  });

  it('a dotted capital I elsewhere on the page does not change how a Greek quote folds', () => {
    // Found: "İ" lowercases to two code units, which sent the page (not the quote) down the per-character fold,
    // where "Σ" always becomes "σ" while the quote's whole-string fold gave "ς".
    document.body.innerHTML = `<article><p>${INTRO}</p><p>İstanbul said: Zq0x ΑΘΗΝΑΣ Colombia Colombia.</p></article>`;
    const r = findInElement(document.querySelector('article')!, { text: 'Zq0x ΑΘΗΝΑΣ Colombia Colombia' });
    expect(r?.toString()).toBe('Zq0x ΑΘΗΝΑΣ Colombia Colombia');
  });

  it('a byte-order mark inside a word is invisible, not a space', () => {
    // Found: JavaScript's \s includes U+FEFF, so the text map read "b\uFEFFom" as "b om" while normalizeText (and a
    // reader) have "bom": a quote holding the word was never found.
    document.body.innerHTML = `<article><p>${INTRO}</p><p>Reporters wrote: Zq0x Colombia b\ufeffomLorem ipsum dolor.</p></article>`;
    const article = document.querySelector('article')!;
    expect(mapElement(article).text).toContain('Zq0x Colombia bomLorem');
    expect(normalizeText('a \ufeff b')).toBe('a b');
    expect(findInElement(article, { text: 'Zq0x Colombia b\ufeffom' })?.toString()).toBe('Zq0x Colombia b\ufeffom');
    const page = extractArticle(document);
    expect(page.text).toContain('Zq0x Colombia bomLorem');
    const [range] = anchorQuotes(page, [{ text: 'Zq0x Colombia bom' }]);
    expect(range?.toString()).toBe('Zq0x Colombia b\ufeffom');
  });
});
