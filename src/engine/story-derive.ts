/**
 * A story description learnt from its articles, for the stories a reader starts: the frame detection looks for is
 * built from what the articles themselves make salient — the names they keep naming (capitalised wherever they appear,
 * counted across articles, the headline weighing more) and the content words they use far more than a background
 * of other news does (stemmed, so "strike", "strikes" and "striking" count as one). The same mechanism for every
 * story: no story gets words of its own written in code. Pure: the caller passes the background texts and today.
 */
import type { ActorEntry, StoryCue, StoryDescription } from '../contracts/index.js';
import { STOPWORDS } from './lexicon.js';
import { LANGUAGES } from './story-lexicon.js';
import { foldPlain, guessLanguage, stem } from './text.js';

/** One article of the story, as the reader added it. */
export interface DeriveArticle {
  title: string | null;
  text: string;
  language?: string | null;
  /** YYYY-MM-DD, or null when the page gives no date. */
  published?: string | null;
}

export interface DeriveOptions {
  id: string;
  name: string;
  /** Texts of other news (the bundled articles): what every story says, against which salience is measured. */
  background: readonly string[];
  /** YYYY-MM-DD: the event's day when no article is dated. */
  today: string;
}

/** A salient name: its words as written, how often it is named and in how many articles. */
interface Name {
  words: string[];
  count: number;
  docs: number;
}

/** A salient content word: its stem, the surface forms seen, and its weight against the background. */
interface Term {
  stem: string;
  forms: Set<string>;
  score: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Words that join a name's parts: "Port of Calverra", "Ministerio de Trabajo". */
const JOIN = new Set(['of', 'de', 'del', 'da', 'do', 'dos', 'das', 'la', 'el']);
/** Words capitalised for reasons of their own: days, months, titles. They name no actor of a story. */
const NOT_NAMES = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'segunda terca quarta quinta sexta janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro ' +
    'mr mrs ms dr sr sra said says according').split(' '),
);
const MAX_NAMES = 4;
const MAX_TERMS = 8;

