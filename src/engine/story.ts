/**
 * Story detection: does a page cover Colombia (Petro) suspending intelligence sharing with the US
 * in November 2025? Each sentence is read for a frame "actor + stop/continue action + intelligence
 * object (+ US counterpart)"; the page score combines the title's frame, how many body sentences
 * carry Colombia's stop frame, where they sit, and context, then applies penalties for rival actors,
 * continuing cooperation and other years. Linear in the page's length.
 */
import type { PageInput, StoryVerdict } from '../contracts/index.js';
import { splitSentences } from './sentences.js';
import { ACTION, ACTOR, Tag, fold, tokenize, type Tok } from './story-lexicon.js';

/** A sentence's reading of "someone stops/continues intelligence sharing". */
export interface Frame {
  /** Who does it: "Colombia", "the UK", "the US", or the other actor's word. */
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
/** A sentence where Colombia keeps or resumes the sharing counts this much of one where it stops it. */
const FOLLOW_UP = 0.8;
/** The year of the event: a page that speaks of a later one is a later story. */
const STORY_YEAR = 2025;
const FWD = 6; // action → object distance
const BACK = 6; // object → following action (passives)
const PATH_FWD = Tag.FILL | Tag.OBJ | Tag.OBJW | Tag.QUAL | Tag.US | Tag.SHARE | Tag.CPREP;
const PATH_BACK = PATH_FWD | Tag.AUX | Tag.NEG | Tag.HYPO;
const EVENT = Date.UTC(2025, 10, 1); // November 2025
const LATE = Date.UTC(2027, 0, 1);

const STRIKE =
  /^(?:strik(?:e|es|ing)|struck|attack(?:s|ed|ing)?|bomb(?:s|ed|ing|ings)?|bombard\w*|atac\w*|ataques?|missiles?|misiles?|misseis|raids?)$/;
/** Words by which later sentences refer back to the suspension: "the measure will remain in effect". */
const MEASURE = /^(?:measures?|order|decision|move|step|medida|orden|decision|ordem|decisao|anuncio|announcement)$/;
const BOAT = /^(?:boats?|vessels?|ships?|lanchas?|narcolanchas?|embarcacion(?:es)?|embarcacao|embarcacoes|barcos?|botes?)$/;
const CARIB = /^(?:caribbean|caribe|caribenho|caribena|caraibas)$/;
const AND = /^(?:and|y|e)$/;
const OLD_PRESIDENT =
  /\b(?:ivan duque|alvaro uribe|juan manuel santos|andres pastrana|president(?:e)? (?:ivan |alvaro |juan manuel )?(?:duque|uribe|santos|pastrana))\b/;

function actorOf(t: Tok): string {
  if (t.tags & Tag.COL) return 'Colombia';
  if (t.tags & Tag.UK) return 'the UK';
  if (t.tags & Tag.US) return 'the US';
  return t.w.charAt(0).toUpperCase() + t.w.slice(1);
}

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
function framesOf(toks: Tok[], implicit: string): Frame[] {
  const linked = new Map<number, boolean>(); // action index → has a strong (intelligence) object
  for (let o = 0; o < toks.length; o++) {
    const ot = toks[o]!.tags;
    if (!(ot & (Tag.OBJ | Tag.OBJW))) continue;
    let a = -1;
    // A strong object ("intelligence") reaches its verb over up to two words outside the tables: "suspender hasta nuevo aviso el intercambio de inteligencia".
    let slack = ot & Tag.OBJ ? 2 : 0;
    for (let j = o - 1; j >= Math.max(0, o - FWD - slack); j--) {
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
    // "the president", "el mandatario": the country comes from context, as sure as a name
    const role = subject < 0 && has(toks, 0, a - 1, Tag.ROLE);
    const actor = subject >= 0 ? actorOf(toks[subject]!) : implicit;
    if (!actor) continue;
    let usCounterpart = false;
    let otherCounterpart = false;
    for (let j = 0; j < toks.length; j++) {
      if (j === subject) continue;
      const u = toks[j]!.tags;
      if (u & Tag.US && (j > a || sidelined(toks, j))) usCounterpart = true;
      else if (u & (Tag.OTHER | Tag.UK) && j > a && has(toks, j - 2, j - 1, Tag.CPREP)) otherCounterpart = true;
    }
    if (otherCounterpart && !usCounterpart) continue; // e.g. "suspends intelligence sharing with Venezuela"
    let weight = strong ? 1 : qualified ? 0.9 : 0.5;
    if (!usCounterpart) weight *= 0.8;
    if (subject < 0 && !role) weight *= 0.85;
    if (hedged) weight *= 0.5;
    frames.push({ actor, stop, weight, negated });
  }
  return frames;
}

/** Frames of a single sentence read on its own (an unnamed subject stays unresolved). */
export function sentenceFrames(sentence: string): Frame[] {
  return framesOf(tokenize(sentence), '');
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

function read(text: string, language: string): Array<{ toks: Tok[]; years: number[] }> {
  return splitSentences(text, language).map((s) => ({ toks: tokenize(s.text), years: yearsOf(s.text) }));
}

/** The first non-US actor of a sentence: who a following "he" or "the government" refers to. */
function leadActor(toks: Tok[]): string {
  for (const t of toks) if (t.tags & (Tag.COL | Tag.UK | Tag.OTHER)) return actorOf(t);
  return '';
}

/** Scores a page for coverage of Colombia suspending intelligence sharing with the US (Nov 2025). */
export function detectStory(page: PageInput): StoryVerdict {
  const language = page.language || 'en';
  const rawTitle = read(page.title ?? '', language);
  const rawBody = read(page.text ?? '', language);
  const signals: string[] = [];

  // Page focus: the non-US actor named most (title counts triple), for sentences without a subject.
  const counts = new Map<string, number>();
  const tally = (toks: Tok[], w: number): void => {
    for (const t of toks) if (t.tags & (Tag.COL | Tag.UK | Tag.OTHER)) counts.set(actorOf(t), (counts.get(actorOf(t)) ?? 0) + w);
  };
  for (const s of rawTitle) tally(s.toks, 3);
  for (const s of rawBody) tally(s.toks, 1);
  let focus = '';
  for (const [actor, n] of counts) if (!focus || n > (counts.get(focus) ?? 0)) focus = actor;

  const frameAll = (list: Array<{ toks: Tok[]; years: number[] }>): Sentence[] => {
    let prevLead = '';
    return list.map((s) => {
      const frames = framesOf(s.toks, prevLead || focus);
      prevLead = leadActor(s.toks) || prevLead;
      return { ...s, frames };
    });
  };
  const title = frameAll(rawTitle);
  const body = frameAll(rawBody);

  // Frames in sentences dated only to earlier years belong to another story.
  let datedElsewhere = 0;
  let datedYear = 0;
  for (const s of [...title, ...body]) {
    if (s.frames.length && s.years.length && s.years.every((y) => y < 2025)) {
      datedElsewhere++;
      for (const y of s.years) datedYear = Math.max(datedYear, y);
      s.frames = [];
    }
  }

  const best = (s: Sentence, pred: (f: Frame) => boolean): number =>
    s.frames.reduce((m, f) => (pred(f) ? Math.max(m, f.weight) : m), 0);
  const colStop = (f: Frame): boolean => f.actor === 'Colombia' && f.stop;
  const colCont = (f: Frame): boolean => f.actor === 'Colombia' && !f.stop;
  const rivalStop = (f: Frame): boolean => f.actor !== 'Colombia' && f.stop;

  // Title
  const titleToks = title.flatMap((s) => s.toks);
  // The story runs on after the order: Colombia keeping or resuming the sharing is a report of it too (the walk-back),
  // when the page also tells of the suspension and speaks of no later year. Otherwise it is another cooperation story.
  const later = [...title, ...body].some((s) => s.years.some((y) => y > STORY_YEAR));
  const toldStop = [...title, ...body].some((s) => s.frames.some(colStop));
  const followUp = toldStop && !later ? FOLLOW_UP : 0;
  const titleCont = title.reduce((m, s) => Math.max(m, best(s, colCont)), 0);
  const titleFrame = Math.max(title.reduce((m, s) => Math.max(m, best(s, colStop)), 0), followUp * titleCont);
  const titleRivals = title.flatMap((s) => s.frames.filter(rivalStop).map((f) => f.actor));
  let T = titleFrame;
  if (titleFrame > 0) {
    signals.push(`title: frame 'Colombia suspends intelligence sharing with US' (${titleFrame.toFixed(2)})`);
  } else if (titleToks.length && !titleRivals.length) {
    const parts: string[] = [];
    if (titleToks.some((t) => t.tags & Tag.COL)) parts.push('Colombia');
    if (titleToks.some((t) => t.tags & Tag.STOP)) parts.push('suspend');
    if (titleToks.some((t) => t.tags & Tag.OBJ)) parts.push('intelligence');
    T = 0.1 * parts.length;
    if (parts.length) signals.push(`title: ${parts.join(' + ')} without the frame`);
  }
  if (titleRivals.length) signals.push(`title: ${uniq(titleRivals).join(', ')} suspending, not Colombia`);

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
      const strikes = s.toks.some((t) => STRIKE.test(t.w)) && s.toks.some((t) => BOAT.test(t.w));
      if (strikes || s.toks.some((t) => t.tags & (Tag.COL | Tag.OBJ))) echoes++;
    }
    if (cont > 0) {
      contSum += cont;
      contSentences++;
    }
    if (s.frames.some((f) => f.actor === 'Colombia' && f.negated)) negSentences++;
    for (const f of s.frames) if (rivalStop(f)) rivals.set(f.actor, (rivals.get(f.actor) ?? 0) + f.weight);
  });
  for (const s of title) for (const f of s.frames) if (rivalStop(f)) rivals.set(f.actor, (rivals.get(f.actor) ?? 0) + f.weight);
  // Sentences that refer back to the measure count half, and only once the measure itself is reported.
  const echoShare = stopSentences || titleFrame ? 0.5 * echoes : 0;
  const share = (stopSentences + echoShare) / Math.max(substantive, 4);
  const B = 1 - Math.pow(0.4, stopSum);
  if (stopSentences)
    signals.push(
      `body: frame 'Colombia suspends intelligence sharing with US' in ${stopSentences} of ${substantive} sentences`,
    );
  if (echoShare) signals.push(`body: ${echoes} more sentences refer back to the measure`);
  if (lede) signals.push('lede: the frame opens the article');

