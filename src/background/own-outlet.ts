/**
 * A page is never compared with itself: once the reader has added the article they are reading (or reads a bundled
 * outlet's own article), that outlet leaves the comparison on that page — its every claim would "confirm" the page.
 */
import type { Corpus } from '../contracts/corpus.js';
import type { PageJudgement } from '../contracts/judgement.js';
import { canonicalUrl } from './user-sources.js';

/** The outlet whose article is the page at `url`, if any. */
export function ownOutlet(corpus: Pick<Corpus, 'outlets'>, url: string): string | null {
  const page = canonicalUrl(url);
  return corpus.outlets.find((o) => o.url && canonicalUrl(o.url) === page)?.id ?? null;
}

/** The judgement without one outlet: its stances, its place in the outlet list and in what the page leaves out. */
export function withoutOutlet<T extends PageJudgement>(j: T, outlet: string): T {
  return {
    ...j,
    outlets: j.outlets.filter((o) => o.id !== outlet),
    claims: j.claims.map((c) => ({ ...c, stances: c.stances.filter((s) => s.outlet !== outlet) })),
    omitted: j.omitted.map((p) => ({ ...p, outlets: p.outlets.filter((o) => o !== outlet) })).filter((p) => p.outlets.length > 0),
  };
}
