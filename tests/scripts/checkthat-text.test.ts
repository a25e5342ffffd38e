/**
 * The CheckThat! evaluation's text processing (scripts/eval/checkthat-text.ts), on tweets and claims written here:
 * tweet cleaning, the figures and surface stems the matcher is given there, and the claims stored twice.
 */
import { describe, expect, it } from 'vitest';
import { addTerms, bm25Tokens, cleanTweet, figureTerms, firstCopies, prefixTerms, surfaceTerms, translationTable, translationTerms } from '../../scripts/eval/checkthat-text.js';

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

describe('prefixTerms', () => {
  it('cuts each stem to its first letters, so that derived forms meet; figures are left out', () => {
    expect(prefixTerms('Religious leaders respect religion in 2019', 5)).toEqual(
      new Map([['t:relig', 2], ['t:leade', 1], ['t:respe', 1]]),
    );
    expect(prefixTerms('Respectful neighbours')).toEqual(new Map([['t:resp', 1], ['t:neig', 1]]));
  });
});

describe('translationTable and translationTerms', () => {
  // Titles and sentences that say the same thing in other words, written here.
  const pairs: [string, string][] = [
    ['Did the mayor ban cars downtown?', 'The mayor banned automobiles from the city centre.'],
    ['Cars towed from river bank', 'Automobiles were towed away from the river bank.'],
    ['Old cars sold at auction', 'Vintage automobiles were sold at an auction.'],
    ['Is the mayor leaving office?', 'The mayor is leaving office at the end of the year.'],
    ['Did a storm flood the river bank?', 'A storm flooded the river bank overnight.'],
  ];
  const table = translationTable(pairs);
  it('learns that a word one text uses is rendered by another in its paraphrase', () => {
    const car = table.get('car')!;
    expect(car[0]![0]).toBe('automobile');
    expect(car[0]![1]).toBeGreaterThan(0.5);
    // and back
    expect(table.get('automobile')![0]![0]).toBe('car');
  });
  it('keeps a word shared by both texts as its own best translation', () => {
    expect(table.get('mayor')![0]![0]).toBe('mayor');
  });
  it('gives probabilities that sum to at most one per word, best first', () => {
    for (const list of table.values()) {
      expect(list.reduce((a, [, p]) => a + p, 0)).toBeLessThanOrEqual(1 + 1e-9);
      for (let i = 1; i < list.length; i++) expect(list[i - 1]![1]).toBeGreaterThanOrEqual(list[i]![1]);
    }
  });
  it('expands a text with the translations it lacks, weighted by their probability', () => {
    const t = translationTerms('Cars parked by the river', table);
    expect(t.get('x:automobile')).toBeGreaterThan(0.5);
    // The text's own stems are never added again.
    expect(t.has('x:car')).toBe(false);
    expect(t.has('x:river')).toBe(false);
    // A translation below `min` is left out.
    const strict = translationTerms('Cars parked by the river', table, { min: 0.99 });
    expect(strict.size).toBe(0);
  });
  it('is the same whichever order the pairs come in', () => {
    const again = translationTable([...pairs].reverse());
    for (const [w, list] of table) {
      const other = again.get(w)!;
      expect(other.map(([f]) => f)).toEqual(list.map(([f]) => f));
      list.forEach(([, p], i) => expect(other[i]![1]).toBeCloseTo(p, 9));
    }
  });
});
