/** Who published a page and when, for adding it as a reader's source: meta tags first, then JSON-LD. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readSourceMeta } from '../../src/page/source-meta.js';
import { load } from './fixtures.js';

const doc = (head: string) => new JSDOM(`<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`).window.document;
const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;

describe('source metadata', () => {
  it('reads og:site_name and article:published_time on the fixture pages', () => {
    expect(readSourceMeta(load('es-diario-caribe').window.document)).toEqual({ siteName: 'Diario del Caribe', published: '2025-11-14T10:45:00Z' });
    expect(readSourceMeta(load('unknown-outlet').window.document)).toEqual({ siteName: 'The Caribbean Ledger', published: '2025-11-13T10:45:00Z' });
  });

  it('falls back to the JSON-LD article: publisher name and datePublished, in @graph or lists too', () => {
    const article = { '@type': 'NewsArticle', datePublished: '2025-11-20T08:00:00+01:00', publisher: { '@type': 'Organization', name: 'TAG24' } };
    expect(readSourceMeta(doc(ld(article)))).toEqual({ siteName: 'TAG24', published: '2025-11-20T08:00:00+01:00' });
    expect(readSourceMeta(doc(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { ...article, '@type': ['NewsArticle'] }] })))).toEqual({ siteName: 'TAG24', published: '2025-11-20T08:00:00+01:00' });
    expect(readSourceMeta(doc(ld([{ '@type': 'BreadcrumbList' }, article])))).toMatchObject({ siteName: 'TAG24' });
  });

  it('prefers the meta tags, and mixes both when each has one half', () => {
    const article = { '@type': 'NewsArticle', datePublished: '2025-11-20', publisher: { name: 'From JSON-LD' } };
    expect(readSourceMeta(doc(`<meta property="og:site_name" content="From meta">${ld(article)}`))).toEqual({ siteName: 'From meta', published: '2025-11-20' });
  });

  it('gives nulls on a page without either, and ignores broken or foreign JSON-LD', () => {
    expect(readSourceMeta(doc(''))).toEqual({ siteName: null, published: null });
    expect(readSourceMeta(doc('<script type="application/ld+json">{ not json</script>' + ld({ '@type': 'Recipe', publisher: { name: 'Cookbook' } })))).toEqual({ siteName: null, published: null });
  });
});
