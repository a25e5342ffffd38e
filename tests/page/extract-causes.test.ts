/**
 * Extraction, one general cause at a time, on small pages written for these tests: the shapes that kept real pages of
 * Readability's test suite under word-F1 0.9 (a wrapper named after a script's feature, an article split into parts,
 * run-together class words, a gallery's captions, a data table, one-word headings, teaser cards, an inline badge).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/page/extract.js';
import { normalizeText, rangeFromOffsets } from '../../src/page/text-map.js';

const TOPICS = ['the river ferry', 'the night market', 'the old library', 'the hill tramway', 'the harbour wall', 'the school garden'];
/** A paragraph of plain article prose, different for every n. */
const para = (n: number) =>
  `Paragraph ${n}: residents said ${TOPICS[n % TOPICS.length]}, closed since spring, would reopen in stages, ` +
  `with the council, the operators and volunteers sharing the cost of repairs, inspections and new signs for visitors.`;
const ps = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `<p>${para(from + i)}</p>`).join('');

function read(body: string, title = 'Town news') {
  const doc = new JSDOM(`<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`).window.document;
  const before = doc.documentElement.outerHTML;
  const a = extractArticle(doc);
  expect(doc.documentElement.outerHTML).toBe(before);
  expect(a.text.split('\n\n')).toHaveLength(a.blocks.length);
  for (const b of a.blocks) expect(normalizeText(rangeFromOffsets(a, b.start, b.end)!.toString())).toBe(a.text.slice(b.start, b.end));
  return { a, paras: a.text.split('\n\n') };
}

const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/town">Town</a></li><li><a href="/sport">Sport</a></li></ul></nav>';

