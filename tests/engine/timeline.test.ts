import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/engine/timeline.js';
import type { ClaimStance, Stance } from '../../src/contracts/index.js';

const s = (outlet: string, stance: Stance): ClaimStance => ({ outlet, file: `${outlet}.txt`, stance, evidence: stance === 'omit' ? null : 'x', reason: null, reasonData: null });
const outlets = [
  { id: 'a', published: '2025-11-11' },
  { id: 'b', published: '2025-11-12' },
  { id: 'c', published: null },
  { id: 'd', published: '2025-11-20' },
];

describe('timeline', () => {
  it('puts the newest report first and undated ones last', () => {
    const t = timeline([s('a', 'confirm'), s('b', 'confirm'), s('c', 'confirm'), s('d', 'omit')], outlets);
    expect(t.stances.map((x) => x.outlet)).toEqual(['d', 'b', 'a', 'c']);
    expect(t.development).toBeNull();
  });

  it('says when the newest report turns against the older ones', () => {
    const t = timeline([s('a', 'confirm'), s('b', 'confirm'), s('c', 'confirm'), s('d', 'dispute')], outlets);
    expect(t.development).toEqual({ before: 'confirm', after: 'dispute', outlet: 'd', published: '2025-11-20' });
  });

  it('needs two dates to speak of a development', () => {
    expect(timeline([s('a', 'confirm'), s('c', 'dispute')], outlets).development).toBeNull();
    expect(timeline([s('a', 'dispute'), s('b', 'dispute')], [{ id: 'a', published: '2025-11-11' }, { id: 'b', published: '2025-11-11' }]).development).toBeNull();
  });
});
