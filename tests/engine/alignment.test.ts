/**
 * What a confirmation must share with the claim: its words by a real stemmer, its concepts as whole words, the people
 * it names, and its negation. Sentences written here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromDir, DEFAULT_INPUT } from '../../scripts/corpus/build-corpus.js';
import { createJudge, type Judge } from '../../src/engine/judge.js';
import { namesOf, looseNegations } from '../../src/engine/claims.js';
import { analyse, slotsOf } from '../../src/engine/slots.js';
import { conceptOf, REFRAMED } from '../../src/engine/lexicon.js';
import { stem } from '../../src/engine/text.js';
import type { Stance } from '../../src/contracts/index.js';

let judge: Judge;
beforeAll(() => {
  judge = createJudge(buildFromDir(DEFAULT_INPUT));
});
const stancesOf = (text: string): Stance[] => judge.judgeClaims([text])[0]!.stances.map((s) => s.stance);
const count = (xs: Stance[], s: Stance) => xs.filter((x) => x === s).length;
const names = (text: string) => {
  const a = analyse(text);
  return namesOf(a, slotsOf(a));
};

describe('Snowball stems', () => {
  it('meet across inflections in each language, given accented words', () => {
    expect(stem('suspendió', 'es')).toBe(stem('suspender', 'es'));
    expect(stem('informações', 'pt')).toBe(stem('informação', 'pt'));
    expect(stem('negotiations', 'en')).toBe(stem('negotiating', 'en'));
  });
  it('fold the stem: no accent survives', () => {
    expect(stem('decisão', 'pt')).not.toMatch(/[^\x00-\x7f]/);
  });
});

describe('whole-word concepts', () => {
  it('a word is not a concept because it starts like one', () => {
    for (const [word, not] of [
      ['several', 'cut'], ['sharply', 'share'], ['sanchez', 'sanction'], ['significant', 'sign'], ['posteriormente', 'social'],
      ['directly', 'order'], ['retired', 'withdraw'], ['negative', 'negotiate'], ['hostage', 'hostile'], ['million', 'aid'],
      ['allies', 'decertify'], ['certified', 'decertify'], ['arrived', 'carrier'], ['designated', 'aid'], ['surgeon', 'production'],
    ] as const) expect(conceptOf(word), word).not.toBe(not);
  });
  it('inflections of a concept word still meet', () => {
    expect(conceptOf('suspendio')).toBe('suspend');
    expect(conceptOf('shared')).toBe('share');
    expect(conceptOf('sanciones')).toBe('sanction');
    expect(conceptOf('revoked')).toBe('revoke');
  });
  it('a reversal frame with an accented ending is recognised', () => {
    expect(REFRAMED.test('El ministro aclaró las declaraciones del presidente.')).toBe(true);
    expect(REFRAMED.test('Petro amenazó con suspender la cooperación.')).toBe(true);
  });
});

describe('the people a claim names', () => {
  it('are the people of the gazetteer and unknown names of two words or an acronym', () => {
    expect(names('The envoy said on Friday that Marco Rubio had spoken to Volker Türk about the strikes.')).toEqual(expect.arrayContaining(['a:rubio', 'volker turk']));
    expect(names('Petro told NBC that intelligence is not meant to kill.')).toContain('nbc');
  });
  it('are not the capitalised first word, a lone capitalised noun, a medium credited, a day or a headline in title case', () => {
    expect(names('El jefe de Estado habló con la Fuerza Pública el Martes, según Reuters.')).toEqual([]);
    expect(names('Colombia To Suspend Intelligence Sharing With Washington Agencies')).toEqual([]);
  });
  it('an outlet that never names the speaker does not confirm what he said', () => {
    const s = stancesOf('Defence attaché Horacio Quintanilla Vélez said Colombia suspended intelligence sharing with the United States.');
    expect(count(s, 'confirm')).toBe(0);
  });
});

describe('negation', () => {
  it('counts clause negations per language, not Portuguese "no" ("in the")', () => {
    const n = (t: string, lang: string) => {
      const a = analyse(t, lang);
      return looseNegations(t, slotsOf(a));
    };
    expect(n('A medida foi anunciada no domingo pelo governo.', 'pt')).toBe(0);
    expect(n('A Casa Branca não respondeu ao anúncio.', 'pt')).toBe(1);
    expect(n('The White House has not responded to the announcement.', 'en')).toBe(1);
  });
  it('a statement that something did not happen is not confirmed by reports that negate nothing', () => {
    const s = stancesOf('Intelligence sharing with the United States was not suspended over the Caribbean strikes.');
    expect(count(s, 'confirm')).toBe(0);
  });
});
