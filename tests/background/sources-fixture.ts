/**
 * Shared by the background's source tests: the bundled corpus built from the seeds, a fresh fake IndexedDB per test,
 * and add-source requests read from the fixture pages the way the content script reads them (extraction + metadata).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { buildFromDir, DEFAULT_INPUT } from '../../scripts/corpus/build-corpus.js';
import { openDb, type CorpusDb } from '../../src/background/db.js';
import { createCorpusService, type CorpusService } from '../../src/background/corpus-service.js';
import type { Corpus } from '../../src/contracts/corpus.js';
import type { SourceRequest } from '../../src/contracts/sources.js';
import { extractArticle } from '../../src/page/extract.js';
import { readSourceMeta } from '../../src/page/source-meta.js';
import { PAGES } from '../page/fixtures.js';

export const BASE: Corpus = buildFromDir(DEFAULT_INPUT);

/** What the content script sends for fixture page `slug`, as if it were served at `url`. */
export function requestFromPage(slug: string, url = `https://${slug}.example/article`): SourceRequest {
  const dom = new JSDOM(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), { url });
  const doc = dom.window.document;
  const page = extractArticle(doc);
  const meta = readSourceMeta(doc);
  const req = { url, title: page.title, text: page.text, siteName: meta.siteName, published: meta.published ?? page.published, language: page.language };
  dom.window.close();
  return req;
}

export const DIARIO_URL = 'https://diariodelcaribe.example/colombia/petro-suspende-inteligencia-estados-unidos';
export const DIARIO = requestFromPage('es-diario-caribe', DIARIO_URL);

/** One fake IndexedDB, and services and handles opened on it (closed by `closeAll`). */
export function fakeIdb() {
  const factory = new IDBFactory();
  const open = (): CorpusDb => openDb({ indexedDB: factory, IDBKeyRange });
  return {
    open,
    service: (bundled: Corpus = BASE): CorpusService => createCorpusService(bundled, open),
  };
}

/** Everything the database holds, table by table, for "nothing changed" checks. */
export async function dump(db: CorpusDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}
