/**
 * The reader's own sources in IndexedDB. Each is stored as user rows (origin 'user': outlet, article with its whole
 * text, sentences, claims) that a bundled-corpus refresh never touches, plus one meta row with the points regrouped
 * over every claim and the bundled corpus they were grouped against. When that bundled corpus changes (an update),
 * the sources are read again from their stored text with the new engine (addSources) and the rows rewritten.
 */
import type { Corpus, OutletRecord, PointRecord } from '../contracts/corpus.js';
import type { SourceInfo, SourceRequest } from '../contracts/sources.js';
import { addSources, type SourceArticle } from '../engine/index.js';
import { sha256 } from '../engine/sha256.js';
import { guessLanguage } from '../engine/text.js';
import type { CorpusDb, Row } from './db.js';
import { putReaderStories, readReaderStories, readerStoriesOf, refreshReaderStories, withReaderStories } from './reader-stories.js';

/** The meta row of the user part: the points of the whole corpus and what they were built from. */
export interface UserMeta {
  key: 'user';
  /** Hash of the bundled corpus the points were grouped against. */
  base: string;
  engine: string;
  /** Hash of the whole corpus (bundled and user sources). */
  hash: string;
  /** User outlet ids, in order. */
  outlets: string[];
  points: PointRecord[];
  /** User sentence and claim rows written with it: fewer stored means a half-written or damaged store (absent in rows written before it was added). */
  counts?: { sentences: number; claims: number };
}

/** A user outlet row: the outlet and when it was added, with its place in the order of sources. */
export type UserOutletRow = Row<OutletRecord> & { added: string; seq: number };

export interface StoredSource extends SourceArticle {
  added: string;
}

const USER_TABLES = ['outlets', 'articles', 'sentences', 'claims'] as const;

/** The meta table, seen as holding the user meta row (its key 'user' sits beside the bundled corpus's 'corpus'). */
const userMeta = (db: CorpusDb) => db.table<UserMeta, 'user'>('meta');

/** The URL without its fragment: the same article read from another anchor is the same source. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

/** Stable, unique id of a user source: "u-" and the first 10 hex digits of the sha-256 of its URL. */
export const outletIdFor = (url: string): string => `u-${sha256(canonicalUrl(url)).slice(0, 10)}`;

/** YYYY-MM-DD from the date or time a page gives ("2025-11-14T10:45:00-05:00" keeps the publisher's own day). */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (m) return m[1]!;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

const LANGUAGES = new Set(['en', 'es', 'pt']);

/** The source to read from a page: publisher from the site's name or its domain, date from the metadata, language from html lang or the text. */
export function sourceFromRequest(req: SourceRequest): SourceArticle {
  const url = canonicalUrl(req.url);
  let domain = '';
  try {
    domain = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not a URL: the content script always sends location.href, so only a hand-made request gets here.
  }
  const title = req.title.trim();
  const body = req.text.trim();
  // The headline is the first line of the text, as in the bundled articles (once, if the page's text already starts with it).
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  const lang = (req.language ?? '').slice(0, 2).toLowerCase();
  const outlet: OutletRecord = {
    id: outletIdFor(url),
    name: req.siteName?.trim() || domain || url,
    domain,
    url,
    published: isoDate(req.published),
    original: null,
    file: url,
    language: LANGUAGES.has(lang) ? lang : guessLanguage(text),
    origin: 'user',
    // Which story it reports is decided when it is added: the story found on the page (see storyForSource).
    story: '',
  };
  return { outlet, title: title || null, text, name: url };
}

export const infoOf = (o: OutletRecord, added: string): SourceInfo => ({
  id: o.id,
  name: o.name,
  domain: o.domain,
  url: o.url,
  published: o.published,
  language: o.language,
  added,
});

/** The user sources of a corpus, in order, with when each was added (now for any the map doesn't know). */
export function sourcesOf(corpus: Corpus, added: ReadonlyMap<string, string>): SourceInfo[] {
  const now = new Date().toISOString();
  return corpus.outlets.filter((o) => o.origin === 'user').map((o) => infoOf(o, added.get(o.id) ?? now));
}

/** The stored sources, oldest first: outlet, title and text as they were added. */
export async function readSources(db: CorpusDb): Promise<StoredSource[]> {
  const outlets = (await db.outlets.where('origin').equals('user').toArray()) as UserOutletRow[];
  outlets.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || (a.id < b.id ? -1 : 1));
  const articles = await db.articles.where('origin').equals('user').toArray();
  const byOutlet = new Map(articles.map((a) => [a.outlet, a]));
  return outlets.flatMap((row) => {
    const a = byOutlet.get(row.id);
    if (!a) return [];
    const { added, seq: _seq, ...outlet } = row;
    // A row stored before stories were told apart names none: it is read again and joins the story found on it.
    return [{ outlet: { ...outlet, story: outlet.story ?? '', origin: 'user' as const }, title: a.title, text: a.text, name: outlet.url, added: added ?? new Date(0).toISOString() }];
  });
}

