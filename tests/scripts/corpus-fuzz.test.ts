import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, CorpusInputError } from '../../src/engine/corpus-build.js';
import { CorpusFormatError, parseCorpus, validateCorpus } from '../../src/engine/corpus-validate.js';
import { DEFAULT_INPUT, serialise, buildFromDir } from '../../scripts/corpus/build-corpus.js';

const outletsText = readFileSync(join(DEFAULT_INPUT, 'outlets.json'), 'utf8');
const story = readFileSync(join(DEFAULT_INPUT, 'story.json'));
const seedNames = readdirSync(DEFAULT_INPUT).filter((f) => f.endsWith('.txt')).sort();
const seeds = new Map(seedNames.map((n) => [n, readFileSync(join(DEFAULT_INPUT, n))]));
// Short seeds keep each build fast; the furniture lines they lose are dropped from the entries too.
const shortSeeds = new Map([...seeds].map(([n, b]) => [n, b.subarray(0, 600)]));
const shortOutlets = (() => {
  const j = JSON.parse(outletsText);
  for (const a of j.articles) {
    a.furniture = [];
    a.headline = null;
  }
  return JSON.stringify(j);
})();

/** Either a corpus or a CorpusInputError: never another exception. */
function buildOrError(outlets: Uint8Array | string, files: Map<string, Uint8Array | string>): 'ok' | string {
  try {
    const c = buildCorpus({ story, outlets, files });
    validateCorpus(JSON.parse(serialise(c)));
    return 'ok';
  } catch (e) {
    if (e instanceof CorpusInputError) return e.message;
    throw e;
  }
}

describe('the corpus build refuses malformed input with a message, never a crash', () => {
  it('mutated outlets.json bytes', () => {
    fc.assert(
      fc.property(fc.nat(shortOutlets.length - 1), fc.integer({ min: 0, max: 255 }), fc.boolean(), (at, byte, truncate) => {
        const bytes = Buffer.from(shortOutlets);
        const mutated = truncate ? bytes.subarray(0, at) : Buffer.concat([bytes.subarray(0, at), Buffer.from([byte]), bytes.subarray(at + 1)]);
        const r = buildOrError(mutated, shortSeeds);
        if (r !== 'ok') expect(r).toMatch(/^(outlets\.json|\d{3}_[0-9a-f]+\.txt): /);
      }),
      { numRuns: 150 },
    );
  });

  it('mutated entries (wrong types, missing keys, extra files)', () => {
    const keys = ['file', 'publisher', 'domain', 'url', 'published', 'original', 'language', 'headline', 'furniture'];
    const values = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant([]), fc.constant({}), fc.constant('2025-13-45'), fc.constant('../x.txt'));
    fc.assert(
      fc.property(fc.nat(4), fc.constantFrom(...keys), values, fc.boolean(), (entry, key, value, remove) => {
        const j = JSON.parse(shortOutlets);
        if (remove) delete j.articles[entry][key];
        else j.articles[entry][key] = value;
        const r = buildOrError(JSON.stringify(j), shortSeeds);
        if (r !== 'ok') expect(r).toMatch(/^(outlets\.json|.*\.txt): .+/);
      }),
      { numRuns: 150 },
    );
  });

  it('seed bytes: truncated, emptied, or with invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seedNames), fc.nat(600), fc.constantFrom('truncate', 'invalid', 'blank'), (name, at, how) => {
        const files = new Map<string, Uint8Array | string>(shortSeeds);
        const b = shortSeeds.get(name)!;
        files.set(name, how === 'truncate' ? b.subarray(0, at) : how === 'blank' ? '\n \n' : Buffer.concat([b.subarray(0, at), Buffer.from([0xc3, 0x28]), b.subarray(at)]));
        const r = buildOrError(shortOutlets, files);
        if (how === 'invalid') expect(r).toBe(`${name}: is not valid UTF-8 text`);
        if (how === 'blank') expect(r).toBe(`${name}: is empty`);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a corpus file is checked before use', () => {
  const good = serialise(buildFromDir(DEFAULT_INPUT));

  it('accepts the built corpus', () => {
    expect(parseCorpus(good).outlets).toHaveLength(5);
  });

  it('refuses truncated JSON, a wrong schema version, and oversized input by name', () => {
    expect(() => parseCorpus(good.slice(0, good.length / 2), 'c.json')).toThrow(/c\.json: is not valid JSON, perhaps truncated/);
    const j = JSON.parse(good);
    j.schema = 99;
    expect(() => validateCorpus(j, 'c.json')).toThrow(/c\.json\.schema: is 99, this Crosscheck reads schema 3/);
    expect(() => parseCorpus(good, 'c.json', 1000)).toThrow(/more than the 1000/);
  });

  it('random damage to records is reported with its path, never crashes', () => {
    const base = JSON.parse(good);
    const tables = ['outlets', 'articles', 'sentences', 'claims', 'points'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...tables), fc.nat(1000), fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 }), fc.string(), fc.constant([]), fc.constant({})), (table, n, value) => {
        const j = structuredClone(base);
        const rows = j[table] as Record<string, unknown>[];
        const row = rows[n % rows.length]!;
        const keys = Object.keys(row);
        row[keys[n % keys.length]!] = value;
        try {
          validateCorpus(j, 'c');
        } catch (e) {
          expect(e).toBeInstanceOf(CorpusFormatError);
          expect((e as Error).message).toMatch(/^c\.(outlets|articles|sentences|claims|points)\[\d+\]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
