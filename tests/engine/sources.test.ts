import { describe, expect, it } from 'vitest';
import { buildFromDir, DEFAULT_INPUT } from '../../scripts/corpus/build-corpus.js';
import { addSources, removeOutlet, type SourceArticle } from '../../src/engine/corpus-build.js';
import { createJudge } from '../../src/engine/judge.js';
import type { OutletRecord } from '../../src/contracts/index.js';

const base = buildFromDir(DEFAULT_INPUT);

function source(id: string, url: string, text: string, language = 'es'): SourceArticle {
  const outlet: OutletRecord = { id, name: 'Diario de Prueba', domain: 'diario.example', url, published: '2025-11-12', original: null, file: url, language, origin: 'user', story: '' };
  return { outlet, title: null, text };
}

const spanish = source(
  'u-diario',
  'https://diario.example/petro-suspende',
  'Petro suspende el intercambio de inteligencia con Estados Unidos\nEl presidente Gustavo Petro ordenó el martes suspender el intercambio de inteligencia con Estados Unidos.\nAl menos 80 personas han muerto en los ataques estadounidenses contra lanchas desde septiembre.',
);

describe("a reader's own sources", () => {
  it('join every comparison: a new outlet with its own verdicts and disputes', () => {
    const grown = addSources(base, [spanish]);
    expect(grown.outlets.map((o) => o.id)).toEqual([...base.outlets.map((o) => o.id), 'u-diario']);
    expect(grown.hash).not.toBe(base.hash);
    const [c] = createJudge(grown).judgeClaims(['At least 76 people have been killed in the strikes.']);
    const diario = c!.stances.find((s) => s.outlet === 'u-diario')!;
    expect(diario.stance).toBe('dispute');
    expect(diario.reason).toMatch(/80/);
    const [d] = createJudge(grown).judgeClaims(['Colombia suspended intelligence sharing with the United States.']);
    expect(d!.stances.find((s) => s.outlet === 'u-diario')!.stance).toBe('confirm');
  });

  it('merge when the same article is added twice (same URL or same text)', () => {
    const once = addSources(base, [spanish]);
    const twice = addSources(once, [spanish]);
    expect(twice.outlets).toHaveLength(once.outlets.length);
    const sameText = addSources(once, [{ ...spanish, outlet: { ...spanish.outlet, id: 'u-other', url: 'https://other.example/x' } }]);
    expect(sameText.outlets.filter((o) => o.origin === 'user')).toHaveLength(1);
  });

  it('never replace a bundled article', () => {
    const seed = base.articles[0]!;
    const copy = addSources(base, [{ ...spanish, text: seed.text, outlet: { ...spanish.outlet, url: 'https://copy.example' } }]);
    expect(copy.outlets).toHaveLength(base.outlets.length);
  });

  it('can be removed, leaving the corpus exactly as it was', () => {
    expect(removeOutlet(addSources(base, [spanish]), 'u-diario').hash).toBe(base.hash);
  });
});
