/**
 * Builds the corpus from seed texts and their outlet entries: validation, sentences (furniture left out),
 * claims with slots and terms, points grouping claims that report the same fact, and every outlet's verdict.
 * Pure: takes bytes, returns the corpus or throws a CorpusInputError naming the file and the problem.
 */
import { CORPUS_SCHEMA_VERSION, type ArticleRecord, type ClaimRecord, type Corpus, type OutletRecord, type PointRecord, type SentenceRecord, type StoryDescription } from '../contracts/index.js';
import { splitSentences } from './sentences.js';
import { applyArticleContext, isCheckable, namesOf, prepareClaim, type PreparedClaim } from './claims.js';
import { analyse } from './slots.js';
import { createContext, judgeOne, referenceYear, type JudgeContext } from './judge.js';
import { sha256 } from './sha256.js';
import { CorpusFormatError } from './checks.js';
import { parseStory } from './story-validate.js';
import { compileStory, type Story } from './story-data.js';
import { detectStory } from './story.js';
import { fold } from './text.js';
import { DAY_NAMES, extractTimes } from './times.js';

/** Bumped whenever the engine would build a different corpus from the same input. */
export const ENGINE_VERSION = '1.1.0';

export class CorpusInputError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'CorpusInputError';
  }
}

export interface CorpusInput {
  /** Raw bytes (or text) of story.json: the story description the corpus carries. */
  story: Uint8Array | string;
  /** Name to use for story.json in messages. */
  storyName?: string;
  /** Raw bytes (or text) of outlets.json. */
  outlets: Uint8Array | string;
  /** Seed file name → raw bytes. */
  files: ReadonlyMap<string, Uint8Array | string>;
  /** Name to use for outlets.json in messages. */
  outletsName?: string;
}

/** A line of a seed that is site furniture: matched whole, or by its start. */
export interface Furniture {
  line?: string;
  startsWith?: string;
}

