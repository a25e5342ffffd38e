// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchorQuotes, findInElement, fold, locate } from '../../src/page/anchor.js';
import { TextMapBuilder } from '../../src/page/text-map.js';

describe('locate', () => {
  const text = 'Petro said “at least 76 people” died.\n\nLater, Petro said at least 76 people died.';

  it('trusts offsets only when the text there is the quote', () => {
    const at = text.lastIndexOf('Petro');
    expect(locate(text, { text: 'Petro said at least 76', start: at, end: at + 22 })).toEqual({ start: at, end: at + 22 });
    // Stale offsets: found again by search.
    expect(locate(text, { text: 'Petro said at least 76', start: 3, end: 25 })).toEqual({ start: at, end: at + 22 });
  });

  it('folds case, curly quotes, dashes and whitespace', () => {
    const span = locate(text, { text: 'PETRO SAID "AT  LEAST 76 PEOPLE"' })!;
    expect(text.slice(span.start, span.end)).toBe('Petro said “at least 76 people”');
    expect(fold('A–B “c” ‘d’')).toBe(`a-b "c" 'd'`);
    expect(fold('İx').length).toBe(2);
  });

  it('picks the occurrence nearest the hint', () => {
    const t = 'Petro spoke. Petro spoke. Petro spoke.';
    expect(locate(t, { text: 'Petro spoke.', start: 14 })!.start).toBe(13);
    expect(locate(t, { text: 'Petro spoke.', start: 30 })!.start).toBe(26);
  });

  it('tolerates a small edit inside a long sentence by anchoring its ends', () => {
    const t = 'Colombian President Gustavo Petro on Tuesday ordered a halt to information sharing with U.S. security agencies.';
    const edited = 'Colombian President Gustavo Petro on Tuesday ordered a stop to information sharing with U.S. security agencies.';
    const span = locate(t, { text: edited })!;
    expect(span).toEqual({ start: 0, end: t.length });
  });

  it('gives up on text that is not there', () => {
    expect(locate(text, { text: 'Santa Marta summit' })).toBeNull();
    expect(locate(text, { text: '   ' })).toBeNull();
  });
});

describe('anchoring in the DOM', () => {
  it('finds a sentence across element boundaries, NBSP and soft hyphens', () => {
    document.body.innerHTML = '<div><p>The strikes killed <em>at&nbsp;least</em> <a href="#">76</a> peo\u00adple since September.</p><p>Other.</p></div>';
    const r = findInElement(document.body, { text: 'killed at least 76 people since September.' })!;
    expect(r).not.toBeNull();
    expect(r.startContainer.textContent).toBe('The strikes killed ');
    expect(r.endContainer.textContent).toContain('since September.');
  });

  it('reads block edges as spaces so sentences split over elements are found', () => {
    document.body.innerHTML = '<div><span>Petro announced</span><div>the suspension</div></div>';
    expect(findInElement(document.body, { text: 'Petro announced the suspension' })?.toString()).toBe('Petro announcedthe suspension');
  });

  it('maps each quote of a judged page to a range, null where it is gone', () => {
    document.body.innerHTML = '<p>One claim here.</p><p>Two claim there.</p>';
    const b = new TextMapBuilder();
    for (const p of document.querySelectorAll('p')) {
      b.addText(p.firstChild as Text);
      b.breakParagraph();
    }
    const map = b.finish();
    const ranges = anchorQuotes(map, [{ text: 'Two claim there.', start: 17, end: 33 }, { text: 'one claim HERE.' }, { text: 'Three.' }]);
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual(['Two claim there.', 'One claim here.', null]);
  });
});
