/**
 * What importing an export file adds: its articles as the reader's sources, except those already here. An article is
 * the same as one here when its URL or its text (sha-256) is, exactly as addSources decides: a bundled one is never
 * replaced, a user one is replaced by the file's copy (merged) unless the two are identical (unchanged).
 */
import type { Corpus, OutletRecord } from '../contracts/corpus.js';
import type { CorpusExport } from '../contracts/sources.js';
import type { SourceArticle } from '../engine/index.js';
import { canonicalUrl, outletIdFor } from './user-sources.js';

export interface ImportPlan {
  /** The articles to add, in the file's order. */
  sources: SourceArticle[];
  /** When each source to add was added (from the file when it says, else now). */
  added: Map<string, string>;
  /** For a source that replaces one of the reader's (merged): the id it replaces. */
  previous: Map<string, string>;
  counts: { added: number; merged: number; unchanged: number };
}

/** The outlet whose article has this URL or this text, as addSources finds it. */
export function sameArticle(corpus: { outlets: readonly OutletRecord[]; articles: readonly { outlet: string; hash: string }[] }, url: string, hash: string): OutletRecord | undefined {
  const hashes = new Map(corpus.articles.map((a) => [a.outlet, a.hash]));
  return corpus.outlets.find((o) => (o.url && o.url === url) || hashes.get(o.id) === hash);
}

const sameOutlet = (a: OutletRecord, b: OutletRecord): boolean =>
  a.name === b.name && a.url === b.url && a.published === b.published && a.language === b.language && a.domain === b.domain;

export function importPlan(current: Corpus, file: CorpusExport, now = new Date()): ImportPlan {
  const plan: ImportPlan = { sources: [], added: new Map(), previous: new Map(), counts: { added: 0, merged: 0, unchanged: 0 } };
  const fileAdded = new Map(file.sources.map((s) => [s.id, s.added]));
  const outlets = new Map(file.corpus.outlets.map((o) => [o.id, o]));
  // What is here, growing as the plan takes the file's articles (a file may hold the same article twice).
  const here = { outlets: [...current.outlets], articles: current.articles.map((a) => ({ outlet: a.outlet, hash: a.hash })) };
  for (const article of file.corpus.articles) {
    const o = outlets.get(article.outlet)!;
    const url = o.url ? canonicalUrl(o.url) : '';
    const outlet: OutletRecord = { ...o, id: url ? outletIdFor(url) : `u-${article.hash.slice(0, 10)}`, url, file: url || o.file, origin: 'user' };
    const same = sameArticle(here, url, article.hash);
    const sameHash = same && here.articles.find((a) => a.outlet === same.id)?.hash === article.hash;
    if (same && (same.origin === 'bundled' || (sameHash && same.id === outlet.id && sameOutlet(same, outlet)))) {
      plan.counts.unchanged++;
      continue;
    }
    if (same) {
      plan.counts.merged++;
      plan.previous.set(outlet.id, same.id);
      here.outlets = here.outlets.filter((x) => x.id !== same.id);
      here.articles = here.articles.filter((x) => x.outlet !== same.id);
    } else plan.counts.added++;
    here.outlets.push(outlet);
    here.articles.push({ outlet: outlet.id, hash: article.hash });
    plan.sources.push({ outlet, title: article.title, text: article.text, name: url || o.file });
    plan.added.set(outlet.id, fileAdded.get(o.id) ?? now.toISOString());
  }
  return plan;
}