/** One checked entry of outlets.json. */
export interface OutletEntry {
  file: string;
  publisher: string;
  domain: string;
  url: string;
  published: string | null;
  original: string | null;
  language: string;
  headline: string | null;
  furniture: Furniture[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(name: string, raw: Uint8Array | string): string {
  if (typeof raw === 'string') return raw;
  try {
    return decoder.decode(raw).replace(/^\uFEFF/, '');
  } catch {
    throw new CorpusInputError(name, 'is not valid UTF-8 text');
  }
}

/** Parses and checks outlets.json; throws CorpusInputError naming the entry and the problem. */
export function parseEntries(name: string, raw: Uint8Array | string): OutletEntry[] {
  const text = decode(name, raw);
  if (!text.trim()) throw new CorpusInputError(name, 'is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CorpusInputError(name, `is not valid JSON (${(e as Error).message})`);
  }
  const articles = (json as { articles?: unknown })?.articles;
  if (!Array.isArray(articles)) throw new CorpusInputError(name, 'has no "articles" array');
  const files = new Set<string>();
  return articles.map((a: unknown, i: number): OutletEntry => {
    const where = `entry ${i + 1}`;
    if (!a || typeof a !== 'object') throw new CorpusInputError(name, `${where} is not an object`);
    const e = a as Record<string, unknown>;
    const str = (k: string, optional = false): string | null => {
      const v = e[k];
      if (v === null || v === undefined) {
        if (optional) return null;
        throw new CorpusInputError(name, `${where} has no "${k}"`);
      }
      if (typeof v !== 'string' || (!optional && !v.trim())) throw new CorpusInputError(name, `${where}: "${k}" must be a non-empty string`);
      return v;
    };
    const file = str('file')!;
    if (!/^[\w.-]+\.txt$/.test(file)) throw new CorpusInputError(name, `${where}: "file" must be a .txt file name, got ${JSON.stringify(file)}`);
    if (files.has(file)) throw new CorpusInputError(name, `${where}: ${file} is listed twice`);
    files.add(file);
    const published = str('published', true);
    if (published !== null && !/^\d{4}-\d\d-\d\d$/.test(published)) throw new CorpusInputError(name, `${where} (${file}): "published" must be YYYY-MM-DD or null`);
    const furniture = e['furniture'] ?? [];
    if (!Array.isArray(furniture) || furniture.some((f) => !f || typeof f !== 'object' || (typeof (f as Furniture).line !== 'string' && typeof (f as Furniture).startsWith !== 'string')))
      throw new CorpusInputError(name, `${where} (${file}): "furniture" must be a list of {"line"} or {"startsWith"} objects`);
    return {
      file,
      publisher: str('publisher')!,
      domain: str('domain')!,
      url: str('url')!,
      published,
      original: str('original', true),
      language: str('language', true) ?? 'en',
      headline: str('headline', true),
      furniture: furniture as Furniture[],
    };
  });
}

/** True when a trimmed line is the given furniture. */
export const isFurniture = (line: string, f: Furniture) => (f.line !== undefined ? line === f.line : line.startsWith(f.startsWith!));

function outletId(file: string): string {
  const m = /^(\d+)_/.exec(file);
  return m ? m[1]! : file.replace(/\.txt$/, '');
}

/** One article to read into the corpus: its outlet, its text, and the lines of it that are site furniture. */
export interface SourceArticle {
  outlet: OutletRecord;
  title: string | null;
  text: string;
  furniture?: Furniture[];
  /** Name used in error messages (the seed file, or the page URL). */
  name?: string;
}

interface ReadArticle {
  article: ArticleRecord;
  sentences: SentenceRecord[];
  claims: JudgeContext['claims'];
}

/** Parses and checks story.json; throws CorpusInputError naming the file, the field and the problem. */
export function parseStoryFile(name: string, raw: Uint8Array | string): StoryDescription {
  const text = decode(name, raw);
  if (!text.trim()) throw new CorpusInputError(name, 'is empty');
  try {
    return parseStory(text, 'story');
  } catch (e) {
    if (e instanceof CorpusFormatError) throw new CorpusInputError(name, e.message);
    throw e;
  }
}


/** "2025-11-12" as a UTC date, or null when it isn't a real day ("2025-11-31"). */
function isoDay(iso: string): Date | null {
  const d = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? d : null;
}

/**
 * The latest day of the event an undated article's text tells of, as YYYY-MM-DD, or null when it tells of none.
 * Read from the text (furniture lines left out): absolute dates ("November 11", "11 de noviembre", the year the
 * event's when the text gives none), and weekdays ("on Tuesday") taken as the last such day of the event week, the
 * seven days ending on `anchor` (the story's latest dated report; without one, weekdays tell nothing). Only days
 * within the event (from `event.from`, before `event.stale`, not after `anchor` for a weekday) count, and no day
 * a text only looks ahead to ("until Friday"). It dates what the text reports, not the report itself.
 */
export function toldOf(
  text: string,
  event: Pick<StoryDescription['event'], 'year' | 'from' | 'stale'>,
  anchor: string | null,
  furniture: readonly Furniture[] = [],
): string | null {
  const body = text
    .split('\n')
    .filter((l) => !furniture.some((f) => isFurniture(l.trim(), f)))
    .join('\n');
  const end = anchor ? isoDay(anchor) : null;
  let latest: string | null = null;
  for (const t of extractTimes(fold(body))) {
    // "until November 30", "hasta el viernes": a day looked ahead to.
    if (t.role === 'until') continue;
    let day: string | null = null;
    if (t.kind === 'date') {
      const m = /^(-|\d{4})-(\d\d)-(\d\d)$/.exec(t.value);
      if (m) day = `${m[1] === '-' ? event.year : m[1]}-${m[2]}-${m[3]}`;
    } else if (t.kind === 'weekday' && end) {
      const d = new Date(end);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - DAY_NAMES.indexOf(t.value as (typeof DAY_NAMES)[number]) + 7) % 7));
      day = d.toISOString().slice(0, 10);
    }
    if (!day || !isoDay(day) || day < event.from || day >= event.stale) continue;
    if (latest === null || day > latest) latest = day;
  }
  return latest;
}

