import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences.js';

const texts = (source: string, language = 'en'): string[] => {
  const spans = splitSentences(source, language);
  for (const s of spans) expect(source.slice(s.start, s.end)).toBe(s.text);
  return spans.map((s) => s.text);
};

describe('splitSentences', () => {
  it('keeps dotted country abbreviations inside the sentence', () => {
    expect(texts('The U.S. said no. The U.K. agreed with the U.N. on Monday. Then it rained.')).toEqual([
      'The U.S. said no.',
      'The U.K. agreed with the U.N. on Monday.',
      'Then it rained.',
    ]);
  });

  it('keeps an acronym before a capitalised noun but splits before a sentence opener', () => {
    expect(texts('The U.S. Treasury imposed sanctions. They hit the U.S. The next day it rained.')).toEqual([
      'The U.S. Treasury imposed sanctions.',
      'They hit the U.S.',
      'The next day it rained.',
    ]);
  });

  it('ends a sentence at a stop the page glued to the next one, but not inside an address or abbreviation', () => {
    expect(texts('He gave the order on Tuesday.His rivals were furious.')).toEqual(['He gave the order on Tuesday.', 'His rivals were furious.']);
    expect(texts('“Nada cambia”, escribió el ministro.Luego, en la radio, lo repitió.')).toEqual(['“Nada cambia”, escribió el ministro.', 'Luego, en la radio, lo repitió.']);
    expect(texts('See the post on X.com for details. The U.S.A. team won.')).toEqual(['See the post on X.com for details.', 'The U.S.A. team won.']);
  });

  it('survives titles before names', () => {
    expect(texts('Mr. Petro spoke. Mrs. Smith, Dr. Jones, Sen. Moreno and Gen. Lopez met him.')).toEqual([
      'Mr. Petro spoke.',
      'Mrs. Smith, Dr. Jones, Sen. Moreno and Gen. Lopez met him.',
    ]);
  });

  it('survives month abbreviations and No. before numbers', () => {
    expect(texts('It happened on Nov. 11 in Bogotá. Talks resume Sept. 9 and Jan. 2. He is No. 2 in line.')).toEqual([
      'It happened on Nov. 11 in Bogotá.',
      'Talks resume Sept. 9 and Jan. 2.',
      'He is No. 2 in line.',
    ]);
  });

  it('survives middle initials', () => {
    expect(texts('The USS Gerald R. Ford arrived. Donald J. Trump said so.')).toEqual([
      'The USS Gerald R. Ford arrived.',
      'Donald J. Trump said so.',
    ]);
  });

  it('does not split decimals or amounts', () => {
    expect(texts('Aid fell by $377.5 million, or 3.5 percent. Officials were worried.')).toEqual([
      'Aid fell by $377.5 million, or 3.5 percent.',
      'Officials were worried.',
    ]);
  });

  it('keeps a closing quote with its sentence and splits after it', () => {
    expect(texts('He said “it will remain in effect.” Then he left. She said "no way." Others agreed.')).toEqual([
      'He said “it will remain in effect.”',
      'Then he left.',
      'She said "no way."',
      'Others agreed.',
    ]);
  });

  it('handles ellipses', () => {
    expect(texts('Wait... what happened? Yes… no. He paused... Then he left.')).toEqual([
      'Wait... what happened?',
      'Yes… no.',
      'He paused...',
      'Then he left.',
    ]);
  });

  it('treats every line break as a boundary, even without a period', () => {
    const src = 'Colombia suspends intelligence sharing with US\n\nFirst paragraph. Second sentence\r\nLast line';
    expect(texts(src)).toEqual([
      'Colombia suspends intelligence sharing with US',
      'First paragraph.',
      'Second sentence',
      'Last line',
    ]);
  });

  it('trims whitespace, drops empty spans and keeps exact offsets', () => {
    const src = '   Leading space.   Trailing space.   \n\n   \n\t Tabbed line.  ';
    const spans = splitSentences(src);
    expect(spans.map((s) => s.text)).toEqual(['Leading space.', 'Trailing space.', 'Tabbed line.']);
    expect(spans[0]).toEqual({ text: 'Leading space.', start: 3, end: 17 });
    for (const s of spans) expect(src.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \n')).toEqual([]);
  });

  it('splits Spanish with EE.UU., EE. UU., Sr. and Sra.', () => {
    const src =
      'El Sr. Petro ordenó suspender el intercambio de inteligencia con EE.UU. tras los ataques. ' +
      'La Sra. Gómez dijo que los EE. UU. no respondieron. Sanciones de EE.UU. El Tesoro no comentó.';
    expect(texts(src, 'es')).toEqual([
      'El Sr. Petro ordenó suspender el intercambio de inteligencia con EE.UU. tras los ataques.',
      'La Sra. Gómez dijo que los EE. UU. no respondieron.',
      'Sanciones de EE.UU.',
      'El Tesoro no comentó.',
    ]);
  });

  it('splits Portuguese with Sr. and EUA', () => {
    const src = 'O Sr. Petro suspendeu o compartilhamento de inteligência com os EUA. A medida vale até 11 de nov. de 2025.';
    expect(texts(src, 'pt')).toEqual([
      'O Sr. Petro suspendeu o compartilhamento de inteligência com os EUA.',
      'A medida vale até 11 de nov. de 2025.',
    ]);
  });

  it('falls back to English for an unknown language tag', () => {
    expect(texts('One. Two.', 'not a language!')).toEqual(['One.', 'Two.']);
  });

  it('keeps offsets exact on every seed text', () => {
    const dir = 'assets/corpus';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const src = readFileSync(`${dir}/${f}`, 'utf8');
      const spans = splitSentences(src);
      expect(spans.length).toBeGreaterThan(5);
      for (const s of spans) {
        expect(src.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.text).not.toContain('\n');
      }
    }
  });

  it('gives the same sentences when a very long paragraph is segmented in chunks', () => {
    const pool = [
      'Mr. Petro said the U.S. strikes killed at least 76 people.',
      'The U.K. paused too.',
      'The USS Gerald R. Ford arrived on Nov. 11 with 4,000 sailors.',
      'Aid worth $377.5 million was cut.',
      'He said “it will remain in effect.”',
      'Los EE. UU. no respondieron.',
      'Sen. Moreno and Gen. Lopez met Dr. Jones.',
      'Wait... what happened?',
    ];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 5; round++) {
      const expected = Array.from({ length: 600 }, () => pool[rand(pool.length)]!);
      expect(texts(expected.join(' '))).toEqual(expected);
    }
    const run = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    expect(texts(`${run}. Next one.`)).toEqual([`${run}.`, 'Next one.']);
  });

  it('is fast on one huge paragraph', () => {
    const para = 'Mr. Petro said the U.S. strikes killed at least 76 people. The U.K. paused too. '.repeat(10000);
    const t0 = performance.now();
    expect(splitSentences(para)).toHaveLength(20000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('is fast on a page with 5,000 paragraphs', () => {
    const para =
      'Colombian President Gustavo Petro on Tuesday ordered a halt to information sharing with U.S. security agencies. ' +
      'Mr. Petro said the U.S. strikes killed at least 76 people, and the U.K. paused too.';
    const page = Array.from({ length: 5000 }, () => para).join('\n');
    const t0 = performance.now();
    const spans = splitSentences(page);
    const ms = performance.now() - t0;
    expect(spans).toHaveLength(10000);
    expect(ms).toBeLessThan(3000);
  });
});
