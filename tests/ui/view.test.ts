import { describe, expect, it } from 'vitest';
import { buildView, formatDate, outletDate, mixOf, safeUrl, summaryLine } from '../../src/ui/shared/view.js';
import { JUDGEMENT } from './judgement-fixture.js';
import { useLocale } from './locale.js';

useLocale('en');

describe('view model', () => {
  const view = buildView(JUDGEMENT, 'Headline', 5);

  it('counts verdicts and picks the mix: any dispute, else any confirmation, else only this page', () => {
    expect(view.claims.map((c) => c.mix)).toEqual(['dispute', 'solo', 'confirm']);
    expect(view.claims[0]!.counts).toEqual({ confirm: 3, dispute: 1, omit: 1 });
    expect(mixOf({ confirm: 0, dispute: 0, omit: 5 })).toBe('solo');
  });

  it('lists disputes first, then confirmations, then outlets that say nothing, with names resolved', () => {
    expect(view.claims[0]!.stances.map((s) => `${s.stance}:${s.outlet.name}`)).toEqual([
      'dispute:GlobalSecurity.org',
      'confirm:Deer Creek Foundation',
      'confirm:True News',
      'confirm:TAG24',
      'omit:Right News Digest',
    ]);
    expect(view.omitted[0]!.outlets.map((o) => o.name)).toEqual(['Deer Creek Foundation', 'GlobalSecurity.org', 'True News']);
  });

  it('keeps only the claims that could be shown, in the order given', () => {
    expect(buildView(JUDGEMENT, 'H', 5, [2, 0]).claims.map((c) => c.index)).toEqual([2, 0]);
  });

  it('words the summary like the hover card says it', () => {
    expect(summaryLine({ confirm: 3, dispute: 1, omit: 1 })).toBe('Confirmed by 3 · Disputed by 1 · Not mentioned by 1');
    expect(summaryLine({ confirm: 0, dispute: 0, omit: 5 })).toBe('Not mentioned by 5');
  });

  it('formats dates and refuses links that are not http(s)', () => {
    expect(formatDate('2025-11-12')).toBe('12 Nov 2025');
    expect(formatDate(null)).toBe('date not shown');
    expect(outletDate({ published: '2025-11-12', toldOf: '2025-11-11' })).toBe('12 Nov 2025');
    expect(outletDate({ published: null })).toBe('date not shown');
    expect(outletDate({ published: null, toldOf: '2025-11-11' })).toBe('date not shown · tells of 11 Nov 2025');
    expect(formatDate('sometime')).toBe('sometime');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl('https://true.news/c')).toBe('https://true.news/c');
  });
});