/** The outlet with `toldOf` set where it has no date and its text tells of one (the field is left out otherwise). */
function withToldOf(outlet: OutletRecord, text: string, event: StoryDescription['event'], anchor: string | null, furniture?: readonly Furniture[]): OutletRecord {
  const { toldOf: _old, ...rest } = outlet;
  if (outlet.published) return rest;
  const day = toldOf(text, event, anchor, furniture);
  return day ? { ...rest, toldOf: day } : rest;
}

/** The latest date among these outlets' reports: the end of the story's event week. */
function latestPublished(outlets: readonly Pick<OutletRecord, 'published'>[]): string | null {
  return outlets.reduce<string | null>((a, o) => (o.published && (!a || o.published > a) ? o.published : a), null);
}

/** Reads one article with the story's actors: sentences (furniture left out) with offsets, and its checkable claims with slots and terms. */
export function readArticle(story: Story, src: SourceArticle, refYear: number | null): ReadArticle {
  const { outlet, text } = src;
  const name = src.name ?? outlet.file;
  const furniture = src.furniture ?? [];
  const id = outlet.id;
  const year = outlet.published ? parseInt(outlet.published.slice(0, 4), 10) || refYear : refYear;
  const articleId = `a${id}`;
  const article: ArticleRecord = { id: articleId, outlet: id, file: outlet.file, title: src.title, text, hash: sha256(text) };
  const sentences: SentenceRecord[] = [];
  const used = new Set<Furniture>();
  const pending: { sid: string; start: number; p: PreparedClaim }[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.trim();
    if (!line) continue;
    const f = furniture.find((x) => isFurniture(line, x));
    if (f) {
      used.add(f);
      continue;
    }
    const headline = src.title !== null && line === src.title.trim();
    for (const sp of splitSentences(rawLine, outlet.language)) {
      const sid = `s${id}-${String(sentences.length).padStart(4, '0')}`;
      const start = lineStart + sp.start;
      sentences.push({ id: sid, article: articleId, outlet: id, start, end: start + sp.text.length, text: sp.text, headline });
      const p = prepareClaim(story.gazetteer, sp.text, outlet.language, year);
      if (isCheckable(sp.text, p.view.slots)) pending.push({ sid, start, p });
    }
  }
  for (const f of furniture) if (!used.has(f)) throw new CorpusInputError(name, `furniture ${JSON.stringify(f)} matches no line`);
  applyArticleContext(story.gazetteer, pending.map((x) => x.p));
  const claims = pending.map(({ sid, start, p }, k) => {
    // Terms in one fixed (sorted) order: the index sums weights in this order, and a corpus read back from its file
    // (terms sorted there) must score, group and hash exactly as the one built here.
    const terms = new Map([...p.terms].sort(([a], [b]) => (a < b ? -1 : 1)));
    const record: ClaimRecord = {
      id: `c${id}-${String(k).padStart(4, '0')}`,
      outlet: id,
      article: articleId,
      sentence: sid,
      start,
      end: start + p.view.text.length,
      text: p.view.text,
      slots: p.view.slots,
      terms: Object.fromEntries(terms),
    };
    return { record, view: p.view, terms };
  });
  return { article, sentences, claims };
}

/**
 * Groups points story by story (a point never joins claims of two stories: each story's claims are judged against
 * its own outlets only) and seals the corpus (with its stories) with its content hash. Point ids count on across
 * stories, in the stories' order.
 */