const words = (s: string): string[] => s.match(WORD) ?? [];
const folded = (w: string): string => foldPlain(w).replace(/['’].*$/, '');
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());

/** How often each folded word is written capitalised and in lower case, over the whole story. */
function caseCounts(texts: readonly string[]): Map<string, { cap: number; low: number }> {
  const out = new Map<string, { cap: number; low: number }>();
  for (const text of texts) {
    for (const s of sentencesOf(text)) {
      words(s).forEach((w, i) => {
        if (i === 0) return; // a sentence's first word is capitalised whatever it is
        const c = out.get(folded(w)) ?? { cap: 0, low: 0 };
        if (isCap(w)) c.cap++;
        else c.low++;
        out.set(folded(w), c);
      });
    }
  }
  return out;
}

/** A word that is a name wherever the story writes it: capitalised at least four times in five, and no function word. */
function nameWord(cases: Map<string, { cap: number; low: number }>, w: string): boolean {
  const f = folded(w);
  const c = cases.get(f);
  return !!c && c.cap > 0 && c.cap >= 4 * c.low && !STOPWORDS.has(f) && !NOT_NAMES.has(f) && f.length > 1 && !/^\d/.test(f);
}

/** The names the articles keep naming: runs of name words (joined by "of", "de"), counted per article. */
function namesOf(articles: readonly DeriveArticle[], cases: Map<string, { cap: number; low: number }>): Name[] {
  const all = new Map<string, Name>();
  articles.forEach((a) => {
    const seen = new Set<string>();
    const take = (text: string, weight: number) => {
      for (const s of sentencesOf(text)) {
        const ws = words(s);
        for (let i = 0; i < ws.length; i++) {
          if (!isCap(ws[i]!) || !nameWord(cases, ws[i]!)) continue;
          const run = [ws[i]!];
          let j = i + 1;
          for (; j < ws.length; j++) {
            if (isCap(ws[j]!) && nameWord(cases, ws[j]!)) run.push(ws[j]!);
            else if (JOIN.has(ws[j]!.toLowerCase()) && ws[j + 1] && isCap(ws[j + 1]!) && nameWord(cases, ws[j + 1]!)) run.push(ws[j]!);
            else break;
          }
          i = j - 1;
          const key = run.map(folded).join(' ');
          const n = all.get(key) ?? { words: run, count: 0, docs: 0 };
          n.count += weight;
          if (!seen.has(key)) {
            seen.add(key);
            n.docs++;
          }
          all.set(key, n);
        }
      }
    };
    take(a.title ?? '', 3);
    take(a.text, 1);
  });
  // A one-word name that is part of a longer one counts towards it too ("Calverra" and "Port of Calverra").
  return [...all.values()]
    .filter((n) => n.count >= 2)
    .sort((x, y) => y.docs - x.docs || y.count - x.count || (x.words.join(' ') < y.words.join(' ') ? -1 : 1));
}

/** Document frequency of each stem in the background texts. */
function backgroundFrequency(background: readonly string[]): { df: Map<string, number>; n: number } {
  const df = new Map<string, number>();
  for (const text of background) {
    const language = guessLanguage(text);
    const seen = new Set<string>();
    for (const w of words(text)) seen.add(stem(w, language));
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  return { df, n: background.length };
}

/** The content words the articles stress: used in many of them, the headlines above all, and rarely in other news. */
function termsOf(articles: readonly DeriveArticle[], cases: Map<string, { cap: number; low: number }>, background: readonly string[]): Term[] {
  const bg = backgroundFrequency(background);
  const terms = new Map<string, Term & { tf: number; docs: number; title: number }>();
  for (const a of articles) {
    const language = a.language ?? guessLanguage(a.text);
    const seen = new Set<string>();
    const take = (text: string, inTitle: boolean) => {
      for (const w of words(text)) {
        const f = folded(w);
        if (f.length < 4 || STOPWORDS.has(f) || NOT_NAMES.has(f) || /\d/.test(f) || nameWord(cases, w)) continue;
        const s = stem(w.toLowerCase(), language);
        const t = terms.get(s) ?? { stem: s, forms: new Set<string>(), score: 0, tf: 0, docs: 0, title: 0 };
        t.forms.add(f);
        t.tf++;
        if (inTitle) t.title++;
        if (!seen.has(s)) {
          seen.add(s);
          t.docs++;
        }
        terms.set(s, t);
      }
    };
    take(a.title ?? '', true);
    take(a.text, false);
  }
  const n = articles.length;
  for (const t of terms.values()) {
    const idf = Math.log((bg.n + 1) / ((bg.df.get(t.stem) ?? 0) + 0.5));
    t.score = (t.docs / n) * (1 + Math.log(t.tf)) * (1 + t.title / n) * idf;
  }
  // A word of one article only says little about the story once there are several.
  const spread = n >= 3 ? 2 : 1;
  return [...terms.values()]
    .filter((t) => t.docs >= spread && t.score > 0)
    .sort((x, y) => y.score - x.score || (x.stem < y.stem ? -1 : 1))
    .slice(0, MAX_TERMS);
}

const slug = (s: string): string => foldPlain(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Days as YYYY-MM-DD, moved by `days`. */
function shift(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Builds the description of a reader's story from its articles. Throws when the articles name nothing or stress no
 * word the description could be built on (the message says which).
 */
export function deriveStory(articles: readonly DeriveArticle[], options: DeriveOptions): StoryDescription {
  if (articles.length === 0) throw new Error('A story needs at least one article');
  const texts = articles.map((a) => `${a.title ?? ''}\n${a.text}`);
  const cases = caseCounts(texts);
  const names = namesOf(articles, cases).slice(0, MAX_NAMES);
  if (names.length === 0) throw new Error('The article names no person, place or organisation often enough to tell its story apart');
  const terms = termsOf(articles, cases, options.background);
  if (terms.length < 2) throw new Error('The article stresses too few words to tell its story apart');

  const nameWords = uniq(names.flatMap((n) => n.words.filter((w) => !JOIN.has(w.toLowerCase())).map(folded)));
  const languages = uniq(articles.map((a) => (a.language ?? guessLanguage(a.text)).slice(0, 2))).filter((l) => LANGUAGES.includes(l));
  const days = articles.map((a) => a.published ?? null).filter((d): d is string => !!d && /^\d{4}-\d\d-\d\d$/.test(d)).sort();
  const first = days[0] ?? options.today;
  const last = days[days.length - 1] ?? options.today;
  const year = Number(last.slice(0, 4));
  const lead = names[0]!.words.join(' ');
  const forms = (t: Term) => [...t.forms].sort();
  const top = terms[0]!;
  const objectWord = forms(terms[1]!)[0]!;
  const actors: ActorEntry[] = names.map((n, i) => {
    const id = `${slug(n.words.join(' '))}-${i}`;
    const full = n.words.map(folded).join(' ');
    const parts = n.words.filter((w) => !JOIN.has(w.toLowerCase())).map(folded);
    return { id, name: n.words.join(' '), kind: 'body', party: id, aliases: uniq([full, ...(parts.length > 1 ? [parts[parts.length - 1]!] : [])]) };
  });
  // Cues: the story's most stressed words, each one a sign that a page speaks of it.
  const cues: StoryCue[] = terms.slice(0, 4).map((t) => ({ label: forms(t)[0]!, all: [[`${escape(t.stem)}\\w*`]] }));

  return {
    id: options.id,
    name: options.name,
    languages: languages.length ? languages : ['en'],
    event: { label: first.slice(0, 7), year, from: shift(first, -14), stale: shift(last, 730), era: year },
    frame: {
      // Every name the articles keep naming acts in the story: whichever of them does its action, it is this story.
      subject: { name: lead, words: nameWords },
      // No counterpart is learnt: the reader's story is who did what, not to whom.
      counterpart: { name: lead, words: [] },
      rivals: [],
      // The stressed words are the action and what it bears on: two of them close together in one sentence are the frame.
      stop: { forms: terms.map((t) => `${escape(t.stem)}\\w*`), nouns: [], phrases: [] },
      continue: { forms: ['(?!)'] },
      share: [],
      lift: [],
      object: { words: uniq(terms.flatMap(forms)), weak: [], qualifiers: [], links: [] },
      labels: {
        frame: options.name,
        framing: options.name,
        stop: forms(top)[0]!,
        stopping: forms(top)[0]!,
        stopNoun: forms(top)[0]!,
        object: objectWord,
        continues: `no longer ${forms(top)[0]!}`,
        keeps: `no longer ${forms(top)[0]!}`,
      },
    },
    context: { cues, earlierLeaders: [] },
    actors,
    places: [],
    // The first test is loose on purpose (the engine decides): a page naming the story's names and either one of its
    // words or a second of its names is worth reading. A headline need not use the words the first article stressed.
    cheap: { who: nameWords.map(escape), what: [...terms.map((t) => `${escape(t.stem)}\\w*`), ...nameWords.map(escape)] },
  };
}
