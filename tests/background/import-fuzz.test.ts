/**
 * Fuzzing the corpus import (the options page's "Import", src/background/export-file.ts and the service): a good
 * export file mutated byte by byte, truncated anywhere, with random values put at random places in its JSON, nested
 * absurdly deep, or blown past the size cap. Every mutant is either a file this Crosscheck can read or refused with
 * the import's own message (ExportFileError: "This file can't be imported: … Nothing was changed."), never another
 * exception; and through the background service a refused file leaves the database, the corpus and the sources
 * exactly as they were.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportFileError, parseExport } from '../../src/background/export-file.js';
import { EXPORT_MAX_BYTES, type CorpusExport } from '../../src/contracts/index.js';
import { useLocale } from '../ui/locale.js';
import { DIARIO, dump, fakeIdb } from './sources-fixture.js';

let tried = 0;
let refused = 0;
afterAll(() => console.log(`import-fuzz: ${tried} malformed import files tried, ${refused} refused with a message, the rest readable`));

let good: string;
let value: CorpusExport;
let idb: ReturnType<typeof fakeIdb>;
let service: ReturnType<ReturnType<typeof fakeIdb>['service']>;

beforeAll(async () => {
  useLocale('en');
  idb = fakeIdb();
  service = idb.service();
  await service.addSource(DIARIO, false);
  good = (await service.exportCorpus(new Date('2025-12-02T09:30:00Z'))).text;
  value = JSON.parse(good) as CorpusExport;
}, 120_000);

/** Parses as the import does: 'ok', or the refusal's message. Any other exception fails the test. */
function parseOrRefuse(text: string): 'ok' | string {
  tried++;
  try {
    parseExport(text);
    return 'ok';
  } catch (e) {
    if (!(e instanceof ExportFileError)) throw new Error(`not refused with a message: ${String(e)}`);
    refused++;
    expect(e.message).toMatch(/^This file can't be imported: .+\. Nothing was changed\.$/s);
    return e.message;
  }
}

/** Every [path, value] of a JSON value, so that one can be replaced. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (out.length > 4000) return out;
  if (Array.isArray(v)) v.slice(0, 6).forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}
function setAt(root: unknown, path: (string | number)[], next: unknown, remove: boolean): unknown {
  if (!path.length) return next;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove && !Array.isArray(cur)) delete cur[last];
  else cur[last] = next;
  return copy;
}
const junk = fc.oneof(
  fc.constant(null), fc.constant(undefined), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant(''), fc.constant([]), fc.constant({}),
  fc.constant('\u0000'), fc.constant(-1), fc.constant(1e308), fc.constant('x'.repeat(10_000)), fc.array(fc.string(), { maxLength: 3 }),
  fc.constant({ __proto__: { polluted: true } }), fc.constant({ constructor: { prototype: { polluted: true } } }),
);

describe('import fuzzing: every mutant is readable or refused with a message', () => {
  it('byte mutations: flipped, inserted and deleted characters anywhere in the file (600 files)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.constantFrom('flip', 'insert', 'delete'), fc.integer({ min: 0, max: 0xffff })), { minLength: 1, maxLength: 4 }), (edits) => {
        let text = good;
        for (const [at, kind, code] of edits) {
          const i = at % text.length;
          const c = String.fromCharCode(code);
          text = kind === 'delete' ? text.slice(0, i) + text.slice(i + 1) : kind === 'insert' ? text.slice(0, i) + c + text.slice(i) : text.slice(0, i) + c + text.slice(i + 1);
        }
        parseOrRefuse(text);
      }),
      { numRuns: 600 },
    );
  });

  it('truncated anywhere (300 files), and with a byte-order mark or trailing junk', () => {
    fc.assert(
      fc.property(fc.nat(good.length - 1), (n) => {
        // Cutting only the final newline leaves the whole file.
        if (good.slice(n).trim()) expect(parseOrRefuse(good.slice(0, n))).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
    expect(parseOrRefuse(`\ufeff${good}`)).toBe('ok');
    expect(parseOrRefuse(`${good}\n}`)).toMatch(/not valid JSON/);
  });

  it('random values at random places in the JSON, and keys removed (500 files)', () => {
    const all = paths(value);
    fc.assert(
      fc.property(fc.nat(all.length - 1), junk, fc.boolean(), (i, next, remove) => {
        const text = JSON.stringify(setAt(value, all[i]!, next, remove)) ?? '';
        parseOrRefuse(text);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('absurd shapes: deep nesting, huge arrays, huge strings, over the size cap', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(parseOrRefuse(deep)).toMatch(/not a Crosscheck export|not valid JSON/);
    expect(parseOrRefuse(JSON.stringify({ ...value, corpus: { ...value.corpus, claims: deep } }).replace(`"${deep}"`, deep))).not.toBe('ok');
    expect(parseOrRefuse(JSON.stringify({ ...value, sources: Array(200_000).fill({ id: 1 }) }))).toBe('ok');
    expect(parseOrRefuse(JSON.stringify({ ...value, corpus: { ...value.corpus, outlets: Array(20_000).fill(value.corpus.outlets[0]) } }))).toMatch(/listed twice|damaged/);
    expect(parseOrRefuse(good + ' '.repeat(EXPORT_MAX_BYTES))).toMatch(/larger than/);
    expect(parseOrRefuse('"' + 'x'.repeat(EXPORT_MAX_BYTES - 10) + '"')).toMatch(/not a Crosscheck export/);
  });
});

describe('import fuzzing through the background: a refused file changes nothing', () => {
  it('broken files sent to the service (cut short, an article edited): refused, and the database, corpus and sources as they were (40 files)', async () => {
    const db = idb.open();
    const before = { db: await dump(db), info: await service.info(), sources: await service.sources() };
    const articles = value.corpus.articles.length;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.nat(good.length - 3).map((n) => ({ cut: n })), fc.record({ article: fc.nat(articles - 1), at: fc.nat(2000), c: fc.string({ minLength: 1, maxLength: 1 }) })), async (m) => {
        let text: string;
        if ('cut' in m) text = good.slice(0, m.cut);
        else {
          const a = value.corpus.articles[m.article]!;
          const i = m.at % a.text.length;
          const edited = a.text.slice(0, i) + (a.text[i] === m.c ? `${m.c}${m.c}` : m.c) + a.text.slice(i + 1);
          text = JSON.stringify({ ...value, corpus: { ...value.corpus, articles: value.corpus.articles.map((x, k) => (k === m.article ? { ...x, text: edited } : x)) } });
        }
        tried++;
        const error = await service.importCorpus(text).then(() => null, (e: Error) => e);
        expect(error?.message).toMatch(/^This file can't be imported: .+\. Nothing was changed\.$/s);
        refused++;
        expect(await service.info()).toEqual(before.info);
        expect(await service.sources()).toEqual(before.sources);
      }),
      { numRuns: 40 },
    );
    expect(await dump(db)).toEqual(before.db);
    db.close();
  }, 120_000);
});
