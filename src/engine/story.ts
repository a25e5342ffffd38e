/**
 * Story detection: does a page cover the story its description tells (assets/corpus/story.json: Colombia suspending
 * intelligence sharing with the US, November 2025)? Each sentence is read for a frame "actor + stop/continue action +
 * object (+ counterpart)"; the page score combines the title's frame, how many body sentences carry the subject's stop
 * frame, where they sit, and context, then applies penalties for rival actors, continuing cooperation and other
 * years. Linear in the page's length.
 */
import type { PageInput, StoryVerdict } from '../contracts/index.js';
import { splitSentences } from './sentences.js';
import { CAPITALISED_COMMON } from './lexicon.js';
import { ACTION, ACTOR, Tag, actorOf, fold, tokenize, type StoryLexicon, type Tok } from './story-lexicon.js';
import type { Story } from './story-data.js';

/** A sentence's reading of "someone stops/continues sharing the object". */
export interface Frame {
  /** Who does it: the subject's, a named rival's or the counterpart's name ("Colombia", "the UK", "the US"), or the other actor's word. */
  actor: string;
  stop: boolean;
  /** 0..1: how sure the frame is (weak object, no US counterpart, implicit subject, hedged). */
  weight: number;
  negated: boolean;
}

interface Sentence {
  toks: Tok[];
  years: number[];
  frames: Frame[];
}

const THRESHOLD = 0.35;
/** A sentence where the subject keeps or resumes the sharing counts this much of one where it stops it. */
const FOLLOW_UP = 0.8;
const FWD = 6; // action → object distance
const BACK = 6; // object → following action (passives)
const PATH_FWD = Tag.FILL | Tag.OBJ | Tag.OBJW | Tag.QUAL | Tag.COUNTERPART | Tag.SHARE | Tag.CPREP;
const PATH_BACK = PATH_FWD | Tag.AUX | Tag.NEG | Tag.HYPO;

/** Words by which later sentences refer back to the suspension: "the measure will remain in effect". */
const MEASURE = /^(?:measures?|order|decision|move|step|medida|orden|decision|ordem|decisao|anuncio|announcement)$/;
const AND = /^(?:and|y|e)$/;

const has = (toks: Tok[], from: number, to: number, tag: number): boolean => {
  for (let i = Math.max(0, from); i <= Math.min(toks.length - 1, to); i++) if (toks[i]!.tags & tag) return true;
  return false;
};

/** An actor right after "with", "like", "by", "joins": a counterpart or companion, not the subject. */
const sidelined = (toks: Tok[], j: number): boolean =>
  has(toks, j - 2, j - 1, Tag.CPREP | Tag.COMPANION | Tag.BY) ||
  BETWEEN.test(toks[j - 3]?.w ?? '') ||
  BETWEEN.test(toks[j - 4]?.w ?? '') ||
  LOCATIVE.test(toks[j - 1]?.w ?? '') ||
  (AND.test(toks[j - 1]?.w ?? '') && LOCATIVE.test(toks[j - 3]?.w ?? ''));
const BETWEEN = /^(?:between|entre)$/;
/** "shock in Bogotá and Washington": a place where something happens is not who does it. */
const LOCATIVE = /^(?:in|at|en|em|across|throughout)$/;

/** Clitics and auxiliaries that may sit between Spanish "no" and its verb: "no lo suspenderá", "no va a". */
const AFTER_NO = /^(?:se|lo|la|le|les|me|te|va|van|vamos|voy|vas|ha|han|he|hemos|habra|piensa|planea|debe|puede|a)$/;

/** A negator within three words before the verb at `i`. Bare "no" must touch the verb (or a clitic,
 *  auxiliary): in Portuguese "no" is "in the" ("decidiu no domingo suspender"). */
function negatedAt(toks: Tok[], i: number): boolean {
  const noun = (toks[i]!.tags & Tag.NOUN) !== 0; // "no bloqueio" is "in the blockade"
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const t = toks[j]!;
    if (!(t.tags & Tag.NEG)) continue;
    if (t.w !== 'no') return true;
    if (noun) continue;
    let k = j + 1;
    while (k < i && (toks[k]!.tags & Tag.AUX || AFTER_NO.test(toks[k]!.w))) k++;
    if (k === i) return true;
  }
  return false;
}