  // Context
  const allToks = [...titleToks, ...body.flatMap((s) => s.toks)];
  const context: string[] = [];
  if ([...title, ...body].some((s) => s.toks.some((t) => STRIKE.test(t.w)) && s.toks.some((t) => BOAT.test(t.w))))
    context.push('boat strikes');
  if (allToks.some((t) => CARIB.test(t.w))) context.push('Caribbean');
  const petro = allToks.some((t) => t.w === 'petro');
  if (petro) context.push('Petro');
  if (allToks.some((t) => t.w === 'trump')) context.push('Trump');
  for (const c of context) signals.push(`context: ${c}`);
  const C = Math.min(1, context.length / 4);

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
  if (followUp && contSentences) signals.push(`follow-up: Colombia keeps or resumes the sharing in ${contSentences} sentences, after the suspension`);
  else if (contSum + titleCont > stopSum + titleFrame) {
    score *= 0.35;
    signals.push(`penalty: Colombia continues or resumes intelligence cooperation (${contSentences} sentences)${later ? ' in a later year' : ''}`);
  }
  if (rivalTotal > 0 && colStops > 0) signals.push(`also suspending: ${uniq([...rivals.keys()]).join(', ')}`);
  if (negSentences) signals.push(`negation: Colombia does not suspend in ${negSentences} sentences`);
  if (datedElsewhere) signals.push(`time: ${datedElsewhere} frame sentences dated ${datedYear}, not 2025`);
  score *= timeFactor(page.published, [...title, ...body], petro, signals);

