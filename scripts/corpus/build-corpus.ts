/**
 * `npm run build:corpus`: assets/corpus/ → build/corpus.json (versioned, hashed, byte-identical for the same input).
 * `--in` may be given several times, each a story folder (story.json, outlets.json, *.txt) or a folder of story
 * folders: one corpus holding every story, in the order given (the first is the one claims are judged against when
 * none is named). On bad input it prints the file and the problem, exits 1, and leaves any earlier corpus file untouched.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStories, CorpusInputError, parseStoryFile, type CorpusInput } from '../../src/engine/corpus-build.js';
import type { Corpus, StoryDescription } from '../../src/contracts/index.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_INPUT = join(ROOT, 'assets/corpus');
export const DEFAULT_OUTPUT = join(ROOT, 'build/corpus.json');

/** Reads and checks a corpus folder's story.json: the story description (for tests and tools that read pages without a corpus). */
export function readStory(dir: string = DEFAULT_INPUT): StoryDescription {
  const file = join(dir, 'story.json');
  let raw: Uint8Array;
  try {
    raw = readFileSync(file);
  } catch {
    throw new CorpusInputError(file, 'does not exist');
  }
  return parseStoryFile('story.json', raw);
}

/** Reads one story folder (story.json, outlets.json and *.txt) as the build's input; messages name the folder's files. */
export function readStoryDir(dir: string): CorpusInput {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new CorpusInputError(dir, 'is not a readable folder');
  }
  if (!names.includes('story.json')) throw new CorpusInputError(join(dir, 'story.json'), 'does not exist');
  if (!names.includes('outlets.json')) throw new CorpusInputError(join(dir, 'outlets.json'), 'does not exist');
  const files = new Map<string, Uint8Array>();
  for (const name of names.filter((n) => n.endsWith('.txt')).sort()) files.set(name, readFileSync(join(dir, name)));
  // Files listed in outlets.json but missing are reported by the build by name.
  return { story: readFileSync(join(dir, 'story.json')), outlets: readFileSync(join(dir, 'outlets.json')), files };
}

/** The story folders under `dir`: itself when it holds a story.json, else its sub-folders that do, sorted by name. */
export function storyDirs(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new CorpusInputError(dir, 'is not a readable folder');
  }
  if (names.includes('story.json')) return [dir];
  const dirs = names.sort().map((n) => join(dir, n)).filter((d) => existsSync(join(d, 'story.json')));
  if (!dirs.length) throw new CorpusInputError(dir, 'holds no story.json, nor any folder with one');
  return dirs;
}

/** Reads a corpus folder (story.json, outlets.json and *.txt) and builds the corpus of its story. */
export function buildFromDir(dir: string): Corpus {
  return buildFromDirs([dir]);
}

/** Builds one corpus of every story found under the given folders (each a story folder or a folder of them), in order. */
export function buildFromDirs(dirs: readonly string[]): Corpus {
  return buildStories(dirs.flatMap(storyDirs).map(readStoryDir));
}

/** Serialises a corpus deterministically. */
export function serialise(corpus: Corpus): string {
  return JSON.stringify(corpus) + '\n';
}

/** Writes atomically: a temporary file renamed into place, so no reader ever sees half a corpus. */
export function writeCorpus(corpus: Corpus, out: string): void {
  mkdirSync(resolve(out, '..'), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, serialise(corpus));
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function main(argv: string[]): number {
  const args = [...argv];
  const inputs: string[] = [];
  let output = DEFAULT_OUTPUT;
  while (args.length) {
    const a = args.shift()!;
    if (a === '--in') inputs.push(resolve(args.shift() ?? ''));
    else if (a === '--out') output = resolve(args.shift() ?? '');
    else {
      process.stderr.write(`build:corpus: unknown argument ${a}\nusage: npm run build:corpus -- [--in DIR]… [--out FILE]\n`);
      return 2;
    }
  }
  try {
    const t0 = performance.now();
    const corpus = buildFromDirs(inputs.length ? inputs : [DEFAULT_INPUT]);
    writeCorpus(corpus, output);
    const disputes = corpus.points.reduce((n, p) => n + p.verdicts.filter((v) => v.stance === 'dispute').length, 0);
    process.stdout.write(
      `corpus: ${corpus.stories.length === 1 ? '1 story' : `${corpus.stories.length} stories`}, ${corpus.outlets.length} outlets, ${corpus.sentences.length} sentences, ${corpus.claims.length} claims, ${corpus.points.length} points, ${disputes} disputes → ${output} (${Math.round(performance.now() - t0)} ms, hash ${corpus.hash.slice(0, 12)})\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof CorpusInputError) {
      process.stderr.write(`build:corpus: ${e.message}\nNothing was written.\n`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exitCode = main(process.argv.slice(2));
