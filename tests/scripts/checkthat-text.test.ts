/**
 * The CheckThat! evaluation's text processing (scripts/eval/checkthat-text.ts), on tweets and claims written here:
 * tweet cleaning, the figures and surface stems the matcher is given there, and the claims stored twice.
 */
import { describe, expect, it } from 'vitest';
import { addTerms, bm25Tokens, cleanTweet, figureTerms, firstCopies, surfaceTerms } from '../../scripts/eval/checkthat-text.js';

describe('cleanTweet', () => {
  const tweet = 'The river froze over #WinterIsHere pic.twitter.com/AbCdEfGh12 https://t.co/XyZ1234567 — Jane Roe (@JaneRoe99) March 3, 2020';
  it('drops links, keeps hashtag words split at case changes, keeps the signature name and date without the handle', () => {
    expect(cleanTweet(tweet)).toBe('The river froze over Winter Is Here — Jane Roe March 3, 2020');
  });
  it('drops the whole signature, or keeps it all, when asked', () => {
    expect(cleanTweet(tweet, 'drop')).toBe('The river froze over Winter Is Here');
    expect(cleanTweet(tweet, 'keep')).toBe('The river froze over Winter Is Here — Jane Roe ( Jane Roe 99 ) March 3, 2020');
  });
  it('decodes the entities tweets carry', () => {
    expect(cleanTweet('salt &amp; pepper')).toBe('salt & pepper');
  });
});

describe('figureTerms', () => {
  it('gives each run of digits and each month name, lower-cased, as an n: term', () => {
    const t = figureTerms('In December 2019 the town paid $150 billion, and 150 more in December.');
    expect(t).toEqual(new Map([['n:december', 2], ['n:2019', 1], ['n:150', 2]]));
  });
  it('gives nothing for words that merely contain digits or months', () => {
    expect(figureTerms('covid19 Mayday marched')).toEqual(new Map());
  });
});

describe('surfaceTerms', () => {
  it('gives the plain BM25 tokens as x: terms, stop words out, stems in', () => {
    expect(bm25Tokens('The hundreds of boats sank')).toEqual(['hundr', 'boat', 'sank']);
    expect(surfaceTerms('The hundreds of boats sank, boats!')).toEqual(new Map([['x:hundr', 1], ['x:boat', 2], ['x:sank', 1]]));
  });
});

describe('addTerms', () => {
  it('adds a second map at a weight, leaving both maps as they were', () => {
    const a = new Map([['w:a', 1], ['w:b', 2]]);
    const b = new Map([['w:b', 1], ['x:c', 2]]);
    expect(addTerms(a, b, 0.5)).toEqual(new Map([['w:a', 1], ['w:b', 2.5], ['x:c', 1]]));
    expect(a.get('w:b')).toBe(2);
  });
});

describe('firstCopies', () => {
  it('keeps the lowest id of each text that differs only in quotes, case or spacing, in id order', () => {
    const claims = [
      { id: 9, vclaim: "A 'big' dog bit a man." },
      { id: 2, vclaim: 'A "big" dog bit a  man.' },
      { id: 5, vclaim: 'A big dog bit two men.' },
      { id: 3, vclaim: 'a BIG dog bit a man' },
    ];
    expect(firstCopies(claims).map((c) => c.id)).toEqual([2, 5]);
  });
});
