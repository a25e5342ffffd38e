/**
 * `npm run -s crosscheck -- PAGE… | --claim "sentence"… [--story ID] [--json] [--corpus FILE]`
 * Judges pages (.html, .txt with the title on line one, or - for standard input) or single claims
 * against the bundled corpus (a page against the outlets of the story found on it; claims against the first story's,
 * or those of the story --story names). Unreadable inputs are reported on stderr; the others are still judged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJudge } from '../../src/engine/index.js';
import type { PageInput, PageJudgement } from '../../src/contracts/index.js';
import { loadCorpus } from './load-corpus.js';
import { looksLikeHtml, pageFromHtml, pageFromText } from './read-page.js';
import { ansi, plain, toJsonLine, toReport } from './report.js';

const USAGE = `usage: npm run -s crosscheck -- [--json] [--corpus FILE] PAGE…
       npm run -s crosscheck -- [--json] [--story ID] --claim "sentence" [--claim "sentence"]…
PAGE is an .html file, a .txt file (first line the title) or - for standard input.`;

interface Args {
  json: boolean;
  claims: string[];
  pages: string[];
  corpus: string | undefined;
  story: string | undefined;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { json: false, claims: [], pages: [], corpus: undefined, story: undefined };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--json') a.json = true;
    else if (x === '--claim') {
      const v = argv[++i];
      if (v === undefined || !v.trim()) return '--claim needs a sentence';
      a.claims.push(v);
    } else if (x.startsWith('--claim=')) a.claims.push(x.slice(8));
    else if (x === '--corpus') {
      const v = argv[++i];
      if (!v) return '--corpus needs a file';
      a.corpus = resolve(v);
    } else if (x === '--story') {
      const v = argv[++i];
      if (!v) return '--story needs a story id';
      a.story = v;
    } else if (x === '-h' || x === '--help') return '';
    else if (x.startsWith('--')) return `unknown option ${x}`;
    else a.pages.push(x);
  }
  if (a.claims.length && a.pages.length) return 'give either pages or --claim sentences, not both';
  if (!a.claims.length && !a.pages.length) return 'nothing to check';
  if (a.story !== undefined && !a.claims.length) return '--story goes with --claim (a page is judged against the story found on it)';
  return a;
}

function readInput(path: string): PageInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a page' : (e as Error).message);
  }
  // Read once and decode strictly: a page that is not UTF-8 is refused by name, not judged as mojibake.
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('is not UTF-8 text');
  }
  if (!raw.trim()) throw new Error('is empty');
  const html = path.endsWith('.html') || path.endsWith('.htm') || (!path.endsWith('.txt') && looksLikeHtml(raw));
  return html ? pageFromHtml(raw, path === '-' ? 'http://localhost/' : `file://${resolve(path)}`) : pageFromText(raw);
}

export function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) process.stderr.write(`crosscheck: ${args}\n`);
    process.stderr.write(`${USAGE}\n`);
    return args ? 2 : 0;
  }
  let judge;
  try {
    judge = createJudge(loadCorpus(args.corpus));
  } catch (e) {
    process.stderr.write(`crosscheck: ${(e as Error).message}\n`);
    return 2;
  }
  const painter = process.stdout.isTTY && !process.env['NO_COLOR'] ? ansi : plain;
  const emit = (input: string, j: PageJudgement) => process.stdout.write(args.json ? `${toJsonLine(input, j)}\n` : `${toReport(input, j, painter)}\n`);
  if (args.claims.length) {
    const story = args.story ?? judge.stories[0]!.id;
    if (!judge.stories.some((x) => x.id === story)) {
      process.stderr.write(`crosscheck: the corpus holds no story ${story} (its stories: ${judge.stories.map((x) => x.id).join(', ')})\n`);
      return 2;
    }
    const outlets = judge.corpus.outlets.filter((o) => o.story === story).map((o) => ({ id: o.id, name: o.name, file: o.file, url: o.url, published: o.published }));
    emit('claims', { story: null, outlets, claims: judge.judgeClaims(args.claims, story), omitted: [] });
    return 0;
  }
  let failed = 0;
  for (const path of args.pages) {
    let page: PageInput;
    try {
      page = readInput(path);
    } catch (e) {
      process.stderr.write(`crosscheck: ${path}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    emit(path, judge.judgePage(page));
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
