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

/** Bumped whenever the engine would build a different corpus from the same input. */
export const ENGINE_VERSION = '1.0.0';

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

/** Groups points over all claims and seals the corpus (with its story) with its content hash. */
function assemble(story: StoryDescription, outlets: OutletRecord[], read: ReadArticle[]): Corpus {
  const prepared = read.flatMap((r) => r.claims);
  const ctx = createContext(compileStory(story), outlets, prepared);
  const points = groupPoints(ctx);
  // The hash is over the content itself, so any change the engine makes to the output changes it.
  const body = {
    story,
    outlets,
    articles: read.map((r) => r.article),
    sentences: read.flatMap((r) => r.sentences),
    claims: prepared.map((c) => c.record as ClaimRecord),
    points,
  };
  const hash = sha256(JSON.stringify({ schema: CORPUS_SCHEMA_VERSION, engine: ENGINE_VERSION, ...body }));
  return { schema: CORPUS_SCHEMA_VERSION, hash, engine: ENGINE_VERSION, ...body };
}

/** The articles of a corpus as they were read, so that sources can be added or removed without reading them again. */
function asRead(corpus: Corpus): ReadArticle[] {
  const gaz = compileStory(corpus.story).gazetteer;
  const year = referenceYear(corpus.outlets);
  const outletYear = new Map(corpus.outlets.map((o) => [o.id, o.published ? parseInt(o.published.slice(0, 4), 10) : year]));
  return corpus.articles.map((article) => ({
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
  }));
}

/**
 * Adds articles (a reader's own sources) to a corpus and regroups the points over every claim.
 * An article whose URL or text is already in the corpus replaces that one instead of adding a copy.
 */
export function addSources(corpus: Corpus, sources: readonly SourceArticle[]): Corpus {
  const story = compileStory(corpus.story);
  let outlets = [...corpus.outlets];
  let read = asRead(corpus);
  for (const src of sources) {
    if (!src.text.trim()) throw new CorpusInputError(src.name ?? src.outlet.url, 'has no article text');
    const hash = sha256(src.text);
    const same = outlets.find((o) => (o.url && o.url === src.outlet.url) || read.some((r) => r.article.outlet === o.id && r.article.hash === hash));
    if (same) {
      if (same.origin === 'bundled') continue;
      outlets = outlets.filter((o) => o.id !== same.id);
      read = read.filter((r) => r.article.outlet !== same.id);
    }
    outlets.push(src.outlet);
    read.push(readArticle(story, src, referenceYear(outlets)));
  }
  return assemble(corpus.story, outlets, read);
}

/** Removes one outlet (a reader's source) and everything read from it, and regroups the points. */
export function removeOutlet(corpus: Corpus, outletId: string): Corpus {
  return assemble(
    corpus.story,
    corpus.outlets.filter((o) => o.id !== outletId),
    asRead(corpus).filter((r) => r.article.outlet !== outletId),
  );
}

/** Builds the corpus; throws CorpusInputError on bad input and never returns a partial corpus. */
export function buildCorpus(input: CorpusInput): Corpus {
  const outletsName = input.outletsName ?? 'outlets.json';
  const description = parseStoryFile(input.storyName ?? 'story.json', input.story);
  const story = compileStory(description);
  const entries = parseEntries(outletsName, input.outlets);
  const listed = new Set(entries.map((e) => e.file));
  for (const name of [...input.files.keys()].sort()) {
    if (!listed.has(name)) throw new CorpusInputError(name, `has no entry in ${outletsName}`);
  }
  if (entries.length === 0) throw new CorpusInputError(outletsName, 'lists no articles');
  const refYear = referenceYear(entries);
  const outlets: OutletRecord[] = [];
  const read: ReadArticle[] = [];
  for (const entry of entries) {
    const raw = input.files.get(entry.file);
    if (raw === undefined) throw new CorpusInputError(entry.file, `is listed in ${outletsName} but does not exist`);
    const text = decode(entry.file, raw);
    if (!text.trim()) throw new CorpusInputError(entry.file, 'is empty');
    if (headlineMissing(entry, text)) throw new CorpusInputError(entry.file, `headline from ${outletsName} is not a line of the text`);
    const outlet: OutletRecord = { id: outletId(entry.file), name: entry.publisher, domain: entry.domain, url: entry.url, published: entry.published, original: entry.original, file: entry.file, language: entry.language, origin: 'bundled' };
    outlets.push(outlet);
    try {
      read.push(readArticle(story, { outlet, title: entry.headline, text, furniture: entry.furniture, name: entry.file }, refYear));
    } catch (e) {
      if (e instanceof CorpusInputError) throw new CorpusInputError(entry.file, e.problem.replace('matches no line', `from ${outletsName} matches no line`));
      throw e;
    }
  }
  return assemble(description, outlets, read);
}

function headlineMissing(entry: OutletEntry, text: string): boolean {
  return entry.headline !== null && !text.split('\n').some((l) => l.trim() === entry.headline!.trim());
}

/**
 * Groups claims of different outlets that report the same fact; each claim lands in exactly one point.
 * Two claims belong together when judging one finds the other as its outlet's evidence: the judge itself decides.
 */
export function groupPoints(ctx: JudgeContext): PointRecord[] {
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
  ordered.forEach((g, k) => g.members.forEach((m) => ((ctx.pointOf as (string | null)[])[m] = pid(k))));
  return ordered.map((g, k) => {
    const rep = ctx.claims[g.rep]!;
    // Only the outlets that confirm or dispute are stored: every other outlet omits the point.
    return { id: pid(k), text: rep.record.text, claim: rep.record.id, claims: g.members.map((m) => ctx.claims[m]!.record.id), verdicts: judged[g.rep]!.filter((v) => v.stance !== 'omit').map(({ outlet, stance, evidence, claim, reason, reasonData }) => ({ outlet, stance, evidence, claim, reason, reasonData })) };
  });
}

const pid = (k: number) => `p${String(k + 1).padStart(3, '0')}`;