function assemble(stories: StoryDescription[], outlets: OutletRecord[], read: ReadArticle[]): Corpus {
  const prepared = read.flatMap((r) => r.claims);
  const points: PointRecord[] = [];
  for (const story of stories) {
    const own = new Set(outlets.filter((o) => o.story === story.id).map((o) => o.id));
    const ctx = createContext(compileStory(story), outlets.filter((o) => own.has(o.id)), prepared.filter((c) => own.has(c.record.outlet)));
    points.push(...groupPoints(ctx, points.length));
  }
  // The hash is over the content itself, so any change the engine makes to the output changes it.
  const body = {
    stories,
    outlets,
    articles: read.map((r) => r.article),
    sentences: read.flatMap((r) => r.sentences),
    claims: prepared.map((c) => c.record as ClaimRecord),
    points,
  };
  const hash = sha256(JSON.stringify({ schema: CORPUS_SCHEMA_VERSION, engine: ENGINE_VERSION, ...body }));
  return { schema: CORPUS_SCHEMA_VERSION, hash, engine: ENGINE_VERSION, ...body };
}

/** The compiled story each outlet reports. */
function storiesOf(corpus: Pick<Corpus, 'stories' | 'outlets'>): Map<string, Story> {
  const byId = new Map(corpus.stories.map((d) => [d.id, compileStory(d)]));
  return new Map(corpus.outlets.map((o) => [o.id, byId.get(o.story)!]));
}

/** The articles of a corpus as they were read, so that sources can be added or removed without reading them again. */
function asRead(corpus: Corpus): ReadArticle[] {
  const storyOf = storiesOf(corpus);
  // Each story's undated reports are taken to be from the year most of that story's outlets give.
  const years = new Map(corpus.stories.map((d) => [d.id, referenceYear(corpus.outlets.filter((o) => o.story === d.id))]));
  const outletYear = new Map(corpus.outlets.map((o) => [o.id, o.published ? parseInt(o.published.slice(0, 4), 10) : years.get(o.story) ?? null]));
  return corpus.articles.map((article) => {
    const gaz = storyOf.get(article.outlet)!.gazetteer;
    return {
      article,
      sentences: corpus.sentences.filter((s) => s.article === article.id),
      claims: corpus.claims
        .filter((c) => c.article === article.id)
        .map((record) => ({
          record,
          // Read again as the build read it, so that regrouping the points judges claims as the first build did.
          view: { text: record.text, slots: record.slots, year: outletYear.get(record.outlet) ?? null, names: namesOf(analyse(gaz, record.text, record.slots.language), record.slots) },
          terms: new Map(Object.entries(record.terms)),
        })),
    };
  });
}

/**
 * The story a source reports: the one its outlet names when the corpus holds it; else the story found on its page
 * (the highest score among those detected); else the corpus's first story.
 */
export function storyForSource(corpus: Pick<Corpus, 'stories'>, src: SourceArticle): StoryDescription {
  const named = corpus.stories.find((d) => d.id === src.outlet.story);
  if (named) return named;
  const page = { title: src.title ?? '', text: src.text, language: src.outlet.language, published: src.outlet.published };
  let best: { d: StoryDescription; score: number } | null = null;
  for (const d of corpus.stories) {
    const v = detectStory(compileStory(d), page);
    if (v.detected && (!best || v.score > best.score)) best = { d, score: v.score };
  }
  return best?.d ?? corpus.stories[0]!;
}

/**
 * Adds articles (a reader's own sources) to a corpus and regroups the points over every claim.
 * An article whose URL or text is already in the corpus replaces that one instead of adding a copy.
 */
