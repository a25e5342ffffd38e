/** A reader's own sources (articles added from the pages they read) and the corpus export file. */
import type { Corpus } from './corpus.js';

/** What the content script reads off a page to add it as a source. */
export interface SourceRequest {
  url: string;
  /** The article's headline. */
  title: string;
  /** The article's text, paragraphs separated by blank lines. */
  text: string;
  /** The publisher from og:site_name or JSON-LD, when the page names one (else the domain is used). */
  siteName: string | null;
  /** Publication date or time from article:published_time or JSON-LD datePublished, as the page gives it. */
  published: string | null;
  /** The page's html lang, when set. */
  language: string | null;
}

/** One of the reader's sources, as the options page lists it. */
export interface SourceInfo {
  /** "u-" and the first 10 hex digits of the sha-256 of its URL: the same article always gets the same id. */
  id: string;
  name: string;
  domain: string;
  url: string;
  /** YYYY-MM-DD, or null when the page gave no date. */
  published: string | null;
  language: string;
  /** ISO time it was first added. */
  added: string;
}

export type AddSourceResult =
  /** Stored; `merged` when the same article (URL or text) was already a source and has been replaced by this copy. */
  | { status: 'added' | 'merged'; source: SourceInfo; outlets: number; story?: { id: string; name: string; started: boolean } }
  /** The same article is one of the bundled sources: nothing to add. */
  | { status: 'bundled'; name: string; outlets: number }
  /** Not added: the page doesn't look like the story; ask the reader and send again with `confirmed`. */
  | { status: 'not-story' };

export interface ImportResult {
  /** New sources added from the file. */
  added: number;
  /** Sources already here under the same URL or text, replaced by the file's copy. */
  merged: number;
  /** Articles already here exactly as in the file (bundled ones included): nothing to do. */
  unchanged: number;
  /** The reader's sources after the import. */
  sources: SourceInfo[];
}

export const EXPORT_FORMAT = 'crosscheck-export' as const;
export const EXPORT_VERSION = 1 as const;
/** Larger files are refused before they are read. */
export const EXPORT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The export file: the whole corpus as this browser holds it (bundled and user sources), so that a file is complete on
 * its own — another install with another bundled corpus, or the CLI, can read every article in it. On import only the
 * outlets and article texts are taken; claims and points are rebuilt by this install's engine.
 */
export interface CorpusExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO time of the export. */
  exported: string;
  /** Hash of the bundled corpus the exporting install shipped with. */
  bundled: string;
  corpus: Corpus;
  /** When each user source was added (by outlet id). */
  sources: { id: string; added: string }[];
}
