/**
 * Extraction on pages written for it (tests/fixtures/extract/<slug>/source.html), each one of the ways the old
 * extractor read nothing or too much: an article under a `sidebar`-classed wrapper, a Chinese article (no spaces
 * between words), an article made of a list, and an article among fragments (share bar, gallery counter, caption
 * credit, ad label, "Read more" teaser, newsletter box, tags, comments).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/page/extract.js';
import { normalizeText, rangeFromOffsets } from '../../src/page/text-map.js';

const DIR = resolve(import.meta.dirname, '../fixtures/extract');
const html = (slug: string) => readFileSync(join(DIR, slug, 'source.html'), 'utf8');
const load = (slug: string) => new JSDOM(html(slug), { url: `http://127.0.0.1:8080/${slug}/` }).window.document;
/** The text of every <p>/<li> under `selector` in the fixture, as a reader sees it. */
const paragraphs = (doc: Document, selector: string) => [...doc.querySelectorAll(`${selector} p, ${selector} li`)].map((p) => normalizeText(p.textContent ?? ''));

/** Reads the page and checks what every extraction must hold: the page unchanged, each paragraph mapped to live text. */
function read(slug: string) {
  const doc = load(slug);
  const before = doc.documentElement.outerHTML;
  const a = extractArticle(doc);
  expect(doc.documentElement.outerHTML).toBe(before);
  expect(a.text.split('\n\n')).toHaveLength(a.blocks.length);
  for (const b of a.blocks) {
    const r = rangeFromOffsets(a, b.start, b.end)!;
    expect(normalizeText(r.toString())).toBe(a.text.slice(b.start, b.end));
  }
  return { doc, a, paras: a.text.split('\n\n') };
}

describe('extraction on pages written for it', () => {
  it('reads the article under a sidebar-classed wrapper, and none of the real sidebar, comments or cookie box', () => {
    const { doc, a, paras } = read('sidebar-wrapper');
    expect(doc.querySelector('.sidebar-wrapper article')).not.toBeNull();
    expect(a.title).toBe('Petro ordered to stop sharing information with US after attack');
    expect(paras[0]).toBe(a.title);
    // The seed's inline "Also read" teaser is furniture, as on its own page.
    expect(paras.slice(1)).toEqual(paragraphs(doc, '.entry-content').filter((t) => !t.startsWith('Also read')));
    for (const f of ['Related stories', 'Most read', 'Save 40%', 'Cartagena', 'cookies', 'Share on', 'newsletter', '© 2025']) expect(a.text).not.toContain(f);
  });

  it('reads a Chinese article: each paragraph whole, the navigation, share bar and hot list left out', () => {
    const { doc, a, paras } = read('chinese');
    expect(a.title).toBe('江边新图书馆开放首周迎来三万名读者');
    expect(a.language).toBe('zh-CN');
    expect(paras).toEqual([a.title, ...paragraphs(doc, '.article-content')]);
    for (const f of ['首页', '微信', '热门推荐', '地铁五号线', '版权所有']) expect(a.text).not.toContain(f);
  });

  it('reads an article made of a list, item by item, and not the related links', () => {
    const { doc, a, paras } = read('list-article');
    expect(a.title).toBe('Seven ways to keep a balcony garden alive through a hot summer');
    expect(paras).toEqual([a.title, ...paragraphs(doc, 'ol.tips')]);
    expect(paras).toHaveLength(8);
    expect(a.text).not.toContain('trellis');
  });

  it('keeps no fragment: share bar, gallery counter, caption credit, ad label, teaser, newsletter, tags, comments', () => {
    const { doc, paras } = read('fragments');
    const story = [...doc.querySelectorAll('.story-text p:not(.ad-label)')].map((p) => normalizeText(p.textContent ?? '')).filter((t) => !t.startsWith('Read more'));
    expect(paras).toEqual(['Harbour ferry returns after a two-year refit', ...story]);
  });

  it('a page with only a few words still gives them (nothing empty where there is text)', () => {
    const doc = new JSDOM('<title>Note</title><body><a href="javascript:"><p>Closed today</p> back tomorrow</a></body>').window.document;
    expect(normalizeText(extractArticle(doc).text)).toBe('Closed today back tomorrow');
  });
});