function isAction(toks: Tok[], i: number): boolean {
  const t = toks[i]!.tags;
  return (t & ACTION) !== 0 || ((t & Tag.SHARE) !== 0 && negatedAt(toks, i));
}

/** Frames of one sentence; `implicit` is who "he" / "the government" most likely is. */
function framesOf(lex: StoryLexicon, toks: Tok[], implicit: string, proper: ReadonlySet<string> = NO_NAMES): Frame[] {
  const linked = new Map<number, boolean>(); // action index → has a strong (intelligence) object
  for (let o = 0; o < toks.length; o++) {
    const ot = toks[o]!.tags;
    if (!(ot & (Tag.OBJ | Tag.OBJW))) continue;
    let a = -1;
    // A strong object ("intelligence") reaches its verb over up to three words outside the tables: "suspender hasta nuevo aviso el intercambio de inteligencia".
    let slack = ot & Tag.OBJ ? 3 : 0;
    // The reach is fixed before the walk: spending the slack must not shorten it.
    const reach = Math.max(0, o - FWD - slack);
    for (let j = o - 1; j >= reach; j--) {
      if (isAction(toks, j)) { a = j; break; }
      if (toks[j]!.tags & PATH_FWD) continue;
      if (toks[j]!.tags || slack-- <= 0) break;
    }
    if (a < 0) {
      for (let j = o + 1; j <= Math.min(toks.length - 1, o + BACK); j++) {
        if (isAction(toks, j)) { a = j; break; }
        if (!(toks[j]!.tags & PATH_BACK)) break;
      }
    }
    if (a >= 0) linked.set(a, (linked.get(a) ?? false) || (ot & Tag.OBJ) !== 0);
  }
  const frames: Frame[] = [];
  const qualified = toks.some((t) => t.tags & (Tag.QUAL | Tag.OBJ));
  for (const [a, strong] of linked) {
    const t = toks[a]!.tags;
    let stop = (t & Tag.STOP) !== 0;
    let negated = false;
    if (!(t & ACTION)) stop = true; // a negated "share" / "cooperate"
    else if (negatedAt(toks, a)) { stop = !stop; negated = true; }
    const hedged = has(toks, a - 4, a - 1, Tag.HYPO);
    let subject = -1;
    for (let j = a - 1; j >= 0; j--) {
      if (toks[j]!.tags & ACTOR && !sidelined(toks, j)) { subject = j; break; }
    }
    // "Petro challenges Trump and suspends …": a coordinated verb shares the clause's first subject
    if (subject >= 0 && (AND.test(toks[a - 1]?.w ?? '') || (AND.test(toks[a - 2]?.w ?? '') && toks[a - 1]!.tags & Tag.AUX))) {
      for (let j = 0; j < subject; j++) {
        if (toks[j]!.tags & ACTOR && !sidelined(toks, j)) { subject = j; break; }
      }
    }
    if (subject < 0) {
      for (let j = a + 1; j < Math.min(toks.length - 1, a + 10); j++) {
        if (toks[j]!.tags & Tag.BY && toks[j + 1]!.tags & ACTOR) { subject = j + 1; break; }
        if (toks[j]!.tags & Tag.BY && toks[j + 2] && toks[j + 1]!.tags & Tag.FILL && toks[j + 2]!.tags & ACTOR) { subject = j + 2; break; }
      }
    }
    // "Australia has paused…": a name the story does not know, right before the verb, is its doer, and not ours.
    let stranger = '';
    if (subject < 0) {
      for (let j = a - 1; j >= Math.max(0, a - 3); j--) {
        const u = toks[j]!;
        if (u.tags === 0 && proper.has(u.w) && !CAPITALISED_COMMON.has(u.w)) { stranger = `?${u.w}`; break; }
        if (!(u.tags & Tag.AUX)) break;
      }
    }
    // "the president", "el mandatario": the country comes from context, as sure as a name
    const role = subject < 0 && !stranger && has(toks, 0, a - 1, Tag.ROLE);
    const actor = subject >= 0 ? actorOf(lex, toks[subject]!) : stranger || implicit;
    if (!actor) continue;
    let ownCounterpart = false;
    let otherCounterpart = false;
    for (let j = 0; j < toks.length; j++) {
      if (j === subject) continue;
      const u = toks[j]!.tags;
      if (u & Tag.COUNTERPART && (j > a || sidelined(toks, j))) ownCounterpart = true;
      else if (u & Tag.RIVAL && j > a && has(toks, j - 2, j - 1, Tag.CPREP)) otherCounterpart = true;
    }
    if (otherCounterpart && !ownCounterpart) continue; // e.g. "suspends intelligence sharing with Venezuela"
    let weight = strong ? 1 : qualified ? 0.9 : 0.5;
    if (!ownCounterpart) weight *= 0.8;
    if (subject < 0 && !role && !stranger) weight *= 0.85;
    if (hedged) weight *= 0.5;
    frames.push({ actor, stop, weight, negated });
  }
  return frames;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The page's proper names: words it writes capitalised inside a sentence and never in lowercase ("Australia",
 * "Canberra"), folded. A sentence's first word and a title in title case say nothing either way.
 */
