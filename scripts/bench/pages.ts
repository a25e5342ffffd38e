/**
 * Pages for the in-browser benchmark, made from the fixture pages' news template:
 * a long article on another subject, a 5 MB-text stress page, and a long story article that repeats
 * a seed's sentences among 5,000 paragraphs. Deterministic (seeded PRNG).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './synth.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The other-subject fixture's article paragraphs (the ECB story): the raw material for filler text. */
function fillerSentences(pagesDir: string): string[] {
  const html = readFileSync(join(pagesDir, 'other-subject/source.html'), 'utf8');
  const body = /<div class="article-body">([\s\S]*?)<\/div>\s*<\/article>/.exec(html)![1]!;
  return [...body.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

/** A paragraph generator: ECB-story sentences with their figures varied, one to `most` sentences long. */
function filler(pagesDir: string, seed: number, most: number): () => string {
  const sentences = fillerSentences(pagesDir);
  const r = prng(seed);
  return () => {
    const n = 1 + Math.floor(r() * most);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const s = sentences[Math.floor(r() * sentences.length)]!;
      out.push(s.replace(/\d+(\.\d+)?/g, (d) => (d.length === 4 ? String(2020 + Math.floor(r() * 10)) : (Number(d) * (0.5 + r())).toFixed(d.includes('.') ? 1 : 0))));
    }
    return out.join(' ');
  };
}

/** Replaces the inner HTML of the first element whose opening tag is `open` (a `<div class="…">` with no nested div of the same class). */
function replaceBody(html: string, open: string, close: string, inner: string): string {
  const at = html.indexOf(open);
  const end = html.indexOf(close, at);
  if (at < 0 || end < 0) throw new Error(`template has no ${open}`);
  return html.slice(0, at + open.length) + inner + html.slice(end);
}

export interface BenchPage {
  slug: string;
  /** What the page is for in the report. */
  title: string;
  html: string;
  story: boolean;
  /**
   * A page on another subject whose title shares a word with a story (a name, the object): the background injects the
   * first stage there, which reads the head and stops. Reported beside the others, outside the off-story budget,
   * which holds for pages whose title and URL share nothing with a story.
   */
  sharesWords?: boolean;
}

/** A long news article on another subject (the ECB story, ~`paragraphs` paragraphs) in the news template. */
export function longOtherArticle(pagesDir: string, paragraphs = 150): BenchPage {
  const html = readFileSync(join(pagesDir, 'other-subject/source.html'), 'utf8');
  const next = filler(pagesDir, 7, 3);
  const inner = Array.from({ length: paragraphs }, () => `<p>${esc(next())}</p>`).join('\n');
  return { slug: 'bench-long-other', title: `long article, other subject (${paragraphs} paragraphs)`, html: replaceBody(html, '<div class="article-body">', '</div>\n\n</article>', `\n${inner}\n`), story: false };
}

/** The long article on another subject under a title that names one of the story's actors (Colombia's central bank). */
export function longSharedWordArticle(pagesDir: string, paragraphs = 150): BenchPage {
  const page = longOtherArticle(pagesDir, paragraphs);
  const title = "Colombia's central bank holds rates steady as inflation nears target";
  const html = page.html.replace(/<title>[^<]*<\/title>/, `<title>${title} | Continental Business Daily</title>`);
  if (html === page.html) throw new Error('longSharedWordArticle: the template has no <title> to replace');
  return { slug: 'bench-long-shared-word', title: `long article, other subject, a story's actor in its title (${paragraphs} paragraphs)`, html, story: false, sharesWords: true };
}

/** A stress page with `bytes` characters of article text on another subject. */
export function stressPage(pagesDir: string, bytes = 5_000_000): BenchPage {
  const html = readFileSync(join(pagesDir, 'other-subject/source.html'), 'utf8');
  const next = filler(pagesDir, 11, 4);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const p = next();
    parts.push(`<p>${esc(p)}</p>`);
    n += p.length + 1;
  }
  return { slug: 'bench-stress-5mb', title: `stress page, other subject (${(n / 1e6).toFixed(1)} MB of text)`, html: replaceBody(html, '<div class="article-body">', '</div>\n\n</article>', `\n${parts.join('\n')}\n`), story: false };
}

/** A seed's article paragraphs, as they appear in its fixture page. */
function seedParagraphs(html: string): string[] {
  const body = /<div class="entry-content">([\s\S]*?)<\/div>\s*<div class="share-buttons">/.exec(html);
  if (!body) throw new Error('seed page has no entry-content');
  return [...body[1]!.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
}

/** seed-000 in its news template with `paragraphs` paragraphs, the story's own paragraphs repeated among short filler ones. */
export function longStoryArticle(pagesDir: string, paragraphs = 5000): BenchPage {
  const html = readFileSync(join(pagesDir, 'seed-000/source.html'), 'utf8');
  const story = seedParagraphs(html);
  // Short filler paragraphs (one sentence), so that the article stays under the background's 900,000-character message limit.
  const next = filler(pagesDir, 13, 1);
  const every = 25;
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) parts.push(i % every === 0 ? `<p>${story[(i / every) % story.length]}</p>` : `<p>${esc(next())}</p>`);
  return {
    slug: 'bench-long-story',
    title: `long story article (${paragraphs} paragraphs, the story's ${story.length} repeated ${Math.ceil(paragraphs / every / story.length)}×)`,
    html: replaceBody(html, '<div class="entry-content">', '</div>\n  <div class="share-buttons">', `\n${parts.join('\n')}\n  `),
    story: true,
  };
}
