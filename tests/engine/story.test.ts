import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectStory, sentenceFrames } from '../../src/engine/story.js';
import type { PageInput } from '../../src/contracts/index.js';
import { SEED_STORY } from './seed-story.js';

/** A .txt page: first line the title, the rest the body. */
function page(path: string, extra: Partial<PageInput> = {}): PageInput {
  const src = readFileSync(path, 'utf8');
  const nl = src.indexOf('\n');
  return { title: src.slice(0, nl).trim(), text: src.slice(nl + 1), ...extra };
}

const files = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${dir}/${f}`);

const positives = files('tests/fixtures/story/positive');
const negatives = files('tests/fixtures/story/negative');
const seeds = files('assets/corpus');

function expectSignals(signals: string[]): void {
  expect(signals.length).toBeGreaterThan(0);
  for (const s of signals) {
    expect(typeof s).toBe('string');
    expect(s.trim().length).toBeGreaterThan(0);
  }
}

describe('detectStory on pages covering the suspension', () => {
  it('has positive pages in English, Spanish and Portuguese', () => {
    const langs = new Set(positives.map((p) => p.split('/').pop()!.slice(0, 2)));
    expect([...langs].sort()).toEqual(['en', 'es', 'pt']);
    expect(positives.length).toBeGreaterThanOrEqual(8);
  });

  it.each(positives)('detects %s', (path) => {
    const v = detectStory(SEED_STORY, page(path));
    expectSignals(v.signals);
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.score).toBeLessThanOrEqual(1);
    expect(v.detected).toBe(true);
  });

  it.each(seeds)('detects seed %s', (path) => {
    const v = detectStory(SEED_STORY, page(path));
    expectSignals(v.signals);
    expect(v.detected).toBe(true);
  });

  it('explains a detection with the title frame, the body frame and context', () => {
    const v = detectStory(SEED_STORY, page('tests/fixtures/story/positive/es-efe-wire.txt'));
    expect(v.signals.some((s) => s.startsWith('title: frame'))).toBe(true);
    expect(v.signals.some((s) => s.startsWith('body: frame'))).toBe(true);
    expect(v.signals).toContain('context: boat strikes');
  });

  it('finds the story from the body when the title is vague', () => {
    for (const f of ['en-vague-title', 'es-vague-title', 'pt-vague-title']) {
      const v = detectStory(SEED_STORY, page(`tests/fixtures/story/positive/${f}.txt`));
      expect(v.signals.some((s) => s.startsWith('title: frame'))).toBe(false);
      expect(v.detected).toBe(true);
    }
  });

  it('still detects a page that also reports the UK pause', () => {
    const v = detectStory(SEED_STORY, page('tests/fixtures/story/positive/en-afp-with-uk.txt'));
    expect(v.detected).toBe(true);
    expect(v.signals.some((s) => s.includes('the UK'))).toBe(true);
  });

  it('accepts a publication date in November 2025 and a page with no year at all', () => {
    const p = page('tests/fixtures/story/positive/pt-envio.txt');
    expect(detectStory(SEED_STORY, { ...p, published: '2025-11-12T10:45:00Z' }).detected).toBe(true);
    expect(detectStory(SEED_STORY, { ...p, published: null }).detected).toBe(true);
  });
});

describe('detectStory on near-miss pages', () => {
  it('has near-miss pages in English and Spanish', () => {
    const langs = new Set(negatives.map((p) => p.split('/').pop()!.slice(0, 2)));
    expect(langs.has('en') && langs.has('es')).toBe(true);
    expect(negatives.length).toBeGreaterThanOrEqual(12);
  });

  it.each(negatives)('rejects %s', (path) => {
    const v = detectStory(SEED_STORY, page(path));
    expectSignals(v.signals);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThan(0.5);
    expect(v.detected).toBe(false);
  });

  it('says why a UK-only page is rejected', () => {
    for (const f of ['en-uk-pause', 'es-reino-unido', 'pt-reino-unido']) {
      const v = detectStory(SEED_STORY, page(`tests/fixtures/story/negative/${f}.txt`));
      expect(v.signals.some((s) => s.startsWith('penalty:') && s.includes('UK'))).toBe(true);
    }
  });

  it('says why a page about continuing or resuming cooperation is rejected', () => {
    const v = detectStory(SEED_STORY, page('tests/fixtures/story/negative/es-reanuda.txt'));
    expect(v.signals.some((s) => s.includes('continues or resumes'))).toBe(true);
  });

  it('leans to no when the suspension is a one-line aside in a long article', () => {
    const v = detectStory(SEED_STORY, page('tests/fixtures/story/negative/en-aside-venezuela.txt'));
    expect(v.signals.some((s) => s.startsWith('body: frame'))).toBe(true);
    expect(v.detected).toBe(false);
  });

  it('rejects a page published before the event even if it reads like it', () => {
    const p = page('tests/fixtures/story/positive/en-short-item.txt', { published: '2019-03-02' });
    const v = detectStory(SEED_STORY, p);
    expect(v.detected).toBe(false);
    expect(v.signals.some((s) => s.startsWith('time:'))).toBe(true);
  });

  it('does not count a frame dated to another year, but a background span start does not date it', () => {
    const body = (when: string): string =>
      `Colombian President Gustavo Petro suspended intelligence sharing with the US, ending cooperation that existed ${when}.\n` +
      'The measure will last as long as US strikes on boats in the Caribbean continue.';
    const anchored = detectStory(SEED_STORY, { title: 'Petro lashes out', text: body('since 2000 under Plan Colombia') });
    expect(anchored.detected).toBe(true);
    const dated = detectStory(SEED_STORY, { title: 'Petro lashes out', text: body('in 2000 under Plan Colombia') });
    expect(dated.detected).toBe(false);
    expect(dated.signals.some((s) => s.startsWith('time:'))).toBe(true);
  });

  it('reads the publication date in ISO and in long form', () => {
    const p = page('tests/fixtures/story/positive/en-short-item.txt');
    expect(detectStory(SEED_STORY, { ...p, published: 'Wednesday, 12 November 2025 10:45 AM' }).detected).toBe(true);
    expect(detectStory(SEED_STORY, { ...p, published: 'March 2, 2019' }).detected).toBe(false);
    expect(detectStory(SEED_STORY, { ...p, published: 'not a date' }).detected).toBe(true);
  });

  it('rejects an empty page with a reason', () => {
    const v = detectStory(SEED_STORY, { title: '', text: '' });
    expect(v.detected).toBe(false);
    expect(v.score).toBe(0);
    expectSignals(v.signals);
  });
});

describe('sentence frames', () => {
  const read = (s: string): string[] =>
    sentenceFrames(SEED_STORY, s).map((f) => `${f.actor} ${f.stop ? 'stop' : 'continue'}`);

  it('reads the actor, the action and its polarity in three languages', () => {
    expect(read('Colombia suspends intelligence sharing with the US')).toEqual(['Colombia stop']);
    expect(read('Petro ordena suspender el intercambio de inteligencia con EE.UU.')).toEqual(['Colombia stop']);
    expect(read('Colômbia suspende envio de informações de inteligência aos Estados Unidos')).toEqual(['Colombia stop']);
    expect(read('Colombia dejará de compartir información de inteligencia con Washington')).toEqual(['Colombia stop']);
  });

  it('reaches from "intelligence" to its verb over a short phrase outside the tables ("until further notice")', () => {
    expect(read('La decisión de Petro de suspender hasta nuevo aviso el intercambio de inteligencia con Estados Unidos causó polémica.')).toEqual(['Colombia stop']);
    expect(read('Petro mandou suspender até novo aviso a troca de inteligência com os EUA.')).toEqual(['Colombia stop']);
  });

  it('reads negation and the continue class as the opposite of the event', () => {
    expect(read('Colombia will not suspend intelligence cooperation with the United States')).toEqual([
      'Colombia continue',
    ]);
    expect(read('O governo colombiano não vai suspender a cooperação de inteligência com os EUA')).toEqual([
      'Colombia continue',
    ]);
    expect(read("Colombia won't halt intelligence sharing with the US")).toEqual(['Colombia continue']);
    expect(read('Petro no va a suspender la cooperación de inteligencia con EE.UU.')).toEqual(['Colombia continue']);
    expect(read('Colombia resumes intelligence sharing with the US')).toEqual(['Colombia continue']);
    expect(read('Colombia levanta la suspensión del intercambio de inteligencia con Estados Unidos')).toEqual([
      'Colombia continue',
    ]);
  });

  it('does not take Portuguese "no" (in the) for a negation', () => {
    expect(read('Petro decidiu no domingo suspender a cooperação de inteligência com os EUA')).toEqual([
      'Colombia stop',
    ]);
  });

  it('gives the frame to the actor that does it, not to one merely named', () => {
    expect(read('The UK has suspended intelligence sharing with the US over strikes off Venezuela and Colombia')).toEqual([
      'the UK stop',
    ]);
    expect(read('Colombia, like the UK, halted intelligence sharing with the US')).toEqual(['Colombia stop']);
    expect(read('Petro said the U.K. had halted intelligence sharing with the U.S.')).toEqual(['the UK stop']);
  });

  it('needs an intelligence object: other things stopped are not the frame', () => {
    expect(read('In October, he halted all U.S. payments and subsidies to Colombia')).toEqual([]);
    expect(read('Petro had suspended bombings early in his term')).toEqual([]);
    expect(read('Colombia suspends intelligence sharing with Venezuela')).toEqual([]);
  });
});

describe('detectStory cost', () => {
  it('is linear enough for a page with 5,000 paragraphs', () => {
    const body = readFileSync('tests/fixtures/story/negative/en-aside-venezuela.txt', 'utf8');
    const paragraphs = body.split('\n').filter(Boolean);
    const text = Array.from({ length: 5000 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n');
    const t0 = performance.now();
    const v = detectStory(SEED_STORY, { title: 'Inside the US military buildup', text });
    const ms = performance.now() - t0;
    expect(v.detected).toBe(false);
    expect(ms).toBeLessThan(3000);
  });
});