const strip = <T extends object>(row: T): T => {
  const { origin: _o, ...rest } = row as T & { origin?: unknown };
  return rest as T;
};

/**
 * The whole corpus: the bundled one with the reader's sources. From the stored rows when they were grouped against
 * this bundled corpus; otherwise (first run after an update) read again from their text and stored.
 */
export async function loadEffective(db: CorpusDb, bundled: Corpus): Promise<{ corpus: Corpus; added: Map<string, string> }> {
  const sources = await readSources(db);
  const added = new Map(sources.map((s) => [s.outlet.id, s.added]));
  if (sources.length === 0) return { corpus: bundled, added };
  // The reader's own stories, beside the bundled ones: their sources are read with their descriptions.
  const base = withReaderStories(bundled, await readReaderStories(db));
  const meta = await userMeta(db).get('user');
  const ids = sources.map((s) => s.outlet.id);
  const [articles, sentences, claims] = await Promise.all([
    db.articles.where('origin').equals('user').toArray(),
    db.sentences.where('origin').equals('user').toArray(),
    db.claims.where('origin').equals('user').toArray(),
  ]);
  const tagged = sources.every((s) => base.stories.some((d) => d.id === s.outlet.story));
  if (meta && tagged && meta.base === bundled.hash && meta.engine === bundled.engine && storedIsWhole(meta, ids, bundled, sentences, claims)) {
    // In the order addSources gives them: by source, then by their own ids (which count up within an article).
    const rank = new Map(ids.map((id, i) => [id, i]));
    const order = <T extends { outlet: string; id: string }>(rows: T[]): T[] =>
      rows.sort((a, b) => rank.get(a.outlet)! - rank.get(b.outlet)! || (a.id < b.id ? -1 : 1)).map(strip);
    const corpus: Corpus = {
      schema: bundled.schema,
      hash: meta.hash,
      engine: bundled.engine,
      stories: base.stories,
      outlets: [...bundled.outlets, ...sources.map((s) => s.outlet)],
      articles: [...bundled.articles, ...order(articles)],
      sentences: [...bundled.sentences, ...order(sentences)],
      claims: [...bundled.claims, ...order(claims)],
      points: meta.points,
    };
    return { corpus, added };
  }
  // Read again (a new engine or bundled corpus): the reader's stories are learnt again from their articles too.
  const corpus = refreshReaderStories(addSources(base, sources), bundled, added);
  await writeEffective(db, corpus, bundled, added);
  return { corpus, added };
}

/**
 * Whether the stored user rows can be used as they are: a well-formed meta row for these sources, as many sentence
 * and claim rows as it says were written, and every claim its points name there. Anything else (a damaged or
 * half-written store) is read again from the articles' text, which is what the reader gave.
 */
function storedIsWhole(meta: UserMeta, ids: string[], bundled: Corpus, sentences: { id: string }[], claims: { id: string }[]): boolean {
  if (!Array.isArray(meta.outlets) || !Array.isArray(meta.points) || meta.outlets.join() !== ids.join()) return false;
  if (meta.counts && (meta.counts.sentences !== sentences.length || meta.counts.claims !== claims.length)) return false;
  const known = new Set([...bundled.claims.map((c) => c.id), ...claims.map((c) => c.id)]);
  return meta.points.every((p) => Array.isArray(p?.claims) && p.claims.every((id) => known.has(id)));
}

/** Replaces every user row, the user meta row and the reader's stories with the user part of `corpus`, in one transaction. */
export async function writeEffective(db: CorpusDb, corpus: Corpus, bundled: Corpus, added: ReadonlyMap<string, string>): Promise<void> {
  const user = new Set(corpus.outlets.filter((o) => o.origin === 'user').map((o) => o.id));
  const mine = <T extends { outlet: string }>(rows: T[]) => rows.filter((r) => user.has(r.outlet)).map((r) => ({ ...r, origin: 'user' as const }));
  const now = new Date().toISOString();
  const outlets: UserOutletRow[] = corpus.outlets
    .filter((o) => user.has(o.id))
    .map((o, seq) => ({ ...o, origin: 'user', added: added.get(o.id) ?? now, seq }));
  const sentences = mine(corpus.sentences);
  const claims = mine(corpus.claims);
  const counts = { sentences: sentences.length, claims: claims.length };
  const meta: UserMeta = { key: 'user', base: bundled.hash, engine: corpus.engine, hash: corpus.hash, outlets: outlets.map((o) => o.id), points: corpus.points, counts };
  await db.transaction('rw', [...USER_TABLES.map((t) => db.table(t)), db.meta], async () => {
    for (const t of USER_TABLES) await db.table(t).where('origin').equals('user').delete();
    await db.outlets.bulkPut(outlets);
    await db.articles.bulkPut(mine(corpus.articles));
    await db.sentences.bulkPut(sentences);
    await db.claims.bulkPut(claims);
    if (user.size) await userMeta(db).put(meta);
    else await userMeta(db).delete('user');
    await putReaderStories(db, readerStoriesOf(corpus));
  });
}