describe('extraction causes', () => {
  it('a wrapper named after a script feature ("read-more") does not cut off the paragraphs before it', () => {
    const { paras } = read(`${NAV}<div class="story-body"><div class="intro"><p><strong>${para(1)}</strong></p></div>${ps(2, 3)}
      <div id="read-more"><div id="read-more-link"><a href="#">Read more</a></div><div id="read-more-content">${ps(4, 12)}</div></div></div>
      <footer><p>Copyright the Town Paper, all rights kept by the owners of this site and its partners.</p></footer>`);
    expect(paras).toEqual(Array.from({ length: 12 }, (_, i) => para(i + 1)));
  });

  it("an article part whose only siblings are furniture or empty is joined with the article's other parts", () => {
    const { paras } = read(`<article><h1>Ferry back in service</h1>
      <div class="body-wrap"><div class="story-text story-text-1">${ps(1, 4)}</div><div class="slot"><aside><h2>Related</h2><ul><li><a href="/a">Another story about ferries and boats</a></li></ul></aside></div></div>
      <div class="promo"></div>
      <div class="body-wrap"><div class="story-text story-text-2">${ps(5, 14)}</div><div class="slot"><aside><ul><li><a href="/b">Yet another story about the harbour</a></li></ul></aside><div class="ad-slot"></div></div></div>
      </article>`);
    expect(paras).toEqual(['Ferry back in service', ...Array.from({ length: 14 }, (_, i) => para(i + 1))]);
  });

  it('a part of the same class whose paragraphs sit too deep to score is read too', () => {
    const deep = (html: string) => `<div class="wrap"><div class="row"><div class="col"><section class="outer"><div class="inner"><div class="text">${html}</div></div></section></div></div></div>`;
    const { paras } = read(`<div id="post"><div class="part">${deep(ps(1, 4))}</div><figure><img src="x.jpg" alt=""></figure>
      <div class="part"><section><div class="inner"><div class="text">${ps(5, 9)}</div></div></section></div>
      <div class="part"><section><div class="inner"><div class="text">${ps(10, 16)}</div></div></section></div></div>`);
    expect(paras).toEqual(Array.from({ length: 16 }, (_, i) => para(i + 1)));
  });

  it('a furniture word run into another ("relatedposts", "sitefooter") marks furniture, unless an article word is run in too', () => {
    const teaser = 'A teaser for another story, with a date, a summary and a link to read it later on.';
    const { a } = read(`<div class="entry-content">${ps(1, 8)}</div>
      <div id="jp-relatedposts" class="jp-relatedposts"><div class="jp-relatedposts-post"><p>${teaser}</p><p>${teaser} Again.</p></div></div>
      <div class="sitefooter"><p>${teaser} Footer.</p></div>`);
    expect(a.text).toContain(para(8));
    expect(a.text).not.toContain('A teaser');

    const { paras } = read(`<div id="page"><div id="sidebar"><ul><li><a href="/1">Archive</a></li></ul></div><div id="contentWithSidebar"><div id="post">${ps(1, 6)}</div></div></div>`);
    expect(paras).toEqual(Array.from({ length: 6 }, (_, i) => para(i + 1)));
  });

  it("a gallery's caption list (Readability's \"legends\") inside the article is not the article", () => {
    const caption = (n: number) => `<li><h2>${n}/30 A picture</h2><p>Caption ${n} of the gallery, which is long, wordy, and, like the others, full of commas, names, places and dates.</p></li>`;
    const { paras } = read(`<div class="text-wrapper">${ps(1, 5)}<div class="widget"><div class="full-gallery"><ul class="legends">${Array.from({ length: 30 }, (_, i) => caption(i + 1)).join('')}</ul></div></div>${ps(6, 9)}</div>`);
    expect(paras).toEqual(Array.from({ length: 9 }, (_, i) => para(i + 1)));
  });

  it("a data table's cells are read whole: one-word and linked cells too", () => {
    const rows = ['Harbour', 'Market', 'Library', 'Tramway'].map((name, i) => `<tr><td><a href="/${name}">${name}</a></td><td>${2001 + i}</td><td>${para(10 + i)}</td></tr>`).join('');
    const { a } = read(`<div class="article-body">${ps(1, 3)}<table><caption>Places and years</caption><thead><tr><th>Place</th><th>Year</th><th>Notes</th></tr></thead><tbody>${rows}</tbody></table>${ps(4, 5)}</div>`);
    for (const cell of ['Harbour', 'Tramway', '2001', '2004', 'Place', para(13)]) expect(a.text).toContain(cell);
  });

  it('one-word headings and list items are kept, one-word links are not', () => {
    const { paras } = read(`<div class="article-body"><h2>Background</h2>${ps(1, 3)}<h3>Materials</h3><ul><li>Rope</li><li>Two wooden planks of equal length</li><li>Paint</li></ul>${ps(4, 6)}<p><a href="/next">Next</a></p></div>`);
    expect(paras).toEqual(['Background', para(1), para(2), para(3), 'Materials', 'Rope', 'Two wooden planks of equal length', 'Paint', para(4), para(5), para(6)]);
  });

  it('a link around blocks (a teaser card) is link text, and left out', () => {
    const card = (t: string) => `<section class="item"><a href="/${t.length}"><div class="title">${t}</div><div class="cta">Read the whole story now</div></a></section>`;
    const { a } = read(`<div class="main">${ps(1, 8)}<div class="cards">${card('How to mend a fishing net')}${card('Ten walks along the coast path')}</div></div>`);
    expect(a.text).toContain(para(8));
    for (const f of ['fishing net', 'coast path', 'whole story']) expect(a.text).not.toContain(f);
  });

  it('a block styled inline (a badge inside a sentence) does not split the paragraph', () => {
    const { paras } = read(`<div class="article-body">${ps(1, 4)}<ul><li>Smith, J. (2020). <a href="/r1">The harbour wall</a><div class="badge" style="display: inline-block; width: 16px"><div class="icon"></div></div>. Town Press. Retrieved 2021.</li></ul></div>`);
    expect(paras.at(-1)).toBe('Smith, J. (2020). The harbour wall. Town Press. Retrieved 2021.');
  });

  it('the headline is read once when it sits in a joined sibling part', () => {
    const { paras } = read(`<article><div class="lede"><h1>Tramway reopens to the hill</h1>${ps(0, 1)}</div>
      <div class="layout"><aside class="rail"><p><a href="/x">Follow us</a></p></aside><div class="content"><div id="content">${ps(2, 5)}</div></div></div></article>`);
    expect(paras).toEqual(['Tramway reopens to the hill', ...Array.from({ length: 6 }, (_, i) => para(i))]);
  });
});