export function addSources(corpus: Corpus, sources: readonly SourceArticle[]): Corpus {
  let outlets = [...corpus.outlets];
  let read = asRead(corpus);
  for (const given of sources) {
    // Each source joins the story it reports (see storyForSource), and is read with that story's actors and places.
    const description = storyForSource(corpus, given);
    if (!given.text.trim()) throw new CorpusInputError(given.name ?? given.outlet.url, 'has no article text');
    const weekEnd = latestPublished(outlets.filter((o) => o.story === description.id));
    const src = { ...given, outlet: withToldOf({ ...given.outlet, story: description.id }, given.text, description.event, weekEnd, given.furniture) };
    const hash = sha256(src.text);
    const same = outlets.find((o) => (o.url && o.url === src.outlet.url) || read.some((r) => r.article.outlet === o.id && r.article.hash === hash));
    if (same) {
      if (same.origin === 'bundled') continue;
      outlets = outlets.filter((o) => o.id !== same.id);
      read = read.filter((r) => r.article.outlet !== same.id);
    }
    outlets.push(src.outlet);
    read.push(readArticle(compileStory(description), src, referenceYear(outlets.filter((o) => o.story === description.id))));
  }
  return assemble(corpus.stories, outlets, read);
}

/** Removes one outlet (a reader's source) and everything read from it, and regroups the points. */
export function removeOutlet(corpus: Corpus, outletId: string): Corpus {
  return assemble(
    corpus.stories,
    corpus.outlets.filter((o) => o.id !== outletId),
    asRead(corpus).filter((r) => r.article.outlet !== outletId),
  );
}

/** Builds the corpus of one story; throws CorpusInputError on bad input and never returns a partial corpus. */
export function buildCorpus(input: CorpusInput): Corpus {
  return buildStories([input]);
}

/**
 * Builds one corpus of several stories, each from its own story description and articles (a story folder each):
 * every outlet is tagged with its story, and points are grouped within each story. Story ids and outlet ids must be
 * unique across the stories. Throws CorpusInputError on bad input and never returns a partial corpus.
 */
export function buildStories(inputs: readonly CorpusInput[]): Corpus {
  if (inputs.length === 0) throw new CorpusInputError('stories', 'lists no story');
  const stories: StoryDescription[] = [];
  const outlets: OutletRecord[] = [];
  const read: ReadArticle[] = [];
  const owner = new Map<string, string>();
  for (const input of inputs) {
    const storyName = input.storyName ?? 'story.json';
    const outletsName = input.outletsName ?? 'outlets.json';
    const description = parseStoryFile(storyName, input.story);
    if (stories.some((d) => d.id === description.id)) throw new CorpusInputError(storyName, `story id ${JSON.stringify(description.id)} is already another story's`);
    stories.push(description);
    const story = compileStory(description);
    const entries = parseEntries(outletsName, input.outlets);
    const listed = new Set(entries.map((e) => e.file));
    for (const name of [...input.files.keys()].sort()) {
      if (!listed.has(name)) throw new CorpusInputError(name, `has no entry in ${outletsName}`);
    }
    if (entries.length === 0) throw new CorpusInputError(outletsName, 'lists no articles');
    const refYear = referenceYear(entries);
    const weekEnd = latestPublished(entries);
    for (const entry of entries) {
      const raw = input.files.get(entry.file);
      if (raw === undefined) throw new CorpusInputError(entry.file, `is listed in ${outletsName} but does not exist`);
      const text = decode(entry.file, raw);
      if (!text.trim()) throw new CorpusInputError(entry.file, 'is empty');
      if (headlineMissing(entry, text)) throw new CorpusInputError(entry.file, `headline from ${outletsName} is not a line of the text`);
      const id = outletId(entry.file);
      const taken = owner.get(id);
      if (taken !== undefined) throw new CorpusInputError(entry.file, `its outlet id ${JSON.stringify(id)} is already an outlet of story ${JSON.stringify(taken)}: give the file another number`);
      owner.set(id, description.id);
      const outlet = withToldOf(
        { id, name: entry.publisher, domain: entry.domain, url: entry.url, published: entry.published, original: entry.original, file: entry.file, language: entry.language, origin: 'bundled', story: description.id },
        text,
        description.event,
        weekEnd,
        entry.furniture,
      );
      outlets.push(outlet);
      try {
        read.push(readArticle(story, { outlet, title: entry.headline, text, furniture: entry.furniture, name: entry.file }, refYear));
      } catch (e) {
        if (e instanceof CorpusInputError) throw new CorpusInputError(entry.file, e.problem.replace('matches no line', `from ${outletsName} matches no line`));
        throw e;
      }
    }
  }
  return assemble(stories, outlets, read);
}

