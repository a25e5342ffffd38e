import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cheapCheck as check, compileCheap, readHead, type PageHead } from '../../src/page/cheap-check.js';
import { BUNDLED_CHEAP, couldBeStory } from '../../src/page/could-be-story.js';
import { expected, load, slugs } from './fixtures.js';

const cheapCheck = (h: PageHead) => check(h, BUNDLED_CHEAP);
const head = (over: Partial<PageHead>): PageHead => ({ title: '', url: 'https://example.com/', ogTitle: '', headline: '', description: '', h1: '', ...over });

describe('cheap check', () => {
  it.each([
    ['en', head({ title: 'Colombia suspends intelligence sharing with US over strikes in Caribbean' })],
    ['en coy headline', head({ title: 'CUT TIES: Latin American country suspends intelligence sharing with U.S. due to drug vessel strikes' })],
    ['es', head({ title: 'Petro suspende el intercambio de inteligencia con Estados Unidos' })],
    ['es accents', head({ ogTitle: 'Bogotá frena la cooperación de información con Washington' })],
    ['pt', head({ title: 'Colômbia suspende compartilhamento de inteligência com os EUA' })],
    ['url only', head({ title: 'Noticias', url: 'https://diario.example/mundo/colombia-suspende-inteligencia-eeuu-2025' })],
    ['JSON-LD headline', head({ title: 'Noticias', headline: 'Colombia suspende el intercambio de inteligencia con EE.UU.' })],
    ['description', head({ title: 'Petro hits back', description: 'The president halted intelligence sharing with Washington.' })],
  ])('passes %s', (_, h) => expect(cheapCheck(h).candidate).toBe(true));

  it.each([
    ['another subject', head({ title: 'ECB holds rates steady for a third meeting as inflation nears target' })],
    ['Britain alone', head({ title: 'UK pauses intelligence sharing with US over Caribbean boat strikes' })],
    ['Colombia without intelligence', head({ title: 'Colombia beat Brazil 2-1 in World Cup qualifier' })],
    ['Petrobras', head({ title: 'Petrobras intelligence unit finds new oil field' })],
  ])('rejects %s', (_, h) => expect(cheapCheck(h).candidate).toBe(false));

  it('never reads the body text: it decides even when reading it would throw', () => {
    const dom = new JSDOM(
      '<html lang="es"><head><title>Petro suspende la inteligencia con EE.UU.</title><meta property="og:title" content="x"></head><body><h1>Titular</h1><p>Texto largo</p></body></html>',
      { url: 'https://diario.example/a' },
    );
    const body = dom.window.document.body;
    for (const prop of ['innerText', 'textContent', 'innerHTML', 'outerHTML']) {
      Object.defineProperty(body, prop, { get: () => { throw new Error(`read body.${prop}`); } });
    }
    expect(couldBeStory(dom.window.document)).toBe(true);
    expect(readHead(dom.window.document).h1).toBe('Titular');
  });

  it('reads the JSON-LD headline from <head>, escapes decoded', () => {
    const ld = (where: string) =>
      new JSDOM(
        `<html><head><title>Mundo</title>${where === 'head' ? LD : ''}</head><body>${where === 'body' ? LD : ''}<p>x</p></body></html>`,
        { url: 'https://diario.example/a' },
      ).window.document;
    const LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Petro suspende la inteligencia con \\"EE.UU.\\"","author":{"name":"A"}}</script>';
    expect(readHead(ld('head')).headline).toBe('Petro suspende la inteligencia con "EE.UU."');
    expect(couldBeStory(ld('head'))).toBe(true);
    expect(readHead(ld('body')).headline).toBe('');
  });

  it('ignores a story that only the body mentions', () => {
    const dom = new JSDOM('<title>Weather</title><h1>Sunny week ahead</h1><p>Colombia suspends intelligence sharing with the US.</p>');
    expect(couldBeStory(dom.window.document)).toBe(false);
  });

  it('reads og:title from a fixture head', () => {
    const h = readHead(load('unknown-outlet').window.document);
    expect(h.ogTitle).toBe('Colombia freezes intelligence sharing with Washington as strike toll climbs');
  });

  // The late and SPA pages say nothing about the story until their script runs; the near-miss passes on purpose
  // (its description names Colombian crews) so that the engine's rejection is tested end to end.
  const atLoad: Record<string, boolean> = { 'late-article': false, spa: false, 'near-miss-uk': true };
  it.each(slugs())('fixture %s', (slug) => {
    expect(couldBeStory(load(slug).window.document)).toBe(atLoad[slug] ?? expected(slug).story);
  });
});
