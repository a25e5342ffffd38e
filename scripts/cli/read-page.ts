/** Reads a page for the CLI: .html through the same extraction as the extension (in jsdom), .txt with the title on line one. */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { PageInput } from '../../src/contracts/index.js';
import { extractArticle } from '../../src/page/extract.js';

/** True when text looks like an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>])/i.test(text);
}

export function pageFromHtml(html: string, url = 'http://localhost/'): PageInput {
  // Scripts never run and nothing is fetched: jsdom only parses.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const ex = extractArticle(dom.window.document);
    return { title: ex.title, text: ex.text, url, published: ex.published, language: ex.language };
  } finally {
    dom.window.close();
  }
}

export function pageFromText(text: string): PageInput {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nl = clean.indexOf('\n');
  const title = (nl < 0 ? clean : clean.slice(0, nl)).trim();
  const body = nl < 0 ? '' : clean.slice(nl + 1);
  return { title, text: body };
}
