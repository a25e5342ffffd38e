import { describe, expect, it } from 'vitest';
import { buildFromDir, DEFAULT_INPUT } from '../../scripts/corpus/build-corpus.js';
import { addSources, toldOf, type SourceArticle } from '../../src/engine/corpus-build.js';
import { validateCorpus } from '../../src/engine/corpus-validate.js';
import type { OutletRecord } from '../../src/contracts/index.js';

/** The seed story's event: November 2025, stale from 2027. */
const EVENT = { year: 2025, from: '2025-11-01', stale: '2027-01-01' };
/** The story's latest dated report, a Wednesday: its event week runs Thursday 6 to Wednesday 12 November. */
const ANCHOR = '2025-11-12';

describe('toldOf: the latest day of the event an undated text tells of', () => {
  it('resolves a weekday to the last such day of the event week', () => {
    expect(toldOf('Petro announced on Tuesday that Colombia would stop sharing intelligence.', EVENT, ANCHOR)).toBe('2025-11-11');
    expect(toldOf('El presidente habló el domingo y firmó la orden el martes.', EVENT, ANCHOR)).toBe('2025-11-11');
    // The anchor's own weekday is the anchor.
    expect(toldOf('O governo confirmou na quarta-feira a suspensão.', EVENT, ANCHOR)).toBe('2025-11-12');
  });

  it('reads absolute dates in English, Spanish and Portuguese, in the event year when none is given', () => {
    expect(toldOf('The order came on November 11, and the ministry replied on Nov. 12.', EVENT, null)).toBe('2025-11-12');
    expect(toldOf('El 13 de noviembre el ministro viajó a Washington.', EVENT, ANCHOR)).toBe('2025-11-13');
    expect(toldOf('Em 14 de novembro de 2025 o Pentágono respondeu. Na terça-feira, Petro falou.', EVENT, ANCHOR)).toBe('2025-11-14');
  });

  it('tells nothing where the text dates nothing, or only outside the event', () => {
    expect(toldOf('Colombia suspended intelligence sharing with the United States.', EVENT, ANCHOR)).toBeNull();
    // Weekdays need a dated report to stand on.
    expect(toldOf('Petro announced on Tuesday that Colombia would stop.', EVENT, null)).toBeNull();
    // Before the event, a day that isn't one, and a day it only looks ahead to.
    expect(toldOf('Talks began on 3 September 2025 and ended on February 30.', EVENT, ANCHOR)).toBeNull();
    expect(toldOf('The suspension lasts until November 30.', EVENT, ANCHOR)).toBeNull();
  });

  it('leaves out the lines that are site furniture', () => {
    const text = 'Related: the summit of 20 November\nPetro spoke on Tuesday.';
    expect(toldOf(text, EVENT, ANCHOR)).toBe('2025-11-20');
    expect(toldOf(text, EVENT, ANCHOR, [{ startsWith: 'Related:' }])).toBe('2025-11-11');
  });
});

describe('toldOf in the corpus', () => {
  const base = buildFromDir(DEFAULT_INPUT);

  it('is set on the bundled outlets without a date, from their own text, and on no dated one', () => {
    const byFile = new Map(base.outlets.map((o) => [o.file.slice(0, 3), o]));
    expect(byFile.get('000')).toMatchObject({ published: '2025-11-12' });
    expect(byFile.get('000')).not.toHaveProperty('toldOf');
    // "Petro made the announcement on X on Tuesday", "announced Tuesday", "Petro wrote on X late Tuesday".
    for (const f of ['002', '003', '004']) expect(byFile.get(f)).toMatchObject({ published: null, toldOf: '2025-11-11' });
    expect(() => validateCorpus(JSON.parse(JSON.stringify(base)), 'corpus')).not.toThrow();
  });

  it("is worked out for a reader's undated source against the story's dated reports, and a bad one is refused", () => {
    const outlet: OutletRecord = { id: 'u-sin-fecha', name: 'Sin Fecha', domain: 'sinfecha.example', url: 'https://sinfecha.example/a', published: null, original: null, file: 'https://sinfecha.example/a', language: 'es', origin: 'user', story: '' };
    const src: SourceArticle = {
      outlet,
      title: null,
      text: 'Petro suspende el intercambio de inteligencia con Estados Unidos\nEl presidente Gustavo Petro ordenó el martes suspender el intercambio de inteligencia con Estados Unidos tras los ataques contra lanchas en el Caribe.',
    };
    const added = addSources(base, [src]).outlets.find((o) => o.id === 'u-sin-fecha');
    expect(added?.toldOf).toBe('2025-11-11');
    const dated = addSources(base, [{ ...src, outlet: { ...outlet, published: '2025-11-13' } }]).outlets.find((o) => o.id === 'u-sin-fecha');
    expect(dated).not.toHaveProperty('toldOf');
    const bad = JSON.parse(JSON.stringify(base));
    bad.outlets[2].toldOf = 'Tuesday';
    expect(() => validateCorpus(bad, 'corpus')).toThrow(/outlets\[2\]\.toldOf/);
  });
});