function headlineMissing(entry: OutletEntry, text: string): boolean {
  return entry.headline !== null && !text.split('\n').some((l) => l.trim() === entry.headline!.trim());
}

/**
 * Groups claims of different outlets that report the same fact; each claim lands in exactly one point.
 * Two claims belong together when judging one finds the other as its outlet's evidence: the judge itself decides.
 */
export function groupPoints(ctx: JudgeContext, offset = 0): PointRecord[] {
  const n = ctx.claims.length;
  const judged = ctx.claims.map((c) => judgeOne(ctx, c.view, c.terms).verdicts);
  const index = new Map(ctx.claims.map((c, i) => [c.record.id, i]));
  // i → j when judging claim i picks j as j's outlet's evidence; two claims are linked when each picks the other
  // (or when one picks the other and the other's outlet has no verdict of its own to give), so a vague claim
  // ("a Latin American country suspends…") cannot pull Britain's pause and Colombia's into one point.
  const picks: Set<number>[] = judged.map((verdicts, i) => {
    const out = new Set<number>();
    for (const v of verdicts) if (v.stance !== 'omit' && v.claim && v.outlet !== ctx.claims[i]!.record.outlet) out.add(index.get(v.claim)!);
    return out;
  });
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  picks.forEach((set, i) => {
    for (const j of set) {
      const back = judged[j]!.find((v) => v.outlet === ctx.claims[i]!.record.outlet);
      if (!picks[j]!.has(i) && back && back.stance !== 'omit') continue;
      links[i]!.set(j, (links[i]!.get(j) ?? 0) + 1);
      links[j]!.set(i, (links[j]!.get(i) ?? 0) + 1);
    }
  });
  const degree = links.map((l) => [...l.values()].reduce((a, b) => a + b, 0));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[b]! - degree[a]! || a - b);
  const taken = new Array<boolean>(n).fill(false);
  const groups: number[][] = [];
  for (const seed of order) {
    if (taken[seed]) continue;
    taken[seed] = true;
    const group = [seed];
    // Every claim the seed links to joins it (an outlet may report one fact in several sentences); no chaining.
    for (const j of links[seed]!.keys()) {
      if (taken[j]) continue;
      taken[j] = true;
      group.push(j);
    }
    groups.push(group.sort((a, b) => a - b));
  }
  // The representative is the member most outlets confirm, then the one with most disputes, then the first.
  const score = (i: number) => {
    const vs = judged[i]!;
    return vs.filter((v) => v.stance === 'confirm').length * 10 + vs.filter((v) => v.stance === 'dispute').length;
  };
  const reps = groups.map((g) => g.reduce((best, i) => (score(i) > score(best) ? i : best), g[0]!));
  const ordered = groups.map((g, k) => ({ members: g, rep: reps[k]! })).sort((a, b) => a.members[0]! - b.members[0]!);
  ordered.forEach((g, k) => g.members.forEach((m) => ((ctx.pointOf as (string | null)[])[m] = pid(k + offset))));
  return ordered.map((g, k) => {
    const rep = ctx.claims[g.rep]!;
    // Only the outlets that confirm or dispute are stored: every other outlet omits the point.
    return { id: pid(k + offset), text: rep.record.text, claim: rep.record.id, claims: g.members.map((m) => ctx.claims[m]!.record.id), verdicts: judged[g.rep]!.filter((v) => v.stance !== 'omit').map(({ outlet, stance, evidence, claim, reason, reasonData }) => ({ outlet, stance, evidence, claim, reason, reasonData })) };
  });
}

const pid = (k: number) => `p${String(k + 1).padStart(3, '0')}`;
