/**
 * The export file (see contracts/sources.ts): written from the corpus the background holds, and read back with every
 * check an import needs before anything is stored. A refusal throws ExportFileError saying what is wrong.
 */
import type { Corpus } from '../contracts/corpus.js';
import { EXPORT_FORMAT, EXPORT_MAX_BYTES, EXPORT_VERSION, type CorpusExport } from '../contracts/sources.js';
import { CorpusFormatError, upgradeCorpus, validateCorpus } from '../engine/index.js';
import { sha256 } from '../engine/sha256.js';
import { t } from '../platform/i18n.js';

export class ExportFileError extends Error {
  constructor(problem: string) {
    super(t('importRefused', problem));
    this.name = 'ExportFileError';
  }
}

/** The export of `corpus` at time `now`. */
export function buildExport(corpus: Corpus, bundledHash: string, added: ReadonlyMap<string, string>, now = new Date()): CorpusExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: now.toISOString(),
    bundled: bundledHash,
    corpus,
    sources: corpus.outlets.filter((o) => o.origin === 'user').map((o) => ({ id: o.id, added: added.get(o.id) ?? now.toISOString() })),
  };
}

export const exportFilename = (now = new Date()): string => `crosscheck-corpus-${now.toISOString().slice(0, 10)}.json`;

const damaged = (detail: string) => new ExportFileError(t('importDamaged', detail));
const mb = (n: number): string => `${+(n / 1024 / 1024).toFixed(1)} MB`;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and checks an export file's text; throws ExportFileError naming the first problem. */
export function parseExport(text: string, maxBytes = EXPORT_MAX_BYTES): CorpusExport {
  // Characters, not bytes, but never fewer: a file over the cap in characters is over it in bytes too.
  if (text.length > maxBytes) throw new ExportFileError(t('importLarge', mb(maxBytes)));
  if (!text.trim()) throw new ExportFileError(t('importEmpty'));
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ExportFileError(t('importNotJson', (e as Error).message));
  }
  if (!isObj(value) || value['format'] !== EXPORT_FORMAT) throw new ExportFileError(t('importNotExport'));
  if (value['version'] !== EXPORT_VERSION) {
    throw new ExportFileError(t('importVersion', JSON.stringify(value['version']) ?? 'none', EXPORT_VERSION));
  }
  let corpus: Corpus;
  try {
    // A file exported before stories were told apart (corpus schema 2, one story) is read as a corpus of that story.
    corpus = validateCorpus(upgradeCorpus(value['corpus']), 'corpus');
  } catch (e) {
    if (e instanceof CorpusFormatError) throw damaged(e.message);
    throw e;
  }
  const outlets = new Set(corpus.outlets.map((o) => o.id));
  if (outlets.size !== corpus.outlets.length) throw damaged('corpus.outlets: an outlet id is listed twice');
  const seen = new Set<string>();
  corpus.articles.forEach((a, i) => {
    if (seen.has(a.outlet)) throw damaged(`corpus.articles[${i}]: a second article of outlet ${JSON.stringify(a.outlet)}`);
    seen.add(a.outlet);
    if (!outlets.has(a.outlet)) throw damaged(`corpus.articles[${i}].outlet: names unknown outlet ${JSON.stringify(a.outlet)}`);
    if (!a.text.trim()) throw damaged(`corpus.articles[${i}].text: is empty`);
    if (a.hash !== sha256(a.text)) throw damaged(`corpus.articles[${i}].text: does not match its hash (cut or edited)`);
  });
  const sources = Array.isArray(value['sources']) ? value['sources'].filter((s): s is { id: string; added: string } => isObj(s) && typeof s['id'] === 'string' && typeof s['added'] === 'string') : [];
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: typeof value['exported'] === 'string' ? value['exported'] : '',
    bundled: typeof value['bundled'] === 'string' ? value['bundled'] : '',
    corpus,
    sources,
  };
}