function properNames(text: string): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const line of text.split('\n')) {
    for (const m of fold(line).matchAll(/(^|[.!?:;"“”«»(]\s*)?([\p{L}][\p{L}\p{N}]*)/gu)) {
      const w = m[2]!;
      const low = w.toLowerCase();
      if (/^\p{Ll}/u.test(w)) lower.add(low);
      else if (m[1] === undefined && w.length > 1 && !/^\p{Lu}+$/u.test(w)) capital.add(low);
    }
  }
  for (const w of lower) capital.delete(w);
  return capital;
}

/** Frames of a single sentence read on its own (an unnamed subject stays unresolved). */
export function sentenceFrames(story: Story, sentence: string): Frame[] {
  return framesOf(story.lexicon, tokenize(story.lexicon, sentence), '');
}

const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
/** "since 2000", "took office in 2022": a year that starts a background span does not date the sentence. */
const SPAN_START = /(?:since|desde|from|back to|began in|took office in|asumio en|assumiu em)\W+(?:\p{L}+\W+)?$/iu;

/** Years a sentence is about (background span starts left out). */
function yearsOf(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) {
    if (!SPAN_START.test(fold(text.slice(Math.max(0, m.index - 30), m.index)))) out.push(Number(m[1]));
  }
  return out;
}

function read(lex: StoryLexicon, text: string, language: string): Array<{ toks: Tok[]; years: number[] }> {
  return splitSentences(text, language).map((s) => ({ toks: tokenize(lex, s.text), years: yearsOf(s.text) }));
}

/** The first actor of a sentence other than the counterpart: who a following "he" or "the government" refers to. */
function leadActor(lex: StoryLexicon, toks: Tok[]): string {
  for (const t of toks) if (t.tags & (Tag.SUBJECT | Tag.RIVAL)) return actorOf(lex, t);
  return '';
}

/** A page-level cue holds in a sentence when it has a word of each of the cue's lists. */
const holds = (toks: Tok[], all: readonly RegExp[]): boolean => all.every((re) => toks.some((t) => re.test(t.w)));

/** Scores a page for coverage of the story (the description's frame, in its event's time). */
export function detectStory(story: Story, page: PageInput): StoryVerdict {
  const lex = story.lexicon;
  const { event, frame } = story.description;
  const labels = frame.labels;
  const subject = frame.subject.name;
  const language = page.language || 'en';
  const rawTitle = read(lex, page.title ?? '', language);
  const rawBody = read(lex, page.text ?? '', language);
  const signals: string[] = [];

  // Page focus: the actor other than the counterpart named most (title counts triple), for sentences without a subject.
  const counts = new Map<string, number>();
  const tally = (toks: Tok[], w: number): void => {
    for (const t of toks) if (t.tags & (Tag.SUBJECT | Tag.RIVAL)) counts.set(actorOf(lex, t), (counts.get(actorOf(lex, t)) ?? 0) + w);
  };
  for (const s of rawTitle) tally(s.toks, 3);
  for (const s of rawBody) tally(s.toks, 1);
  let focus = '';
  for (const [actor, n] of counts) if (!focus || n > (counts.get(focus) ?? 0)) focus = actor;

  const frameAll = (list: Array<{ toks: Tok[]; years: number[] }>): Sentence[] => {
    let prevLead = '';
    return list.map((s) => {
      const frames = framesOf(lex, s.toks, prevLead || focus, proper);
      prevLead = leadActor(lex, s.toks) || prevLead;
      return { ...s, frames };
    });
  };
  const proper = properNames(page.text ?? '');
  const title = frameAll(rawTitle);
  const body = frameAll(rawBody);

  // Frames in sentences dated only to earlier years belong to another story.
  let datedElsewhere = 0;
  let datedYear = 0;
  for (const s of [...title, ...body]) {
    if (s.frames.length && s.years.length && s.years.every((y) => y < event.year)) {
      datedElsewhere++;
      for (const y of s.years) datedYear = Math.max(datedYear, y);
      s.frames = [];
    }
  }

  const best = (s: Sentence, pred: (f: Frame) => boolean): number =>
    s.frames.reduce((m, f) => (pred(f) ? Math.max(m, f.weight) : m), 0);
  const colStop = (f: Frame): boolean => f.actor === subject && f.stop;
  const colCont = (f: Frame): boolean => f.actor === subject && !f.stop;
  const rivalStop = (f: Frame): boolean => f.actor !== subject && f.stop;

  // Title
  const titleToks = title.flatMap((s) => s.toks);
  // The story runs on after the order: Colombia keeping or resuming the sharing is a report of it too (the walk-back),
  // when the page also tells of the suspension and speaks of no later year. Otherwise it is another cooperation story.
  const later = [...title, ...body].some((s) => s.years.some((y) => y > event.year));
  const toldStop = [...title, ...body].some((s) => s.frames.some(colStop));
  const followUp = toldStop && !later ? FOLLOW_UP : 0;
  const titleCont = title.reduce((m, s) => Math.max(m, best(s, colCont)), 0);
  const titleFrame = Math.max(title.reduce((m, s) => Math.max(m, best(s, colStop)), 0), followUp * titleCont);
  const titleRivals = title.flatMap((s) => s.frames.filter(rivalStop).map((f) => f.actor));
  let T = titleFrame;
  if (titleFrame > 0) {
    signals.push(`title: frame '${labels.frame}' (${titleFrame.toFixed(2)})`);
  } else if (titleToks.length && !titleRivals.length) {
    const parts: string[] = [];
    if (titleToks.some((t) => t.tags & Tag.SUBJECT)) parts.push(subject);
    if (titleToks.some((t) => t.tags & Tag.STOP)) parts.push(labels.stop);
    if (titleToks.some((t) => t.tags & Tag.OBJ)) parts.push(labels.object);
    T = 0.1 * parts.length;
    if (parts.length) signals.push(`title: ${parts.join(' + ')} without the frame`);
  }
  if (titleRivals.length) signals.push(`title: ${uniq(titleRivals).join(', ')} ${labels.stopping}, not ${subject}`);

  // Body
  let stopSum = 0;
  let stopSentences = 0;
  let contSum = 0;
  let contSentences = 0;
  let negSentences = 0;
  let lede = 0;
  let substantive = 0;
  let echoes = 0;
  const rivals = new Map<string, number>();
  let position = 0; // among sentences long enough to be prose, so banners and bylines do not push the lede down
  const told = new Set<string>();
  body.forEach((s) => {
    if (s.toks.length >= 4) substantive++;
    if (s.toks.length >= 8) position++;
    // A sentence repeated (a pull quote, a page padded with copies) adds nothing the first copy did not.
    const key = s.toks.map((t) => t.w).join(' ');
    if (told.has(key)) return;
    told.add(key);
    const cont = best(s, colCont);
    const stop = Math.max(best(s, colStop), followUp * cont);
    if (stop > 0) {
      stopSum += stop;
      stopSentences++;
      if (position <= 3) lede = Math.max(lede, stop);
    }
    if (!s.frames.length && s.toks.some((t) => t.tags & Tag.STOP || MEASURE.test(t.w))) {
      const cue = story.cues.some((c) => c.echo && holds(s.toks, c.all));
      if (cue || s.toks.some((t) => t.tags & (Tag.SUBJECT | Tag.OBJ))) echoes++;
    }
    if (cont > 0) {
      contSum += cont;
      contSentences++;
    }
    if (s.frames.some((f) => f.actor === subject && f.negated)) negSentences++;
    for (const f of s.frames) if (rivalStop(f)) rivals.set(f.actor, (rivals.get(f.actor) ?? 0) + f.weight);
  });
  for (const s of title) for (const f of s.frames) if (rivalStop(f)) rivals.set(f.actor, (rivals.get(f.actor) ?? 0) + f.weight);
  // Sentences that refer back to the measure count half, and only once the measure itself is reported.
  const echoShare = stopSentences || titleFrame ? 0.5 * echoes : 0;
  const share = (stopSentences + echoShare) / Math.max(substantive, 4);
  const B = 1 - Math.pow(0.4, stopSum);
  if (stopSentences)
    signals.push(
      `body: frame '${labels.frame}' in ${stopSentences} of ${substantive} sentences`,
    );
  if (echoShare) signals.push(`body: ${echoes} more sentences refer back to the measure`);
  if (lede) signals.push('lede: the frame opens the article');

  // Context
  const context: string[] = [];
  let leader: string | null = null;
  for (const cue of story.cues) {
    const held = [...title, ...body].some((s) => holds(s.toks, cue.all));
    if (held) context.push(cue.label);
    if (cue.leader && !held) leader = cue.label;
  }
  for (const c of context) signals.push(`context: ${c}`);
  const C = story.cues.length ? Math.min(1, context.length / story.cues.length) : 0;

  let score = 0.45 * T + 0.3 * B + 0.15 * Math.min(1, share * 6) + 0.15 * lede + 0.1 * C;

  // Penalties
  const colStops = stopSentences + (titleFrame > 0 ? 1 : 0);
  const rivalTotal = [...rivals.values()].reduce((a, b) => a + b, 0);
  if (rivalTotal > 0 && colStops === 0) {
    score *= 0.3;
    signals.push(`penalty: ${uniq([...rivals.keys()]).join(', ')} is the only actor suspending`);
  } else if (rivalTotal > 2 * (stopSum + titleFrame) && titleFrame === 0) {
    score *= 0.6;
    signals.push(`penalty: mostly about ${uniq([...rivals.keys()]).join(', ')} suspending`);
  }
  if (followUp && contSentences) signals.push(`follow-up: ${subject} ${labels.keeps} in ${contSentences} sentences, after the ${labels.stopNoun}`);
  else if (contSum + titleCont > stopSum + titleFrame) {
    score *= 0.35;
    signals.push(`penalty: ${subject} ${labels.continues} (${contSentences} sentences)${later ? ' in a later year' : ''}`);
  }
  if (rivalTotal > 0 && colStops > 0) signals.push(`also suspending: ${uniq([...rivals.keys()]).join(', ')}`);
  if (negSentences) signals.push(`negation: ${subject} does not ${labels.stop} in ${negSentences} sentences`);
  if (datedElsewhere) signals.push(`time: ${datedElsewhere} frame sentences dated ${datedYear}, not ${event.year}`);
  score *= timeFactor(story, page.published, [...title, ...body], leader, signals);

  score = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  const detected = score >= THRESHOLD;
  if (!stopSentences && !titleFrame) signals.push(`no sentence has ${labels.framing}`);
  signals.push(`score ${score.toFixed(3)} ${detected ? '≥' : '<'} ${THRESHOLD}`);
  return { id: story.description.id, name: story.description.name, detected, score, signals };
}

/**
 * Penalty for pages published before the event or clearly about another period. `absentLeader` is the leader cue's
 * label when the page never names that leader: an earlier leader named instead dates the page to their era.
 */
function timeFactor(story: Story, published: string | null | undefined, sentences: Sentence[], absentLeader: string | null, signals: string[]): number {
  const event = story.description.event;
  let f = 1;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(published ?? '');
  const when = iso ? Date.parse(iso[0]) : published ? Date.parse(published) : NaN;
  if (!Number.isNaN(when)) {
    const day = new Date(when).toISOString().slice(0, 10);
    if (when < story.from) {
      f *= 0.1;
      signals.push(`time: published ${day}, before the event (${event.label})`);
    } else if (when >= story.stale) {
      f *= 0.7;
      signals.push(`time: published ${day}, long after the event`);
    }
  }
  let latest = 0;
  let recent = false;
  for (const s of sentences) for (const y of s.years) {
    latest = Math.max(latest, y);
    if (y >= event.year) recent = true;
  }
  if (latest && !recent) {
    if (latest < event.era) {
      f *= 0.35;
      signals.push(`time: latest year mentioned is ${latest}`);
    }
  }
  if (absentLeader && story.earlierLeaders) {
    for (const s of sentences) {
      const m = story.earlierLeaders.exec(fold(s.toks.map((t) => t.w).join(' ')));
      if (m) {
        f *= 0.35;
        signals.push(`time: ${m[0]} era, ${absentLeader} not mentioned`);
        break;
      }
    }
  }
  return f;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
