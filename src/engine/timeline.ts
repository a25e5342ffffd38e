/**
 * Time: which outlet reported what, newest first, and whether the newest reports differ from the older ones
 * (the story developed: a later report that cooperation goes on, against earlier ones of a suspension).
 */
import type { ClaimStance, OutletSummary, Stance } from '../contracts/index.js';

export interface Development {
  /** What the older dated reports say (the majority among them). */
  before: Exclude<Stance, 'omit'>;
  /** What the newest dated report says. */
  after: Exclude<Stance, 'omit'>;
  /** The outlet with the newest differing report, and its date. */
  outlet: string;
  published: string;
}

export interface Timeline {
  /** The stances, newest report first; undated ones last, in corpus order. */
  stances: ClaimStance[];
  development: Development | null;
}

/** Orders a claim's stances by their outlets' dates and finds where a later report turned. */
export function timeline(stances: readonly ClaimStance[], outlets: readonly Pick<OutletSummary, 'id' | 'published'>[]): Timeline {
  const date = new Map(outlets.map((o) => [o.id, o.published]));
  const order = new Map(outlets.map((o, i) => [o.id, i]));
  const sorted = [...stances].sort((a, b) => {
    const da = date.get(a.outlet) ?? null;
    const db = date.get(b.outlet) ?? null;
    if (da && db && da !== db) return da < db ? 1 : -1;
    if (da && !db) return -1;
    if (!da && db) return 1;
    return (order.get(a.outlet) ?? 0) - (order.get(b.outlet) ?? 0);
  });
  const dated = sorted.filter((s) => s.stance !== 'omit' && date.get(s.outlet));
  let development: Development | null = null;
  if (dated.length >= 2) {
    const newest = dated[0]!;
    const newestDate = date.get(newest.outlet)!;
    const older = dated.filter((s) => date.get(s.outlet)! < newestDate);
    if (older.length) {
      const confirms = older.filter((s) => s.stance === 'confirm').length;
      const before: Exclude<Stance, 'omit'> = confirms * 2 >= older.length ? 'confirm' : 'dispute';
      const after = newest.stance as Exclude<Stance, 'omit'>;
      if (after !== before) development = { before, after, outlet: newest.outlet, published: newestDate };
    }
  }
  return { stances: sorted, development };
}
