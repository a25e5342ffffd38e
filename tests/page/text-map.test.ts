// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextMapBuilder, normalizeText, rangeFromOffsets } from '../../src/page/text-map.js';

function mapOf(html: string) {
  document.body.innerHTML = html;
  const b = new TextMapBuilder();
  const blocks: { start: number; end: number }[] = [];
  for (const p of document.body.children) {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) b.addText(n as Text);
    const span = b.breakParagraph();
    if (span) blocks.push(span);
  }
  return { map: b.finish(), blocks };
}

describe('TextMapBuilder', () => {
  it('collapses whitespace and NBSP, drops soft hyphens and zero-width spaces, keeps a way back to the nodes', () => {
    const { map } = mapOf('<p>  Colom<b>bia</b>&nbsp;\n sus\u00adpends \u200bintel-\nligence  </p>');
    expect(map.text).toBe('Colombia suspends intel- ligence');
    const at = map.text.indexOf('bia sus');
    const r = rangeFromOffsets(map, at, at + 'bia sus'.length)!;
    expect(r.startContainer).toBe(document.querySelector('b')!.firstChild);
    expect(r.toString()).toBe('bia\u00a0\n sus');
    expect(normalizeText(r.toString())).toBe('bia sus');
  });

  it('separates paragraphs with a blank line and reports each paragraph span', () => {
    const { map, blocks } = mapOf('<p>First one.</p><p>   </p><p>Second <i>one</i>.</p>');
    expect(map.text).toBe('First one.\n\nSecond one.');
    expect(blocks.map((b) => map.text.slice(b.start, b.end))).toEqual(['First one.', 'Second one.']);
  });

  it('maps a span across a paragraph break to the text on both sides', () => {
    const { map } = mapOf('<p>Alpha beta.</p><p>Gamma delta.</p>');
    const r = rangeFromOffsets(map, map.text.indexOf('beta'), map.text.indexOf('Gamma') + 5)!;
    expect(normalizeText(r.toString())).toBe('beta.Gamma');
  });

  it('returns null once the text nodes are gone', () => {
    const { map } = mapOf('<p>Colombia suspends intelligence sharing.</p>');
    document.body.innerHTML = '<p>replaced</p>';
    expect(rangeFromOffsets(map, 0, 8)).toBeNull();
  });

  it('rejects empty and out-of-bounds spans', () => {
    const { map } = mapOf('<p>abc</p>');
    expect(rangeFromOffsets(map, 2, 2)).toBeNull();
    expect(rangeFromOffsets(map, 0, 99)).toBeNull();
  });

  it('property: the text is the normalised DOM text, and every character maps back to the same character', () => {
    const piece = fc.constantFrom('a', 'B', ' ', '\u00a0', '\n', '\u00ad', '\u200b', 'é', '.', '  ', '\t');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 12 }), { minLength: 1, maxLength: 5 }), (nodes) => {
        document.body.innerHTML = '';
        const p = document.createElement('p');
        nodes.forEach((chars, i) => {
          const span = document.createElement(i % 2 ? 'span' : 'em');
          span.textContent = chars.join('');
          p.append(span);
        });
        document.body.append(p);
        const b = new TextMapBuilder();
        for (const s of p.children) if (s.firstChild) b.addText(s.firstChild as Text);
        const map = b.finish();
        expect(map.text).toBe(normalizeText(p.textContent ?? ''));
        for (let i = 0; i < map.text.length; i++) {
          const r = rangeFromOffsets(map, i, i + 1);
          const got = normalizeText(r!.toString()) || ' ';
          expect(got).toBe(map.text[i]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