  score = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  const detected = score >= THRESHOLD;
  if (!stopSentences && !titleFrame) signals.push('no sentence has Colombia suspending intelligence sharing with the US');
  signals.push(`score ${score.toFixed(3)} ${detected ? '≥' : '<'} ${THRESHOLD}`);
  return { detected, score, signals };
}

/** Penalty for pages published before the event or clearly about another period. */
function timeFactor(published: string | null | undefined, sentences: Sentence[], petro: boolean, signals: string[]): number {
  let f = 1;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(published ?? '');
  const when = iso ? Date.parse(iso[0]) : published ? Date.parse(published) : NaN;
  if (!Number.isNaN(when)) {
    const day = new Date(when).toISOString().slice(0, 10);
    if (when < EVENT) {
      f *= 0.1;
      signals.push(`time: published ${day}, before the event (November 2025)`);
    } else if (when >= LATE) {
      f *= 0.7;
      signals.push(`time: published ${day}, long after the event`);
    }
  }
  let latest = 0;
  let recent = false;
  for (const s of sentences) for (const y of s.years) {
    latest = Math.max(latest, y);
    if (y >= 2025) recent = true;
  }
  if (latest && !recent) {
    if (latest < 2022) {
      f *= 0.35;
      signals.push(`time: latest year mentioned is ${latest}`);
    }
  }
  if (!petro) {
    for (const s of sentences) {
      const m = OLD_PRESIDENT.exec(fold(s.toks.map((t) => t.w).join(' ')));
      if (m) {
        f *= 0.35;
        signals.push(`time: ${m[0]} era, Petro not mentioned`);
        break;
      }
    }
  }
  return f;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
