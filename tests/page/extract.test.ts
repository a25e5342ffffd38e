import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, extractArticleSliced } from '../../src/page/extract.js';
import { normalizeText, rangeFromOffsets } from '../../src/page/text-map.js';
import { expected, load, slugs } from './fixtures.js';

async function loaded(slug: string) {
  const exp = expected(slug);
  const dom = load(slug, !!exp.dynamic);
  const doc = dom.window.document;
  if (exp.dynamic === 'late') await vi.waitFor(() => expect(doc.documentElement.dataset['loaded']).toBe('yes'), { timeout: 5000 });
  if (exp.dynamic === 'spa') (doc.getElementById('to-story') as HTMLElement).click();
  return { dom, doc, exp };
}

describe('article extraction on the fixture pages', () => {
  it.each(slugs())('%s: the article paragraphs, none of the furniture', async (slug) => {
    const { doc, exp, dom } = await loaded(slug);
    const before = doc.documentElement.outerHTML;
    const a = extractArticle(doc);
    for (const p of exp.text.includes) expect(a.text).toContain(p);
    for (const f of exp.text.excludes) expect(a.text).not.toContain(f);
    expect(a.title).toBe(exp.title);
    // Reading never changes the page.
    expect(doc.documentElement.outerHTML).toBe(before);
    dom.window.close();
  });

  it.each(['seed-000', 'seed-001', 'seed-004', 'unknown-outlet'])('%s: every paragraph maps back to its own DOM text', (slug) => {
    const doc = load(slug).window.document;
    const a = extractArticle(doc);
    expect(a.text.split('\n\n').length).toBe(a.blocks.length);
    for (const b of a.blocks) {
      const r = rangeFromOffsets(a, b.start, b.end)!;
      expect(normalizeText(r.toString())).toBe(a.text.slice(b.start, b.end));
      expect(b.element.contains(r.commonAncestorContainer)).toBe(true);
    }
  });

  it('puts the headline first when it sits outside the article body', () => {
    const a = extractArticle(load('seed-003').window.document);
    expect(a.text.startsWith('CUT TIES: Latin American country')).toBe(true);
  });

  it('carries metadata: published time and language', () => {
    const a = extractArticle(load('seed-000').window.document);
    expect(a.published).toBe('2025-11-12T10:45:00Z');
    expect(a.language).toBe('en');
  });

  it('finds paragraphs written as bare text in <div>s and skips hidden and aria-hidden text', () => {
    const long = (n: number) => `Sentence number ${n} tells the reader something about the events of the week, with details.`;
    const doc = new JSDOM(`<body><div class="story">${[1, 2, 3, 4].map((n) => `<div>${long(n)}<br>${long(n + 10)}</div>`).join('')}
      <div hidden>${long(99)}</div><div aria-hidden="true">${long(98)}</div><div style="display: none">${long(97)}</div></div></body>`).window.document;
    const a = extractArticle(doc);
    expect(a.text).toContain(`${long(1)} ${long(11)}`);
    for (const n of [97, 98, 99]) expect(a.text).not.toContain(long(n));
  });

  it('returns empty text on a page without paragraphs', () => {
    const a = extractArticle(new JSDOM('<title>x</title><body><nav><a href="#">Home</a></nav></body>').window.document);
    expect(a.text).toBe('');
    expect(a.root).toBeNull();
  });

  it('in slices: gives the page its main thread back every so often and reads the same text', async () => {
    const para = (i: number) => `Paragraph ${i} of a very long page, with enough words, commas, and detail to count as text.`;
    const doc = new JSDOM(`<title>Long</title><body><article>${Array.from({ length: 1200 }, (_, i) => `<p>${para(i)}</p>`).join('')}</article></body>`).window.document;
    let pauses = 0;
    const sliced = await extractArticleSliced(doc, 0, async () => void pauses++);
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.text).toBe(extractArticle(doc).text);
    expect(sliced.blocks).toHaveLength(1200);
  });
});
