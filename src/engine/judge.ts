/**
 * The judge: for a claim and every outlet in a corpus, confirm / dispute / omit with evidence and reason.
 * Built once per corpus; the corpus build uses the same code to give each point its verdicts.
 */
import type {
  ActionSlot,
  ClaimRecord, ClaimStance, Corpus, JudgedClaim, OmittedPoint, OutletRecord, OutletSummary, PageInput, PageJudgement, Reason, StoryVerdict, Verdict,
} from '../contracts/index.js';
import { createIndex, type ClaimIndex } from './matcher.js';
import { headOfState, leadDoerOf, BROADCAST_PLATFORMS, SOCIAL_MEDIA, figuresAgree, otherDoer, actionWords, compareClaims, comparedAlike, opposableVerbsHeld, arrivalPlaceHeld, undoingHeld, placesShared, describeDay, describeTime, platformAt, datedOtherwise, describedOtherwise, leadParty, platformsOf, postedOn, titledOtherwise, reasonText, type Agreement, type ClaimView, type PairJudgement } from './stance.js';
import { indexConcept } from './terms.js';
import { crossesLanguages, translationOf } from './translate.js';
import { quotedSpans, quotedWords } from './quotes.js';
import { PRONOUN_LEAD, applyArticleContext, endsAsStatement, isAssertion, isBreadcrumb, looseNegations, opensWithCredit, tellsTurn, withoutDateline, mainAction, mainStrikes, prepareClaim, splitClauses, type PreparedClaim } from './claims.js';
import { detectStory } from './story.js';
import { compileStory, type Story } from './story-data.js';
import { storyCorpus } from './corpus-stories.js';
import { CAPITALISED_COMMON, CONTINUE_VERBS, DEMONYM, NEUTRAL_VERBS, OBJECT_CONCEPTS, PHRASE_NEGATIONS, REFRAMED, SPEECH_VERB, STOPWORDS, STOP_VERBS, clauseNegations, conceptOf } from './lexicon.js';
import { splitSentences } from './sentences.js';
import { fold, foldPlain, guessLanguage, stem, tokenize } from './text.js';
import { Tag, tokenize as tokenizeStory } from './story-lexicon.js';
import { weekdayOfTime } from './times.js';
import { rolesClash, rolesOf, type Role } from './roles.js';
import { partyOf, type Gazetteer } from './entities.js';
import type { ActorSlot, PlaceSlot, TimeSlot } from '../contracts/index.js';

/** How much of a claim's weight another claim must cover to be considered at all. */
export const RELEVANCE_MIN = 0.3;
/** Coverage for a claim to "speak to" a point. */
export const SPEAKS_TO_MIN = 0.35;
/** Coverage for a confirmation that rests on the same actors and words rather than on a matching figure, place or day. */
export const CONFIRM_MIN = 0.5;
/**
 * Coverage for a confirmation on shared words alone, no detail or action agreeing (on the dev pages and the claims
 * written blind, such confirmations at 0.5–0.6 were wrong one time in three).
 */
export const WORDS_ONLY_MIN = 0.6;
/** How much of a claim, past the person it opens on, a sentence giving it to another person holds (see reattributed). */
const REATTRIBUTED_MIN = 0.75;
/** A clause confirmed only by shared words must share this much of them to speak for its sentence. */
export const CLAUSE_CONFIRM_MIN = 0.6;
/** How much of what a claim reports said or denied ("Petro said that…") an outlet's sentence holds, at least. */
const REPORT_MIN = 0.4;
/** How much of what a claim reports said an outlet's sentence holds, at least, to be the same words from another speaker. */
const REPORTED_AS_MIN = 0.7;
/** Coverage enough when the two claims also give the same kind of figure, or a city or day of the same event. */
export const LINKED_MIN = 0.2;
const CANDIDATES = 60;
/** Share of a claim's weighted terms an outlet's sentence must hold to confirm it. */
export const CONFIRM_COVERAGE = 0.35;
/** Words-only confirmation: the share of the claim's plain words (two or more) the sentence must hold. */
export const PLAIN_HELD_MIN = 0.5;

/** Concepts that are what a claim tells someone did, read as its head verb (see headVerbOf). */
const PREDICATES = new Set(['c:order', 'c:accuse', 'c:condemn', 'c:deny', 'c:sanction', 'c:revoke', 'c:meet', 'c:sign', 'c:host', 'c:negotiate', 'c:investigation', 'c:decertify', 'c:announce']);
/** Head verbs of an act done to something (see headVerbOf): what it was done to is the claim's too. */
const ACTED_ON = new Set(['c:order', 'c:sanction', 'c:revoke', 'c:sign', 'c:host', 'c:decertify', 'c:condemn']);
/** Plain words of naming something ("called", "described… as", "labelled", "branded"): what the thing is called is the claim's point. */
const NAMING_TERMS = new Set(['w:call', 'w:describ', 'w:label', 'w:brand', 'w:dub', 'w:term']);
/** The share of `plain` found in `terms` (1 when the claim has no plain word: nothing to go on). */
function plainHeld(plain: readonly string[], terms: Map<string, number>): number {
  if (plain.length < 1) return 1;
  return plain.filter((t) => terms.has(t)).length / plain.length;
}
/** Under this share of a claim's quoted words (none of them), an outlet's sentence does not hold its quotation at all. */
const QUOTE_ABSENT = 0.01;
/** A sentence holding this much of the claim says it all over again, whatever the engine reads of it. */
const SAME_SENTENCE = 0.9;
/** A verb told in the past, by its ending in English, Spanish or Portuguese ("called", "respaldó", "aprovou", "suspendieron"). */
const PAST_VERB = String.raw`\p{Ll}+(?:ed|ó|ió|aron|ieron|ou|aram|eu|eram|iu|iram)`;

/** True when two claims state a comparable detail: a figure of the same unit, or a city or day next to the same event word. */
function slotLinked(a: ClaimView, b: ClaimView): boolean {
  const qa = a.slots.quantities.filter((q) => q.unit);
  if (qa.some((x) => b.slots.quantities.some((y) => y.unit === x.unit && y.measure === x.measure))) return true;
  const near = (x: { anchor: string[] }, y: { anchor: string[] }) => x.anchor.some((t) => y.anchor.includes(t));
  const cities = (v: ClaimView) => v.slots.places.filter((p) => p.locative && p.kind === 'city');
  if (cities(a).some((x) => cities(b).some((y) => near(x, y)))) return true;
  return a.slots.times.some((x) => b.slots.times.some((y) => x.kind === y.kind && near(x, y)));
}

export interface Judge {
  readonly corpus: Corpus;
  /** The corpus's stories, in its order: the first is the one claims are judged against when none is named. */
  readonly stories: ReadonlyArray<{ id: string; name: string }>;
  /**
   * Judges each sentence against every outlet of one story (the first unless `story` names another), in order,
   * without story detection.
   */
  judgeClaims(texts: readonly string[], story?: string): JudgedClaim[];
  /** Finds which story the page is about (or none), then judges its sentences that speak to a point of that story, against that story's outlets only, in page order. */
  judgePage(page: PageInput): PageJudgement;
  /** Which story a page covers: the detected one with the highest score, else (not detected) the one that came closest. */
  detectStory(page: PageInput): StoryVerdict;
}

/** What the engine needs of a corpus to judge: claims with views and terms, and who said them. */
export interface JudgeContext {
  /** The story the claims were read with: its actors decide who is whom. */
  story: Story;
  outlets: OutletRecord[];
  claims: { record: Pick<ClaimRecord, 'id' | 'outlet' | 'text'>; view: ClaimView; terms: Map<string, number> }[];
  index: ClaimIndex;
  /** Point id of each claim (by claim index), or null. */
  pointOf: (string | null)[];
  /** Per outlet, every actor term and folded word of its claims: what its article names. */
  named: Map<string, Set<string>>;
  /** What the claims' actions act on most often: the story's object ("intel"). */
  mainObject: string | null;
  /** Whom the story's outlets act toward most ("us"): the party an action's counterpart is unless a sentence says. */
  mainCounterpart: string | null;
  /** The party that most often does the story's act (Colombia): with the counterpart, the story's own two. */
  mainSubject: string | null;
  /** Per outlet, every day and month its claims give, and each social network they say something was posted on (with the first claim saying it). */
  details: Map<string, { times: TimeSlot[]; platforms: Map<string, number>; years: Set<string> }>;
  /** Every folded word any outlet's claims hold, and the first five letters of those that have five. */
  anyNamed: Set<string>;
  anyHeads: Set<string>;
  /** Whether each claim (by index) negates a clause no action of it accounts for. */
  negated: boolean[];
  /** Who speaks in each claim (by index): the folded last word of the name before or after a verb of saying, or null. */
  speakers: (string | null)[];
}

const SAYING_VERBS = 'said|says|told|tells|wrote|writes|added|adds|explained|noted|stressed|warned|insisted|conceded|admitted|acknowledged|confirmed|confirm[oó]|confirmou|dijo|dijeron|dice|dicen|afirm[oó]|afirmaron|señal[oó]|señalaron|explic[oó]|agreg[oó]|añadi[oó]|advirti[oó]|advirtieron|escribi[oó]|insisti[oó]|admiti[oó]|reconoci[oó]|disse|disseram|diz|dizem|afirmou|afirmaram|explicou|acrescentou|escreveu|destacou|insistiu|admitiu|reconheceu|alertou|alertaram';
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+`;
/** "…,” Saumeth said", "…, dijo Petro": a name right after a verb of saying that follows a quotation or a comma ("…, told El Colombiano": the name after "told" is whom he told). */
const SAID_NAME = new RegExp(String.raw`[,"”»]\s*(?!told|tells)(?:${SAYING_VERBS})\s+(?:(?:ao|aos|à|às|al|a\s+la|a\s+los|to)\s+(?:${NAME})\s+)?(?:(?:the|el|la|o|a)\s+)?(?:(?!(?:ao|aos|à|às|al|to)\s)[\p{Ll}]+\s+){0,3}?(${NAME})`, 'u');
/**
 * "Erich Saumeth told El Colombiano", "Petro admitió que": a name right before a verb of saying (not across a comma:
 * "…of traffickers to Florida, said…" ends a clause on a place), or set off by commas after an office ("La
 * vicepresidenta colombiana, Francia Márquez, escribió que…").
 */
const NAME_SAID = new RegExp(String.raw`(?:(?<=,\s*)(${NAME}),|(${NAME}))\s+(?:(?:has|had|have|ha|han|tem|also|tambien|tambem)\s+)?(?:${SAYING_VERBS})(?![\p{L}])`, 'u');

/**
 * "Petro tildó a Trump de «…»", "Mr. Trump has responded by calling Mr. Petro “…”", "Saumeth calificó de «…» la
 * decisión", "Saumeth classificou a decisão de Petro como “…”": who gives a named person or a thing a name; the
 * words are the caller's.
 */
const CALLING_VERBS = 'called|calls|calling|branded|brands|branding|dubbed|labell?ed|dismissed|described|tild[oó]|tildando|llam[oó]|llamando|calific[oó]|calificando|describi[oó]|chamou|chamando|classificou|qualificou|rotulou|descreveu';
/** "Trump called Petro “…”", "O secretário de Estado, Marco Rubio, chamou Petro de…" (a name set off by commas). */
const NAME_CALLED = new RegExp(String.raw`(?:(?<=,\s*)(${NAME}),|(${NAME}))\s+(?:(?:has|had|have|ha|han|tem|also|tambien|tambem)\s+)?(?:\p{Ll}+\s+(?:by|al|ao)\s+)?(?:${CALLING_VERBS})\s+(?:(?:a|de|o)\s+)?(?:[«“"‘]|(?:(?:Mr|Mrs|Ms|Sr|Sra)\.?\s+)?\p{Lu}|(?:the|los|las|el|la|os|as)\s+\p{L}+\s+(?!(?:on|in|at|after|before|for|off|by|to|with|over|en|a|de|del|em|no|na|com|con|tras|ap[oó]s|por|para|el|la|o|the)\s)\p{Ll}|(?:[\p{L}'’]+\s+){1,5}?(?:como|de|as)\s+[«“"‘])`, 'u');

/** "Según escribió Petro…", "Segundo disse Petro…", "As Petro wrote…": the name after "as" and the verb of saying. */
const AS_SAID_NAME = new RegExp(String.raw`(?:^|[,;]\s*)(?:[Ss]eg[uú]n|[Ss]egundo|[Cc]omo|[Aa]s)\s+(?:${SAYING_VERBS})\s+(${NAME})`, 'u');

/** "…,” Petro’s message reads", "…, dice el mensaje de Petro", "…, diz a publicação de Petro": a speaker's own text speaks. */
const TEXT_OF = String.raw`(?:message|post|statement|tweet|letter|publication|mensaje|mensagem|publicaci[oó]n|publica[cç][aã]o|texto|comunicado|carta)`;
const NAME_TEXT_SAID = new RegExp(String.raw`(${NAME})['’]s?\s+${TEXT_OF}\s+(?:reads|read|says|said|states|stated)(?![\p{L}])`, 'u');
const TEXT_SAID_NAME = new RegExp(String.raw`[,"”»]\s*(?:dice|dec[ií]a|diz|dizia|afirma|reads|says)\s+(?:el|la|o|a|the)\s+${TEXT_OF}\s+(?:de|del|do|da|of)\s+(${NAME})`, 'u');

/** Relatives who speak in the news, by their words in each language (folded), with the English word. */
const KIN: Record<string, string> = {
  sister: 'sister', hermana: 'sister', irma: 'sister', brother: 'brother', hermano: 'brother', irmao: 'brother',
  mother: 'mother', madre: 'mother', mae: 'mother', father: 'father', pai: 'father',
  wife: 'wife', esposa: 'wife', widow: 'widow', viuda: 'widow', viuva: 'widow', husband: 'husband', esposo: 'husband', marido: 'husband',
  son: 'son', hijo: 'son', filho: 'son', daughter: 'daughter', hija: 'daughter', filha: 'daughter', cousin: 'cousin', primo: 'cousin', prima: 'cousin',
};
const KIN_ALT = Object.keys(KIN).join('|');
/** "…, said the fisherman's sister", "…', disse a irmã do pescador", "La hermana del pescador dijo…": a relative speaks. */
const SAID_KIN = new RegExp(String.raw`[,"”»']\s*(?:${SAYING_VERBS})\s+(?:the|his|her|their|el|la|su|o|a|sua|seu)\s+(?:[\p{L}-]+'s\s+)?(${KIN_ALT})(?![\p{L}])`, 'u');
const KIN_SAID = new RegExp(String.raw`(?:^|[.,;]\s+)(?:the|his|her|their|el|la|su|o|a|sua|seu)\s+(?:[\p{L}-]+'s\s+)?(${KIN_ALT})(?:\s+(?:of|del?|da|do)\s+(?:(?:the|el|la|o|a)\s+)?[\p{L}-]+)?\s+(?:${SAYING_VERBS})(?![\p{L}])`, 'iu');

/** The folded last word of who speaks in a sentence, when it names them beside a verb of saying; "kin:sister" for a relative described, not named. */
export function speakerOf(text: string): string | null {
  const said = SAID_NAME.exec(text) ?? AS_SAID_NAME.exec(text);
  const m = said ?? NAME_SAID.exec(text) ?? NAME_CALLED.exec(text) ?? NAME_TEXT_SAID.exec(text) ?? TEXT_SAID_NAME.exec(text);
  if (!m) {
    const kin = SAID_KIN.exec(foldPlain(text)) ?? KIN_SAID.exec(foldPlain(text));
    return kin ? `kin:${KIN[kin[1]!.toLowerCase()]}` : null;
  }
  // "escribió el ministro del Interior, Armando Benedetti": the name after the office.
  const apposed = said ? new RegExp(String.raw`^\s*,\s*(${NAME})`, 'u').exec(text.slice(m.index + m[0].length)) : null;
  // "Según escribió Petro…": a capitalised word opening the sentence is not a name.
  return surnameOf(((apposed ?? m)[1] ?? m[2])!.trim().split(/\s+/));
}
/** The folded last word of a name's words, without a possessive; null for a stop word or one under three letters. */
/**
 * Words of an office capitalised in a title ("Head of State", "the White House"), besides the common nouns Spanish and
 * Portuguese capitalise for an institution (CAPITALISED_COMMON: "chefe de Estado", "el Gobierno"): no one's name.
 */
const OFFICE_WORDS = new Set(['state', 'government', 'president', 'presidente', 'presidency', 'mandatario', 'minister', 'ministro', 'ministry', 'house', 'casa', 'blanca', 'branca', 'nation']);
function surnameOf(words: readonly string[]): string | null {
  const last = foldPlain(words[words.length - 1]!).replace(/['’]s?$/, '');
  // ("afirmou o chefe de Estado colombiano": an office, not a name.)
  return last.length >= 3 && !STOPWORDS.has(last) && !OFFICE_WORDS.has(last) && !CAPITALISED_COMMON.has(last) ? last : null;
}
/** The name a sentence opens on, right before its verb: "Petro announced…", "Colombian President Gustavo Petro has…". */
const LEAD_NAME = new RegExp(String.raw`^(${NAME})\s+\p{Ll}`, 'u');
/**
 * The folded last word of the person a sentence opens on: a person the story knows, or a name it doesn't
 * ("Saumeth"); never a state, body or medium ("Colombia has…", "CNN reported…").
 */
function leadPerson(text: string, actors: readonly ActorSlot[]): string | null {
  const m = LEAD_NAME.exec(text);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  // The name's head is its last word ("Colombian President Gustavo Petro"): who the story knows by it, if anyone.
  const end = m[1]!.trimEnd().length;
  const head = actors.find((a) => a.start < end && a.end >= end - words[words.length - 1]!.length + 1);
  if (head && head.kind !== 'person') return null;
  // A name the story doesn't know is a person's only as a first name and a surname ("Erich Saumeth"): one capitalised
  // word ("Reuters reported…", "Defense analyst…") may be anything.
  if (!head && words.length < 2) return null;
  return surnameOf(words);
}
const opensQuote = (t: string) => (t.match(/[“«]/g) ?? []).length > (t.match(/[”»]/g) ?? []).length;
const closesQuote = (t: string) => /^[^“«]*[”»]/.test(t);

export interface Candidate {
  claim: number;
  /** Share of the judged claim found in this one. */
  coverage: number;
  /** The larger of that and the share of this claim found in the judged one. */
  relevance: number;
  pair: PairJudgement;
}

/** A shared concept or measured unit, or, within one language, two shared content words. */
export function sharesPredicate(a: Map<string, number>, b: Map<string, number>): boolean {
  let words = 0;
  for (const t of a.keys()) {
    if (!b.has(t)) continue;
    // A verb of saying is how a fact is told, not the fact ("…”, dijo" and "Reports say at least 76…").
    if ((t.startsWith('c:') && t !== 'c:say') || t.startsWith('q:')) return true;
    if (t.startsWith('w:') && ++words >= 2) return true;
  }
  return false;
}

/**
 * Whether two speakers (folded last words of their names) are one voice: the same name, or a state or body and a
 * person who speaks for it ("Washington called Petro…" and "Trump called Petro…"); two persons are two voices.
 */
function sameVoice(ctx: JudgeContext, a: string, b: string): boolean {
  if (a === b) return true;
  const actor = (w: string) => actorOfWord(ctx, w);
  const x = actor(a);
  const y = actor(b);
  if (!x || !y || (x.kind === 'person' && y.kind === 'person')) return false;
  return x.party === y.party;
}

/** The actor a single folded word names ("petro", "pentagon"), or null. */
const actorOfWord = (ctx: Pick<JudgeContext, 'story'>, w: string) => ctx.story.gazetteer.index.get(w)?.find((x) => x.words.length === 1 && x.actor)?.actor ?? null;

/** Whether two sentences name one person the story knows. */
function sharesPerson(ctx: JudgeContext, a: Map<string, number>, b: Map<string, number>): boolean {
  for (const t of a.keys()) if (t.startsWith('a:') && b.has(t) && ctx.story.gazetteer.actorById.get(t.slice(2))?.kind === 'person') return true;
  return false;
}

/** Builds the retrieval context for a list of claims. */
export function createContext(story: Story, outlets: OutletRecord[], claims: JudgeContext['claims'], pointOf: (string | null)[] = claims.map(() => null)): JudgeContext {
  const named = new Map<string, Set<string>>();
  for (const c of claims) {
    let set = named.get(c.record.outlet);
    if (!set) named.set(c.record.outlet, (set = new Set()));
    for (const t of c.terms.keys()) if (t.startsWith('a:')) set.add(t);
    for (const t of tokenize(foldPlain(c.record.text))) set.add(t.word);
  }
  const negated = claims.map((c) => looseNegations(c.view.text, c.view.slots) > 0);
  const anyNamed = new Set<string>();
  for (const words of named.values()) for (const w of words) anyNamed.add(w);
  const anyHeads = new Set([...anyNamed].filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
  const details = new Map<string, { times: TimeSlot[]; platforms: Map<string, number>; years: Set<string> }>();
  for (const [k, c] of claims.entries()) {
    let d = details.get(c.record.outlet);
    if (!d) details.set(c.record.outlet, (d = { times: [], platforms: new Map(), years: new Set() }));
    d.times.push(...c.view.slots.times.filter((t) => DATED.has(t.kind)));
    // (The years it names, and the year it was written in: what it tells as news is that year's.)
    for (const t of c.view.slots.times) if (t.kind === 'year') d.years.add(t.value);
    if (c.view.year) d.years.add(String(c.view.year));
    for (const p of postedOn(c.record.text)) if (!d.platforms.has(p)) d.platforms.set(p, k);
  }
  const objects = new Map<string, number>();
  for (const c of claims) for (const a of c.view.slots.actions) if (a.object && !a.inferred) objects.set(a.object, (objects.get(a.object) ?? 0) + 1);
  const mainObject = [...objects].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const counterparts = new Map<string, number>();
  for (const c of claims) for (const a of c.view.slots.actions) if (a.counterpart && !a.inferred) counterparts.set(a.counterpart, (counterparts.get(a.counterpart) ?? 0) + 1);
  const mainCounterpart = [...counterparts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const subjects = new Map<string, number>();
  for (const c of claims) for (const a of c.view.slots.actions) if (a.subject && a.object === mainObject && !a.inferred) subjects.set(partyOf(story.gazetteer, a.subject) ?? a.subject, (subjects.get(partyOf(story.gazetteer, a.subject) ?? a.subject) ?? 0) + 1);
  const mainSubject = [...subjects].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // Who speaks in each claim: named in it, or, for a quotation opened and not closed, in the next claim that closes it
  // ("“If the United Kingdom had not made that decision, … mind. | And that … presidency,” Saumeth said.").
  const speakers = claims.map((c) => speakerOf(c.record.text));
  claims.forEach((c, k) => {
    const next = claims[k + 1];
    if (!speakers[k] && next && next.record.outlet === c.record.outlet && opensQuote(c.record.text) && closesQuote(next.record.text)) speakers[k] = speakers[k + 1]!;
  });
  // "Petro announced the suspension on X… | He emphasized that “…”": a sentence opening on "he" or "she" speaks with
  // the voice of the person the sentence before opens on (or is spoken by).
  claims.forEach((c, k) => {
    const prev = claims[k - 1];
    if (speakers[k] || !prev || prev.record.outlet !== c.record.outlet || !PRONOUN_LEAD.test(c.record.text)) return;
    speakers[k] = speakers[k - 1] ?? leadPerson(prev.record.text, prev.view.slots.actors);
  });
  return { story, outlets, claims, pointOf, named, anyNamed, anyHeads, details, mainObject, mainCounterpart, mainSubject, negated, speakers, index: createIndex(claims.map((c) => ({ id: c.record.id, terms: c.terms }))) };
}

/**
 * Whether a corpus sentence opening on another person holds the rest of a claim as one statement: past the claim's
 * person, nearly all of what it says, and what marks it as that statement (two or more quoted words, all of them inside
 * the sentence's own quotation marks; else every figure the claim gives, agreeing).
 */
function reattributed(ctx: JudgeContext, view: ClaimView, terms: Map<string, number>, k: number, person: ActorSlot, across: boolean, quote: Map<string, number> | null): boolean {
  const doc = ctx.claims[k]!;
  if (!restHeld(ctx, view, terms, k, person, across)) return false;
  const words = quote ? [...quote.keys()].filter((t) => !t.startsWith('a:') && !t.startsWith('p:')) : [];
  if (words.length >= 2) {
    const theirs = quoteTermsOf(ctx, k);
    return words.every((t) => ctx.index.coverage(new Map([[t, 1]]), theirs, across) > 0);
  }
  return figuresAgree(view, doc.view);
}

/** Whether a sentence holds nearly all of a claim past the person it opens on (title and all: "O presidente venezuelano, Nicolás Maduro"). */
function restHeld(ctx: JudgeContext, view: ClaimView, terms: Map<string, number>, k: number, person: ActorSlot, across: boolean): boolean {
  // (What is left past the person, read once per claim and person: many candidates may open on someone else.)
  const key = `${person.id}\u0000${view.text}`;
  let rest = restOf.get(key);
  if (!rest) {
    if (restOf.size > 2000) restOf.clear();
    const own = new Set([`a:${person.party}`, ...prepareClaim(ctx.story.gazetteer, view.text.slice(0, person.end), view.slots.language, view.year ?? null).terms.keys()]);
    restOf.set(key, (rest = new Map([...terms].filter(([t]) => !own.has(t)))));
  }
  return ctx.index.coverage(rest, ctx.claims[k]!.terms, across) >= REATTRIBUTED_MIN;
}
const restOf = new Map<string, Map<string, number>>();

/** Whether the claim tells the story's own act done by that person ("Benedetti anunció… la suspensión del intercambio de inteligencia"). */
const storyActBy = (ctx: JudgeContext, view: ClaimView, person: ActorSlot) => view.slots.actions.some((a) => a.subject === person.id && !a.inferred && !a.condition && a.object === ctx.mainObject);

/** Whether a pair tells the same action: agreeing on it (or on "the measure"), or at odds on its direction or intent. */
const toldAction = (pair: PairJudgement): boolean =>
  pair.agreements.includes('action') || pair.agreements.includes('context') || pair.conflicts.some((r) => r.kind === 'polarity' || r.kind === 'intent');

/** Finds the corpus claims that speak to the same fact, compared slot by slot. */
export function candidatesFor(ctx: JudgeContext, view: ClaimView, terms: Map<string, number>): Candidate[] {
  const out: Candidate[] = [];
  // (The claim's quoted words, read once where a candidate needs them.)
  let quoted: Map<string, number> | null | undefined;
  const quote = () => (quoted === undefined ? (quoted = quotedWords(view.text) >= 2 ? prepareClaim(ctx.story.gazetteer, quotedSpans(view.text).join(' '), view.slots.language, view.year ?? null).terms : null) : quoted);
  for (const hit of ctx.index.search(terms, CANDIDATES)) {
    // A long sentence holding several facts covers little of a short one and the reverse: either way round counts.
    // Actors and places alone never make the same fact: the claims must share a predicate (a concept or a measured unit).
    const doc = ctx.claims[hit.doc]!;
    if (!sharesPredicate(terms, doc.terms)) {
      // "Iván Duque, un liberal…" against "Iván Duque, a conservative…": one person described otherwise is a
      // dispute on what the claim says of them, whatever else either sentence says.
      // So is one matter a rare name ties together, dated otherwise ("the Contras in the 1980s" / "nos anos 1970").
      const described = sharesPerson(ctx, terms, doc.terms) ? describedOtherwise(ctx.story.gazetteer, view, doc.view) : [];
      const conflicts = described.length ? described : datedOtherwise(view, doc.view);
      if (conflicts.length) out.push({ claim: hit.doc, coverage: hit.coverage, relevance: hit.coverage, pair: { sameFrame: true, conflicts, agreements: [], missing: [] } });
      continue;
    }
    // Across two languages, a word is also found by its cognate ("incursões" / "incursions").
    const across = !!view.slots.language && !!doc.view.slots.language && view.slots.language !== doc.view.slots.language;
    const coverage = across ? ctx.index.coverage(terms, doc.terms, true) : hit.coverage;
    const back = ctx.index.coverage(doc.terms, terms, across);
    const relevance = Math.max(coverage, back);
    if (relevance < LINKED_MIN) continue;
    // Two sentences alike both ways round tell one event: a day or month either gives is that event's.
    // (And a statement by one voice, held by the outlet's sentence, is dated by the day each gives it.)
    const pair = compareClaims(ctx.story.gazetteer, view, doc.view, Math.min(coverage, back), coverage);
    if (!pair.sameFrame) {
      // Another frame, but one person titled otherwise ("o senador da Flórida Bernie Moreno" against "Ohio Senator
      // Bernie Moreno"): a dispute on what the claim says of them, as a description given otherwise is.
      const titled = sharesPerson(ctx, terms, doc.terms) ? titledOtherwise(view.text, doc.view.text) : [];
      if (titled.length) out.push({ claim: hit.doc, coverage, relevance, pair: { sameFrame: true, conflicts: titled, agreements: [], missing: [] } });
      // Another frame only because another person opens it, with the rest of the claim held and what marks it as one
      // statement (its quoted words, its figures) too: the outlet gives it to someone else ("says Petro, not Maduro").
      else if (relevance >= CONFIRM_MIN) {
        const swap = otherDoer(view, doc.view);
        if (swap?.apart && swap.person.kind === 'person' && reattributed(ctx, view, terms, hit.doc, swap.person, across, quote())) out.push({ claim: hit.doc, coverage, relevance, pair: { sameFrame: true, conflicts: [swap.reason], agreements: [], missing: [] } });
      }
      continue;
    }
    // Below the usual bar, a claim still counts when it tells the same action or gives a comparable detail.
    if (relevance < RELEVANCE_MIN && !toldAction(pair) && !slotLinked(view, doc.view)) continue;
    // Opening on another person, naming the claim's nowhere, and holding the claim as one statement, or the story's
    // own act done by another person ("Benedetti anunció en X la suspensión…" against "Petro announced the suspension…
    // via X"), it gives it to someone else: a dispute on who.
    const swap = !pair.conflicts.length ? otherDoer(view, doc.view) : null;
    if (swap?.apart && swap.person.kind === 'person' && (reattributed(ctx, view, terms, hit.doc, swap.person, across, quote()) || (pair.agreements.includes('action') && storyActBy(ctx, view, swap.person) && restHeld(ctx, view, terms, hit.doc, swap.person, across)))) {
      out.push({ claim: hit.doc, coverage, relevance, pair: { ...pair, conflicts: [swap.reason] } });
      continue;
    }
    out.push({ claim: hit.doc, coverage, relevance, pair });
  }
  return out;
}

/** One outlet's verdict on a claim, from the candidates it owns. */
/** A verdict, marked weak when a confirmation rests on shared words rather than on a matching detail or action. */
export type EngineVerdict = Verdict & { weak?: boolean; coverage?: number };

/** What a confirmation must share with the claim beyond its slots, read once per claim rather than per outlet. */
export interface ConfirmGate {
  /** The claim's terms, when given. */
  terms: Map<string, number> | null;
  /** The office the claim gives its speaker, named by office alone ("Colombia's defence minister said…"). */
  roles: Role[];
  /** The office the claim opens on as its doer, told without a name ("Colombia's defence minister ordered…"). */
  office: Role | null;
  /** The terms of what the claim quotes, when it quotes four words or more. */
  quoteTerms: Map<string, number> | null;
  /** The terms of a short quotation's words (two or three: "“artificialmente inflados”"), when that is all it quotes. */
  phraseTerms: Map<string, number> | null;
  /** The claim states that something did not happen. */
  negated: boolean;
  /** The claim tells an action and its opposite: it is about the turn. */
  turn: boolean;
  /**
   * Things the claim names that an action can be done to (intelligence, aid, strikes) but with a verb the engine does
   * not read ("would go on sharing intelligence"): a sentence telling an action on them cannot confirm it, since
   * nothing says the claim tells the same action.
   */
  unread: ReadonlySet<string>;
  /** The claim is mostly a quotation. */
  quotation: boolean;
  /** Who the claim says spoke (see speakerOf), or null. */
  speaker: string | null;
  /** The claim's plain words (terms that are no concept, actor or place: `w:`), the predicate's own words most often. */
  plain: readonly string[];
  /** The concept of the verb right after the claim's opening subject, when it is one of PREDICATES ("Trump ordered…": c:order). */
  headVerb: { verb: string; object: string | null } | null;
  /** The act the claim says was ordered, and by whom (see orderedActOf). */
  ordered: { act: string; by: string | null } | null;
  /** The names the claim gives only in an aside past its main clause (see namedAside). */
  asides: Set<string>;
  /** A lone capitalised word of the claim ("Itamaraty") is in no outlet of the story: none can confirm it. */
  unknownName: boolean;
  /** The charge's terms that cross languages: its concepts, and its plain words the vocabulary carries. */
  chargeTerms: string[];
  /** Who the claim tells calling a thing what (see labelOf). */
  label: Label | null;
  /** What the claim ranks below what (see rankingOf). */
  ranking: { low: Set<string>; high: Set<string>; words: string } | null;
  /** Every negation the claim holds is inside its purpose ("…para não ser cúmplice dos bombardeios"). */
  purposeNegated: boolean;
  /** What the claim says of the story's action when the action is its subject as a noun (see nominalPredicate). */
  predicate: { words: string[]; stems: string[] } | null;
  /** The terms of the cause the claim gives, parties and places aside (see causeOf), when it gives one. */
  cause: Map<string, number> | null;
  /** The claim's words limiting its act to part of what it reaches ("apenas para o serviço de inteligência militar"; see LIMITED). */
  limited: string | null;
  /** What the claim says its act was the response to (see RESPONDED): the outlet's sentence ties its act to it too. */
  respondedTo: ReadonlySet<string> | null;
  /** The other event the claim tells its act before or after, by what the rest of it does not name (see otherEventOf). */
  otherEvent: ReadonlySet<string> | null;
  /** The claim tells its act done more than once (see REPEATED). */
  repeated: boolean;
  /** The month the claim says the strikes began (see startMonthOf). */
  began: { of: string; time: TimeSlot } | null;
  /** Every quotation of the claim is one word (or it has none). */
  oneWordQuote: boolean;
  /** The claim's verb right after its subject, a plain word (see plainHeadOf). */
  plainHead: string | null;
  /** What the claim says an act was done for (see PURPOSE_CLAUSE): half of it at least is the outlet's too. */
  purpose: Map<string, number> | null;
  /** The concepts of what the claim says the act answers ("comes as a response to the strikes"; see ANSWERS), or null. */
  answers: ReadonlySet<string> | null;
  /**
   * The parties (states) a claim tells relations strained between, and the terms of what it says the strain began
   * with ("since…", see SINCE), or null where it tells no strain (see strainOf).
   */
  strained: { parties: string[]; since: Map<string, number> | null; worse: boolean } | null;
  /** Who the claim says accused whom, by party (see accusationOf), or null. */
  accusation: Accusation | null;
  /** The concepts of what the claim tells besides what it is told before or after (see BEFORE_AFTER), or null. */
  beforeAfter: ReadonlySet<string> | null;
  /** Who the claim says condemned what (see condemnationOf), or null. */
  condemns: Condemnation | null;
  /** What the claim says its act covers or leaves out (see scopeOf), with the terms of what, or null. */
  scope: (Scope & { terms: Map<string, number> }) | null;
  /** What the claim says someone is accused of (see chargeOf). */
  charge: { words: string[]; stems: string[] } | null;
  /**
   * What the story's outlets act on most ("intel") is among `unread`: the claim says something of it the engine
   * does not read, so no sentence confirms it on shared words alone.
   */
  unreadMain: boolean;
  /**
   * The claim's terms without those taken from the article's main action: what the claim itself says. A sentence
   * that shares the action only through "the decision" must cover these, not the action's terms.
   */
  own: Map<string, number> | null;
  /**
   * What a verb of stopping acts on where the claim's slots read no action ("romper relações diplomáticas",
   * "suspender la compra de armamento"): the object is not the story's, and an outlet must name it too.
   */
  stopObject: Map<string, number> | null;
  /** The terms of the claim's main clause, after an opening that sets the scene (see GERUND_HEAD). */
  main: Map<string, number> | null;
  /** What the claim says was said or denied: the terms after its verb of saying ("Petro negou que…"). */
  reported: Map<string, number> | null;
  /** The claim's subject where it acts on the story's act by another doer (see otherSubjectOf). */
  otherSubject: string | null;
  /** The claim is someone's denial ("Petro negou que…"). */
  denies: boolean;
  /** The "if" clause an act of the claim hangs on, told in the future or the conditional (see IF_CLAUSE), or null. */
  ifClause: string | null;
  /** The claim names military intelligence (see MILITARY_INTEL). */
  military: boolean;
  /** The claim says all of what the act is on (ALL_OF), or only this (RESTRICTIVE). */
  universal: boolean;
  restrictive: boolean;
  /** The party whose act the claim gives a condition ("…will remain in effect as long as…"), or null. */
  conditionParty: string | null;
  /** A verb of stopping with nothing it acts on, the parties and that verb all the claim says ("Petro rompió con Washington"). */
  objectless: boolean;
  /** The cities the claim gives the occasion or the event it tells the act on ("en un discurso en Cali"). */
  occasionCities: string[];
  /** Two sentences glued together by a page's markup (GLUED). */
  glued: boolean;
  /** The terms of each circumstance the claim adds to the act ("a pedido do Exército"; see ADJUNCT). */
  adjunct: Adjunct[] | null;
  /** The claim tells someone ceasing to do something ("dejará de participar", "will no longer take part"). */
  ceases: boolean;
  /** The claim says itself what something left out ("…, without naming the United States"; see leftOutOf). */
  leavesOut: boolean;
  /** The places where the claim says its subject was, in a relative clause (see WHEREABOUTS). */
  whereabouts: PlaceSlot[];
  /** The parties of a list the claim gives ("Petro and his family", "Colombia y Ecuador"; see listMembersOf). */
  members: ListMember[] | null;
}

/** Months and spans of time, folded, in the three languages: what "the end of…" may be the end of. */
const TIME_NOUNS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'year', 'month', 'week', 'ano', 'mes', 'semana', 'decade', 'decada', 'term', 'mandato',
]);

/**
 * The terms of the object right after a verb of stopping, when no action was read from the claim and the object is
 * none the story acts on (whose action the slots would have read): "romper relações diplomáticas" gives the
 * relations, "suspender la compra de armamento" the purchase and the weapons.
 */
function stopObjectOf(story: Story, view: ClaimView): Map<string, number> | null {
  if (view.slots.actions.some((a) => a.object)) return null;
  const words = tokenize(foldPlain(view.text)).map((t) => t.word);
  // A verb, not the noun ("the suspension looked like defiance": what follows is said of it, not what it stops).
  // (Nor the end of a time: "no fim de outubro", "at the end of the year", "a finales de mes".)
  const ofTime = (i: number) => ['de', 'of', 'do', 'del', 'da', 'the'].includes(words[i + 1] ?? '') && (TIME_NOUNS.has(words[i + 2] ?? '') || TIME_NOUNS.has(words[i + 3] ?? ''));
  const at = words.findIndex((w, i) => STOP_VERBS.has(conceptOf(w) ?? '') && !NOT_A_VERB.has(words[i - 1] ?? '') && !ofTime(i));
  if (at < 0) return null;
  // Its head noun: the first word after the verb ("as extradições de narcotraficantes": the extraditions, not the
  // traffickers, whom an outlet on the story names anyway).
  const object = words.slice(at + 1).filter((w) => !STOPWORDS.has(w)).slice(0, 1);
  if (!object.length) return null;
  const terms = prepareClaim(story.gazetteer, object.join(' '), view.slots.language, view.year ?? null).terms;
  const own = new Map([...terms].filter(([t]) => !t.startsWith('a:') && !t.startsWith('p:')));
  if (!own.size || [...own.keys()].some((t) => t.startsWith('c:') && OBJECT_CONCEPTS[t.slice(2)])) return null;
  return own;
}

/**
 * Whether a lone capitalised word of a claim is found in the story's outlets: as it is, or (a name spelt in
 * another language: "Europa", "Europe") by its first five letters.
 */
function knownWord(ctx: Pick<JudgeContext, 'anyNamed' | 'anyHeads'>, word: string): boolean {
  return ctx.anyNamed.has(word) || (word.length >= 5 && ctx.anyHeads.has(word.slice(0, 5)));
}

const DATED = new Set<TimeSlot['kind']>(['date', 'weekday', 'month']);

/** The month of a month or a date ("--09", "2025-09-15" → "09"). */
const monthOf = (t: TimeSlot): string | null => (t.kind === 'month' ? t.value.slice(-2) : t.kind === 'date' ? /(\d\d)-\d\d$/.exec(t.value)?.[1] ?? null : null);


/**
 * Whether the two times are said of the same thing: their anchors (the concepts around each) share one, or either is
 * unknown. "In September, Petro's visa was revoked" does not hold the September of "sanctioned in September".
 */
const sameAnchor = (a: TimeSlot, b: TimeSlot): boolean => !a.anchor.length || (b.anchor.length > 0 && a.anchor.some((x) => b.anchor.includes(x)));

/** Whether one of `held` gives the day or month `t` gives (a month is held by a date in it), of the same thing. */
function timeHeld(t: TimeSlot, all: readonly TimeSlot[], year: number | null): boolean {
  // Months only: a day is most often the day of the announcement, whatever words surround it in each outlet.
  const held = t.kind === 'month' ? all.filter((h) => sameAnchor(t, h)) : all;
  if (t.kind === 'month') return held.some((h) => monthOf(h) === monthOf(t));
  if (t.kind === 'date') return held.some((h) => (h.kind === 'date' ? h.value.slice(-5) === t.value.slice(-5) : h.kind === 'weekday' && h.value === weekdayOfTime(t, year)));
  const w = weekdayOfTime(t, year);
  return held.some((h) => h.kind !== 'month' && weekdayOfTime(h, year) === w);
}

/**
 * Whether the outlet gives, somewhere in its report, the day or month the claim gives: a confirmation reports the
 * same fact on the same day (GUIDE), and an outlet that never says when leaves that out; it does not confirm "in
 * September". (Where it was posted is not asked: "on social media" leaves the platform open without leaving the
 * claim out, and the labels of real pages count it a confirmation.)
 */
function detailsHeld(ctx: JudgeContext, outlet: string, view: ClaimView): boolean {
  const d = ctx.details.get(outlet);
  // The edge of a period ("since September", "until Friday") is not the day of the fact: a toll counted with no start
  // is still the toll.
  // (A year too: "suspended intelligence sharing in 2023" is not told by an outlet that never names 2023 and wrote in 2025.)
  const years = view.slots.times.filter((t) => t.kind === 'year' && t.role === 'at');
  if (years.length && (!d || years.some((t) => !d.years.has(t.value)))) return false;
  const times = view.slots.times.filter((t) => DATED.has(t.kind) && t.role === 'at');
  if (!times.length) return true;
  return !!d && times.every((t) => timeHeld(t, d.times, view.year));
}

/**
 * Whether an outlet's quotation, between the first and the last concept it shares with the claim's quoted terms,
 * quotes a concept the claim's quotation does not have: the claim quotes those words with one of them replaced.
 */
function replacedInQuote(quoteTerms: Map<string, number>, text: string): boolean {
  const mine = new Set([...quoteTerms.keys()].filter((t) => t.startsWith('c:')).map((t) => t.slice(2)));
  if (mine.size < 2) return false;
  for (const span of quotedSpans(text)) {
    const concepts = tokenize(foldPlain(span)).map((t) => conceptOf(t.word)).filter((x): x is string => !!x).map(indexConcept);
    const first = concepts.findIndex((x) => mine.has(x));
    const last = concepts.length - 1 - [...concepts].reverse().findIndex((x) => mine.has(x));
    if (first < 0 || last <= first) continue;
    if (concepts.slice(first, last + 1).some((x) => !mine.has(x))) return true;
  }
  return false;
}

/** A claim that is mostly a quotation: what it asserts is that someone said those words. */
function isQuotation(text: string): boolean {
  const q = quotedWords(text);
  const all = (text.match(/\p{L}+/gu) ?? []).length;
  return q >= 4 && q * 2 >= all;
}

/** Every verb of saying in a text (SPEECH_VERB, matched all through). */
const SPEECH_VERBS = new RegExp(SPEECH_VERB.source, 'giu');
/** Prepositions that open an action noun's own complement ("the suspension of…", "la retirada de…", "o corte na…"). */
const COMPLEMENT = new Set(['of', 'from', 'with', 'to', 'on', 'in', 'en', 'em', 'na', 'nas', 'nos', 'sobre', 'de', 'del', 'do', 'da', 'dos', 'das', 'con', 'com', 'a', 'al', 'ao', 'and', 'y', 'e', 'by', 'por', 'pelo', 'pela', 'entre', 'between']);
/** A sentence whose subject is a group it does not name: "More US allies…", "Other countries…", "Otros gobiernos…". */
const UNNAMED_GROUP = /^\s*(?:more|other|several|many|further|additional|otros|otras|m[aá]s|varios|varias|mais|outros|outras|v[aá]rios|v[aá]rias)\s+(?:[\p{L}.-]+\s+){0,2}?(?:allies|countries|nations|governments|states|partners|aliados|pa[ií]ses|naciones|na[cç][oõ]es|gobiernos|governos|socios|parceiros)(?![\p{L}])/iu;
/** A belief, fear or hedge that holds what follows: "believes", "considera que", "acredita que", "may be preparing". */
const HELD_AS_BELIEF =
  /(?<![\p{L}])(?:believes?|considers?|thinks?|fears?|suspects?|(?:concerns?|fears|worries) that|cree(?:n)? que|considera(?:n)? que|teme(?:n)? que|sospecha(?:n)? que|acredita(?:m)? que|julga(?:m)? que|suspeita(?:m)? que|teme(?:m)? que|(?:may|might|could) be|podr[ií]a(?:n)? estar|pode(?:m)? estar|poderia(?:m)? estar)(?![\p{L}])/iu;
/**
 * A commentator's view: an analyst, expert or critic saying, warning or judging what follows ("Colombian security
 * experts told El Colombiano that…", "Especialistas… avaliam que…", "según analistas"). Their view is not the fact
 * stated flat, as a belief is not.
 */
const COMMENTATOR = String.raw`(?:experts?|analysts?|specialists?|observers?|critics?|commentators?|scholars?|academics?|researchers?|especialistas?|analistas?|expert[oa]s?|observador(?:es|as)?|cr[ií]tic[oa]s?|comentaristas?|acad[eé]mic[oa]s?|investigador(?:es|as)?|pesquisador(?:es|as)?|estudios[oa]s?)`;
const OPINION_VERB = String.raw`(?:warn(?:s|ed)?|believe[sd]?|predict(?:s|ed)?|advierte[n]?|alerta(?:m|n|ram|ron)?|alertou|avalia(?:m|ram)?|avaliou|opina(?:m|n|ron|ram)?|opinou|estima(?:m|n|ron|ram)?|consideran|consideram|prev[eê](?:m|n)?)`;
const COMMENTATOR_VIEW = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:according to|seg[uú]n|segundo|para|de acuerdo con|de acordo com|conforme)\s+(?:(?:the|an?|el|la|los|las|o|os|as|some|several|unos|algunos|alguns|v[aá]rios)\s+)?${COMMENTATOR}|${COMMENTATOR}(?:\s+[^\s.;:!?]+){0,8}?\s+(?:${OPINION_VERB}(?![\p{L}])|${SPEECH_VERB.source}))`,
  'iu',
);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'va', 'vai', 'podria', 'puede', 'pode', 'poderia', 'debe', 'deve', 'deberia', 'deveria']);

/**
 * What a claim says *of* the story's action when the action is its subject, as a noun: "Britain's pause opens a rare
 * rift", "la suspensión abarca también al servicio militar". The words of that predicate (stemmed), from the word
 * right after the noun to the end of the clause; null when the action is a verb, or the noun is followed by a
 * complement ("the suspension of…") or a word the engine reads.
 */
function nominalPredicate(story: Story, view: ClaimView): { words: string[]; stems: string[] } | null {
  const language = view.slots.language ?? 'en';
  for (const a of view.slots.actions) {
    if (!a.object || a.condition) continue;
    // The noun may follow its object ("Britain's intelligence pause opens…").
    const m = /^(?:\p{L}+\s+){0,2}?(\p{L}+)\s+(\p{L}+)/u.exec(view.text.slice(a.start));
    if (!m) continue;
    const [noun] = tokenizeStory(story.lexicon, m[1]!);
    if (!noun || !(noun.tags & Tag.NOUN)) continue;
    // The action's own object ("de inteligencia") is the action's, not what is said of it.
    const ofAction = (w: string) => {
      const c = conceptOf(w);
      return !!c && (OBJECT_CONCEPTS[c] === a.object || c === a.object);
    };
    let next = foldPlain(m[2]!);
    let at = a.start + m[0].length - m[2]!.length;
    const names = new Set(view.slots.actors.flatMap((x) => tokenize(foldPlain(x.text)).map((t) => t.word)));
    // Only as the clause's subject: nothing but its article and parties before it ("Petro anunciou a suspensão
    // imediata…", "se ordenó la suspensión de…" make it an object); after a verb of saying, in the clause it opens
    // ("Analysts say the suspension will…").
    const leadText = view.text.slice(0, a.start + m[0].length - m[1]!.length - m[2]!.length - 1);
    const said = [...leadText.matchAll(SPEECH_VERBS)].pop();
    const lead = foldPlain(said ? leadText.slice(said.index! + said[0].length) : leadText).replace(/^\s*(?:that|que)\s/, ' ').split(/[,;:]/).pop()!;
    if (tokenize(lead).some((t) => !NOT_A_VERB.has(t.word) && !names.has(t.word) && t.word !== 's' && t.word !== 'and' && t.word !== 'y' && t.word !== 'e' && !tokenizeStory(story.lexicon, t.word)[0]?.tags)) continue;
    // "Colombia's withdrawal from intelligence sharing highlights…": past the action's own complement (a preposition,
    // its object words, the parties) to the word after it.
    if (COMPLEMENT.has(next)) {
      const clause = view.text.slice(at).split(/[,;:]/)[0]!;
      const words = [...clause.matchAll(/\p{L}+/gu)];
      let k = 0;
      // (A modal ends it: "the freeze on intelligence sharing with Washington would last…".)
      const inComplement = (w: string) => !MODALS.has(w) && (COMPLEMENT.has(w) || ofAction(w) || names.has(w) || NOT_A_VERB.has(w) || !!tokenizeStory(story.lexicon, w)[0]?.tags);
      while (k < words.length && k < 8 && inComplement(foldPlain(words[k]![0]))) k++;
      if (k === 0 || k >= words.length || k >= 8) return null;
      next = foldPlain(words[k]![0]);
      at += words[k]!.index!;
    }
    // "the suspension will barely affect…", "la medida podría afectar…": a modal or auxiliary opens the predicate too.
    if (!MODALS.has(next) && (STOPWORDS.has(next) || conceptOf(next) || tokenizeStory(story.lexicon, next)[0]?.tags)) return null;
    const rest = view.text.slice(at).split(/[,;:]/)[0]!;
    // "The freeze would stay in place as long as…": how long it lasts is its condition, compared as one.
    if (MODALS.has(next) && /(?<![\p{L}])(?:as long as|so long as|until|while|mientras|hasta que|enquanto|ate que)(?![\p{L}])/iu.test(foldPlain(rest))) return null;
    const words = tokenize(foldPlain(rest)).map((t) => t.word).filter((w) => !STOPWORDS.has(w) && w.length > 2 && !ofAction(w));
    return { words, stems: words.map((w) => stem(w, language)) };
  }
  return null;
}

const PURPOSE = /(?<![\p{L}])(?:in order to|so as to|para que|para|pra|a fin de|con el fin de|com o objetivo de|com o intuito de|a fim de|to|because|porque|pois|ya que|puesto que|dado que|given that|debido a que)\s+(\p{L}+)/gu;
const INFINITIVE = /(?:ar|er|ir|or)$/;
/** A verb and the article of the noun after it, at the end of a text: "coordenaram a ", "welcomed the ". */
const GOVERNED = /(?<![\p{L}])(\p{L}+)\s+(?:the|a|an|la|el|o|as|os|las|los|su|sus|sua|seu|its|their|this|esta|este|essa|esse)\s+$/u;
/** Motives a claim may give an act, as index terms (in any language: "represalia", "retaliação" are "retaliation"). */
const MOTIVES = new Set(['w:retali', 'w:reveng', 'w:repris', 'w:vinganc', 'w:venganz']);

/**
 * The cause a claim gives as its subject: "Foi a chegada do porta-aviões… que levou Petro a suspender…", "The
 * carrier's arrival prompted Petro to…". (A cause after a marker, "in response to…", is most often the act's known
 * cause in other words, "ongoing military operations" for the strikes: it is read as what the act answers, PROTEST,
 * its concepts and parties only.)
 */
const CAUSE_SUBJECT = /^\s*(?:(?:it|this)\s+was\s+|foi\s+|fue\s+|fueron\s+|foram\s+)?(.{3,160}?)\s+(?:(?:que|lo que|o que|which|that)\s+)?(?:led|prompted|triggered|caused|drove|pushed|forced|spurred|sparked|provoked|motivated|levou|levaram|motivou|motivaram|provocou|provocaram|desencadeou|causou|obrigou|forçou|llevó|llevaron|motivó|motivaron|provocó|provocaron|desencadenó|causó|obligó|empujó)(?![\p{L}])/iu;
/** The words of the cause a claim gives (see CAUSE_SUBJECT), or null. */
function causeOf(view: ClaimView): string | null {
  const m = CAUSE_SUBJECT.exec(view.text) ?? PRESSED.exec(view.text) ?? REASON.exec(view.text);
  return m ? m[1]! : null;
}
/** A doer told acting under someone's pressure: "Presionado por sus aliados de izquierda, Petro…", "Under pressure from the military, …". */
const PRESSED = /^\s*(?:presionad[oa]s?|pressionad[oa]s?|pressured|pushed|bajo (?:la )?presi[oó]n de|sob (?:a )?press[aã]o d[eoa]s?|under pressure from)\s+(?:(?:by|por|pel[oa]s?)\s+)?([^,;:.]+),/iu;
/** A reason given an act after it: "…por la muerte de un pescador colombiano", "over the death of…", "because of…", "devido a…", "for fear that…", "por temor a que…". */
const REASON = /(?<![\p{L}])(?:because of|due to|for fear (?:of|that)|out of fear (?:of|that)|over (?:fears|concerns?|worries) (?:of|that|about)|por (?:temor|miedo|medo|receio) (?:a|de|d[eo])(?: que)?|por (?:la )?preocupaci[oó]n (?:de|por)(?: que)?|por preocupa[cç][aã]o com|com medo de(?: que)?|over the (?:death|deaths|killing|killings|murder) of|por la muerte de|por el asesinato de|pela morte de|pelo assassinato de|a causa de|debido a|por causa d[aeo]s?|devido a)\s+([^,;:.]+)/iu;

/** The words that tie an act to what it protests against or answers (see PROTEST, ANSWERS). */
const PROTEST_MARKERS = String.raw`in protest (?:at|against|over)|em protesto contra|en protesta (?:por|contra)|in response to|in retaliation for|em resposta (?:a|à|ao|aos|às)|como resposta (?:a|à|ao|aos|às)|en respuesta a(?:l)?|como respuesta a(?:l)?|em retalia[cç][aã]o (?:a|à|ao|aos|às|contra|por)|en represalia (?:a|por|contra)`;
/**
 * What a claim says an act answers, its words after the marker: "in protest at…", "comes as a direct response to…",
 * "surge como respuesta a…", "The immediate catalyst for the decision was…", "prompted by…".
 */
const ANSWERS = new RegExp(String.raw`(?<![\p{L}])(?:${PROTEST_MARKERS}|in (?:direct )?(?:response|reaction) to|(?:as|como|em|en) (?:a |an |una |uma )?(?:direct |directa |direta |clear |clara )?(?:response|reaction|respuesta|reacci[oó]n|resposta|rea[cç][aã]o) (?:to|a|al|à|ao|aos|às|as|a los|a las)|(?:catalyst|trigger|detonante|gatilho|catalizador|catalisador) (?:for|of|de|del|da|do|para) [^,;:.]{0,40}?(?:was|were|is|are|fue|fueron|es|son|foi|foram|é|são)|(?:prompted|triggered|sparked|motivated) by|(?:motivad|provocad|desencadead)[oa]s? (?:por|pel[oa]s?))\s+((?:[^,;:.]|(?<=(?<![\p{L}])\p{Lu})\.)+)`, 'iu');
/**
 * Where an outlet's sentence ties an act to what it answers or follows: "in protest against American missile
 * strikes", "over strikes", "following attacks by Washington", "tras los ataques", "após os bombardeios".
 */
const ANSWERED_BY = /(?<![\p{L}])(?:in protest (?:at|against|over)|in (?:direct )?(?:response|reaction) to|in retaliation for|over|following|follows|after|because of|due to|amid|citing|en protesta (?:por|contra)|(?:en|como) respuesta a|tras|debido a|a ra[ií]z de|por (?=los|las|el|la)|em protesto contra|(?:em|como) resposta a|ap[oó]s|depois d[eoa]s?|devido a|por causa d[eoa]s?|diante d[eoa]s?)\s+((?:[^,;:.]|(?<=(?<![\p{L}])\p{Lu})\.)+)/giu;

/** An act told as the answer to another: "responded to the suspension with new sanctions", "respondió a la suspensión con…", "reagiu à decisão com…". */
const RESPONDED = /(?<![\p{L}])(?:respond(?:ed|s)?|reacted|replied|hit back|respondi[oó]|reaccion[oó]|contest[oó]|respondeu|reagiu|retrucou)\s+(?:to|a|al|ao|à|aos|às)\s+((?:[^,;:.])+?)\s+(?:with|by|con|com|cortando|cutting|imponiendo|impondo|imposing|calling|chamando|llamando|tildando|acusando|accusing)(?![\p{L}])/iu;

/** The concepts of what the claim says its act was the response to (see RESPONDED), or null. */
function respondedToOf(ctx: Pick<JudgeContext, 'story'> | undefined, view: ClaimView): ReadonlySet<string> | null {
  const m = ctx ? RESPONDED.exec(view.text) : null;
  if (!m) return null;
  const concepts = [...prepareClaim(ctx!.story.gazetteer, m[1]!, view.slots.language, view.year ?? null).terms.keys()].filter((t) => t.startsWith('c:') && t !== 'c:say');
  return concepts.length ? new Set(concepts) : null;
}

/** The concepts of what the claim says its act answers (see ANSWERS), or null. */
function answersOf(ctx: Pick<JudgeContext, 'story'> | undefined, view: ClaimView): ReadonlySet<string> | null {
  const m = ctx ? ANSWERS.exec(view.text) : null;
  if (!m) return null;
  const concepts = [...prepareClaim(ctx!.story.gazetteer, m[1]!, view.slots.language, view.year ?? null).terms.keys()].filter((t) => t.startsWith('c:'));
  return concepts.length ? new Set(concepts) : null;
}

/** What an outlet's sentence says an act answers or follows (see ANSWERED_BY): the concepts after each marker. */
const answeredByOf = perSentence((ctx, k): Set<string> => {
  const text = ctx.claims[k]!.record.text;
  return new Set([...text.matchAll(ANSWERED_BY)].flatMap((m) => [...termsIn(ctx, k, m[1]!).keys()].filter((t) => t.startsWith('c:'))));
});

/**
 * A verb of condemning, with the auxiliary and adverb before it: "has fiercely criticized", "tem criticado
 * abertamente", "condenó", "denunciou". (Nouns, "critics", "crítica", "condemnation", are no one's act here.)
 */
const CONDEMNS = /(?<![\p{L}])(?:(?:has|have|had|ha|han|hab[ií]a|hab[ií]an|tem|t[eê]m|tinha|vem|v[eê]m)\s+)?(?:\p{L}+(?:ly|mente)\s+)?(?:condemn(?:s|ed|ing)?|critici[sz](?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|conden(?:a|an|[oó]|aron|ou|aram|ado|ada|ando)|critic(?:a|an|[oó]|aron|ou|aram|ado|ada|ando)|denunci(?:a|an|[oó]|aron|ou|aram|ado|ada|ando))(?![\p{L}])(?:\s+\p{L}+(?:ly|mente)(?![\p{L}]))?/iu;

/** Someone calling a thing something: "described the strikes as extrajudicial killings", "classificaram os ataques… como «execuções sumárias»", "blasting the actions as tantamount to…". */
const LABELLED = /(?<![\p{L}])(?:describ\p{L}*|call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label\p{L}*|condemn\p{L}*|blast\p{L}*|slam\p{L}*|denounc\p{L}*|calific\p{L}*|qualific\p{L}*|classific\p{L}*|clasific\p{L}*|descrev\p{L}*|descri\p{L}*|tild\p{L}*|conden\p{L}*)\s+(?:([^;:.]{0,80}?)\s)?(?:as|como|de)\s+(?:tantamount to\s+|being\s+|an?\s+|una?\s+|uma?\s+)?[«“"]?([^,;:.»”"]+?)(?=\s+(?:and|y|e|who|which|que|with|com|con)\s|[,;:.»”"]|$)/iu;
/** Someone calling a person something without "as": "called Petro an illegal drug leader", "calling Trump a…". */
const CALLED = /(?<![\p{L}])(?:call(?:s|ed|ing)?|chamou|chamando|llam[oó]|llamando|tild[oó]|tildando)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:(?:an?|una?|uma?|de)\s+)?[«“"]?([^,;:.»”"]+?)(?=\s+(?:and|y|e|who|which|que|with|com|con)\s|[,;:.»”"]|$)/u;
interface Label {
  /** The party of who calls it that (the actor right before the verb); null where unknown (a pronoun's). */
  doer: string | null;
  /** The parties of what is called (the actors between the verb and "as"). */
  called: Set<string>;
  /** The concepts and words of what it is called. */
  what: Set<string>;
  language: string;
}
/** Who a sentence tells calling what what (see LABELLED, CALLED), or null. */
function labelOf(gaz: Gazetteer, view: ClaimView): Label | null {
  const m = CALLED.exec(view.text) ?? LABELLED.exec(view.text);
  if (!m) return null;
  // (A gerund after a comma, ", calling Petro an…", is the sentence's subject's: its opening party, else unknown, a
  // pronoun's; not the nearest name before it.)
  const gerund = /^\p{L}+(?:ing|ndo)\s/u.test(m[0]) && /,\s*$/.test(view.text.slice(0, m.index));
  const before = view.slots.actors.filter((a) => a.end <= m.index && (view.text.slice(a.end, m.index).match(/\p{L}+/gu) ?? []).length <= 6);
  const opening = view.slots.actors.find((a) => !a.governed && (view.text.slice(0, a.start).match(/\p{L}+/gu) ?? []).length <= 3);
  if (!gerund && !before.length) return null;
  const doer = gerund ? (opening && opening.end <= m.index ? opening.party : null) : before.reduce((a, b) => (b.end > a.end ? b : a)).party;
  const objectStart = m.index + m[0].indexOf(m[1] ?? m[2]!);
  const objectEnd = objectStart + (m[1]?.length ?? 0);
  const called = new Set(view.slots.actors.filter((a) => a.start >= objectStart && a.end <= objectEnd).map((a) => a.party));
  const what = new Set([...prepareClaim(gaz, m[2]!, view.slots.language, view.year ?? null).terms.keys()].filter((t) => t.startsWith('c:') || t.startsWith('w:')));
  return [...what].some((t) => t.startsWith('c:')) ? { doer, called, what, language: view.slots.language ?? 'en' } : null;
}
const labelIn = perSentence((ctx, k) => labelOf(ctx.story.gazetteer, ctx.claims[k]!.view));

/** What a condemnation calls its object: "as…", "como…", "calling it…", "lo que calificó…", a quotation. */
const CONDEMNED_AS = /(?<![\p{L}])(?:as|como|calling|called|calificad\p{L}*|calific[oó]|qualific\p{L}*|chamou|chamando|llamando|llam[oó]|tildando|tild[oó])(?![\p{L}])|[«“"]/iu;

/** Who condemned what: the doer's actor id and the terms of what was condemned (its concepts and parties). */
export interface Condemnation {
  doer: string;
  target: Set<string>;
}

/**
 * Who a sentence tells condemning what: the actor right before the verb (no comma between, four words at most) and
 * what follows it to the clause's end ("Petro has fiercely criticized the U.S. deployment in Caribbean waters,…").
 */
function condemnationOf(gaz: Gazetteer, view: ClaimView, claim: boolean): Condemnation | null {
  const m = CONDEMNS.exec(view.text);
  if (!m) return null;
  const before = view.slots.actors.filter((a) => a.end <= m.index && !/[,;:()]/.test(view.text.slice(a.end, m.index)) && (view.text.slice(a.end, m.index).match(/\p{L}+/gu) ?? []).length <= 4);
  if (!before.length) return null;
  const doer = before.reduce((a, b) => (b.end > a.end ? b : a));
  const rest = view.text.slice(m.index + m[0].length);
  const end = /[,;:](?!\d)|\.(?=\s+\p{Lu}|\s*$)/u.exec(rest);
  const clause = rest.slice(0, end ? end.index : rest.length);
  // (What a claim says it was condemned as is a judgement of its own, "as disproportionate", "lo que calificó como la
  // «aventura caribeña»": other words of condemnation do not hold it. An outlet's may say more.)
  if (claim && CONDEMNED_AS.test(clause)) return null;
  const terms = prepareClaim(gaz, clause, view.slots.language, view.year ?? null).terms;
  const target = new Set([...terms.keys()].filter((t) => (t.startsWith('c:') || t.startsWith('a:')) && t !== `a:${doer.id}`));
  return target.size ? { doer: doer.id, target } : null;
}

/**
 * The states a claim tells relations strained between: "As relações entre os Estados Unidos e a Colômbia se
 * deterioraram", "Washington e Bogotá vivem uma crise diplomática", "tense relations with the United States". Null
 * where it tells no strain of relations (tension and relations both) or names no state.
 */
function strainOf(ctx: Pick<JudgeContext, 'story'> | undefined, view: ClaimView, terms: Map<string, number> | undefined): ConfirmGate['strained'] {
  if (!ctx || !terms?.has('c:tension') || !terms.has('c:relations')) return null;
  const parties = [...new Set(view.slots.actors.filter((a) => a.kind === 'state' || a.id === a.party).map((a) => a.party))];
  if (!parties.length) return null;
  const since = SINCE.exec(view.text)?.[1];
  return { parties, since: since ? prepareClaim(ctx.story.gazetteer, since, view.slots.language, view.year ?? null).terms : null, worse: WORSENED.test(view.text) };
}
/** Relations told getting worse, not only tense: "deteriorated sharply", "se deterioraron", "pioraram", "soured", "severely strained". */
const WORSENED = /(?<![\p{L}])(?:deteriorat\p{L}*|deterior[oaá]\p{L}*|worsen\p{L}*|soured|sour|empeor\p{L}*|pior\p{L}*|agrav\p{L}*|escalat\p{L}*|escal[oó]\p{L}*|sharply worse|plunged|hit (?:a )?(?:new )?low|(?:severely|seriously|deeply|badly|gravemente|seriamente|profundamente|muy|muito) (?:strained|tense|tensas?|tensos?|tensionad\p{L}*))(?![\p{L}])/iu;

/** The terms of what an outlet's sentence says a state began with (see SINCE), or null. */
const sinceIn = perSentence((ctx, k) => {
  const since = SINCE.exec(ctx.claims[k]!.record.text)?.[1];
  return since ? termsIn(ctx, k, since) : null;
});

/** What an act is said to cover or to leave out: "applies to…", "abarca…", "deja por fuera a…", "does not cover…". */
const COVERS = /(?<![\p{L}])(?:applies to|covers|includes|extends to|se aplica a(?:l)?|aplica-se a|se aplica (?:ao|à)|abarca|incluye|inclui|abrange|alcanza a(?:l)?|atinge)\s+([^,;:.]+)/iu;
const LEAVES_OUT = /(?<![\p{L}])(?:excludes|leaves out|does not (?:apply to|cover|include)|doesn't (?:apply to|cover|include)|deja (?:por )?fuera a(?:l)?|excluye a(?:l)?|no (?:afecta|incluye|abarca|cubre) a(?:l)?|no se aplica a(?:l)?|deixa de fora|exclui|n[aã]o (?:afeta|inclui|abrange|se aplica a|se aplica ao))\s+([^,;:.]+)/iu;
/** What a sentence says its act covers or leaves out, what that is, and the words saying so. */
interface Scope {
  covers: boolean;
  what: string;
  words: string;
}
/** What a sentence says its act covers or leaves out (see Scope); null where it says neither. */
function scopeOf(text: string): Scope | null {
  const out = LEAVES_OUT.exec(text);
  // (The words shown as the reason: the verb and the first few words of what it covers.)
  const shown = (m: RegExpExecArray) => m[0].trim().split(/\s+/).slice(0, 8).join(' ');
  if (out) return { covers: false, what: out[1]!, words: shown(out) };
  const inn = COVERS.exec(text);
  return inn ? { covers: true, what: inn[1]!, words: shown(inn) } : null;
}

/**
 * The concepts of a claim's main clause where it tells its act before or after another event, "A suspensão foi
 * anunciada dias antes da cúpula…": the act's (suspend, announce), not the event's; null otherwise.
 */
function beforeAfterOf(ctx: Pick<JudgeContext, 'story'>, view: ClaimView): ReadonlySet<string> | null {
  const split = beforeAfterSplit(ctx, view);
  const concepts = split ? [...split.rest.keys()].filter((t) => t.startsWith('c:') && t !== 'c:say') : [];
  return concepts.length ? new Set(concepts) : null;
}

/**
 * A claim told before or after another event (see BEFORE_AFTER): the words telling that event, and the terms of the
 * rest of the claim; null where it tells none, or only inside a quotation ("“O mar pertence aos pescadores antes de
 * pertencer a…”" is what was said). Read once per claim: its act (beforeAfterOf) and the other event (otherEventOf).
 */
const beforeAfterSplit = (() => {
  const known = new WeakMap<ClaimView, { match: RegExpExecArray; rest: Map<string, number> } | null>();
  return (ctx: Pick<JudgeContext, 'story'>, view: ClaimView) => {
    if (known.has(view)) return known.get(view)!;
    const m = BEFORE_AFTER.exec(view.text);
    const split = !m || m.index < 8 || quotedSpans(view.text).some((q) => q.includes(m[0].trim().split(/\s+/).slice(0, 3).join(' '))) ? null : { match: m, rest: prepareClaim(ctx.story.gazetteer, view.text.slice(0, m.index) + ' ' + view.text.slice(m.index + m[0].length), view.slots.language, view.year ?? null).terms };
    known.set(view, split);
    return split;
  };
})();

/** Words telling another's act as the same: "a similar decision", "did the same", "hiciera lo mismo", "o mesmo", "followed suit". */
const SAME_ACT = /(?<![\p{L}])(?:similar|same|suit|lo mismo|la misma|el mismo|o mesmo|a mesma|igual|parecid[oa]|semelhante)(?![\p{L}])/iu;
/** An act told done more than once (folded): "twice", "again", "for the second time", "dos veces", "de nuevo", "otra vez", "duas vezes", "novamente", "de novo". */
const REPEATED = /(?<![a-z])(?:twice|three times|again|for the (?:second|third) time|once more|dos veces|tres veces|de nuevo|otra vez|nuevamente|por segunda vez|duas vezes|tres vezes|novamente|de novo|outra vez|pela segunda vez)(?![a-z])/;

/** A verb of beginning: "began", "started", "começaram", "comenzaron", "se iniciaron", "tiveram início". */
const BEGAN = /(?<![\p{L}])(?:began|begun|started|kicked off|launched|comenz[oó]|comenzaron|empez[oó]|empezaron|se iniciaron|se inici[oó]|inici[oó]|iniciaron|arrancaron|arranc[oó]|come[cç]ou|come[cç]aram|iniciou|iniciaram|tiveram in[ií]cio|teve in[ií]cio)(?![\p{L}])/iu;

/**
 * The month a sentence says the strikes or their campaign began: a month right after a verb of beginning ("began in
 * October"), or, in an outlet's sentence (`since`), the month they have gone on since ("…killed… since September").
 */
function startMonthOf(view: ClaimView, since = false): { of: string; time: TimeSlot } | null {
  const of = 'c:strike';
  const concepts = new Set(tokenize(foldPlain(view.text)).map((t) => conceptOf(t.word)));
  if (!concepts.has('strike') && !concepts.has('military')) return null;
  for (const t of view.slots.times) {
    if (t.kind !== 'month') continue;
    if (since && t.role === 'since' && (t.anchor.includes('strike') || t.anchor.includes('kill'))) return { of, time: t };
    const before = view.text.slice(Math.max(0, t.start - 40), t.start);
    if (t.role === 'at' && BEGAN.test(before) && /(?:^|\s)(?:\p{L}+\s+){0,2}$/u.test(before.slice(before.search(BEGAN)))) return { of, time: t };
  }
  return null;
}

/** The months an outlet's article says the strikes began in or have gone on since (see startMonthOf), with the sentence. */
const startMonthsOf = perOutlet<{ time: TimeSlot; claim: number }[]>(() => [], (into, c, _ctx, k) => {
  const t = startMonthOf(c.view, true);
  if (t) into.push({ time: t.time, claim: k });
});

/** What an outlet's sentence tells its act after: "Following the UK announcement…", "citing a CNN report that…", "tras…". */
const FOLLOWING = /(?<![\p{L}])(?:following|after|citing|tras|despu[eé]s de(?:l)?|luego de(?:l)?|citando|depois d[eoa]s?|ap[oó]s|na sequ[eê]ncia d[eoa]s?)\s+([^;:]+)/iu;
/** What it tells its act before: "before the UK…", "antes de que…", "ahead of…". */
const PRECEDING = /(?<![\p{L}])(?:before|ahead of|antes d[eoa]s?l?(?:\s+que)?)\s+([^;:]+)/iu;

/**
 * The other event a claim tells its act before or after ("antes de que el Reino Unido tomara una decisión similar"):
 * its parties and concepts the rest of the claim does not name, or null. (A time, "days before the summit", counts.)
 */
function otherEventOf(ctx: Pick<JudgeContext, 'story'>, view: ClaimView): ReadonlySet<string> | null {
  const split = beforeAfterSplit(ctx, view);
  if (!split) return null;
  const { match: m, rest } = split;
  const span = prepareClaim(ctx.story.gazetteer, m[0], view.slots.language, view.year ?? null).terms;
  const own = [...span.keys()].filter((t) => (t.startsWith('a:') || t.startsWith('c:') || t.startsWith('p:')) && t !== 'c:say' && !rest.has(t));
  // Only where the other event is the same act by another ("antes de que el Reino Unido tomara una decisión similar",
  // "after Britain did the same"), the order being what the claim tells; a background event ("called the walkout on
  // Monday after talks collapsed") is a subordinate detail.
  const alike = SAME_ACT.test(m[0]) || [...span.keys()].some((t) => t.startsWith('c:') && t !== 'c:say' && t !== 'c:decision' && rest.has(t));
  return own.length && alike ? new Set(own) : null;
}

/** What a claim says its act covers or leaves out (see scopeOf), with the terms of what. */
function scopeTermsOf(ctx: Pick<JudgeContext, 'story'>, view: ClaimView): ConfirmGate['scope'] {
  const scope = scopeOf(view.text);
  return scope ? { ...scope, terms: prepareClaim(ctx.story.gazetteer, scope.what, view.slots.language, view.year ?? null).terms } : null;
}

/** What an outlet's sentence says its act covers or leaves out (see scopeOf), with the terms of what. */
const scopeIn = perSentence((ctx, k) => {
  const scope = scopeOf(ctx.claims[k]!.record.text);
  return scope ? { ...scope, terms: termsIn(ctx, k, scope.what) } : null;
});

/** What a state began with: "since President Trump's second term began", "desde a chegada de Petro ao poder". */
const SINCE = /(?<![\p{L}])(?:since|desde)\s+([^,;:.]+)/iu;

/** Who an outlet's sentence tells condemning what (see condemnationOf). */
const condemnedIn = perSentence((ctx, k) => condemnationOf(ctx.story.gazetteer, ctx.claims[k]!.view, false));

/** Who accuses whom, by party: "Donald Trump has accused Gustavo Petro of…" is the US accusing Colombia. */
export interface Accusation {
  accuser: string;
  accused: string;
  /** How the sentence names each ("Donald Trump", "the United States"). */
  names: [string, string];
}
const ACCUSES = /(?<![\p{L}])(?:accus(?:e|es|ed|ing)|acus(?:a|an|ó|aron|ado|ando|ou|aram)|charg(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|culp(?:a|an|ó|aron|ou|aram))(?![\p{L}])/iu;

/**
 * Who a sentence tells accusing whom: the party of the actor nearest before the verb and of the one right after it
 * ("…and has accused the United States of committing murder"; "acusou Petro de…"), or null.
 */
function accusationOf(view: ClaimView): Accusation | null {
  const m = ACCUSES.exec(view.text);
  if (!m) return null;
  const end = m.index + m[0].length;
  const before = view.slots.actors.filter((a) => a.end <= m.index);
  const after = view.slots.actors.filter((a) => a.start >= end && (view.text.slice(end, a.start).match(/\p{L}+/gu) ?? []).length <= 2);
  if (!before.length || !after.length) return null;
  const nearest = before.reduce((a, b) => (b.end > a.end ? b : a));
  // (Its person where a state stands nearer: "Mr. Petro has said that Colombians… and has accused".)
  const accuser = nearest.kind === 'person' ? nearest : (before.filter((a) => a.kind === 'person' && a.party === nearest.party).pop() ?? nearest);
  const accused = after.reduce((a, b) => (b.start < a.start ? b : a));
  return accuser.party !== accused.party ? { accuser: accuser.party, accused: accused.party, names: [accuser.name, accused.name] } : null;
}
/**
 * Verbs of ordering, as verbs: what follows them is the act ordered. (Not the lexicon's concept, which holds the nouns
 * too: "A ordem de Petro veio na sequência de ataques…" names an order, not what it orders.)
 */
const ORDERS = /(?<![\p{L}])(?:order(?:s|ed)?|instruct(?:s|ed)?|direct(?:s|ed)|orden(?:a|ó|o|aron)|orden[oó]|ordenou|ordenaram|instruy[oó]|instruiu|mand[oó]|mandou|dispuso|determinou)(?![\p{L}])/iu;
/** Acts an order can be for, by their index concepts. */
const ORDERABLE = new Set(['stop', 'continue', 'strike', 'share', 'sanction', 'revoke', 'investigation', 'meet', 'sign', 'negotiate', 'protest']);
/**
 * The act a sentence says was ordered, and who ordered it where the sentence names him: "Petro ordenó … atacar las
 * lanchas" (strike, by petro); "ordered … to halt intelligence cooperation" (stop); "the attack, ordered by US
 * President Donald Trump" (strike, by trump). Null where it tells no order of an act the engine reads.
 */
function orderedActOf(view: ClaimView): { act: string; by: string | null } | null {
  const text = view.text;
  const m = ORDERS.exec(text);
  if (!m) return null;
  const end = m.index + m[0].length;
  const after = text.slice(end);
  const passive = /^\s+(?:by|por|pelo|pela)\s/u.test(after);
  const concepts = (t: string) => tokenize(foldPlain(t)).map((x) => conceptOf(x.word)).map((c) => (c ? indexConcept(c) : null));
  const act = passive ? concepts(text.slice(Math.max(0, m.index - 40), m.index)).reverse().find((c) => !!c && ORDERABLE.has(c)) : concepts(after).slice(0, 8).find((c) => !!c && ORDERABLE.has(c));
  if (!act) return null;
  // Who ordered it: the person or state named right after "by", else the last one before the verb.
  const people = view.slots.actors.filter((a) => a.kind === 'person' || a.kind === 'state' || a.kind === 'body');
  const who = passive ? people.find((a) => a.start >= end && a.start - end <= 30) : people.filter((a) => a.end <= m.index).pop();
  return { act, by: who?.party ?? null };
}
const orderedIn = perSentence((ctx, k) => orderedActOf(ctx.claims[k]!.view));
/** The concept of the verb right after the actor a claim opens on ("Trump ordered…", "Petro acusó…", "the Treasury has sanctioned…"), when PREDICATES holds it. */
function headVerbOf(view: ClaimView): { verb: string; object: string | null } | null {
  const lead = leadParty(view.slots.actors);
  if (!lead || (view.text.slice(0, lead.start).match(/\p{L}+/gu) ?? []).length > 2) return null;
  const words = tokenize(foldPlain(view.text.slice(lead.end))).slice(0, 3).filter((t) => !['has', 'had', 'have', 'ha', 'han', 'tem', 'têm', 'tinha', 'había', 'habia', 'also', 'tambien', 'tambem', 'then'].includes(t.word));
  const c = words[0] ? conceptOf(words[0].word) : null;
  const term = c ? `c:${indexConcept(c)}` : null;
  if (!term || !PREDICATES.has(term)) return null;
  // (And, for an act done to something, what it was done to: the first concept after it outside a name, "ordered the
  // strikes": c:strike. What someone announced, denied or was accused of is a clause, held as the rest of the claim is.)
  if (!ACTED_ON.has(term)) return { verb: term, object: null };
  const inName = (at: number) => view.slots.actors.some((a) => at >= a.start && at < a.end);
  const after = tokenize(foldPlain(view.text.slice(lead.end))).slice(1, 6).filter((t) => !inName(lead.end + t.start)).map((t) => conceptOf(t.word)).find((x) => !!x);
  return { verb: term, object: after ? `c:${indexConcept(after)}` : null };
}
const accusationIn = perSentence((ctx, k) => accusationOf(ctx.claims[k]!.view));

/** Words between a subject and its verb that are not the verb: auxiliaries and adverbs of time or hearsay. */
const BEFORE_VERB = new Set(['has', 'had', 'have', 'ha', 'han', 'habia', 'tem', 'tinha', 'already', 'also', 'tambien', 'tambem', 'then', 'reportedly', 'later', 'now', 'ya', 'ja', 'luego', 'depois', 'finally', 'finalmente', 'himself', 'itself', 'personally']);
/**
 * The verb right after the actor a claim opens on, where it is a plain word the engine reads no concept in ("Petro
 * apologised to Washington for suspending…", "Petro met Trump at the summit…"): its stem term, held by a confirming
 * sentence in the claim's language. Null for a verb of saying or a light one, a name, or an apposition after the actor.
 */
function plainHeadOf(view: ClaimView): string | null {
  const lead = leadParty(view.slots.actors);
  if (!lead || (view.text.slice(0, lead.start).match(/\p{L}+/gu) ?? []).length > 2 || /^\s*[,(–—-]/u.test(view.text.slice(lead.end))) return null;
  const words = tokenize(foldPlain(view.text.slice(lead.end))).slice(0, 4).filter((t) => !BEFORE_VERB.has(t.word));
  const w = words[0]?.word;
  if (!w || w.length < 4 || STOPWORDS.has(w) || NOT_A_VERB.has(w) || LIGHT_VERB.test(w) || SPEECH_VERB.test(w) || MODALS.has(w)) return null;
  const c = conceptOf(w);
  if (c && PREDICATES.has(`c:${indexConcept(c)}`)) return null;
  // (Not a name: "Petro Gustavo", "Trump administration".)
  const raw = view.text.slice(lead.end).trimStart();
  const from = lead.end + words[0]!.start;
  if (/^\p{Lu}/u.test(raw) || view.slots.actors.some((a) => a.start <= from && a.end > from)) return null;
  // Only a verb done to a party for something ("apologised to Washington for suspending…", "thanked Trump for…",
  // "culpó a Londres por…"): what follows "for" is the reason, and the verb is what the claim tells. ("Caused shock in
  // Bogota by ordering…", "slapped sanctions on Petro", "abruptly suspended…" tell the act itself.)
  const at = lead.end + words[0]!.end;
  // (Not "por" of an agent or a place: "los ataques ordenados por Trump", "por trás dos ataques"; a name ending like a
  // participle, "ao Reino Unido por…", is no participle.)
  if (!/^\s+(?:(?:to|a|à|ao|aos|al)\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?!\p{Ll}+(?:ad|id)[oa]s?\s)[\p{L}.'’-]+\s+(?:for|por|pelo|pela|pelos|pelas)\s(?!tr[aá]s|parte|medio|meio)/u.test(view.text.slice(at))) return null;
  if (c) return `c:${indexConcept(c)}`;
  return (view.slots.language ?? 'en') === 'en' ? `w:${stem(w, 'en')}` : (translationOf(w) ?? `w:${stem(w, view.slots.language!)}`);
}

/**
 * The office a claim opens on as the doer of what it tells, named by office alone: "Colombia's defence minister
 * ordered…", "El Ministerio de Defensa ordenó…", "O ministro da Defesa determinou…". An analyst or expert is a
 * commentator, not a doer (see the speaker's gate).
 */
function officeDoerOf(text: string): Role | null {
  const first = rolesOf(text)[0];
  if (!first || first.person || first.speaks || first.office === 'expert') return null;
  const at = text.indexOf(first.title);
  // (Only what opens the sentence: an article or a possessive country before it, "Colombia's", "El".)
  return at >= 0 && /^\s*(?:[\p{L}'’]+\s+){0,2}$/u.test(text.slice(0, at)) && !/[,:]/.test(text.slice(0, at)) ? first : null;
}

/** A sentence opening on a condition ("If…", "Si…", "Se…" in Portuguese), its quotation marks aside. */
function opensOnCondition(v: ClaimView): boolean {
  const head = v.text.replace(/^[\s“"«‘'(]+/u, '');
  return v.slots.language === 'pt' ? /^se\s/iu.test(head) : /^(?:if|si)\s/iu.test(head);
}

/** What someone is accused of: "accused Petro of going easy on traffickers", "acusó a Petro de…", "acusou Petro de…". */
const CHARGED = /(?<![\p{L}])(?:accus\p{L}*|acus\p{L}*|charg\p{L}*)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:of|de|por)\s+([^,;:.()“”"«»]+)/iu;
/** What someone is sanctioned for, which is a charge too: "sancionó a Petro por lavado de dinero", "sanctioned Petro for…". */
const SANCTIONED_FOR = /(?<![\p{L}])(?:sanction(?:s|ed)?|sancion(?:a|an|o|ó|aron|ou|aram)|punish(?:ed|es)?|castig(?:o|ó|ou|aron|aram))\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:for|por)\s+([^,;:.()“”"«»]+)/iu;
/** Words that carry no charge of their own before it ("of being", "de ser"). */
const CHARGE_LIGHT = new Set(['going', 'being', 'having', 'ser', 'estar', 'haber', 'ter', 'been']);

/**
 * The charge in a claim of an accusation, which the outlet must give too: the same accuser and accused with another
 * charge ("of going easy on traffickers" against "of being personally involved in drug trafficking") is another fact.
 */
function chargeOf(view: ClaimView): { words: string[]; stems: string[] } | null {
  const m = CHARGED.exec(view.text) ?? SANCTIONED_FOR.exec(view.text);
  if (!m) return null;
  const language = view.slots.language ?? 'en';
  const words = tokenize(foldPlain(m[1]!)).map((t) => t.word).filter((w) => !STOPWORDS.has(w) && !CHARGE_LIGHT.has(w) && w.length > 2);
  return words.length ? { words, stems: words.map((w) => stem(w, language)) } : null;
}

/** The verb of a future told with "ir a" (folded): "que Colombia vaya a suspender", "iban a mantener". */
const GOING_TO = /^(?:vaya|vayan|vayamos|iban|iran|vamos|fuera|fueran)$/;
/** A sentence opening on the news of something: "The revelation that…", "La noticia de que…", "O anúncio de que…". */
const NEWS_THAT = /^\s*(?:(?:the|a|an|la|el|o|os|los|las)\s+)?(?:revelation|news|announcement|confirmation|disclosure|fact|revelacao|revelacion|noticia|anuncio|confirmacao|confirmacion|hecho|fato)\s+(?:that|de que|que)\s/;
/** A word opening an indirect question, before the action in its clause (folded: "qué" is "que", so only unambiguous forms). */
const WH_CLAUSE = /(?<![\p{L}])(?:what|whether|how|why|lo que|o que)\s+(?:[\p{L}'’-]+\s+){0,5}$/u;
const NOT_A_VERB = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'el', 'la', 'los', 'las', 'o', 'os', 'as', 'um', 'uma', 'un', 'una', 'su', 'sua', 'seu']);
/**
 * Verbs that only say the step was taken ("has taken the step of suspending", "tomó la decisión de suspender") or
 * place it in time ("follows reports that…", "amid reports that…").
 */
const LIGHT_VERB = /^(?:take|takes|taken|took|taking|make|makes|made|adopt\w*|tom\w*|hizo|fez|implement\w*|carried|announc\w*|anunci\w*|comunic\w*|communicat\w*|divulg\w*|confirm\w*|follow\w*|amid|after|tras|despues|apos|segue|sigue|conocer|conhecer|revel\w*|reveal\w*|unveil\w*)$/;
const SAYING = new Set(['say', 'announce', 'order', 'report', 'decision', 'deny']);

/** Content words of a stretch of a claim, its verb first when `verbLast`, without the action's own object words. */
function contentWords(text: string, language: string, skip: (w: string) => boolean, verbLast = false): { words: string[]; stems: string[] } | null {
  let words = tokenize(foldPlain(text)).map((t) => t.word).filter((w) => !STOPWORDS.has(w) && w.length > 2 && !skip(w));
  if (!words.length) return null;
  if (verbLast) words = [words[words.length - 1]!, ...words.slice(0, -1)];
  return { words, stems: words.map((w) => stem(w, language)) };
}

/**
 * What a claim says around its action when the action is not its assertion but a part of it: its purpose ("suspended
 * cooperation to pressure Washington into lifting the sanctions"), what it is said to do as a subject ("cutting off
 * intelligence would hurt Colombia more"), or what someone did with the decision ("UN officials backed Petro's
 * decision to suspend…"). Null when the action is the assertion.
 */
function framingPredicate(story: Story, view: ClaimView): { words: string[]; stems: string[] } | null {
  const language = view.slots.language ?? 'en';
  const folded = foldPlain(view.text);
  const names = new Set(view.slots.actors.flatMap((x) => tokenize(foldPlain(x.text)).map((t) => t.word)));
  for (const a of view.slots.actions) {
    if (a.condition) continue;
    const before = folded.slice(0, a.start);
    // The action as the object of someone's verb ("Londres e Bogotá coordenaram a suspensão", "the ministers welcomed
    // the pause"): that verb is what the claim says; announcing, ordering, taking or following it asks nothing more.
    const governs = GOVERNED.exec(before);
    if (governs) {
      const verb = governs[1]!;
      const c = conceptOf(verb) ?? '';
      const light = STOPWORDS.has(verb) || COMPLEMENT.has(verb) || NOT_A_VERB.has(verb) || names.has(verb) || LIGHT_VERB.test(verb) || SAYING.has(c) || STOP_VERBS.has(c) || CONTINUE_VERBS.has(c) || NEUTRAL_VERBS.has(c) || c === 'lift' || SPEECH_VERB.test(verb) || GOING_TO.test(verb);
      // (Not a day between the verb and its object: "ordenou na terça-feira a suspensão".)
      const at = governs.index! + governs[0].indexOf(verb);
      const dated = view.slots.times.some((t) => t.start <= at && at < t.end);
      if (!light && !dated && verb.length > 3) return { words: [verb], stems: [stem(verb, language)] };
    }
    if (!a.object || a.inferred) continue;
    const ofAction = (w: string) => {
      const c = conceptOf(w);
      return names.has(w) || (!!c && (OBJECT_CONCEPTS[c] === a.object || c === a.object || c === a.verb || STOP_VERBS.has(c) || CONTINUE_VERBS.has(c) || NEUTRAL_VERBS.has(c)));
    };
    const clauseEnd = (from: number) => {
      const m = /[,;:.!?(\u2014]/.exec(folded.slice(from));
      return m ? from + m.index : folded.length;
    };
    // The news the action is ("A revelação de que o Reino Unido deixará de repassar… representa uma fissura…", "The
    // news that Colombia halted… marks a turn"): what the claim says of that news comes after the action told.
    const news = NEWS_THAT.exec(folded);
    if (news && news.index + news[0].length <= a.start) {
      const words = contentWords(folded.slice(a.end, clauseEnd(a.end)), language, ofAction);
      if (words) return words;
    }
    // Its purpose, after it.
    PURPOSE.lastIndex = a.end;
    const p = PURPOSE.exec(folded);
    if (p && p.index < clauseEnd(a.end)) {
      const marker = p[0].slice(0, p[0].length - p[1]!.length).trim();
      const verbal = marker === 'to' ? !NOT_A_VERB.has(p[1]!) && !names.has(p[1]!) : marker === 'para' || marker === 'pra' ? INFINITIVE.test(p[1]!) : true;
      if (verbal) {
        const words = contentWords(folded.slice(p.index + p[0].length - p[1]!.length, clauseEnd(p.index)), language, ofAction);
        if (words) return words;
      }
    }
    // Inside a question the claim asks or leaves open: "what information Colombia will cease sharing remains unclear",
    // "it is not known whether…", "no se sabe qué…". What it says of that question is the claim.
    const wh = WH_CLAUSE.exec(before.slice(before.search(/[^,;:]*$/)));
    if (wh) {
      const clauseStart = before.search(/[^,;:]*$/);
      const words = contentWords(`${before.slice(clauseStart, clauseStart + wh.index)} ${folded.slice(a.end, clauseEnd(a.end))}`, language, ofAction);
      return words ?? { words: [], stems: [] };
    }
    const verbWord = tokenize(folded.slice(a.start, a.end))[0]?.word ?? '';
    const nonFinite = language === 'en' ? /ing$/.test(verbWord) : INFINITIVE.test(verbWord);
    // As the subject of what follows: "…that cutting off intelligence sharing would hurt…".
    if (nonFinite && /(?:^|(?<![\p{L}])(?:that|que))\s*$/u.test(before)) {
      const words = contentWords(folded.slice(a.end, clauseEnd(a.end)), language, ofAction);
      if (words) return words;
    }
    // The complement of a decision something was done with: "respaldaron la decisión de Petro de suspender".
    // Or the content of a report someone cited: "Petro citou uma reportagem da CNN segundo a qual o Reino Unido…".
    const decided =
      /(?<![\p{L}])(?:decision|decisao|medida|move|step)\b[^,;:]{0,40}?(?:de|of|to)\s*$/u.exec(before) ??
      /(?<![\p{L}])(?:report|reports|reportagem|reportaje|reporte|informe|relatorio|noticia|article|articulo|artigo)\b[^,;:]{0,40}?(?:that|which|que|segundo o qual|segundo a qual|segun el cual|segun la cual|according to which)\s+(?:[\p{L}'’.-]+\s+){0,5}$/u.exec(before);
    if (decided) {
      const start = Math.max(before.lastIndexOf(',', decided.index) + 1, 0);
      const lead = tokenize(before.slice(start, decided.index)).map((t) => t.word);
      // The verb: the last word before the noun that is no article, possessive or name ("praised Petro's decision").
      let v = lead.length - 1;
      while (v >= 0 && (NOT_A_VERB.has(lead[v]!) || names.has(lead[v]!) || lead[v] === 's' || STOPWORDS.has(lead[v]!))) v--;
      const verb = lead[v];
      // "El mandatario añadió que la decisión de…": what someone says of the decision is the decision told.
      const light = lead.some((w) => LIGHT_VERB.test(w) || SAYING.has(conceptOf(w) ?? '')) || SPEECH_VERB.test(view.text.slice(start, decided.index));
      if (verb && !light) {
        const words = contentWords(before.slice(start, decided.index), language, (w) => ofAction(w) || w === verb);
        return { words: [verb, ...(words?.words ?? [])], stems: [stem(verb, language), ...(words?.stems ?? [])] };
      }
    }
  }
  return null;
}

/** Whether a sentence holds a claim's predicate: its verb and half its words, by stem or concept. */
function holdsPredicate(predicate: { words: string[]; stems: string[] }, text: string, language: string): boolean {
  if (!predicate.words.length) return true;
  const own = tokenize(foldPlain(text)).map((t) => t.word);
  const stems = new Set(own.map((w) => stem(w, language)));
  // ("La medida se mantendrá mientras…" is what "will remain in effect as long as…" says.)
  const kin = (c: string | null) => (c === 'maintain' ? 'inforce' : c);
  const concepts = new Set(own.map((w) => kin(conceptOf(w))).filter((c): c is string => !!c));
  const holds = (i: number) => stems.has(predicate.stems[i]!) || concepts.has(kin(conceptOf(predicate.words[i]!)) ?? '');
  // Its verb ("abarca", "opens") first, and half its words.
  // Of two words, both: "remains unclear" is not held by "will remain in effect".
  const held = predicate.words.filter((_, i) => holds(i)).length;
  return holds(0) && (predicate.words.length === 2 ? held === 2 : held * 2 >= predicate.words.length);
}

/**
 * A clause after a comma that opens with a gerund ("referring to", "refiriéndose a", "referindo-se ao", "adding"):
 * from there to the end of the sentence.
 */
/**
 * A clause opening the sentence on a gerund or participle, to its comma ("Citing a CNN report that…,", "Citando un
 * informe de CNN,", "Following the UK's move,"): it sets the scene; the main clause after it is what the claim asserts.
 */
const GERUND_HEAD = /^\s*(?!(?:cuando|quando|segundo|donde|onde|mundo|during|according|morning|evening)(?![\p{L}]))(?:\p{L}{3,}(?:ing|ndo|ndose|ndo-se)|following|after|before|tras|antes de|ap[oó]s)(?![\p{L}-])[^,;:]{8,},\s+/iu;

const GERUND_TAIL = /,\s+(?!(?:during|including|according|regarding|following|morning|evening|nothing|something|anything|everything|cuando|segundo|donde|quando|mundo|conforme)\b)\p{L}{3,}(?:ing|ndo|ndose|ndo-se)(?![\p{L}-]).*$/su;

/**
 * What a claim says besides the action "the decision" brings and besides the names it gives ("O analista de defesa
 * Erich Saumeth avaliou que a decisão… foi cuidadosamente pensada": avaliou, cuidadosamente, pensada, and the analyst);
 * null when the claim brings no inferred action, or says nothing besides.
 */
function ownTerms(view: ClaimView, terms: Map<string, number> | undefined, inferred: ReadonlySet<string> | undefined): Map<string, number> | null {
  if (!terms || !inferred?.size) return null;
  const names = new Set((view.names ?? []).filter((n) => !n.startsWith('a:')).flatMap((n) => n.replace(/^\?/, '').split(' ')).map((w) => `w:${stem(w, view.slots.language ?? 'en')}`));
  const own = new Map([...terms].filter(([t]) => !inferred.has(t) && !names.has(t) && t !== 'c:say'));
  return own.size ? own : null;
}

/**
 * The terms of the claim's cause that are no party or place ("chegada", "porta-aviões" in "a chegada do porta-aviões
 * ao Caribe"); null for a cause that is only a party ("Petro caused shock").
 */
function causeTermsOf(ctx: Pick<JudgeContext, 'story'> | undefined, view: ClaimView): Map<string, number> | null {
  const cause = ctx ? causeOf(view) : null;
  if (!cause) return null;
  const terms = prepareClaim(ctx!.story.gazetteer, cause, view.slots.language, view.year ?? null).terms;
  // (Nor how news is sourced: "for fear that its own sources would be exposed" is not held by "unnamed sources said".)
  const own = [...terms.keys()].filter((t) => !t.startsWith('a:') && !t.startsWith('p:') && !SOURCING_TERMS.has(t));
  return own.length ? new Map(own.map((t) => [t, 1])) : null;
}

/** The terms of how a report is sourced, no part of what an act is done for or because of. */
const SOURCING_TERMS = new Set(['c:source_anon', 'c:report']);

/** A purpose given an act: "para evitar que fossem tratados como alvos…", "so as not to become complicit", "a fin de…". */
const PURPOSE_CLAUSE = /(?<![\p{L}])(?:in order to|so as (?:not )?to|so that|to avoid|to prevent|because (?:it|they|he|she|london|britain) (?:does|do|did)(?: not|n't) want to|porque no (?:quiere|quer[ií]a|quieren)|porque n[aã]o (?:quer|queria|querem)|para (?:evitar|impedir|que|n[aã]o|no)|a fin de|con el (?:fin|objetivo|prop[oó]sito) de|com o (?:objetivo|prop[oó]sito|fim) de|a fim de)(?![\p{L}])([^,;:.]+)/iu;

/** What the claim gives as the purpose of what it tells (see PURPOSE_CLAUSE), its concepts and words past the parties, or null. */
function purposeTermsOf(ctx: Pick<JudgeContext, 'story'> | undefined, view: ClaimView): Map<string, number> | null {
  const m = ctx ? PURPOSE_CLAUSE.exec(view.text) : null;
  if (!m) return null;
  const terms = prepareClaim(ctx!.story.gazetteer, m[1]!, view.slots.language, view.year ?? null).terms;
  const own = [...terms.keys()].filter((t) => !t.startsWith('a:') && !t.startsWith('p:'));
  return own.length ? new Map(own.map((t) => [t, 1])) : null;
}

/** Ceasing to do something, told with a verb that is not the story's (folded): "dejará de participar", "deixou de enviar", "will no longer take part", "stopped attending". */
const CEASING = /(?<![a-z])(?:dej(?:a|an|o|aron|ara|aran|ar|ando|ado)\s+de|deix(?:a|am|ou|aram|ara|arao|ar|ando|ado)\s+de|ceas(?:e|es|ed|ing)\s+to|no longer|ya no|ja nao|nao mais|stop(?:s|ped|ping)?\s+[a-z]+ing)(?![a-z])/;

/** Kin and close circles that are listed beside a person: "his family", "su esposa", "seus assessores". */
const KIN_WORD = String.raw`(?:famil\p{L}*|wife|husband|sons?|daughters?|children|esposa|esposo|mulher|marido|hij[oa]s?|filh[oa]s?|advisers?|aides|asesores|assessores)`;
const LIST_MEMBER = String.raw`(?:(?:his|her|their|su|sus|sua|seu|suas|seus|la|el|los|las|a|o|os|as|al|aos|the|à|ao)\s+){0,2}(?:${KIN_WORD}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})`;
const KIN_IN = new RegExp(String.raw`(?<![\p{L}])${KIN_WORD}(?![\p{L}])`, 'iu');
const PEOPLE_LIST = new RegExp(String.raw`(?<![\p{L}])(${LIST_MEMBER})(?:\s*,\s*(${LIST_MEMBER}))?\s*,?\s+(?:and|y|e)\s+(${LIST_MEMBER})(?![\p{L}])`, 'u');

/** One member of a list the claim gives: its terms, and for a state, body or place the party it stands for. */
export interface ListMember {
  terms: Map<string, number>;
  party: string | null;
}

/**
 * The parties of a list the claim gives ("sanctions on Petro and his family", "Petro, su esposa y su hijo", "with the
 * United States and Israel", "Colombia y Ecuador suspendieron"), each as its terms: a party the story knows, or a kin
 * word. Null where a member is neither.
 */
function listMembersOf(ctx: Pick<JudgeContext, 'story'> | undefined, view: ClaimView): ListMember[] | null {
  if (!ctx) return null;
  const m = PEOPLE_LIST.exec(view.text);
  if (!m) return null;
  const gaz = ctx.story.gazetteer;
  const members = [m[1], m[2], m[3]].filter((x): x is string => !!x);
  const read = members.map((x) => {
    const terms = prepareClaim(gaz, x, view.slots.language, view.year ?? null).terms;
    const actors = [...terms.keys()].filter((t) => t.startsWith('a:')).map((t) => gaz.actorById.get(t.slice(2))).filter((a) => !!a && a.kind !== 'media');
    const person = actors.some((a) => a!.kind === 'person');
    return { terms, party: person || !actors.length ? null : actors[0]!.party, known: actors.length > 0, kin: KIN_IN.test(x) };
  });
  // A list of parties: every member one the story knows, or kin. A list of states or bodies only as the doers or the
  // other party of an action the claim tells, not the two sides of a meeting ("entre la Unión Europea y la CELAC").
  if (!read.every((r) => r.known || r.kin)) return null;
  const states = read.some((r) => r.party);
  if (states && (/(?:between|entre)\s+(?:\p{L}+\s+)?$/iu.test(view.text.slice(0, m.index)) || !view.slots.actions.some((a) => a.object && !a.inferred))) return null;
  return read.filter((r) => r.terms.size > 0).map((r) => ({ terms: r.terms, party: r.party }));
}

/**
 * A circumstance a claim adds to the act, which is a fact of its own: at whose request, after or without consulting
 * whom, against whose wishes, together with whom, by what instrument, welcomed or criticised by whom ("a pedido do
 * Exército", "depois de consultar as Forças Armadas", "sin consultar al Congreso", "by decree", "medida aplaudida por
 * Washington"). To the next comma or the end.
 */
const ADJUNCT = /(?<![\p{L}])(?:(?:acting )?on (?:a |the )?(?:recommendation|advice|orders?) (?:of|from)|(?:por|a|siguiendo (?:la|una)?|seguindo (?:a|uma)?) recomenda(?:ci[oó]n|[cç][aã]o) d[eoa]s?l?|including|incluyendo|incluindo|inclusive|among them|among whom|entre ellos|entre ellas|entre eles|entre elas|entre los cuales|entre las cuales|entre os quais|entre as quais|in order to|so as to|to (?:force|pressure|push|compel|punish|protest)|para (?:forzar|presionar|obligar|castigar|pressionar|obrigar|for[cç]ar|punir)|at (?:the|his|her|their|\p{Lu}[\p{L}.]*)['’]?s? (?:request|behest)|(?:escorted|accompanied) by|escoltad[oa]s? por|acompa(?:[nñ]|nh)ad[oa]s? (?:de|por)|a pedido d[eoa]s?|por pedido d[eoa]s?|a petici[oó]n de(?:l)?|at the (?:request|behest) of|(?:at|on) the initiative of|(?:por|a) iniciativa d[eoa]s?l?|a instancias de(?:l)?|after consulting|depois de consultar|despu[eé]s de consultar|tras consultar|contra a vontade d[eoa]s?|contra la voluntad de(?:l)?|against the (?:wishes|will|advice) of|em conjunto com|en conjunto con|jointly with|in coordination with|em coordena[cç][aã]o com|en coordinaci[oó]n con|without consulting|sem consultar|sin consultar|by decree|por decreto|through (?:a|an) (?:presidential )?(?:decree|letter|order)|in a letter|en una carta|em (?:uma )?carta|numa carta|with the (?:support|backing|approval) of|com o apoio d[eoa]s?|con el apoyo de(?:l)?|(?:aplaudid|celebrad|criticad|condenad|elogiad|saudad)[oa]s? (?:por|pel[oa]s?)|(?:applauded|welcomed|praised|criticized|criticised|condemned) by)(?![\p{L}])(?:\s+[^,;:.]+)?/iu;

/** A circumstance's terms; strict where they are all the circumstance's own words (see holds in verdictFor). */
export interface Adjunct {
  terms: Map<string, number>;
  strict: boolean;
  /** Held by the outlet's sentence only, not somewhere in its article (a consequence: another event). */
  local?: boolean;
}

/** What the act protests against or answers: "in protest at the strikes", "em resposta às sanções", "en represalia por…". */
const PROTEST = new RegExp(String.raw`(?<![\p{L}])(?:${PROTEST_MARKERS})\s+([^,;:.]+)`, 'iu');

/**
 * The terms of the circumstance the claim adds (see ADJUNCT: its own words too, "pedido", "consultar"), or of what
 * it protests against (the words after the protest), places aside; null where it adds none.
 */
function adjunctTermsOf(ctx: Pick<JudgeContext, 'story'> | undefined, view: ClaimView): Adjunct[] | null {
  if (!ctx) return null;
  // (Hedges, "supostas", "alleged", qualify a circumstance's words and are not asked for.)
  const read = (text: string, plain: boolean) => {
    // (Places and media aside: where a thing happened and who reported it are compared as such.)
    const media = (t: string) => t.startsWith('a:') && ctx.story.gazetteer.actorById.get(t.slice(2))?.kind === 'media';
    const terms = [...prepareClaim(ctx.story.gazetteer, text, view.slots.language, view.year ?? null).terms.keys()].filter((t) => !t.startsWith('p:') && !media(t) && !LIGHT_PLAIN.has(t) && (plain || !t.startsWith('w:')));
    return terms.length ? new Map(terms.map((t) => [t, 1])) : null;
  };
  const out: Adjunct[] = [];
  const m = ADJUNCT.exec(view.text);
  const p = m ? null : PROTEST.exec(view.text);
  // (What the act answers is its concepts and parties: its plain words, "realizados", "ligados", describe them.)
  const first = m ? read(m[0], true) : p ? read(p[1]!, false) : null;
  // (A circumstance of ADJUNCT's is all its own words, "consultar", "pedido": half of them held at least.)
  if (first) out.push({ terms: first, strict: !!m });
  // (Not in two sentences glued together, "…de Donald Trump.O anúncio colombiano…": the first one's may be its own.)
  const glued = GLUED.test(view.text);
  for (const k of CIRCUMSTANCES) {
    if (glued && !k.acrossGlue) continue;
    const x = k.re.exec(view.text);
    // (One opening the sentence, "Em meio a uma forte crise…,", "Durante discurso,", frames it, unless its kind stands anywhere.)
    if (!x || (x.index === 0 && !(k.opening === true || (k.opening === 'unglued' && !glued)))) continue;
    let t = read(x[0], true) ?? (k.none ? new Map(k.none) : null);
    if (k.ownWords) t = new Map([...(t ?? []), ...k.ownWords(x[0]).map((w) => [`w:${stem(w, view.slots.language ?? 'en')}`, 1] as [string, number])]);
    if (t?.size && !k.skip?.(t)) out.push({ terms: t, strict: k.strict, ...(k.local ? { local: true } : {}) });
  }
  return out.length ? out : null;
}

/**
 * The hour of an act, a detail of its own beyond the day: "shortly before midnight", "in a late-night post", "de
 * madrugada", "por la noche", "à meia-noite", "at 11 p.m.".
 */
const HOUR = /(?<![\p{L}])(?:late[- ]night|late at night|(?:shortly |just )?(?:before|after|around|at|past) midnight|at dawn|at daybreak|in the (?:early|small) hours|overnight|(?:in the|on \p{L}+) (?:morning|evening|afternoon)|(?:a|à|na|de|pela) madrugada|de noche|por la (?:noche|ma[nñ]ana|tarde)|(?:en la|a la) (?:noche|medianoche|madrugada)|a medianoche|(?:à|na|pela|de) (?:noite|manh[aã]|tarde)|(?:à|a|na) meia-noite|(?:at|around|about)\s+(?:around\s+|about\s+|approximately\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock)|(?:a las|à|às) \d{1,2}(?:[:h]\d\d)?(?:\s*h(?:oras)?)?)(?![\p{L}])/iu;
/**
 * The mood a doer is told in: "visibly angry", "angrily", "Visiblemente molesto", "furioso", "com irritação". A
 * detail of what was seen, not of what was done: an outlet that does not tell it does not confirm it.
 */
const MOOD = /(?<![\p{L}])(?:(?:visibly|clearly|visiblemente|claramente)\s+)?(?:angry|angrily|furious(?:ly)?|irate|irritated|upset|enraged|emotional(?:ly)?|tearful(?:ly)?|molest[oa]s?|enojad[oa]s?|enfadad[oa]s?|furios[oa]s?|irritad[oa]s?|indignad[oa]s?|emocionad[oa]s?|exaltad[oa]s?|airad[oa]s?|irad[oa]s?|con (?:dureza|enojo|furia|indignaci[oó]n|rabia)|com (?:raiva|irrita[cç][aã]o|indigna[cç][aã]o|dureza|f[uú]ria)|in anger|with anger)(?![\p{L}])/iu;

/**
 * The occasion something was said on: "at a press conference", "in an interview with…", "en rueda de prensa", "em
 * entrevista coletiva", "in a speech to…". An outlet telling the words without it does not say where they were said.
 */
const OCCASION = /(?<![\p{L}])(?:at|in|during|en|em|durante|numa|na|no)\s+(?:a|an|the|his|her|una|un|uma|um|su|sua|seu)?\s*(?:(?:joint|televised|news|press|radio|weekly)\s+)?(?:press conference|news conference|press briefing|interview|speech|address|rally|rueda de prensa|conferencia de prensa|entrevista(?: coletiva)?|coletiva(?: de imprensa)?|discurso|mitin|com[ií]cio|alocu[cç][aã]o)(?![\p{L}])(?:\s+(?:with|to|before|on|con|ante|com|a|para|en|em|no|na)\s+[^,;:.]+)?/iu;

/** Words said aloud on an occasion: "in a speech", "at a rally", "en un discurso", "em entrevista coletiva". */
const SPOKEN_ON = /(?<![\p{L}])(?:in|at|during|en|em|durante|numa|na|no)\s+(?:a|an|the|his|her|una|un|uma|um|su|sua|seu)?\s*(?:(?:televised|radio|public)\s+)?(?:speech|address|rally|discurso|mitin|com[ií]cio|alocu[cç][aã]o)(?![\p{L}])/iu;

/**
 * The place a thing was done from: "from the presidential palace", "desde la Casa de Nariño", "do Palácio"; a city
 * opening the sentence or set off by commas, "Desde Santa Marta, Petro anunció…" (asked of the outlet's own words).
 */
const DONE_FROM = /(?<![\p{L}])(?:(?:^|(?<=,\s))(?:from|desde|de)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?(?=\s*,)|(?:from|desde|de dentro d[eoa]|a partir d[eoa])\s+(?:the\s+|la\s+|el\s+|o\s+|a\s+|his\s+|su\s+|seu\s+|sua\s+)?(?:(?:Casa de Nari[nñ]o|Palacio de Nari[nñ]o|Pal[aá]cio|presidential palace|palace|Casa Blanca|White House|Casa Branca|Oval Office|Despacho Oval|Sal[aã]o Oval|office|despacho|gabinete)(?:\s+presidential palace)?)(?![\p{L}])(?:\s+(?:in|en|em)\s+[^,;:.]+)?)/iu;

/**
 * A clause joined to the act with its own doer: ", and the US State Department called the decision regrettable", "y el
 * Departamento de Estado la calificó…", "e Washington classificou a medida como um erro". To the end of its clause.
 */
const OTHER_DOER_ACT = new RegExp(String.raw`,\s+(?:and|but|while|y|pero|mientras|e|mas|enquanto)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?\p{Lu}[\p{L}.]*\s+(?:(?:\p{Lu}[\p{L}.]*|de|del|do|da|of)\s+){0,4}(?:(?:la|lo|le|las|los|se|a|o|as|os|has|had|have|ha|han|tem)\s+)?${PAST_VERB}(?![\p{L}])[^,;:.]*`, 'u');

/** What a claim tells of the place its act was on, in a clause of its own: ", onde tem mais de 8 milhões de seguidores". */
const WHERE_ASIDE = /,\s+(?:where|donde|onde)\s+[^,;:.]+/iu;

/** Who stood behind or beside the doer: "Respaldado por su gabinete,", "Pressionado por aliados", "Ao lado do ministro", "Backed by". */
const BACKED_BY = /(?<![\p{L}])(?:backed by|supported by|pressured by|flanked by|alongside|(?:respaldad|apoyad|presionad|pressionad|apoiad|respaldad)[oa]s? (?:por|pel[oa]s?)|ao lado d[eoa]s?|junto a(?:l)?|acompa(?:[nñ]|nh)ad[oa] de)\s+[^,;:.]+/iu;
/** How often: "repeatedly", "reiteradamente", "repetidamente", "una y otra vez", "várias vezes". */
const OFTEN = /(?<![\p{L}])(?:repeatedly|again and again|time and again|reiteradamente|repetidamente|una y otra vez|en reiteradas ocasiones|varias veces|v[aá]rias vezes|em v[aá]rias ocasi[oõ]es)(?![\p{L}])/iu;

/** Plain words that tell nothing of their own in a circumstance: "left 76 dead", "dejaron", "deixaram", "took place". */
const LIGHT_PLAIN = new Set(['w:without', 'w:sin', 'w:sem', 'w:leav', 'w:left', 'w:deix', 'w:dej', 'w:took', 'w:tak', 'w:plac', 'w:hour', 'w:hor', 'w:day', 'w:dia', 'w:later', 'w:then', 'w:lueg', 'w:depois', 'w:despu', 'w:also', 'w:tambi', 'w:tamb', 'w:alleg', 'w:supuest', 'w:suspost', 'w:supost', 'w:presunt', 'w:suspect', 'w:sospech', 'w:suspeit', 'w:ongo', 'w:recent', 'w:dozen', 'w:decen', 'w:dezen', 'w:hundr', 'w:cent', 'w:several', 'w:vari', 'w:vári']);

/**
 * A second act the claim tells of its subject, after the first: "…and expelled the US ambassador", "…y luego la
 * borró", "…e anunciou que vai recorrer à ONU", "…, pero horas después la revocó". To the end of its clause.
 */
const SECOND_ACT = new RegExp(String.raw`(?<![\p{L}])(?:and|but|then|y|pero|e|mas)\s+(?:(?:then|later|also|luego|despu[eé]s|tambi[eé]n|depois|tamb[eé]m|horas despu[eé]s|horas depois|hours later)\s+)?(?:(?:la|lo|le|las|los|se|a|o|as|os)\s+)?${PAST_VERB}(?![\p{L}])[^,;:.]*`, 'u');
/**
 * What the act brought about, told by a verb of causing after it: ", o que levou o Pentágono a retirar…", ", which
 * prompted…", ", prompting…", ", provocando…". (Not a decision's reception, ", uma decisão que despertou críticas…":
 * a real page's label calls that subordinate.)
 */
const CONSEQUENCE = /,\s+(?:(?:which|o que|lo que|what)\s+(?:led|prompted|caused|forced|triggered|sparked|levou|llev[oó]|provocou|provoc[oó]|caus[oó]|causou|forzó|oblig[oó]|obrig[oó]u?|for[cç]ou|fez com que|hizo que|desencade[oó]u?|desencaden[oó])|prompting|leading|forcing|causing|sparking|triggering|llevando|levando|provocando|obligando|obrigando|forzando|for[cç]ando)\s+[^;:.]+/iu;

/**
 * When the act came, by another event: "after meeting his defence minister", "tras una reunión con la cúpula
 * militar", "during a cabinet meeting", "despite warnings from…", "hours after Trump called him…". (Not "amid a
 * crisis": a setting, not an event.)
 */
const WHEN_ADJUNCT = /(?<![\p{L}])(?:(?:hours|days|minutes|horas|d[ií]as|dias|minutos)\s+)?(?:after|despu[eé]s de(?:l)?|depois d[eoa]s?|tras|ap[oó]s|during|durante|despite|in spite of|a pesar de(?:l)?|apesar d[eoa]s?)\s+[^,;:.]+/iu;
/** What an act is told before or after: "dias antes da cúpula…", "days before the summit", "horas después de…". */
const BEFORE_AFTER = /(?<![\p{L}])(?:(?:hours|days|weeks|minutes|horas|d[ií]as|dias|semanas|minutos)\s+)?(?:before|after|antes d[eoa]s?l?|despu[eé]s de(?:l)?|depois d[eoa]s?)\s+[^,;:.]+/iu;

/**
 * The circumstances a claim may add to its act, each read where it stands (see adjunctTermsOf): `strict`, half its
 * plain words held (else one); `opening`, asked when it opens the sentence too (but for two sentences glued: 'unglued'); `acrossGlue`, read in two sentences
 * glued together; `none`, its terms when it has no word to find; `ownWords`, words asked besides its terms; `skip`,
 * what makes it no circumstance.
 */
const CIRCUMSTANCES: { re: RegExp; strict: boolean; local?: boolean; opening: boolean | 'unglued'; acrossGlue: boolean; none?: [string, number][]; ownWords?: (text: string) => string[]; skip?: (t: Map<string, number>) => boolean }[] = [
  // The hour and the mood, wherever they stand ("Visiblemente molesto, Petro acusó…"); an hour told by its figure
  // alone, "at around 10 p.m.", has no word to find: no outlet's words hold it.
  { re: HOUR, strict: true, opening: true, acrossGlue: true, none: [['w:@hour', 1]] },
  { re: MOOD, strict: true, opening: true, acrossGlue: true },
  { re: OCCASION, strict: true, opening: true, acrossGlue: false },
  // A palace named, "desde la Casa de Nariño", is the government as an actor: its own words are asked for too.
  { re: DONE_FROM, strict: true, opening: true, acrossGlue: false, ownWords: (text) => tokenize(foldPlain(text)).map((w) => w.word).filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !/^(?:from|desde|dentro)$/.test(w)) },
  { re: BACKED_BY, strict: true, opening: true, acrossGlue: false },
  { re: OFTEN, strict: true, opening: true, acrossGlue: false },
  // A second act is told by its own words, as a circumstance of ADJUNCT's is: half of them held.
  { re: SECOND_ACT, strict: true, opening: false, acrossGlue: true },
  // An event opening the sentence, "Tras una reunión de emergencia con la cúpula militar,", is asked too; a setting
  // opening it, "Em meio a uma forte crise…", is no event: WHEN_ADJUNCT does not read "amid".
  { re: WHEN_ADJUNCT, strict: false, opening: 'unglued', acrossGlue: true },
  { re: CONSEQUENCE, strict: false, opening: false, acrossGlue: true, local: true },
  // ", donde ordenó… suspender…": a where-clause telling the act itself is no aside.
  { re: WHERE_ASIDE, strict: false, opening: false, acrossGlue: true, skip: (t) => t.has('c:stop') || t.has('c:order') || t.has('c:announce') },
  { re: OTHER_DOER_ACT, strict: false, opening: false, acrossGlue: true },
];


/** A field named as a person's title: "intelligence expert", "experto en inteligencia", "analista de segurança". */
const FIELD_TITLE = /(?<![a-z])(?:(?:intelligence|security|defen[cs]e|drug|military)\s+(?:experts?|analysts?|specialists?|chiefs?|officials?|sources?)|(?:expert[oa]s?|especialistas?|analistas?|jef[ea]s?|chefes?|fuentes|fontes)\s+(?:en|em|de|da|do)\s+(?:inteligencia|seguridad|seguranca|defensa|defesa))(?![a-z])/g;

/** Reports, sources or critics said to speak: "Reports say at least 76…", "fuentes dijeron", "analistas afirmam". */
const OTHERS_SAY = /(?<![\p{L}])(?:reports?|sources|critics|analysts|experts|observers|officials|informes|reportes|fuentes|cr[ií]ticos|analistas|expertos|observadores|relatos|fontes|especialistas)\s+(?:\p{L}+\s+)?(?:say|says|said|suggest|suggested|indicate|indicated|claim|claimed|dicen|dijeron|afirman|afirmaron|indican|dizem|disseram|afirmam|afirmaram|indicam)(?![\p{L}])/iu;

/** Two sentences glued together by a page's markup: "…de Donald Trump.O anúncio colombiano…". */
const GLUED = /\p{Ll}[.!?]\p{Lu}/u;

/** Words that say all of something (folded): "all", "every", "entire", "toda", "todos", "inteiro", "completely". */
const UNIVERSAL = /(?<![a-z])(?:all|every|entire|whole|completely|totally|toda|todas|todo|todos|entera|entero|enteramente|completamente|totalmente|inteira|inteiro|inteiramente|integralmente)(?![a-z])/;
/**
 * "All" said of what the act is on ("toda la cooperación", "his entire cabinet", "toda a ajuda"): not of the order's
 * own words ("at all levels", "a todos los niveles"), which outlets tell in other words, nor of "all intelligence
 * sharing", which the real pages' labels confirm on a suspension of intelligence sharing.
 */
const ALL_OF = /(?<![a-z])(?:all|every|entire|whole|toda|todas|todo|todos|entera|entero|inteira|inteiro)\s+(?:(?:the|his|its|their|of|la|las|el|los|su|sus|a|as|o|os|sua|seu|suas|seus)\s+)?(?:\w+\s+)?(?:cooperation|cooperacion|cooperacao|contacts?|contactos|contatos|ties|relations|relaciones|relacoes|aid|ayuda|ajuda|cabinet|gabinete|government|gobierno|governo|agencies|agencias)(?![a-z])/;
/**
 * An act said to reach only part of what it could ("vale apenas para o serviço de inteligência militar", "se limita à
 * inteligência policial", "applies only to the police"): the restriction and the first words of what it keeps to.
 * ("No solo la de inteligencia" says more, not less.)
 */
const LIMITED = /(?<![a-z])(?<!(?:not|no|nao|nem)\s)(?:(?:only|solely|exclusively|solo|solamente|unicamente|exclusivamente|apenas|somente)\s+(?:(?:applies|apply|covers|affects|reaches|a|al|ao|a|para|to|the|la|el|o|os|las|los)\s+){0,3}|(?:se limita|limita-se|is limited|se restringe|restringe-se|is restricted)\s+(?:a|al|ao|as|to|the|la|el)?\s*)((?:\w+\s+){0,3}(?:intelig\w*|intellig\w*|polic\w*|milit\w*|agenc\w*|agency|servic\w*|forces|fuerzas|forcas)(?:\s+\w+){0,2})/;
/** All of what an act covers, or more than one part of it: "all intelligence sharing", "at all levels", "and other contacts", "y otros", "e demais". */
const WIDER = /(?<![a-z])(?:all|every|entire|toda|todas|todo|todos|entera|inteira)\s+(?:(?:the|its|of|la|las|el|los|a|as|o|os)\s+)?(?:\w+\s+){0,2}?(?:intellig\w*|intelig\w*|cooperation|cooperacion|cooperacao|agencies|agencias|sharing|intercambio|compartilhamento)|(?:and|y|e)\s+(?:other|otros|otras|outros|outras|demais)\s+(?:contacts|contactos|contatos|agencies|agencias|services|servicios|servicos|bodies|organismos|orgaos)/;

/** The words of a text a pattern over its folded form matches, as the text has them (accents and all), or null. */
function wordsOf(text: string, re: RegExp): string | null {
  const f = fold(text);
  const m = re.exec(f.text);
  return m ? text.slice(f.map[m.index]!, f.map[m.index + m[0].length]!).trim() : null;
}

/** Words that say only this: "only", "solo", "solamente", "únicamente", "só", "somente", "apenas", "exclusively". */
const ONLY_WORDS = String.raw`only|alone|solely|exclusively|merely|simply|solo|solamente|unicamente|exclusivamente|meramente|simplemente|somente|apenas|simplesmente`;
const RESTRICTIVE = new RegExp(String.raw`(?<![a-z])(?:${ONLY_WORDS}|so)(?![a-z])`);
/** The same, and a limit said as such ("se limita a"), where "só" is not English "so" ("so long as"). */
const ONLY = new RegExp(String.raw`(?<![a-z])(?:${ONLY_WORDS}|so(?!\s+(?:long|as|that|far|much|many|called)(?![a-z]))|limit\w*|restrict\w*|restring\w*)(?![a-z])`);


/** A condition an act hangs on: "if Washington attacked…", "unless…", "si este sigue…", "caso os EUA…". */
const IF_CLAUSE = /(?<![\p{L}])(?:if|unless|si|caso)\s+(?!(?:bien|no|sí|so|not)\s)\p{L}+/iu;
/** A verb told in the future or the conditional: "will", "would", "revocará", "suspendería", "vai". */
const FUTURE_VERB = /(?<![\p{L}])(?:will|would|\p{L}+(?:ará|erá|irá|aría|ería|iría|arán|erán|irán)|vai|vão|iria)(?![\p{L}])/iu;

/**
 * Military intelligence named ("military intelligence", "inteligencia militar"), which the outlets tell apart ("applies
 * to the military intelligence service"): the police's or the public force's is the order's own, which the real
 * pages' labels confirm on any outlet telling the order. An outlet's sentence holds it by naming it too, not by the
 * word "military" alone ("the US military's 'illegal' actions").
 */
const MILITARY_INTEL = /(?<![a-z])(?:(?:intelligence|inteligencia|intel)\s+(?:\w+\s+)?(?:military|militar|militares)|(?:military|militar)\s+(?:\w+\s+)?intelligence)(?![a-z])/;

/** Words opening an aside inside a sentence: what it names is a subordinate detail ("…, though US Secretary of State Marco Rubio called those reports “fake”", "…, including Volker Turk, …"). */
const ASIDE = /(?<![\p{L}])(?:though|although|even though|including|such as|aunque|si bien|incluyendo|incluido|incluida|entre ellos|embora|incluindo|inclusive|entre eles)(?![\p{L}])/iu;
/** Whether a name the claim gives (an actor "a:rubio", or unknown words "?volker turk") stands in an aside past its main clause. */
function namedAside(view: ClaimView, name: string): boolean {
  const aside = ASIDE.exec(view.text);
  if (!aside || aside.index < 15) return false;
  const id = name.startsWith('a:') ? name.slice(2) : null;
  const at = id ? view.slots.actors.find((a) => a.id === id)?.start : foldPlain(view.text).toLowerCase().indexOf(name.replace(/^\?/, '').split(' ')[0]!);
  return at !== undefined && at >= aside.index;
}

/** Reads a claim's confirmation gate. */
export function confirmGate(view: ClaimView, terms?: Map<string, number>, ctx?: Pick<JudgeContext, 'mainObject' | 'anyNamed' | 'anyHeads' | 'story'>, inferred?: ReadonlySet<string>): ConfirmGate {
  const mainObject = ctx?.mainObject ?? null;
  // "More US allies follow Britain in halting…", "Otros países se suman…": a doer no one names is not any named party.
  const unknownName = (!!ctx && !!view.names?.some((n) => n.startsWith('?') && !knownWord(ctx, n.slice(1)) && !namedAside(view, n))) || UNNAMED_GROUP.test(view.text);
  const unread = new Set<string>();
  // What a trailing gerund clause mentions ("…, referring to the two countries' history of cooperation") is an aside:
  // the sentence says nothing of it that needs reading.
  const tail = GERUND_TAIL.exec(view.text);
  // (Nor the field a person's title names: "Intelligence expert Jorge Mantilla", "analista de inteligencia".)
  const objectsIn = (text: string) => new Set(tokenize(foldPlain(text).replace(FIELD_TITLE, ' ')).map((t) => conceptOf(t.word)).map((c) => (c && OBJECT_CONCEPTS[c]) ?? c));
  const titled = objectsIn(view.text);
  const aside = tail ? objectsIn(tail[0]) : null;
  const main = tail ? objectsIn(view.text.slice(0, tail.index)) : null;
  for (const t of terms?.keys() ?? []) {
    const object = t.startsWith('c:') ? OBJECT_CONCEPTS[t.slice(2)] : undefined;
    if (object && aside?.has(object) && !main?.has(object)) continue;
    if (object && !titled.has(object)) continue;
    if (object && !view.slots.actions.some((a) => a.object === object)) unread.add(object);
  }
  // (Verbs of naming are no predicate of their own: "called the strikes…" is "described the attack as…"; "called
  // for an investigation" is a demand.)
  const demands = /(?<![\p{L}])call(?:s|ed|ing)?\s+for(?![\p{L}])/iu.test(view.text);
  const plain = [...(terms?.keys() ?? [])].filter((t) => t.startsWith('w:') && (demands || !NAMING_TERMS.has(t)));
  const spans = quotedWords(view.text) >= 4 ? quotedSpans(view.text).filter((q) => q.length >= 3) : [];
  const quoteTerms = ctx && spans.length ? prepareClaim(ctx.story.gazetteer, spans.join(' '), view.slots.language, view.year ?? null).terms : null;
  const quoted = quotedWords(view.text);
  const phrase = ctx && !spans.length && quoted >= 2 && quoted <= 3 ? prepareClaim(ctx.story.gazetteer, quotedSpans(view.text).join(' '), view.slots.language, view.year ?? null).terms : null;
  const phraseTerms = phrase && phrase.size >= 2 ? phrase : null;
  const folded = foldPlain(view.text);
  const ifClause = IF_CLAUSE.exec(view.text);
  const hypothetical = !!ifClause && (view.slots.actions.some((a) => (a.future || a.intended) && !a.condition && a.start < ifClause.index) || ((view.slots.events ?? []).length > 0 && FUTURE_VERB.test(view.text.slice(0, ifClause.index))));
  const conditioned = view.slots.actions.some((a) => a.condition) ? view.slots.actions.find((a) => !a.condition && a.object && a.subject) : undefined;
  const objectless = !view.slots.actions.length && !!terms?.has('c:stop') && [...terms.keys()].every((t) => t === 'c:stop' || t.startsWith('a:') || t.startsWith('p:'));
  // (A city standing for its state, "after Washington attacked…", is a party, not a place.)
  const occasions = [OCCASION, WHEN_ADJUNCT, DONE_FROM].map((re) => re.exec(view.text)).filter((m): m is RegExpExecArray => !!m);
  const occasionCities = view.slots.places.filter((p) => p.kind === 'city' && (p.locative || !view.slots.actors.some((a) => a.start === p.start)) && occasions.some((m) => p.start >= m.index && p.end <= m.index + m[0].length)).map((p) => p.id);
  const roles = rolesOf(view.text).filter((r) => !r.person && r.speaks);
  const charge = chargeOf(view);
  const negations = looseNegations(view.text, view.slots);
  return { terms: terms ?? null, roles, office: officeDoerOf(view.text), headVerb: headVerbOf(view), plainHead: plainHeadOf(view), began: startMonthOf(view), repeated: REPEATED.test(folded), oneWordQuote: quotedSpans(view.text).every((q) => !/\s/.test(q.trim())), ordered: orderedActOf(view), asides: new Set((view.names ?? []).filter((n) => namedAside(view, n))), quoteTerms, phraseTerms, negated: negations > 0, label: ctx ? labelOf(ctx.story.gazetteer, view) : null, ranking: ctx ? rankingOf(ctx.story.gazetteer, view.text, view.slots.language, view.year ?? null) : null, purposeNegated: negations > 0 && PURPOSE_CLAUSE.test(view.text) && looseNegations(view.text.replace(PURPOSE_CLAUSE, ' '), view.slots) === 0, turn: tellsTurn([view.slots]), plain, unread, unreadMain: !!mainObject && unread.has(mainObject), quotation: isQuotation(view.text), speaker: speakerOf(view.text), unknownName, predicate: ctx ? (nominalPredicate(ctx.story, view) ?? framingPredicate(ctx.story, view)) : null, charge, chargeTerms: charge && ctx ? [...prepareClaim(ctx.story.gazetteer, charge.words.join(' '), view.slots.language, view.year ?? null).terms.keys()].filter((t) => t.startsWith('c:') || (t.startsWith('w:') && crossesLanguages(t))) : [], cause: causeTermsOf(ctx, view), purpose: purposeTermsOf(ctx, view), answers: answersOf(ctx, view), respondedTo: respondedToOf(ctx, view), beforeAfter: ctx ? beforeAfterOf(ctx, view) : null, otherEvent: ctx ? otherEventOf(ctx, view) : null, accusation: accusationOf(view), strained: strainOf(ctx, view, terms), condemns: ctx ? condemnationOf(ctx.story.gazetteer, view, true) : null, scope: ctx ? scopeTermsOf(ctx, view) : null, own: ownTerms(view, terms, inferred), stopObject: ctx ? stopObjectOf(ctx.story, view) : null, members: listMembersOf(ctx, view), adjunct: adjunctTermsOf(ctx, view), ceases: CEASING.test(foldPlain(view.text)), otherSubject: ctx ? otherSubjectOf(ctx.story.gazetteer, view) : null, denies: view.slots.attributions.some((a) => a.kind === 'denied'), ifClause: hypothetical ? ifClause[0].trim() : null, military: MILITARY_INTEL.test(folded), universal: ALL_OF.test(folded), restrictive: RESTRICTIVE.test(folded), limited: wordsOf(view.text, LIMITED), conditionParty: conditioned?.subject && ctx ? partyOf(ctx.story.gazetteer, conditioned.subject) : null, objectless, occasionCities, glued: GLUED.test(view.text), reported: ctx ? reportedTermsOf(ctx.story, view) : null, main: ctx ? mainClauseTermsOf(ctx.story, view) : null, leavesOut: [...view.text.matchAll(WITHOUT)].length > 0, whereabouts: whereaboutsOf(view) };
}

export function verdictFor(ctx: JudgeContext, outlet: string, view: ClaimView, cands: Candidate[], gate: ConfirmGate = confirmGate(view, undefined, ctx)): EngineVerdict {
  const mine = cands.filter((c) => ctx.claims[c.claim]!.record.outlet === outlet);
  // ("Dozens of victims" beside the action it follows is no figure to agree on: it neither confirms nor disputes one,
  // GUIDE; where no action is told, the vague figure is what the claim says, and only "dozens" agrees with it.)
  const explicitAction = view.slots.actions.some((a) => a.object && !a.inferred && !a.condition);
  const specifics = view.slots.quantities.some((q) => q.unit && (q.hedge !== 'vague' || !explicitAction));
  // Whether the outlet's claim speaks to any of the judged claim's figures at all.
  const figured = (c: Candidate) => c.pair.agreements.includes('quantity') || c.pair.conflicts.some((r) => r.kind === 'quantity');
  // Judge on the outlet's sentences about the claim's core (its figure, else its action) when it has any.
  // "The measure was announced after the summit in Bogotá": an action reached through "the measure" is context, not the core.
  const core = specifics ? mine.filter(figured) : explicitAction ? mine.filter((c) => toldAction(c.pair)) : mine;
  const own = core.length ? core : mine;
  // Evidence that confirms: a matching figure, place, day or action ("the measure" alone and sourcing alone confirm nothing).
  // (So does the act told as the answer to what the claim says it answers: "The decision comes as a direct response to
  // US strikes…" against "Petro ordered a halt… in protest against American missile strikes": half its concepts at least.)
  const answered = (c: Candidate) => {
    if (!gate.answers || !c.pair.agreements.some((a) => a === 'context' || a === 'action')) return false;
    const theirs = answeredByOf(ctx, c.claim);
    return [...gate.answers].filter((t) => theirs.has(t)).length >= Math.ceil(gate.answers.size / 2);
  };
  // (And the same doer condemning the same thing: "Petro had criticized the deadly US strikes on vessels" against
  // "Petro has condemned the attacks as “extrajudicial killings”": half of what the claim says was condemned.)
  const condemned = (c: Candidate) => {
    const theirs = gate.condemns ? condemnedIn(ctx, c.claim) : null;
    if (!theirs || !sameVoice(ctx, theirs.doer, gate.condemns!.doer)) return false;
    return [...gate.condemns!.target].filter((t) => theirs.target.has(t)).length >= Math.ceil(gate.condemns!.target.size / 2);
  };
  // (Where both name places, one of the claim's is the outlet's: the same condemnation "in the Pacific" is not told
  // by one of the strikes in the Caribbean; "in the Caribbean and the Pacific" is, by one naming the Caribbean.)
  // (States are parties here, "ataques de Estados Unidos": the seas, regions and cities are compared.)
  const placeShared = (c: Candidate) => {
    const where = (ps: readonly PlaceSlot[]) => ps.filter((p) => p.kind !== 'country');
    const mine = where(view.slots.places);
    const theirs = where(ctx.claims[c.claim]!.view.slots.places);
    return placesShared(mine, theirs);
  };
  // (And relations told strained between the same parties: "As relações entre os Estados Unidos e a Colômbia se
  // deterioraram" against "Relations between Bogotá and Washington have sharply deteriorated": each state the claim
  // names, by its party, in the outlet's sentence, which tells tension too.)
  const strained = (c: Candidate) => {
    if (!gate.strained) return false;
    const other = ctx.claims[c.claim]!;
    const parties = new Set(other.view.slots.actors.map((a) => a.party));
    // (Relations told, not a tension framing something else: "amid a public spat, the Trump administration imposed…".)
    if (!other.terms.has('c:tension') || !other.terms.has('c:relations') || !gate.strained.parties.every((p) => parties.has(p))) return false;
    // (Relations the claim says got worse are not told by relations only said to be tense: "have deteriorated sharply
    // in recent months" against "has maintained tense relations… since January".)
    if (gate.strained.worse && !WORSENED.test(other.record.text)) return false;
    // (Strained since one thing is not strained since another: "desde a chegada de Petro e Trump ao poder" against
    // "since the start of the Pentagon's Caribbean adventurism".)
    const mine = gate.strained.since;
    const theirs = sinceIn(ctx, c.claim);
    if (!mine || !theirs) return true;
    // (The states are the relation's own parties: "Trump" brings the US, as "the Pentagon" does.)
    const state = (t: string) => t.startsWith('a:') && ctx.story.gazetteer.actorById.get(t.slice(2))?.kind === 'state';
    return [...mine.keys()].some((t) => theirs.has(t) && !state(t));
  };
  // (And the same parties ranked alike: "hará más daño a Colombia que a Estados Unidos" against "will hurt Colombia far
  // more than the U.S.".)
  const compared = (c: Candidate) => comparedAlike(view, ctx.claims[c.claim]!.view);
  // How the outlet's sentence ranks what the claim ranks (see rankingOf): the same way round, in other words ("has to
  // rank below", "tiene que quedar por debajo de"); turned round ("the human rights of Caribbean people must give way
  // to the fight against drugs" against "the fight against drugs must be subordinated to the human rights…"); or with
  // another thing on one side ("subordinated to national sovereignty"); null where it ranks nothing of it.
  const ranking = gate.ranking;
  const rankingTo = (c: Candidate): 'same' | 'flipped' | 'other' | null => {
    const theirs = ranking ? rankingIn(ctx, c.claim) : null;
    if (!theirs) return null;
    if ([...ranking!.low].some((t) => theirs.high.has(t) && !theirs.low.has(t)) && [...ranking!.high].some((t) => theirs.low.has(t) && !theirs.high.has(t))) return 'flipped';
    const low = [...ranking!.low].some((t) => theirs.low.has(t));
    const high = [...ranking!.high].some((t) => theirs.high.has(t));
    return low && high ? 'same' : low !== high ? 'other' : null;
  };
  // (The same ranking tells the claim where said by its speaker, named in the outlet's sentence: a ranking given to no
  // one there may be anyone's.)
  const rankingHeld = (c: Candidate) => {
    const to = rankingTo(c);
    return to !== 'flipped' && to !== 'other';
  };
  const ranked = (c: Candidate) => rankingTo(c) === 'same' && (!gate.speaker || (!!ctx.speakers[c.claim] && sameVoice(ctx, ctx.speakers[c.claim]!, gate.speaker)));
  // How the outlet's sentence calls what the claim says someone called something (see labelOf): the same party calling
  // the same thing the same ("UN officials described the strikes as extrajudicial killings" against "…UN officials
  // blasting the actions as tantamount to extrajudicial killings"); another caller or another one called ("Petro
  // called Trump an illegal drug leader" against "…calling Petro an “illegal drug trafficker”", "Trump described the
  // strikes as…" against "Petro described the attack, ordered by US President Donald Trump, as…"); or another name
  // ("líder de extrema esquerda" against "an illegal drug leader"). What it is called: half of it at least, all of it
  // when it is one or two things, its words within one language or where the vocabulary carries them.
  const labelTo = (c: Candidate): 'same' | 'otherParties' | 'otherName' | null => {
    const mine = gate.label;
    const theirs = mine ? labelIn(ctx, c.claim) : null;
    if (!mine || !theirs) return null;
    const what = [...mine.what].filter((t) => t.startsWith('c:') || theirs.language === mine.language || crossesLanguages(t));
    const held = what.filter((t) => theirs.what.has(t)).length;
    if (what.length <= 2 ? held < what.length : held * 2 < what.length) return 'otherName';
    const doer = theirs.doer === null || mine.doer === null || theirs.doer === mine.doer;
    const called = !mine.called.size || !theirs.called.size || [...mine.called].some((x) => theirs.called.has(x));
    return doer && called ? 'same' : 'otherParties';
  };
  const labelled = (c: Candidate) => labelTo(c) === 'same';
  // What the claim says someone called something is told by the same party calling it that, or by its quotation where
  // the sentence calls it nothing else; never by another party calling it so.
  const labelHeld = (c: Candidate) => {
    if (!gate.label) return true;
    const to = labelTo(c);
    return to === 'same' || (to === null && quoteHeld(c));
  };
  const told = (c: Candidate) => (answered(c) || condemned(c) || strained(c) || compared(c) || ranked(c) || labelled(c)) && placeShared(c);
  const agreed = (c: Candidate) => c.pair.agreements.some((a) => a !== 'sourcing' && a !== 'context');
  const evidence = (c: Candidate) => agreed(c) || told(c);
  // Fail closed: the outlet's sentence must hold most of what the claim says, not only its action or a clause of it.
  // Who the claim names is part of what it says: an outlet whose article never names that person, body, medium
  // ("told NBC", "Rubio said", "Defence Minister Pedro Arnulfo Sánchez") cannot confirm it.
  const named = ctx.named.get(outlet);
  // Nor the party the claim opens on ("Holanda e Canadá anunciaram que seguirão o exemplo britânico…"): what it says
  // of a state or a person the outlet never names is not the outlet's report.
  const lead = leadParty(view.slots.actors);
  const leadUnnamed = !!lead && (view.text.slice(0, lead.start).match(/\p{L}+/gu) ?? []).length <= 2 && !named?.has(`a:${lead.id}`) && !named?.has(`a:${lead.party}`);
  // (A body the claim gives as the doer, opening it or after "by", "the State Department", "el Departamento del
  // Tesoro", is named by the outlet too: its state's name is not the body's.)
  const doer = (a: ActorSlot) => a === lead || /(?:^|\s)(?:by|por|pelo|pela|pelos|pelas)\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?(?:\p{Lu}\p{L}*\s+)?$/u.test(view.text.slice(Math.max(0, a.start - 30), a.start));
  const bodyUnnamed = view.slots.actors.some((a) => a.kind === 'body' && doer(a) && !named?.has(`a:${a.id}`));
  const unnamed = gate.unknownName || leadUnnamed || bodyUnnamed || !!view.names?.some((n) => !n.startsWith('?') && !n.split(' ').some((w) => named?.has(w)) && !gate.asides.has(n));
  // A statement that something did not happen is not confirmed by a sentence that negates nothing; a sentence that
  // tells an action and its opposite is about the turn, and a report of either one alone does not confirm it.
  // Nor, since nothing says what the claim does to them, by a sentence that only shares its words.
  const unreadAction = (c: Candidate) =>
    ctx.claims[c.claim]!.view.slots.actions.some((a) => a.object && !a.condition && !a.inferred && gate.unread.has(a.object)) ||
    (gate.unreadMain && c.coverage < SAME_SENTENCE && !c.pair.agreements.some((a) => a !== 'sourcing' && a !== 'context'));
  // A quotation is confirmed by the outlet quoting it (in any language or wording), not by its own summary of the
  // matter: "he ordered security forces to halt cooperation" does not report what Petro wrote.
  const quoted = (c: Candidate) => {
    if (!gate.quotation) return true;
    const { record, view: v } = ctx.claims[c.claim]!;
    return quotedWords(record.text) >= 3 || SPEECH_VERB.test(record.text) || v.slots.attributions.some((a) => a.kind === 'said' || a.kind === 'announced');
  };
  // "The UK announced it" is not confirmed by "CNN reported that the UK…" (nor disputed: GUIDE).
  const sameSource = (c: Candidate) => !c.pair.missing.includes('sourcing');
  // "The first time", "the only leader": the outlet says it too (see compareExtent).
  const sameExtent = (c: Candidate) => !c.pair.missing.includes('extent');
  // Where the claim says its subject was ("Petro, que estava em Santa Marta, anunciou…", "Petro, who was in Bogotá,
  // …"): the outlet's sentence says so too, or it tells the act without it.
  const whereHeld = (c: Candidate) => gate.whereabouts.every((p) => ctx.claims[c.claim]!.view.slots.places.some((x) => x.id === p.id));

  // "Britain's pause opens a rare rift": the pause reported is not the rift; the outlet must say that too.
  // (A quotation the outlet holds is what the claim says of it: "the suspension might look like… but was “tremendously
  // naive”" against "…may appear to be a show of sovereignty, but it is “tremendously naive”".)
  const predicated = (c: Candidate) => !gate.predicate || c.coverage >= SAME_SENTENCE || holdsPredicate(gate.predicate, ctx.claims[c.claim]!.record.text, ctx.claims[c.claim]!.view.slots.language ?? 'en') || quoteHeld(c) || phraseHeld(c);
  // A place, day or platform agreeing says where or when, not what: with nothing else agreeing ("summoned the US
  // envoy in Bogotá" against "met the fisherman's family in Bogotá"), the sentence must cover the claim as words do.
  const oneLanguage = (c: Candidate) => !!view.slots.language && ctx.claims[c.claim]!.view.slots.language === view.slots.language;
  const circumstantial = (c: Candidate) => !told(c) && c.pair.agreements.every((a) => a === 'place' || a === 'time' || a === 'platform' || a === 'sourcing');
  // A quotation the outlet quotes in other words or another language: its quoted words held, whatever else the claim
  // says around them ("…, Petro said of a Colombian fisherman reportedly killed in a US strike").
  // At least three of its words are there: two shared words of a short quotation ("para descolonizar la lucha contra
  // los narcotraficantes") are the theme, not the quotation.
  // Nor is it held where, between the words the two share, the outlet quotes a concept the claim's quotation has not
  // ("subordinate to the people's will" against "subordinated to the human rights of the Caribbean people"): a word
  // of the quotation replaced, not translated.
  // Two of the words held at least are inside the outlet's quotation marks (the words that introduce a quotation, "the
  // fight against drug trafficking “must be…”", are often the quotation's too): "“…subordinated to the human
  // rights…,” Petro wrote, also following UN officials blasting the actions as extrajudicial killings" does not
  // quote "killings".
  // Asked by several gates of the same candidate: read once each.
  const quoteHolds = new Map<Candidate, boolean>();
  const quoteHeld = (c: Candidate): boolean => {
    let held = quoteHolds.get(c);
    if (held === undefined) quoteHolds.set(c, (held = holdsQuote(c)));
    return held;
  };
  // One term found in a sentence's terms (across two languages, by its cognate too).
  const heldIn = (t: string, terms: Map<string, number>, cross: boolean) => ctx.index.coverage(new Map([[t, 1]]), terms, cross) > 0;
  const holdsQuote = (c: Candidate): boolean => {
    const other = ctx.claims[c.claim]!;
    if (!gate.quoteTerms || quotedWords(other.record.text) < 4) return false;
    const cross = !oneLanguage(c);
    if (ctx.index.coverage(gate.quoteTerms, other.terms, cross) < WORDS_ONLY_MIN) return false;
    const theirs = quoteTermsOf(ctx, c.claim);
    const held = [...gate.quoteTerms.keys()].filter((t) => heldIn(t, other.terms, cross));
    return held.length >= 3 && held.filter((t) => heldIn(t, theirs, cross)).length >= 2 && !replacedInQuote(gate.quoteTerms, other.record.text);
  };
  // A short quotation ("“artificialmente inflados”", "“trabalhadores do narcotráfico”") is held where every one of its
  // words is inside the outlet's quotation marks, in any language: the same words quoted are the same statement.
  const phraseCounts = new Map<Candidate, number>();
  const phraseWords = (c: Candidate): number => {
    if (!gate.phraseTerms) return 0;
    let n = phraseCounts.get(c);
    if (n === undefined) {
      const theirs = quoteTermsOf(ctx, c.claim);
      phraseCounts.set(c, (n = [...gate.phraseTerms.keys()].filter((t) => heldIn(t, theirs, !oneLanguage(c))).length));
    }
    return n;
  };
  const phraseHeld = (c: Candidate): boolean => !!gate.phraseTerms && phraseWords(c) === gate.phraseTerms.size;
  // Some of its words quoted and one replaced ("“tremendamente irresponsável”" against "“tremendously naive”"): the
  // outlet quotes something else, which confirms nothing.
  const phraseReplaced = (c: Candidate): boolean => !!gate.phraseTerms && phraseWords(c) > 0 && phraseWords(c) < gate.phraseTerms.size;
  // What a claim reports said in its own words ("el jefe de Estado sostuvo que la lucha antidrogas debe quedar
  // supeditada a los derechos humanos…") is held as a quotation is: by the outlet quoting it, three of its words
  // inside the outlet's quotation marks and most of them in the sentence, in any language.
  const reportQuoted = (c: Candidate) => {
    if (!gate.reported || gate.quoteTerms || quotedWords(ctx.claims[c.claim]!.record.text) < 4) return false;
    // (A speaker the claim names is the one the outlet's sentence gives the words to.)
    const voice = ctx.speakers[c.claim];
    if (gate.speaker && !(voice && sameVoice(ctx, voice, gate.speaker))) return false;
    const other = ctx.claims[c.claim]!;
    const cross = !oneLanguage(c);
    if (ctx.index.coverage(gate.reported, other.terms, cross) < WORDS_ONLY_MIN) return false;
    const theirs = quoteTermsOf(ctx, c.claim);
    return [...gate.reported.keys()].filter((t) => !t.startsWith('a:') && heldIn(t, theirs, cross)).length >= 3;
  };
  // A people the claim names past the story's own two and the parties of those it names ("…los derechos humanos del
  // pueblo venezolano") is the outlet's sentence's too: "…of the Caribbean people" says something else of someone else.
  // (By its adjective: a state named as a place, "na costa da Venezuela", or beside the story's own doer, "The UK and
  // Colombia's decisions…", may be told by a sentence on the rest.)
  const thirdStates = view.slots.actors.filter((a) => a.kind === 'state' && DEMONYM.test(a.text) && a.id !== ctx.mainCounterpart && a.id !== ctx.mainSubject && !view.slots.actors.some((x) => x.kind !== 'state' && x.party === a.id));
  const statesHeld = (c: Candidate) => !thirdStates.length || thirdStates.every((a) => ctx.claims[c.claim]!.view.slots.actors.some((x) => x.party === a.id));
  // The claim's speaker, told by office alone, and the outlet's given an office that can't be it (see roles.ts).
  // The office told as the doer is the outlet's sentence's too: "Colombia's defence minister ordered the armed forces to
  // stop…" is not told by "Petro on Tuesday ordered a halt…", the same act by another.
  // Where the claim tells what its act answers ("…en respuesta a las sanciones contra Petro"), the sentence telling
  // only that ("the US Department of the Treasury imposed sanctions on Petro…") is not the act: it tells the act's
  // object too.
  const answeredAct = gate.answers ? view.slots.actions.find((a) => a.object && !a.condition && !a.inferred) : undefined;
  const actHeld = (c: Candidate) => !answeredAct || ctx.claims[c.claim]!.view.slots.actions.some((a) => a.object === answeredAct.object);
  // (And what it answers is the sentence's too, "las sanciones contra Petro" not told by "…halt intelligence
  // cooperation… in protest against American missile strikes", nor by one telling the act and no cause at all: the
  // claim asserts the link.)
  const answerHeld = (c: Candidate) => {
    if (!gate.answers) return true;
    const theirs = answeredByOf(ctx, c.claim);
    return [...gate.answers].some((t) => theirs.has(t) || ctx.claims[c.claim]!.terms.has(t));
  };
  // What the claim says its act covers or leaves out ("The suspension also covers cooperation with the DEA on
  // extraditions") is the confirming sentence's too, most of it: the act told whole does not say what it reaches.
  // Signing the act into being ("Petro firmó un decreto que suspende…") is what the claim tells of it: the outlet's
  // sentence signs it too, or it tells the act without the decree.
  const signedHeld = (c: Candidate) => gate.headVerb?.verb !== 'c:sign' || ctx.claims[c.claim]!.terms.has('c:sign');
  const scopeHeld = (c: Candidate) => !gate.scope || ctx.index.coverage(gate.scope.terms, ctx.claims[c.claim]!.terms, !oneLanguage(c)) >= CONFIRM_MIN;
  let officeAsked = true;
  const officeHeld = (c: Candidate) => !officeAsked || !gate.office || rolesOf(ctx.claims[c.claim]!.record.text).some((r) => r.office === gate.office!.office && (!gate.office!.portfolio || !r.portfolio || r.portfolio === gate.office!.portfolio));
  const roleClash = (c: Candidate): [Role, Role] | null => {
    if (!gate.roles.length || c.pair.conflicts.length || c.coverage < CONFIRM_MIN) return null;
    const theirs = rolesOf(ctx.claims[c.claim]!.record.text);
    for (const ours of gate.roles) {
      const same = theirs.filter((t) => t.speaks && (!t.person || t.person === ctx.speakers[c.claim]));
      const other = same.find((t) => rolesClash(ours, t));
      if (other) return [ours, other];
    }
    return null;
  };
  // The medium the claim gives its words to or takes them from ("consultados por el diario El Tiempo") is the outlet's
  // sentence's, where that sentence names one: "told El Colombiano" is another interview.
  let mediaAside = false;
  const mediaHeld = (c: Candidate) => {
    if (mediaAside) return true;
    const mine = view.slots.actors.filter((a) => a.kind === 'media').map((a) => a.id);
    if (!mine.length) return true;
    const theirs = ctx.claims[c.claim]!.view.slots.actors.filter((a) => a.kind === 'media').map((a) => a.id);
    return !theirs.length || theirs.some((id) => mine.includes(id));
  };
  const wordsHold = (c: Candidate) => {
    if (!circumstantial(c) || quoteHeld(c) || phraseHeld(c) || reportQuoted(c) || ranked(c)) return true;
    const other = ctx.claims[c.claim]!;
    // In one language, one of the claim's own words (its verb most often: "called") is enough beside the detail.
    return c.coverage >= WORDS_ONLY_MIN || (oneLanguage(c) && plainHeld(gate.plain, other.terms) > 0);
  };
  // Who said it: "Petro admitted that…" is not confirmed by the words of the analyst an outlet quotes.
  const sameSpeaker = (c: Candidate) => {
    if (!gate.speaker) return true;
    const theirs = ctx.speakers[c.claim];
    if (theirs) return sameVoice(ctx, theirs, gate.speaker);
    // An outlet's sentence that names no one saying it ("The strikes are believed to have killed at least 75 people")
    // does not report what the claim's speaker said, unless it names that speaker or says who spoke.
    const { record, terms: theirTerms } = ctx.claims[c.claim]!;
    // (A person's state named speaks with his voice; a body is named as itself: "the US" named as a party is not the
    // Pentagon speaking.)
    const speaker = actorOfWord(ctx, gate.speaker);
    // (Nor is a nationality a state named: "a Colombian fisherman" does not name Colombia speaking for Petro.)
    const slots = ctx.claims[c.claim]!.view.slots;
    const namedActor = (id: string) => slots.actors.some((a) => a.id === id && !DEMONYM.test(a.text)) || (!slots.actors.some((a) => a.id === id) && theirTerms.has(`a:${id}`));
    const named = speaker && speaker.kind !== 'person' ? theirTerms.has(`a:${speaker.id}`) : [...theirTerms.keys()].some((t) => t.startsWith('a:') && sameVoice(ctx, t.slice(2), gate.speaker!) && namedActor(t.slice(2)));
    // ("Reports say…", "Fuentes dijeron…": the sentence says who spoke, and it is not the claim's speaker.)
    if (!named && OTHERS_SAY.test(record.text)) return false;
    return named || SPEECH_VERB.test(record.text) || quotedWords(record.text) >= 3 || HELD_AS_BELIEF.test(record.text);
  };
  // "Venezuela believes the attack is a pretext", "concerns that Washington may be preparing…": someone's belief or a
  // hedge does not confirm the fact stated flat.
  const claimHedged = HELD_AS_BELIEF.test(view.text) || SPEECH_VERB.test(view.text) || COMMENTATOR_VIEW.test(view.text);
  const heldAsFact = (c: Candidate) => {
    if (claimHedged) return true;
    const parts = beliefOf(ctx, c.claim);
    if (!parts) return true;
    if (!gate.terms || !parts.outside) return false;
    // The claim is the belief's content when the belief's clause holds more of it than the rest of the sentence.
    const out = ctx.index.coverage(gate.terms, parts.outside);
    return out >= CONFIRM_MIN || out >= ctx.index.coverage(gate.terms, parts.inside);
  };
  // The claim's quotation with one of its words replaced in the outlet's is not the outlet's quotation.
  // (So is a quotation whose concept the outlet's quotation of the same words, in the same language, does not name:
  // "“A clan of drug traffickers wants to end democracy…”" against "“A clan of pedophiles wants to end democracy…”".
  // A translation names its concepts in words of its own.)
  const conceptDropped = (c: Candidate) => {
    if (!gate.quoteTerms || !oneLanguage(c)) return false;
    const other = ctx.claims[c.claim]!;
    const cross = false;
    const concepts = [...gate.quoteTerms.keys()].filter((t) => t.startsWith('c:'));
    if (!concepts.length || quotedWords(other.record.text) < 4) return false;
    const theirs = quoteTermsOf(ctx, c.claim);
    const inQuote = [...gate.quoteTerms.keys()].filter((t) => heldIn(t, theirs, cross)).length;
    return inQuote >= 3 && concepts.some((t) => !heldIn(t, other.terms, cross));
  };
  // What the claim has its speaker call a thing, the outlet gives as someone else's name for it: "Petro called the
  // strikes extrajudicial killings" against "…, Petro wrote, also following UN officials blasting the actions as
  // tantamount to extrajudicial killings".
  const calledByOther = (c: Candidate) =>
    !!gate.speaker && !!gate.terms && NAME_CALLED.test(view.text) && othersCallsOf(ctx, c.claim).some((o) => !o.by.includes(gate.speaker!) && [...gate.terms!.keys()].some((t) => o.terms.has(t)));
  const misquotes = (c: Candidate) => calledByOther(c) || !!gate.quoteTerms && (replacedInQuote(gate.quoteTerms, ctx.claims[c.claim]!.record.text) || conceptDropped(c));
  // "Petro anunciou que a Colômbia vai romper relações diplomáticas…" is not told by the sentences on intelligence.
  // (And the outlet's sentence tells a stop or a negation too: "relations have deteriorated" is no break.)
  const objectHeld = (c: Candidate) => {
    if (!gate.stopObject) return true;
    const other = ctx.claims[c.claim]!;
    return ctx.index.coverage(gate.stopObject, other.terms, !oneLanguage(c)) > 0 && (other.terms.has('c:stop') || ctx.negated[c.claim]! || other.view.slots.actions.some((a) => a.polarity === 'stop'));
  };
  // "Colombia has also stopped sharing intelligence with the United Kingdom": the story's action toward another party
  // than the story's own is another fact unless the outlet's sentence names that party.
  const counterpartHeld = (c: Candidate) => {
    const other = ctx.claims[c.claim]!;
    return view.slots.actions.every((a) => !a.counterpart || a.inferred || a.object !== ctx.mainObject || a.counterpart === ctx.mainCounterpart || other.terms.has(`a:${a.counterpart}`));
  };
  // A motive the claim gives ("sancionó a Petro como represalia por la suspensión") is the outlet's too, or the outlet
  // tells the act without it: another fact.
  // Each person of a list the claim gives is in the outlet's sentence: "sanctioned Petro" does not confirm "sanctions
  // on Petro and his family".
  // A state, body or place of the list is held as its party ("Bogota" as Colombia), in the sentence, or where the
  // outlet's article tells that party's own action ("The UK and Colombia's decisions…" against an article telling
  // each): a party the outlet never shows acting ("Colombia y Ecuador suspendieron…") is not the outlet's report.
  const partyHeld = (party: string, terms: Map<string, number>) => [...terms.keys()].some((t) => t.startsWith('a:') && ctx.story.gazetteer.actorById.get(t.slice(2))?.party === party);
  const actsIn = (party: string) => actingPartiesOf(ctx, outlet).has(party);
  const everyMember = (c: Candidate) =>
    !gate.members ||
    gate.members.every((m) => (m.party ? partyHeld(m.party, ctx.claims[c.claim]!.terms) || actsIn(m.party) : ctx.index.coverage(m.terms, ctx.claims[c.claim]!.terms, !oneLanguage(c)) > 0));
  // A circumstance the claim adds ("a pedido do Exército", "depois de consultar as Forças Armadas") is a fact of its
  // own: the outlet's sentence holds it, or the outlet's article does somewhere ("em protesto contra os bombardeios"
  // beside a sentence that tells only the suspension); else the outlet tells the act without it.
  // (Its concepts and parties all; of its plain words, "expelled", "ambassador", one at least, and for a circumstance
  // told by its own words ("without consulting his defence minister") half: a plain word is often the outlet's in
  // other words.)
  const holds = (terms: string[], strict: boolean, theirs: Map<string, number>, cross: boolean) => {
    const plain = terms.filter((t) => t.startsWith('w:'));
    const held = plain.filter((t) => heldIn(t, theirs, cross)).length;
    return terms.every((t) => t.startsWith('w:') || heldIn(t, theirs, cross)) && (!plain.length || (held >= 1 && (!strict || held * 2 >= plain.length)));
  };
  const circumstanceHeld = (c: Candidate) =>
    !gate.adjunct ||
    gate.adjunct.every(({ terms: t, strict, local }) => {
      const terms = [...t.keys()];
      return holds(terms, strict, ctx.claims[c.claim]!.terms, !oneLanguage(c)) || (!local && holds(terms, strict, articleTermsOf(ctx, outlet), true));
    });
  // "Colombia dejará de participar en el Grupo Egmont": to cease doing something is not done by a sentence telling it
  // being done ("the schemes in which Colombia participates"); the outlet's sentence tells a stop or a negation too.
  const ceaseHeld = (c: Candidate) => {
    if (!gate.ceases) return true;
    const other = ctx.claims[c.claim]!;
    return other.terms.has('c:stop') || ctx.negated[c.claim]! || other.view.slots.actions.some((a) => a.polarity === 'stop') || CEASING.test(foldPlain(other.record.text));
  };
  // What the outlet's sentence says it leaves out is not what it says: "rejecting the use of force, without directly
  // mentioning the United States" does not hold "condenan directamente a Estados Unidos" (unless the claim leaves it
  // out too).
  const notLeftOut = (c: Candidate) => gate.leavesOut || !gate.terms || ![...gate.terms.keys()].some((t) => leftOutOf(ctx, c.claim).has(t));
  // The cause the claim gives ("the carrier's arrival led Petro to suspend…") is the outlet's too (one of its words at
  // least): the act told without it, or for another cause, is another fact.
  // The verb right after the claim's subject, done to a party for something ("Petro apologised to Washington for
  // suspending intelligence sharing"): what the claim says the subject did; the outlet's sentence has it too, as a
  // concept or, in another language, by its translation (a word the vocabulary does not translate is not held).
  const plainHeadHeld = (c: Candidate) => !gate.plainHead || ctx.claims[c.claim]!.terms.has(gate.plainHead) || (oneLanguage(c) && !gate.plainHead.startsWith('c:') && heldIn(gate.plainHead, ctx.claims[c.claim]!.terms, false));
  // An act told as the response to another ("El Tesoro respondió a la suspensión con nuevas sanciones…"): the outlet's
  // sentence ties its act to that one too ("in protest against…", "following…"); sanctions told alone are not a reply.
  // (Or makes its act last while that one goes on: "…blocked so long as these US operations continue".)
  const responseHeld = (c: Candidate) => !gate.respondedTo || [...gate.respondedTo].some((t) => answeredByOf(ctx, c.claim).has(t) || ctx.claims[c.claim]!.view.slots.actions.some((a) => a.condition && `c:${a.object}` === t));
  // An act the claim says was done more than once ("suspended intelligence sharing twice this year", "de nuevo", "pela
  // segunda vez") is told so by the outlet's sentence too: one suspension told is not two.
  const repeatedHeld = (c: Candidate) => !gate.repeated || REPEATED.test(foldedOf(ctx, c.claim));
  // (A negation inside the purpose, "para não ser cúmplice", is the purpose's: the sentence holding most of that
  // purpose, "to avoid becoming an accomplice", holds it, whatever its own negations.)
  // (The purpose of the same doer's act: "…the U.K. had halted intelligence sharing… to avoid being “complicit”" is
  // Britain's, not Petro's.)
  const purposeOf = gate.purpose ? view.slots.actions.find((a) => a.object && a.subject && !a.condition) : undefined;
  const purposeDoer = (c: Candidate): boolean | null => {
    const theirs = ctx.claims[c.claim]!.view;
    const at = PURPOSE_CLAUSE.exec(theirs.text)?.index;
    if (at === undefined) return null;
    const mine = purposeOf;
    const before = theirs.slots.actions.filter((a) => a.object && a.end <= at).reduce<ActionSlot | undefined>((b, a) => (!b || a.end > b.end ? a : b), undefined);
    return !!mine && !!before?.subject && partyOf(ctx.story.gazetteer, before.subject) === partyOf(ctx.story.gazetteer, mine.subject);
  };
  const purposeWhole = (c: Candidate) => gate.purposeNegated && !!gate.purpose && ctx.index.coverage(gate.purpose, ctx.claims[c.claim]!.terms, !oneLanguage(c)) >= CONFIRM_MIN && purposeDoer(c) === true;
  const purposeHeld = (c: Candidate) => !gate.purpose || (ctx.index.coverage(gate.purpose, ctx.claims[c.claim]!.terms, !oneLanguage(c)) > 0 && purposeDoer(c) !== false);
  const caused = (c: Candidate) => !gate.cause || ctx.index.coverage(gate.cause, ctx.claims[c.claim]!.terms, !oneLanguage(c)) > 0;
  // The same accuser, where the outlet's sentence tells one accusing another: the charge from someone else is another fact.
  const accuserHeld = (c: Candidate) => {
    const theirs = gate.accusation ? accusationIn(ctx, c.claim) : null;
    return !theirs || (theirs.accuser === gate.accusation!.accuser && theirs.accused === gate.accusation!.accused);
  };
  const motivated = (c: Candidate) => !gate.terms || [...gate.terms.keys()].every((t) => !MOTIVES.has(t) || ctx.claims[c.claim]!.terms.has(t));
  // (Across languages, the charge's words the vocabulary carries, one at least, where it carries any: "assassinato" is
  // "murder", not "being personally involved in drug trafficking".)
  const chargeAcross = (c: Candidate) => oneLanguage(c) || !gate.chargeTerms.length || gate.chargeTerms.some((t) => ctx.claims[c.claim]!.terms.has(t));
  // The charge of an accusation, within one language (its plain words do not cross into another).
  const charged = (c: Candidate) => !gate.charge || (oneLanguage(c) ? holdsPredicate(gate.charge, ctx.claims[c.claim]!.record.text, view.slots.language ?? 'en') : chargeAcross(c));
  // A short quotation none of whose words the outlet's sentence quotes, where it quotes something else ("“extremamente
  // inteligente”" against "“tremendously naive”"), is not the outlet's: its sentence may share everything else.
  const phraseMissing = (c: Candidate): boolean => !!gate.phraseTerms && phraseWords(c) === 0 && quotedWords(ctx.claims[c.claim]!.record.text) >= 2;
  // The claim's subject doing something to the story's act by another doer ("Colombia's Congress approved Petro's
  // order to halt…", "Ecuador backed Petro's decision…"): the outlet's sentence names that subject, or it tells the act
  // alone, another fact. (Its verb is told in the past right after it, and is no verb of saying: "Petro said…" is
  // the speaker's gate.)
  const subjectHeld = (c: Candidate) => !gate.otherSubject || ctx.claims[c.claim]!.terms.has(`a:${gate.otherSubject}`);
  // "Petro negou que haja colombianos entre os mortos": a denial is confirmed by a denial or a negation, never by the
  // sentence that tells the thing denied ("Mr. Petro has said that Colombians have been among them").
  // What the claim says was said or denied is the outlet's too, most of it, not only the speaker and the verb:
  // "Bogota has vehemently denied" the cartel ties does not deny Colombian dead.
  const reportHeld = (c: Candidate) => !gate.reported || ctx.index.coverage(gate.reported, ctx.claims[c.claim]!.terms, !oneLanguage(c)) >= REPORT_MIN;
  // (Not a negation under a condition contrary to fact: "If the United Kingdom had not made that decision, it would
  // never have crossed the Colombian president's mind" denies nothing.)
  let denialAsked = true;
  const denialHeld = (c: Candidate) => !denialAsked || !gate.denies || ctx.claims[c.claim]!.terms.has('c:deny') || (ctx.negated[c.claim]! && !opensOnCondition(ctx.claims[c.claim]!.view));
  // A sentence that gives its own month or day for what it tells, another than the claim's, does not confirm it, even
  // where nothing ties the two times to one act ("a term he insisted on using in late October" against "A finales de
  // septiembre, Petro insistió en llamar…").
  const datedApart = (c: Candidate) => {
    if (!c.pair.missing.includes('time')) return false;
    const theirs = ctx.claims[c.claim]!.view.slots.times.filter((t) => t.role === 'at' && (t.kind === 'month' || t.kind === 'date'));
    return view.slots.times.some((q) => q.role === 'at' && (q.kind === 'month' || q.kind === 'date') && theirs.some((t) => t.kind === q.kind && t.value.slice(-5) !== q.value.slice(-5)) && !theirs.some((t) => t.kind === q.kind && t.value.slice(-5) === q.value.slice(-5)));
  };
  // What the claim asserts after a scene-setting opening ("Citing a CNN report…, Petro urged other governments to
  // follow suit") is the outlet's too: the opening held alone is not the claim.
  const mainHeld = (c: Candidate) => !gate.main || ctx.index.coverage(gate.main, ctx.claims[c.claim]!.terms, !oneLanguage(c)) >= CONFIRM_MIN;
  // How long the claim says the act lasts ("…will remain in effect as long as…"): the outlet tells that condition of
  // the same doer's act, in the sentence or in its article; "the UK's halt… as long as missile attacks… continue"
  // is not confirmed by an article that gives that condition to Colombia's suspension only.
  const conditionHeld = (c: Candidate) => {
    if (!gate.conditionParty) return true;
    if (ctx.claims[c.claim]!.view.slots.actions.some((a) => a.condition)) return true;
    return conditionedPartiesOf(ctx, outlet).has(gate.conditionParty);
  };
  // A short quotation whose words the outlet's sentence holds none of, quoted or not: the words are the claim's
  // point ("…said the decision was “tremendously naive”"), and a sentence telling the decision alone is not it.
  // (Not across two sentences glued together: the quotation may be the first one's.)
  // (Within one language: a short quotation translated, "«sigue siendo sólida»" for "remained strong", shares no word.)
  const phraseAbsent = (c: Candidate) => !!gate.phraseTerms && oneLanguage(c) && !gate.glued && ![...gate.phraseTerms.keys()].some((t) => heldIn(t, ctx.claims[c.claim]!.terms, !oneLanguage(c)));
  // "All intelligence sharing", "toda cooperación", "his entire cabinet"; "só no Caribe", "only in the Caribbean": a
  // claim's universal or restrictive word is the outlet's too (any of its kind), or the outlet states less.
  const quantifierHeld = (c: Candidate) => {
    const text = foldedOf(ctx, c.claim);
    return (!gate.universal || UNIVERSAL.test(text)) && (!gate.restrictive || RESTRICTIVE.test(text)) && (!gate.limited || ONLY.test(text));
  };
  // A claim whose verb of stopping or keeping is read but not what it acts on ("Petro rompió con Washington"): the
  // doer, the verb's sense and the other party shared are not the same act; the outlet's must agree as an action.
  const actedOn = (c: Candidate) => !gate.objectless || c.pair.agreements.includes('action');
  // An act the claim makes hang on an "if" ("would suspend… if Washington attacked another boat", "revocará la visa
  // si…") is a threat, not the deed: no report confirms it, and one telling the deed done disputes it (see below).
  // Military intelligence the claim names ("inteligencia militar"): the outlet's sentence names it too, or it tells
  // the act on intelligence at large.
  const kindHeld = (c: Candidate) => !gate.military || MILITARY_INTEL.test(foldedOf(ctx, c.claim));
  const sameSense = (c: Candidate) => !gate.ifClause && kindHeld(c) && !datedApart(c) && actedOn(c) && quantifierHeld(c) && !phraseAbsent(c) && conditionHeld(c) && mainHeld(c) && sameSenseUndated(c);
  // A part of a count the claim tells ("…76 personas, entre ellas 12 colombianos") is the outlet's figure too.
  // (Of the same thing: "entre elas 20 colombianos" is not "the sinking of 20 boats".)
  const partHeld = (c: Candidate) => view.slots.quantities.every((q) => q.measure !== 'part' || ctx.claims[c.claim]!.view.slots.quantities.some((d) => d.value === q.value && (!q.unit || !d.unit || d.unit === q.unit)));
  // (What a claim tells before or after another event is told by the outlet's sentence, not only that event: "A
  // suspensão foi anunciada dias antes da cúpula…" is not held by "The document was signed during a summit…".)
  // (And the other event, one thing of it at least, its party where it names one: "…antes de que el Reino Unido tomara
  // una decisión similar" is not told by a sentence on Petro's step alone, which says nothing of what came first.)
  const beforeAfterHeld = (c: Candidate) =>
    (!gate.beforeAfter || [...gate.beforeAfter].filter((t) => heldIn(t, ctx.claims[c.claim]!.terms, !oneLanguage(c))).length * 2 >= gate.beforeAfter.size) &&
    (!gate.otherEvent || [...gate.otherEvent].filter((t) => t.startsWith('a:') || ![...gate.otherEvent!].some((x) => x.startsWith('a:'))).some((t) => heldIn(t, ctx.claims[c.claim]!.terms, !oneLanguage(c))));
  // A quotation of four words or more inside the claim ("Trump advirtió que Petro «pagará un precio muy alto»…") is what
  // it reports: a sentence holding hardly any of its words, in any language, tells something else.
  const quoteAbsent = (c: Candidate) => !!gate.quoteTerms && ctx.index.coverage(gate.quoteTerms, ctx.claims[c.claim]!.terms, !oneLanguage(c)) < QUOTE_ABSENT;
  // ("El Tesoro levantó las sanciones" is not told by "the Treasury imposed sanctions": the undoing is the claim's act.)
  // The act ordered, where both sentences tell an order: "ordenó a las Fuerzas Militares atacar las lanchas" is not
  // "ordered the country's security forces to halt intelligence cooperation".
  const orderedMine = gate.ordered;
  // (Nor is the same act ordered by someone else: "the attack, ordered by US President Donald Trump".)
  const sameOrder = (c: Candidate) => {
    const theirs = orderedMine ? orderedIn(ctx, c.claim) : null;
    return !theirs || (theirs.act === orderedMine!.act && (!theirs.by || !orderedMine!.by || theirs.by === orderedMine!.by));
  };
  // A sea the claim tells the act in, where the outlet's sentence tells it in another sea only: "mataram dezenas de
  // pessoas no Pacífico" is not "strikes … in the Caribbean, which have killed dozens".
  // (International waters are any sea's: only a named sea tells where.)
  const seas = (ps: readonly PlaceSlot[]) => ps.filter((p) => p.kind === 'sea' && p.locative && !/international/.test(p.id));
  const seaHeld = (c: Candidate) => placesShared(seas(view.slots.places), seas(ctx.claims[c.claim]!.view.slots.places));
  const sameSenseUndated = (c: Candidate) => beforeAfterHeld(c) && partHeld(c) && accuserHeld(c) && reportHeld(c) && denialHeld(c) && subjectHeld(c) && !unnamed && !phraseReplaced(c) && !phraseMissing(c) && charged(c) && motivated(c) && caused(c) && notLeftOut(c) && everyMember(c) && ceaseHeld(c) && circumstanceHeld(c) && objectHeld(c) && counterpartHeld(c) && !misquotes(c) && heldAsFact(c) && sameSpeaker(c) && wordsHold(c) && !gate.turn && (!gate.negated || ctx.negated[c.claim]! || purposeWhole(c)) && !unreadAction(c) && quoted(c) && sameSource(c) && sameExtent(c) && whereHeld(c) && predicated(c) && seaHeld(c) && mediaHeld(c) && sameOrder(c) && !quoteAbsent(c) && !roleClash(c) && undoingHeld(view, ctx.claims[c.claim]!.view) && arrivalPlaceHeld(view, ctx.claims[c.claim]!.view) && statesHeld(c) && purposeHeld(c) && plainHeadHeld(c) && responseHeld(c) && repeatedHeld(c) && officeHeld(c) && actHeld(c) && answerHeld(c) && rankingHeld(c) && scopeHeld(c) && signedHeld(c) && labelHeld(c);
  const fullAlike = (c: Candidate) => sameSense(c) && c.pair.conflicts.length === 0 && evidence(c) && (!specifics || c.pair.agreements.includes('quantity')) && (c.coverage >= CONFIRM_COVERAGE || (answered(c) && c.coverage >= LINKED_MIN));
  const full = own.filter(fullAlike);
  // Nor is the sourcing of another party's action a dispute of what the claim says of a party the outlet never names
  // (or no outlet names: "Noruega y Japón anunciaron que seguirán el ejemplo británico…").
  // (Another nationality for "a fisherman" disputes a report of the same event: a sentence that shares little else,
  // "…killings, including of a Colombian fisherman" against the meeting with a Venezuelan fisherman's family, tells
  // of another one.)
  const demonymOnly = (c: Candidate) => c.pair.conflicts.every((r) => r.kind === 'actor' && DEMONYM.test(r.theirs) && DEMONYM.test(r.ours));
  // (An act toward another party than the story's own is not disputed by the story's act told of no party: "Colombia
  // seguirá compartiendo inteligencia con el Reino Unido" against "intel-sharing would be blocked".)
  // (Nor is the opposite act by a doer the engine does not know, its subject left unread: "O Equador anunciou que vai
  // manter a cooperação…" against Colombia's suspension.)
  const doerUnknown = gate.unknownName && view.slots.actions.some((a) => a.object && !a.condition && !a.subject);
  const disputes = own.filter((c) => c.pair.conflicts.length > 0 && !(doerUnknown && c.pair.conflicts.every((r) => r.kind === 'polarity')) && !(c.pair.conflicts.every((r) => r.kind === 'polarity') && !counterpartHeld(c)) && (!demonymOnly(c) || c.coverage >= CONFIRM_MIN) && !((leadUnnamed || bodyUnnamed || gate.unknownName) && c.pair.conflicts.every((r) => r.kind === 'sourcing')));
  const partialAlike = (c: Candidate) => {
    if (c.pair.conflicts.length > 0 || !sameSense(c)) return false;
    if (specifics && !c.pair.agreements.includes('quantity')) return false;
    // A claim about an action is confirmed only by a report of that action, not by a sentence sharing its words.
    if (explicitAction) return c.pair.agreements.includes('action');
    const onlySourcing = c.pair.agreements.length > 0 && c.pair.agreements.every((a) => a === 'sourcing');
    // Words alone, with no figure, place, day, platform or action agreeing, must cover more of the claim, and the
    // words that are the claim's own (no concept, actor or place of the story's: "defended", "counterproductive")
    // must be there too: shared actors and themes around another predicate are not the same fact.
    // (Only within one language: most plain words do not cross into another; the vocabulary carries some.)
    const other = ctx.claims[c.claim]!;
    if (quoteHeld(c) || phraseHeld(c) || reportQuoted(c)) return true;
    // A claim that, past who it names and that someone spoke, says one thing the engine reads ("Trump said the strikes
    // would go on": the strikes) is not confirmed by words alone: its predicate is what the engine did not read.
    if (c.pair.agreements.length === 0 && gate.terms && [...gate.terms.keys()].filter((t) => !t.startsWith('a:') && t !== 'c:say').length < 2) return false;
    if (c.pair.agreements.length === 0 && oneLanguage(c) && plainHeld(gate.plain, other.terms) < PLAIN_HELD_MIN) return false;
    // (So is the verb right after its subject, where the engine reads it as a concept: "Trump ordered the strikes on
    // the boats" is not told by "Petro has fiercely criticized … the strikes on drug-trafficking boats".)
    if (c.pair.agreements.length === 0 && gate.headVerb && (!other.terms.has(gate.headVerb.verb) || (!!gate.headVerb.object && !other.terms.has(gate.headVerb.object)))) return false;
    // (So is a claim's one or two words of its own beside "the decision" ("Trump congratulated Petro on the decision"):
    // the decision named is context, and what the claim says of it is those words.)
    if (c.pair.agreements.length > 0 && c.pair.agreements.every((a) => a === 'context' || a === 'sourcing') && oneLanguage(c) && gate.plain.length <= 2 && plainHeld(gate.plain, other.terms) < PLAIN_HELD_MIN) return false;
    // (A verb with an opposite, "elogió", "aumentó", "rechazó", is read in every language: the outlet's sentence has it too.)
    if (!opposableVerbsHeld(view, other.view)) return false;
    // "The analyst judged the decision carefully thought out": "the decision" brings the story's action and its
    // actors, and a sentence telling that action matches them; what the claim says besides must be there too.
    if (gate.own && c.pair.agreements.every((a) => a === 'context' || a === 'sourcing') && ctx.index.coverage(gate.own, other.terms) < CONFIRM_MIN) return false;
    return c.coverage >= CONFIRM_MIN && !onlySourcing && (c.pair.agreements.length > 0 || c.coverage >= WORDS_ONLY_MIN);
  };
  const partial = own.filter(partialAlike);
  const best = (xs: Candidate[]) => xs.reduce((a, b) => (b.relevance > a.relevance ? b : a));
  const make = (stance: Verdict['stance'], c: Candidate | null, reason: Reason | null): Verdict => ({
    outlet,
    stance,
    evidence: c ? ctx.claims[c.claim]!.record.text : null,
    claim: c ? ctx.claims[c.claim]!.record.id : null,
    reason: reason ? reasonText(reason) : null,
    reasonData: reason,
  });
  // A dispute on the claim's core wins, unless another sentence of the outlet agrees on that very detail
  // (one sentence says Tuesday, another gives Sunday for something else); then full confirmations, then partial ones.
  const KIND: Record<Reason['kind'], Agreement> = { quantity: 'quantity', place: 'place', time: 'time', platform: 'platform', polarity: 'action', intent: 'action', actor: 'action', sourcing: 'sourcing', denial: 'sourcing' };
  // A fact stated flat is doubted by "only unnamed sources claimed it" only where the outlet nowhere states it itself:
  // "sources told CNN the pause began a month ago" beside its own "Britain has suspended…" is a detail of its report.
  // (Who announced it, against unnamed sources, still disputes: the outlet gives another account of the source.)
  const overruled = (r: Reason) => r.kind === 'sourcing' && r.ours === 'stated as fact' && full.length > 0;
  // Nor where the claim does not assert the action but says something of it ("The UK's suspension of intelligence
  // sharing hampers US efforts"): the outlet's sourcing bears on a fact the claim only takes for granted.
  const presupposed = (d: Candidate) => !!gate.predicate && !predicated(d) && d.pair.conflicts.every((r) => r.kind === 'sourcing' && r.ours === 'stated as fact');
  const standing = disputes.filter((d) => !d.pair.conflicts.every(overruled) && !presupposed(d) && !full.some((f) => d.pair.conflicts.every((r) => f.pair.agreements.includes(KIND[r.kind]))));
  // The same statement, told whole but for its month or day: that time is the outlet's account of when.
  if (!standing.length) {
    // (On a detail that agrees: what a sentence is told to answer, or a strain of relations, dated otherwise may be
    // another one.)
    const apart = own.filter((c) => datedApart(c) && sameSenseUndated(c) && c.pair.conflicts.length === 0 && agreed(c) && c.coverage >= CONFIRM_COVERAGE);
    if (apart.length) {
      const d = best(apart);
      const q = view.slots.times.find((t) => t.role === 'at' && (t.kind === 'month' || t.kind === 'date'))!;
      const t = ctx.claims[d.claim]!.view.slots.times.find((x) => x.role === 'at' && x.kind === q.kind)!;
      return make('dispute', d, { kind: 'time', theirs: describeTime(t), ours: describeTime(q) });
    }
  }
  // The deed told done where the claim only threatens it on a condition: "says suspended, not only if…".
  if (!standing.length && gate.ifClause) {
    const done = own.filter((c) => c.pair.conflicts.length === 0 && c.pair.agreements.includes('action') && c.coverage >= CONFIRM_MIN && ctx.claims[c.claim]!.view.slots.actions.some((a) => !a.future && !a.intended && !a.condition && !a.weighed) && heldAsFact(c));
    if (done.length) {
      const d = best(done);
      const a = ctx.claims[d.claim]!.view.slots.actions.find((x) => !x.future && !x.intended && !x.condition)!;
      return make('dispute', d, { kind: 'intent', theirs: actionWords(a), ours: `only ${gate.ifClause}…` });
    }
  }
  if (standing.length) {
    const d = best(standing);
    return make('dispute', d, d.pair.conflicts[0]!);
  }
  // What the outlet says the act left out, the claim says it named: "…rejecting the use of force…, without directly
  // mentioning the United States" against "…condenan directamente a Estados Unidos", "named the United States".
  if (!gate.leavesOut && NAMES_DIRECTLY.test(view.text)) {
    const parties = view.slots.actors.map((a) => `a:${a.id}`);
    const left = own.filter((c) => c.pair.conflicts.length === 0 && c.coverage >= REPORT_MIN && parties.some((t) => leftOutOf(ctx, c.claim).has(t)));
    if (left.length) {
      const d = best(left);
      const text = ctx.claims[d.claim]!.record.text;
      const m = [...text.matchAll(WITHOUT)][0]!;
      const named = parties.find((t) => leftOutOf(ctx, d.claim).has(t))!;
      return make('dispute', d, { kind: 'polarity', theirs: m[0].trim(), ours: `naming ${ctx.story.gazetteer.actorById.get(named.slice(2))?.name ?? named.slice(2)}` });
    }
  }
  // The act told before another event where the outlet's sentence tells it after that event, or the reverse: "Petro
  // suspendió… antes de que el Reino Unido tomara una decisión similar" against "Following the UK announcement…, Petro
  // is the latest to…" or "Petro announced the move…, citing a CNN report that… the U.K. had halted…".
  if (gate.otherEvent) {
    const m = BEFORE_AFTER.exec(view.text)!;
    const before = /^(?:[\p{L}]+\s+)?(?:before|antes)/iu.test(m[0].trim());
    const parties = [...gate.otherEvent].filter((t) => t.startsWith('a:'));
    const ordered = own.find((c) => {
      if (c.pair.conflicts.length || !parties.length || !beforeAfterHeld(c)) return false;
      const text = ctx.claims[c.claim]!.record.text;
      const after = FOLLOWING.exec(text);
      const earlier = after ? termsIn(ctx, c.claim, after[1]!) : null;
      const follows = !!earlier && parties.some((t) => earlier.has(t));
      const precedes = PRECEDING.test(text) && parties.some((t) => termsIn(ctx, c.claim, PRECEDING.exec(text)![1]!).has(t));
      return before ? follows : precedes;
    });
    if (ordered) {
      const text = ctx.claims[ordered.claim]!.record.text;
      const cut = (t: string, n: number) => { const w = t.trim().replace(/[,]+$/, '').split(/\s+/); return w.length > n ? `${w.slice(0, n).join(' ').replace(/[,]+$/, '')}…` : w.join(' '); };
      return make('dispute', ordered, { kind: 'time', theirs: cut((before ? FOLLOWING : PRECEDING).exec(text)![0], 5), ours: cut(m[0], 9) });
    }
  }
  // When something began, the month the claim gives ("The US campaign against alleged drug boats began in October",
  // "Os ataques começaram em agosto") against the outlet's month the same thing has gone on since ("…killed at least 75
  // people since September") or began in.
  // (Anywhere in the outlet's article: the campaign began once, and a short claim finds few sentences by its words.)
  const began = gate.began;
  if (began && !full.length) {
    const told = startMonthsOf(ctx, outlet);
    // (By month: "September 2025" is "September".)
    const month = (t: TimeSlot) => t.value.slice(-2);
    const other = told.find((x) => month(x.time) !== month(began.time));
    if (other && !told.some((x) => month(x.time) === month(began.time))) {
      const d: Candidate = { claim: other.claim, coverage: 0, relevance: 0, pair: { sameFrame: true, conflicts: [], agreements: [], missing: [] } };
      const when = (t: TimeSlot) => (t.role === 'at' ? `began in ${describeTime(t)}` : describeTime(t));
      return make('dispute', d, { kind: 'time', theirs: when(other.time), ours: when(began.time) });
    }
  }
  // The act said to reach only part of what it reaches ("A suspensão vale apenas para o serviço de inteligência
  // militar", "se limita à inteligência policial") against the outlet's sentence telling that act over all of it ("all
  // intelligence sharing", "agencies at all levels", "military intelligence and other contacts").
  if (gate.limited) {
    const wider = own.find((c) => c.pair.conflicts.length === 0 && toldAction(c.pair) && c.coverage >= CONFIRM_COVERAGE && WIDER.test(foldedOf(ctx, c.claim)));
    if (wider) return make('dispute', wider, { kind: 'polarity', theirs: wordsOf(ctx.claims[wider.claim]!.record.text, WIDER)!, ours: gate.limited });
  }
  // What the act covers told the other way round: "la orden… deja por fuera a la inteligencia militar" against "The
  // suspension applies to the military intelligence service", or the reverse: two of the same thing's words at least.
  if (gate.scope) {
    const mine = gate.scope;
    const otherwise = (c: Candidate) => {
      const theirs = scopeIn(ctx, c.claim);
      return !!theirs && theirs.covers !== mine.covers && !c.pair.conflicts.length && [...mine.terms.keys()].filter((t) => !t.startsWith('a:') && heldIn(t, theirs.terms, !oneLanguage(c))).length >= 2;
    };
    const other = own.find(otherwise);
    if (other) return make('dispute', other, { kind: 'polarity', theirs: scopeIn(ctx, other.claim)!.words, ours: mine.words });
  }
  // The accusation told the other way round, of the same charge: "Trump accused Petro of murder" against "Petro…
  // has accused the United States of committing murder".
  if (gate.accusation) {
    const q = gate.accusation;
    const swapped = own.filter((c) => {
      const theirs = accusationIn(ctx, c.claim);
      return !!theirs && theirs.accuser === q.accused && theirs.accused === q.accuser && c.pair.conflicts.length === 0 && c.coverage >= CONFIRM_MIN && charged(c) && chargeAcross(c);
    });
    if (swapped.length) {
      const d = best(swapped);
      const [by, of] = accusationIn(ctx, d.claim)!.names;
      return make('dispute', d, { kind: 'actor', theirs: `${by} accusing ${of}`, ours: `${q.names[0]} accusing ${q.names[1]}` });
    }
  }
  // The claim's quotation, quoted by the outlet from someone else: "…, wrote Benedetti" against "…, Petro wrote".
  // So is a shorter quotation inside the claim, the outlet quoting the same words: "Petro tildó a Trump de «…»"
  // against "Mr. Trump has responded by calling Mr. Petro “…”".
  // (So are the words a claim reports in indirect speech, held by the outlet from another speaker: "La vicepresidenta,
  // Francia Márquez, escribió que la lucha contra las drogas debe subordinarse…" against "“…,” Petro wrote".)
  const reportedHeld = (c: Candidate) => !!gate.reported && ctx.index.coverage(gate.reported, ctx.claims[c.claim]!.terms, !oneLanguage(c)) >= REPORTED_AS_MIN;
  // (Not where another verb of saying stands between the claim's speaker and the words: "Rubio called Petro's order
  // reckless after the Colombian leader wrote on X that “…”" gives the words to the leader, not to Rubio.)
  const opening = view.text.search(/["“«]/);
  const sayings = opening > 0 ? [...view.text.slice(0, opening).matchAll(SPEECH_VERBS)].length + (NAME_CALLED.test(view.text.slice(0, opening)) ? 1 : 0) : 0;
  // (A quotation of one word, "«narco-president»", is held by its concepts in any quotation, "“an illegal drug leader”":
  // too little to give it to someone else.)
  const oneWordQuote = gate.oneWordQuote;
  if ((gate.quotation || gate.quoteTerms || gate.phraseTerms || gate.reported) && gate.speaker && sayings < 2 && !full.some(sameSpeaker)) {
    const misquoted = own.filter((c) => {
      const theirs = ctx.speakers[c.claim];
      // (Not where the outlet quotes other words: "“an illegal drug trafficker”" is not "«un líder de la droga ilegal»".)
      const otherWords = phraseReplaced(c) || (!!gate.quoteTerms && quotedWords(ctx.claims[c.claim]!.record.text) > 0 && !quoteHeld(c));
      return !!theirs && !sameVoice(ctx, theirs, gate.speaker!) && c.pair.conflicts.length === 0 && quoted(c) && !otherWords && (quoteHeld(c) || (phraseHeld(c) && !oneWordQuote) || (gate.quotation && c.coverage >= CONFIRM_MIN && wordsHold(c)) || (reportedHeld(c) && c.coverage >= CONFIRM_MIN)) && predicated(c);
    });
    if (misquoted.length) {
      const d = best(misquoted);
      const cap = (w: string) => (w.startsWith('kin:') ? `the ${w.slice(4)}` : w.charAt(0).toUpperCase() + w.slice(1));
      return make('dispute', d, { kind: 'actor', theirs: cap(ctx.speakers[d.claim]!), ours: cap(gate.speaker) });
    }
  }
  // The same report given to another medium, told whole but for it: "Saumeth told El Tiempo that…" against "Defense
  // analyst Erich Saumeth told El Colombiano that…", "revealada pela BBC" against "On Tuesday, CNN reported that…".
  if (!full.length && !partial.length && view.slots.actors.some((a) => a.kind === 'media')) {
    const elsewhere = (c: Candidate) => {
      if (mediaHeld(c)) return false;
      mediaAside = true;
      const held = fullAlike(c) || partialAlike(c);
      mediaAside = false;
      return held;
    };
    const moved = own.find(elsewhere);
    if (moved) {
      const mine = view.slots.actors.find((a) => a.kind === 'media')!;
      const theirs = ctx.claims[moved.claim]!.view.slots.actors.find((a) => a.kind === 'media')!;
      return make('dispute', moved, { kind: 'sourcing', theirs: theirs.name, ours: mine.name });
    }
  }
  // The office the claim gives its speaker alone ("Colombia's defence minister said… “tremendously naive”"), against
  // the outlet's speaker of the same words, named and told as someone else ("Intelligence expert Jorge Mantilla
  // said…"). (A person given two offices is the pair's conflict: compareTitles. Where the outlet's speaker is no one
  // named or the words are no quotation, "security experts told…" against "the Defence Ministry warned…", both may
  // have said it: no confirmation, no dispute; see sameSenseUndated.)
  if (gate.roles.length) {
    const d = own.find((c) => {
      const pair = roleClash(c);
      return !!pair && !!pair[1].person && (quoteHeld(c) || phraseHeld(c));
    });
    if (d) {
      const [ours, theirs] = roleClash(d)!;
      return make('dispute', d, { kind: 'actor', theirs: theirs.words, ours: ours.title });
    }
  }
  if (ranking) {
    const flipped = own.find((c) => c.pair.conflicts.length === 0 && c.coverage >= CONFIRM_MIN && rankingTo(c) === 'flipped');
    if (flipped) return make('dispute', flipped, { kind: 'polarity', theirs: rankingIn(ctx, flipped.claim)!.words, ours: ranking.words });
  }
  // The act the claim says its own doer's side denied ("El Gobierno de Petro negó… que Colombia vaya a suspender…"),
  // told by the outlet's sentence as done, not negated, by that side ("Petro on Tuesday ordered a halt…"): the
  // denial is the opposite of the outlet's account.
  const denier = view.slots.attributions.find((a) => a.kind === 'denied' && a.source)?.source ?? null;
  // (The doer itself, its state, or its head of state: a minister's word is the later turn the outlets could not know.)
  const denierActor = denier ? ctx.story.gazetteer.actorById.get(denier) : undefined;
  const speaksForIt = (subject: string) => denier === subject || denierActor?.kind === 'state' || (!!denierActor && headOfState(denierActor));
  const deniedAct = denier ? view.slots.actions.find((a) => a.object && a.subject && !a.condition && partyOf(ctx.story.gazetteer, a.subject) === partyOf(ctx.story.gazetteer, denier) && speaksForIt(a.subject)) : undefined;
  if (deniedAct) {
    // (The act done, not negated, promised or weighed, by the denying side.)
    const doneIn = (c: Candidate) => ctx.claims[c.claim]!.view.slots.actions.find((a) => a.object === deniedAct.object && a.polarity === deniedAct.polarity && !a.negated && !a.inferred && !a.future && !a.intended && !a.condition && !a.weighed && !!a.subject && partyOf(ctx.story.gazetteer, a.subject) === partyOf(ctx.story.gazetteer, deniedAct.subject));
    denialAsked = false;
    const done = own.find((c) => !!doneIn(c) && !ctx.negated[c.claim] && !ctx.claims[c.claim]!.terms.has('c:deny') && c.pair.conflicts.length === 0 && c.pair.agreements.includes('action') && c.coverage >= CONFIRM_COVERAGE && sameSense(c));
    denialAsked = true;
    if (done) return make('dispute', done, { kind: 'polarity', theirs: actionWords(doneIn(done)!), ours: 'denied' });
  }
  // The act the claim gives an office told without a name, told whole by the outlet's sentence as done by a person it
  // gives no such office: "Colombia's defence minister ordered the armed forces… to stop passing intelligence…"
  // against "Petro on Tuesday ordered a halt to information sharing…".
  if (gate.office) {
    officeAsked = false;
    const d = own.find((c) => c.pair.conflicts.length === 0 && c.pair.agreements.includes('action') && c.coverage >= CONFIRM_MIN && sameSense(c) && leadDoerOf(ctx.claims[c.claim]!.view)?.kind === 'person');
    officeAsked = true;
    if (d && !officeHeld(d)) return make('dispute', d, { kind: 'actor', theirs: leadDoerOf(ctx.claims[d.claim]!.view)!.name, ours: gate.office.title });
  }
  // The claim's quotation without the negation the outlet quotes it with ("“carefully thought out”" against "“not
  // carefully thought out”"): the opposite judgement.
  // (A whole quotation only: a clause of a sentence cut inside one, "“Ele podia… mas", holds half of it.)
  // (Straight quotation marks too: an odd number of them is a quotation cut.)
  const balanced = !opensQuote(view.text) && !closesQuote(view.text) && (view.text.match(/"/g) ?? []).length % 2 === 0;
  if ((gate.phraseTerms || gate.quoteTerms) && balanced && !negates(quotedSpans(view.text).join(' '), view.slots.language)) {
    const negated = own.filter((c) => c.pair.conflicts.length === 0 && (quoteHeld(c) || phraseHeld(c)) && sameSpeaker(c));
    for (const c of negated) {
      const span = quotedSpans(ctx.claims[c.claim]!.record.text).find((q) => negates(q, ctx.claims[c.claim]!.view.slots.language));
      if (span) return make('dispute', c, { kind: 'polarity', theirs: `“${span}”`, ours: `“${quotedSpans(view.text).join('… ')}”` });
    }
  }
  // The same quotation by the same speaker, in the same language, with one of its concepts replaced: "says “A clan of
  // pedophiles…”, not “A clan of drug traffickers…”". (Across languages a concept may be worded otherwise: nothing.)
  if (gate.quoteTerms && balanced) {
    const replaced = own.filter((c) => c.pair.conflicts.length === 0 && conceptDropped(c) && gate.speaker && sameSpeaker(c) && c.coverage >= CONFIRM_MIN);
    if (replaced.length) {
      const d = best(replaced);
      const words = (text: string) => `“${quotedSpans(text).map((q) => q.replace(/[\s,.;:]+$/u, '')).join('… ')}”`;
      return make('dispute', d, { kind: 'polarity', theirs: words(ctx.claims[d.claim]!.record.text), ours: words(view.text) });
    }
  }
  if (!detailsHeld(ctx, outlet, view)) {
    // The act told whole and dated otherwise, where the claim's day is no report's ("In a message published on Monday,
    // Petro instructed…" against "Petro on Tuesday ordered a halt…"): the outlet's day for it disputes.
    const day = view.slots.times.find((t) => (t.kind === 'weekday' || t.kind === 'date') && t.role === 'at');
    if (day && !SPEECH_VERB.test(view.text)) {
      // (Another day, not the same one: a year the claim names elsewhere, "who was elected in 2022", is no other day.)
      const dayOf = (c: Candidate) => ctx.claims[c.claim]!.view.slots.times.filter((t) => (t.kind === 'weekday' || t.kind === 'date') && t.role === 'at');
      const dated = own.filter((c) => c.pair.conflicts.length === 0 && sameSenseUndated(c) && (c.pair.agreements.includes('action') || c.pair.agreements.includes('context')) && dayOf(c).length > 0 && !timeHeld(day, dayOf(c), view.year));
      if (dated.length) {
        const d = best(dated);
        const theirs = ctx.claims[d.claim]!.view.slots.times.find((t) => (t.kind === 'weekday' || t.kind === 'date') && t.role === 'at')!;
        return make('dispute', d, { kind: 'time', theirs: describeDay(theirs), ours: describeDay(day) });
      }
    }
    return make('omit', null, null);
  }
  // The act the claim says was announced aloud ("Petro anunció la suspensión… en un discurso ante la cumbre…"), where
  // the outlet's sentence telling it says it was posted ("Petro announced the suspension… via the social media platform
  // X"): another channel, as a network is another network.
  const spoken = SPOKEN_ON.exec(view.text);
  // (Not across two sentences glued together: "Durante discurso, o presidente defendeu…Trump.O anúncio colombiano…".)
  if (spoken && !gate.glued && !platformsOf(view.text).length && !SOCIAL_MEDIA.test(view.text)) {
    // (The act told by its doer, whatever else of the claim the sentence leaves out: the channel is the act's.)
    const doer = leadParty(view.slots.actors);
    const posted = [...full, ...partial, ...own.filter((c) => !c.pair.conflicts.length && c.pair.agreements.includes('action') && !!doer && ctx.claims[c.claim]!.terms.has(`a:${doer.id}`))].find((c) => platformsOf(ctx.claims[c.claim]!.record.text).length > 0 || SOCIAL_MEDIA.test(ctx.claims[c.claim]!.record.text));
    if (posted) {
      const text = ctx.claims[posted.claim]!.record.text;
      return make('dispute', posted, { kind: 'platform', theirs: platformsOf(text)[0] ?? 'social media', ours: spoken[0].trim().split(/\s+/).pop()! });
    }
  }
  // A city the claim says something happened in is named somewhere in the outlet's article: "se celebró en Cartagena"
  // is not confirmed by an outlet that tells the summit in Santa Marta and never names Cartagena.
  // (A city told as the place of an event the article tells elsewhere, "a summit in Santa Marta", is its dispute.)
  const terms = articleTermsOf(ctx, outlet);
  // (So is a city the claim gives the occasion or the event it tells the act on: "en un discurso en Cali", "durante uma
  // visita a Barranquilla", "during a visit to Cartagena".)
  if (gate.occasionCities.some((id) => !terms.has(`p:${id}`))) return make('omit', null, null);
  for (const p of view.slots.places) {
    if (!p.locative || p.kind !== 'city' || !p.anchor.length || terms.has(`p:${p.id}`)) continue;
    // (Of the same event, with the people the claim names: "Petro met Rubio in Washington" is another meeting than
    // "Petro met with the family of a Colombian fisherman" in Bogotá.)
    const people = view.slots.actors.filter((a) => a.kind === 'person');
    const other = eventCitiesOf(ctx, outlet).find((x) => x.place.id !== p.id && x.place.anchor.some((a) => p.anchor.includes(a)) && people.every((a) => ctx.claims[x.claim]!.view.slots.actors.some((y) => y.id === a.id)));
    if (other) {
      const d: Candidate = { claim: other.claim, coverage: 0, relevance: 0, pair: { sameFrame: true, conflicts: [], agreements: [], missing: [] } };
      return make('dispute', d, { kind: 'place', theirs: other.place.name, ours: p.name });
    }
    return make('omit', null, null);
  }
  // Where the claim says a thing was posted ("Em publicação no Facebook, Petro escreveu que…"), an outlet that holds
  // the words and names, anywhere in its article, another network and never that one, says it was posted elsewhere.
  // (The network itself may be a name no outlet gives, "Facebook": the words held are what count here.)
  if (full.length || partial.length || own.some((c) => c.pair.conflicts.length === 0 && (quoteHeld(c) || phraseHeld(c)))) {
    const networks = platformsOf(view.text).filter((p) => !BROADCAST_PLATFORMS.has(p));
    // (The words the claim says were posted, told by the outlet as said aloud on an occasion: "«un clan de pedófilos…»,
    // escribió en X" against "“A clan of pedophiles…,” he said in a speech".)
    if (networks.length && (gate.quoteTerms || gate.phraseTerms)) {
      const spoken = own.find((c) => c.pair.conflicts.length === 0 && (quoteHeld(c) || phraseHeld(c)) && SPOKEN_ON.test(ctx.claims[c.claim]!.record.text) && !platformsOf(ctx.claims[c.claim]!.record.text).length);
      if (spoken) return make('dispute', spoken, { kind: 'platform', theirs: SPOKEN_ON.exec(ctx.claims[spoken.claim]!.record.text)![0].replace(/^(?:in|at|during|en|em|durante|numa|na|no)\s+/i, ''), ours: networks[0]! });
    }
    const posted = networks.length ? ctx.details.get(outlet)?.platforms : undefined;
    // (The outlet's network is the claim's doer's: "Petro made the announcement on X" says nothing of where Trump
    // wrote. The claim's speaker, or the person it names last before its network, else first, is named in the sentence telling that
    // network: "…lo que expresó el presidente Gustavo Petro en cuenta en X".)
    const at = platformAt(view.text);
    const people = view.slots.actors.filter((a) => a.kind === 'person');
    const before = people.filter((a) => a.start < at);
    const speaker = gate.speaker ? actorOfWord(ctx, gate.speaker) : null;
    const doer = speaker?.kind === 'person' ? speaker : before.length ? before.reduce((a, b) => (b.start > a.start ? b : a)) : people.length ? people.reduce((a, b) => (b.start < a.start ? b : a)) : null;
    const ofDoer = [...(posted ?? [])].filter(([, k]) => !doer || ctx.claims[k]!.terms.has(`a:${doer.id}`));
    if (posted?.size && ofDoer.length && networks.every((p) => !posted.has(p))) {
      const [theirs, k] = ofDoer[0]!;
      const d: Candidate = { claim: k, coverage: 0, relevance: 0, pair: { sameFrame: true, conflicts: [], agreements: [], missing: [] } };
      return make('dispute', d, { kind: 'platform', theirs, ours: networks[0]! });
    }
    // Nor does an outlet that never tells the doer posting anything, on a network or "on social media", confirm where
    // he posted: "Trump called Petro “…” on Truth Social" against "Trump called Petro “…”".
    if (networks.length && doer && !ofDoer.length && !postersOf(ctx, outlet).has(doer.id)) return make('omit', null, null);
  }
  const fullMatch = full.filter((c) => c.pair.missing.filter((m) => m !== 'quantity').length === 0);
  if (fullMatch.length) return make('confirm', best(fullMatch), null);
  if (full.length) return make('confirm', best(full), null);
  // A confirmation that rests only on shared words is weak: a clause's weak confirmation does not speak for its sentence.
  if (partial.length) {
    const b = best(partial);
    return { ...make('confirm', b, null), weak: true, coverage: b.coverage };
  }
  return make('omit', null, null);
}

/**
 * Each outlet's verdict when none of its claims is a candidate (what verdictFor gives on no candidates), made once per
 * context and shared by every claim judged: verdicts are never changed in place (frozen, so that one that were would fail).
 */
const outletData = new WeakMap<JudgeContext, { omits: readonly EngineVerdict[]; at: Map<string, number[]> }>();
/** A context's outlets: each one's shared "not mentioned", and where each outlet id sits in the list. */
function outletsOf(ctx: JudgeContext): { omits: readonly EngineVerdict[]; at: Map<string, number[]> } {
  let data = outletData.get(ctx);
  if (!data) {
    const at = new Map<string, number[]>();
    ctx.outlets.forEach((o, i) => at.set(o.id, [...(at.get(o.id) ?? []), i]));
    const omits = ctx.outlets.map((o): EngineVerdict => Object.freeze({ outlet: o.id, stance: 'omit', evidence: null, claim: null, reason: null, reasonData: null }));
    outletData.set(ctx, (data = { omits, at }));
  }
  return data;
}

/** What is read of a corpus sentence (by its index) once per context, whichever claims it is compared with. */
function perSentence<T>(read: (ctx: JudgeContext, k: number) => T): (ctx: JudgeContext, k: number) => T {
  const known = new WeakMap<JudgeContext, Map<number, T>>();
  return (ctx, k) => {
    let m = known.get(ctx);
    if (!m) known.set(ctx, (m = new Map()));
    if (!m.has(k)) m.set(k, read(ctx, k));
    return m.get(k)!;
  };
}

/**
 * A reader of one outlet's article as a whole, read once per context: `add` takes each of its sentences in turn.
 * (The per-article counterpart of perSentence.)
 */
function perOutlet<T>(empty: () => T, add: (into: T, claim: JudgeContext['claims'][number], ctx: JudgeContext, k: number) => void): (ctx: JudgeContext, outlet: string) => T {
  const known = new WeakMap<JudgeContext, Map<string, T>>();
  return (ctx, outlet) => {
    let all = known.get(ctx);
    if (!all) {
      const made = new Map<string, T>();
      known.set(ctx, (all = made));
      ctx.claims.forEach((c, k) => {
        let into = made.get(c.record.outlet);
        if (into === undefined) made.set(c.record.outlet, (into = empty()));
        add(into, c, ctx, k);
      });
    }
    return all.get(outlet) ?? empty();
  };
}

/** Every term an outlet's article holds, in any of its sentences. */
const articleTermsOf = perOutlet<Map<string, number>>(() => new Map(), (into, c) => {
  for (const t of c.terms.keys()) into.set(t, 1);
});

/** Whether a text negates, by its language's clause negations or "without": "not carefully thought out", "não foi pensada". */
const negates = (text: string, language: string | null | undefined): boolean => {
  const clause = clauseNegations(language ?? 'en');
  return tokenize(foldPlain(text)).some((t) => clause.has(t.word) || PHRASE_NEGATIONS.has(t.word));
};

/** Where a sentence says its subject was, in a relative clause: ", que estava em Santa Marta,", ", who was in Bogotá,". */
const WHEREABOUTS = /,\s+(?:who was|who had been|quien estaba|que estaba|que se encontraba|que se encontrava|que estava)\s+(?:in|at|en|em|no|na|num|numa)\s+[^,;:.]+,/iu;
/** The places of that clause. */
function whereaboutsOf(view: ClaimView): PlaceSlot[] {
  const m = WHEREABOUTS.exec(view.text);
  return m ? view.slots.places.filter((p) => p.start >= m.index && p.end <= m.index + m[0].length) : [];
}

/** The terms of a claim's main clause when an opening clause sets the scene (GERUND_HEAD), else null. */
function mainClauseTermsOf(story: Story, view: ClaimView): Map<string, number> | null {
  const m = GERUND_HEAD.exec(view.text);
  if (!m) return null;
  const terms = prepareClaim(story.gazetteer, view.text.slice(m[0].length), view.slots.language, view.year ?? null).terms;
  return terms.size >= 2 ? terms : null;
}

/** The terms of what a claim reports said or denied: its text after the verb, when "that"/"que" follows it. */
function reportedTermsOf(story: Story, view: ClaimView): Map<string, number> | null {
  const a = view.slots.attributions.find((x) => x.kind === 'denied' || x.kind === 'said' || x.kind === 'announced');
  if (!a) return null;
  const rest = /^\s+(?:that|que)\s+([^]+)$/iu.exec(view.text.slice(a.end));
  if (!rest) return null;
  const terms = prepareClaim(story.gazetteer, rest[1]!, view.slots.language, view.year ?? null).terms;
  return terms.size >= 2 ? terms : null;
}

/**
 * The claim's subject where it acts on the story's act by another doer: the first actor the sentence names, not
 * governed by a preposition nor a possessive ("Colombia's Congress"), told doing something in the past right after
 * (past "of X" between: "El Congreso de Colombia respaldó…"), with no verb of saying, while the claim's action has
 * another doer of another party ("…Petro's order to halt intelligence sharing").
 */
function otherSubjectOf(gaz: Gazetteer, view: ClaimView): string | null {
  let subject: ActorSlot | null = null;
  for (const a of view.slots.actors) {
    if (a.kind === 'media' || a.governed || /^\s*['’]s?(?![\p{L}])/u.test(view.text.slice(a.end))) continue;
    if (!subject || a.start < subject.start) subject = a;
  }
  if (!subject) return null;
  // "the U.S. State Department called…": the body the state's name qualifies is the subject.
  const s0 = subject;
  const body = view.slots.actors.find((a) => a.start > s0.end && /^\s*$/.test(view.text.slice(s0.end, a.start)) && a.kind === 'body' && a.party === s0.id);
  if (body) subject = body;
  const acts = SUBJECT_ACTS.exec(view.text.slice(subject.end));
  if (!acts || SPEECH_VERB.test(acts[0])) return null;
  const s: ActorSlot = subject;
  const other = view.slots.actions.some((a) => !a.inferred && a.subject && a.subject !== s.id && (gaz.actorById.get(a.subject)?.party ?? a.subject) !== s.id && !(s.kind !== 'state' && s.party === a.subject));
  return other ? s.id : null;
}
const SUBJECT_ACTS = new RegExp(String.raw`^(?:\s+(?:of|de|del|do|da|dos|das)\s+(?:the\s+|los\s+|la\s+|el\s+)?\p{Lu}[\p{L}.]*)?\s+(?:\p{Ll}+\s+)?(?:${PAST_VERB}|fez|hizo|made|took|gave|deu|dio)(?![\p{L}])`, 'u');

/** The cities an outlet's article gives as the place of an event ("a summit in Santa Marta"), with the sentence. */
const eventCitiesOf = perOutlet<{ place: PlaceSlot; claim: number }[]>(() => [], (into, c, _ctx, k) => {
  for (const p of c.view.slots.places) if (p.locative && p.kind === 'city' && p.anchor.length) into.push({ place: p, claim: k });
});

/** The parties whose act an outlet's article gives a condition ("will remain in effect as long as…"). */
const conditionedPartiesOf = perOutlet<Set<string>>(() => new Set(), (into, c, ctx) => {
  const acts = c.view.slots.actions;
  if (!acts.some((a) => a.condition)) return;
  for (const a of acts) if (!a.condition && a.subject) into.add(partyOf(ctx.story.gazetteer, a.subject) ?? a.subject);
});

/** The people an outlet's article tells posting on social media, none named ("Petro announced on social media"). */
const postersOf = perOutlet<Set<string>>(() => new Set(), (into, c) => {
  if (!SOCIAL_MEDIA.test(c.record.text)) return;
  for (const t of c.terms.keys()) if (t.startsWith('a:')) into.add(t.slice(2));
});

/** The parties an outlet's article shows doing one of the story's actions, or having one done with them. */
const actingPartiesOf = perOutlet<Set<string>>(() => new Set(), (into, c, ctx) => {
  for (const a of c.view.slots.actions) {
    if (a.inferred || !a.object) continue;
    for (const p of [a.subject, a.counterpart]) {
      const party = p ? ctx.story.gazetteer.actorById.get(p)?.party : undefined;
      if (party) into.add(party);
    }
  }
});

/** A sentence's part read as a claim of its own, in the sentence's language and year. */
const termsIn = (ctx: JudgeContext, k: number, text: string) => prepareClaim(ctx.story.gazetteer, text, ctx.claims[k]!.view.slots.language, ctx.claims[k]!.view.year ?? null).terms;

/** A ranking of one thing below another: "X must be subordinated to Y", "X has to rank below Y", "X debe quedar por debajo de Y". */
const BELOW = /(?<![\p{L}])(?:subordinad[oa]s?|subordinated|subordinate|subordinar(?:se)?|subordinad[oa]s? a|supeditad[oa]s?|supeditar(?:se)?|(?:rank|ranks|come|comes|fall|falls)\s+below|below|give way to|gives way to|take second place to|takes second place to|come second to|por debajo de|abaixo d[eoa]s?)(?![\p{L}])/iu;
/** The ranking the other way: "X takes precedence over Y", "X prevalece sobre Y", "X por encima de Y". */
const ABOVE = /(?<![\p{L}])(?:take(?:s)? precedence over|prevail(?:s)? over|(?:rank|ranks|come|comes)\s+(?:above|before)|above|por encima de|acima d[eoa]s?|prevalec\p{L}* sobre|prima(?:r)? sobre|se impone a)(?![\p{L}])/iu;

/** What a sentence ranks below what (concepts on each side of BELOW or ABOVE, within its clause), or null. */
export function rankingOf(gaz: Gazetteer, text: string, language: string | undefined, year: number | null): { low: Set<string>; high: Set<string>; words: string } | null {
  const m = BELOW.exec(text) ?? ABOVE.exec(text);
  if (!m) return null;
  const below = BELOW.test(m[0]);
  // (Within the clause: from its opener, "that", "que", a quotation mark, to its end.)
  // (Not "tiene que", "tem que": an obligation, not a clause. A quotation mark inside the clause, "…drug trafficking
  // “must be subordinated…", does not end it: the piece before it is read when the nearest holds no concept.)
  const pieces = text.slice(0, m.index).split(/[“”"«»:;]|(?<![\p{L}])(?<!(?:tiene|tienen|tenía|tenia|tenían|hay|tem|têm|tinha|tinham)\s)(?:that|que)(?![\p{L}])/iu).filter((x) => /\p{L}/u.test(x));
  const right = text.slice(m.index + m[0].length).split(/[“”"«»:;,.]/u)[0]!;
  const concepts = (t: string) => new Set([...prepareClaim(gaz, t, language, year).terms.keys()].filter((x) => x.startsWith('c:')));
  let left = pieces.pop() ?? '';
  let l = concepts(left);
  if (!l.size && pieces.length) l = concepts((left = `${pieces.pop()!} ${left}`));
  const r = concepts(right);
  if (!l.size || !r.size) return null;
  const words = `${left.trim().split(/\s+/).slice(-5).join(' ')} ${m[0]} ${right.trim().split(/\s+/).slice(0, 6).join(' ')}`.trim();
  return below ? { low: l, high: r, words } : { low: r, high: l, words };
}
const rankingIn = perSentence((ctx, k) => rankingOf(ctx.story.gazetteer, ctx.claims[k]!.record.text, ctx.claims[k]!.view.slots.language, ctx.claims[k]!.view.year ?? null));

/**
 * Someone in an outlet's sentence calling a thing something: "…, also following UN officials blasting the actions as
 * tantamount to extrajudicial killings", "los expertos calificando los ataques de…": who (its words) and what they
 * called it.
 */
const OTHER_CALLS = /(?<![\p{L}])([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3})\s+(?:blast(?:ing|ed)|call(?:ing|ed)|describ(?:ing|ed)|brand(?:ing|ed)|label(?:l?ing|l?ed)|term(?:ing|ed)|denounc(?:ing|ed)|condemn(?:ing|ed)|slamm(?:ing|ed)|calific(?:ando|[oó]|aron)|llam(?:ando|[oó]|aron)|tild(?:ando|[oó]|aron)|qualific(?:ando|ou|aram)|cham(?:ando|ou|aram)|classific(?:ando|ou|aram)|descrev(?:endo|eu|eram)|describi(?:endo|[oó]|eron))\s+(?:[^,;:.]{0,40}?\s)?(?:as|como|de)\s+([^,;:.]+)/giu;
/** The terms an outlet's sentence gives only as what someone called a thing, with who called it (folded words). */
const othersCallsOf = perSentence((ctx, k): { by: string[]; terms: Set<string> }[] => {
  const text = ctx.claims[k]!.record.text;
  const calls = [...text.matchAll(OTHER_CALLS)];
  if (!calls.length) return [];
  let rest = text;
  for (const m of calls) rest = rest.replace(m[2]!, ' ');
  const outside = termsIn(ctx, k, rest);
  return calls.map((m) => ({ by: tokenize(foldPlain(m[1]!)).map((t) => t.word), terms: new Set([...termsIn(ctx, k, m[2]!).keys()].filter((t) => !outside.has(t) && !t.startsWith('a:') && !t.startsWith('p:'))) }));
});

/** The terms of what an outlet's sentence quotes (its quoted spans read as one claim). */
/** An outlet's sentence folded (lower case, no accents), read once per sentence. */
const foldedOf = perSentence((ctx, k) => foldPlain(ctx.claims[k]!.record.text));

const quoteTermsOf = perSentence((ctx, k) => termsIn(ctx, k, quotedSpans(ctx.claims[k]!.record.text).join(' ')));

/** A claim saying a party was named outright: "named the United States directly", "condenan directamente a", "por su nombre". */
const NAMES_DIRECTLY = /(?<![\p{L}])(?:(?:named|naming|mentioned|mentioning|cited|citing|condemned|condemning)\s+(?:[\p{L}.]+\s+){0,3}?(?:directly|explicitly|by name)|(?:directly|explicitly)\s+(?:named|naming|mentioned|mentioning|cited|citing|condemned|condemning)|by name|(?:directamente|expl[ií]citamente|diretamente)|por su nombre|pelo nome|nominalmente)(?![\p{L}])/iu;

/** "…, without directly mentioning the United States", "sin nombrar a…", "sem citar…": what the sentence says it leaves out. */
const WITHOUT = new RegExp(String.raw`(?<![\p{L}])(?:${[...PHRASE_NEGATIONS].join('|')})\s+(?!embargo|duda|d[uú]vida|doubt)([^,;:.()]+)`, 'giu');

/**
 * The terms a corpus sentence names only in what it says it leaves out ("rejecting the use of force…, without
 * directly mentioning the United States": the United States), none where it names them elsewhere too.
 */
const leftOutOf = perSentence((ctx, k): Set<string> => {
  const text = ctx.claims[k]!.record.text;
  const spans = [...text.matchAll(WITHOUT)];
  if (!spans.length) return new Set();
  let rest = text;
  for (const m of spans) rest = rest.replace(m[0], ' ');
  const outside = termsIn(ctx, k, rest);
  return new Set([...termsIn(ctx, k, spans.map((m) => m[1]!).join(' ')).keys()].filter((t) => !outside.has(t)));
});

/**
 * A corpus sentence holding a belief or hedge: the terms of its belief's clause and of the rest of it (null when the
 * rest is under four words). Null for a sentence holding none.
 */
type Belief = { inside: Map<string, number>; outside: Map<string, number> | null } | null;
const beliefOf = perSentence((ctx, k): Belief => {
  const text = ctx.claims[k]!.record.text;
  const m = HELD_AS_BELIEF.exec(text) ?? COMMENTATOR_VIEW.exec(text);
  if (!m) return null;
  // What the sentence says outside the belief's clause ("Petro announced the move on Twitter, … in what it
  // considers illegal strikes") is still its own statement.
  const end = /[,;:]/.exec(text.slice(m.index));
  const stop = end ? m.index + end.index : text.length;
  const outside = `${text.slice(0, m.index)} ${text.slice(stop)}`;
  return { inside: termsIn(ctx, k, text.slice(m.index, stop)), outside: (outside.match(/\p{L}+/gu) ?? []).length < 4 ? null : termsIn(ctx, k, outside) };
});

/** Judges one claim against every outlet; also returns the points it speaks to, best first. */
export function judgeOne(ctx: JudgeContext, view: ClaimView, terms: Map<string, number>, inferred?: ReadonlySet<string>): { points: string[]; verdicts: EngineVerdict[]; speaks: boolean } {
  const cands = candidatesFor(ctx, view, terms);
  const byOutlet = new Map<string, Candidate[]>();
  for (const c of cands) {
    const o = ctx.claims[c.claim]!.record.outlet;
    byOutlet.set(o, [...(byOutlet.get(o) ?? []), c]);
  }
  const gate = confirmGate(view, terms, ctx, inferred);
  // Only the outlets with a candidate can confirm or dispute: at thousands of outlets, the rest are told apart
  // without reading the claim again (verdictFor on no candidates is this same "not mentioned").
  const { omits, at } = outletsOf(ctx);
  const verdicts = omits.slice();
  for (const [o, own] of byOutlet) for (const i of at.get(o) ?? []) verdicts[i] = verdictFor(ctx, o, view, own, gate);
  const points: string[] = [];
  const strong = cands.filter((c) => c.relevance >= SPEAKS_TO_MIN || c.pair.conflicts.length > 0 || c.pair.agreements.length > 0).sort((a, b) => b.relevance - a.relevance);
  for (const c of strong) {
    const p = ctx.pointOf[c.claim];
    if (p && !points.includes(p)) points.push(p);
  }
  const speaks = points.length > 0 || verdicts.some((v) => v.stance !== 'omit');
  return { points, verdicts, speaks };
}

/** The verdicts with those `drop` picks made "not mentioned"; the claim speaks only if a verdict is left. */
function omitting<T extends { verdicts: EngineVerdict[]; speaks: boolean }>(r: T, drop: (v: EngineVerdict) => boolean): T {
  if (!r.verdicts.some(drop)) return r;
  const verdicts = r.verdicts.map((v) => (drop(v) ? { ...v, stance: 'omit' as const, evidence: null, claim: null, reason: null, reasonData: null } : v));
  return { ...r, verdicts, speaks: r.speaks && verdicts.some((v) => v.stance !== 'omit') };
}

const polarityDispute = (v: EngineVerdict) => v.stance === 'dispute' && v.reasonData?.kind === 'polarity';

/**
 * A sentence whose action sits under a frame that is the real news ("walked back his threat to stop…", "said the
 * order was misread", "analysts warn the suspension could hurt…") does not assert the action: no outlet confirms
 * it by reporting the action, nor disputes it with the opposite one. Figures, places and days still count.
 */
function unframed<T extends { verdicts: EngineVerdict[]; speaks: boolean }>(text: string, r: T): T {
  // A sentence of the outlet's under a frame of its own ("…said the decision may appear to be a show of sovereignty")
  // tells the framed statement, not the bare action: its confirmation stands.
  const framed = (v: EngineVerdict) => !!v.evidence && framedText(v.evidence);
  return REFRAMED.test(text) ? omitting(r, (v) => (v.stance === 'confirm' && !framed(v)) || polarityDispute(v)) : r;
}
/** A modal that hedges what follows: "may", "might", "could", "puede", "pode". */
const HEDGED = /(?<![\p{L}])(?:may|might|could|can|puede|podr[ií]a|pode|poderia)(?![\p{L}])/iu;
/** A sentence under a frame of its own: a reversal, a threat, a misreading, or a hedge (see unframed). */
const framedText = (text: string): boolean => REFRAMED.test(text) || HEDGED.test(text);

/** The year most dated outlets were published in: undated reports of one story are taken to be from it. */
export function referenceYear(outlets: readonly Pick<OutletRecord, 'published'>[]): number | null {
  const counts = new Map<number, number>();
  for (const o of outlets) if (o.published) counts.set(+o.published.slice(0, 4), (counts.get(+o.published.slice(0, 4)) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

const summary = (o: OutletRecord): OutletSummary => ({ id: o.id, name: o.name, file: o.file, url: o.url, published: o.published, ...(o.toldOf ? { toldOf: o.toldOf } : {}) });

/** Verdicts as the page's stances; an outlet's shared "not mentioned" (`omits`) always gives the same, frozen, stance. */
const toStance = (outlets: OutletRecord[], omits: readonly Verdict[] = []) => {
  const files = outlets.map((o) => o.file);
  const make = (v: Verdict, i: number): ClaimStance => ({
    outlet: v.outlet,
    file: files[i]!,
    stance: v.stance,
    evidence: v.evidence,
    reason: v.reason,
    reasonData: v.reasonData,
  });
  const shared = omits.map((v, i) => Object.freeze(make(v, i)));
  return (v: Verdict, i: number): ClaimStance => (v === omits[i] ? shared[i]! : make(v, i));
};

/**
 * Loads a corpus into a judge. Each story of the corpus gets its own judge over its own outlets, claims and points
 * (what detection looks for and who is whom come from that story's description); a page goes to the story detected
 * on it, so that pages about one story are never judged by another's outlets, however many words the two share.
 */
export function createJudge(corpus: Corpus): Judge {
  const judges = corpus.stories.map((d) => storyJudge(storyCorpus(corpus, d.id)));
  const stories = corpus.stories.map((d) => ({ id: d.id, name: d.name }));
  const pick = (page: PageInput): { judge: StoryJudge; verdict: StoryVerdict } => {
    let best: { judge: StoryJudge; verdict: StoryVerdict } | null = null;
    for (const judge of judges) {
      const verdict = judge.detectStory(page);
      const better = !best || (verdict.detected && !best.verdict.detected) || (verdict.detected === best.verdict.detected && verdict.score > best.verdict.score);
      if (better) best = { judge, verdict };
    }
    return best!;
  };
  return {
    corpus,
    stories,
    detectStory: (page) => pick(page).verdict,
    judgeClaims(texts, story) {
      const k = story === undefined ? 0 : stories.findIndex((s) => s.id === story);
      if (k < 0) throw new Error(`The corpus holds no story ${JSON.stringify(story)} (it holds ${stories.map((s) => s.id).join(', ')})`);
      return judges[k]!.judgeClaims(texts);
    },
    judgePage(page) {
      const { judge, verdict } = pick(page);
      return judge.judgeDetected(page, verdict);
    },
  };
}

/**
 * A relative clause right after a sentence's opening name, set off by commas: ", a quien Washington retiró la visa en
 * septiembre,", ", who was stripped of his visa in September,", ", que teve o visto revogado,". (Its comma closing it is
 * kept in the match's last character.)
 */
const RELATIVE_WORDS = 'a quien|quien|who|whom|whose|which|a quem|quem|cujo|cuja|cuyo|cuya|el cual|la cual|o qual|a qual|que';
const RELATIVE_ASIDE = new RegExp(String.raw`^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*,\s+(?:${RELATIVE_WORDS}|an?|the|el|la|un|una|o|um|uma|former|ex|exalcalde|exguerrillero|ex-guerrilheiro)\s+[^,;:]{8,140},`, 'u');

/** The relative word opening a relative clause (see RELATIVE_ASIDE), against an article opening a noun apposition. */
const RELATIVE_WORD = new RegExp(String.raw`^\s*(?:${RELATIVE_WORDS})\s`, 'u');

/** Disputes on a value the sentence gives (a day, a figure, a place, a platform), not on who did what. */
const VALUE_KINDS = new Set<Reason['kind']>(['time', 'quantity', 'place', 'platform']);

/** One story's judge: over a corpus of that story alone. */
interface StoryJudge {
  detectStory(page: PageInput): StoryVerdict;
  judgeClaims(texts: readonly string[]): JudgedClaim[];
  /** Judges a page whose story verdict is already known. */
  judgeDetected(page: PageInput, verdict: StoryVerdict): PageJudgement;
}

/** Loads a corpus of one story: its claims, and the story it carries (what detection looks for, who is whom). */
function storyJudge(corpus: Corpus): StoryJudge {
  const story = compileStory(corpus.stories[0]!);
  const gaz = story.gazetteer;
  const pointByClaim = new Map<string, string>();
  for (const p of corpus.points) for (const c of p.claims) pointByClaim.set(c, p.id);
  const refYear = referenceYear(corpus.outlets);
  const storyAction = mainAction(corpus.claims.map((c) => c.slots));
  const storyStrikes = mainStrikes(corpus.claims.map((c) => c.slots));
  const outletYear = new Map(corpus.outlets.map((o) => [o.id, o.published ? parseInt(o.published.slice(0, 4), 10) : refYear]));
  const claims = corpus.claims.map((c) => ({
    record: c,
    view: { text: c.text, slots: c.slots, year: outletYear.get(c.outlet) ?? null },
    terms: new Map(Object.entries(c.terms)),
  }));
  const ctx = createContext(story, corpus.outlets, claims, corpus.claims.map((c) => pointByClaim.get(c.id) ?? null));
  // Points only one outlet reports are worth listing as omissions when they carry a figure, a place or a date.
  const claimById = new Map(corpus.claims.map((c) => [c.id, c]));
  const specific = new Set(
    corpus.points
      .filter((p) => {
        const s = claimById.get(p.claim)?.slots;
        return !!s && (s.quantities.some((q) => q.unit) || s.places.some((x) => x.locative && x.kind === 'city') || s.times.some((t) => t.kind === 'date' || t.kind === 'weekday'));
      })
      .map((p) => p.id),
  );
  const outlets = corpus.outlets.map(summary);
  const stance = toStance(corpus.outlets, outletsOf(ctx).omits);
  // Who confirms each point, read once per corpus rather than on every page (thousands of outlets at scale).
  const confirmers = new Map(corpus.points.map((p) => [p, p.verdicts.filter((v) => v.stance === 'confirm').map((v) => v.outlet)]));

  const judgePrepared = (p: PreparedClaim) => judgeOne(ctx, p.view, p.terms, p.inferred);
  const claimAt = new Map(corpus.claims.map((c, i) => [c.id, i]));
  /** Judges a sentence and, when it is long, each of its clauses; an outlet's verdict is the most telling of them. */
  const judgeSentence = (p: PreparedClaim, language: string | undefined, year: number | null, main: ActionSlot | null, strikes: string | null) => {
    let whole = judgePrepared(p);
    // A relative clause set off by commas after the subject ("Petro, a quien Washington retiró la visa en septiembre,
    // anunció…") is background, a fact of its own: an outlet that tells the rest and says nothing of it confirms the
    // sentence (LABELLING: the main fact stated, none contradicted); one that disputes the rest disputes it.
    // (Only a clause some outlet tells: a detail no outlet gives, "Petro, que estava em Santa Marta,", is the claim's
    // own addition, which no outlet confirms.)
    const matched = RELATIVE_ASIDE.exec(p.view.text);
    // (A noun apposition, "Petro, a former M-19 guerrilla,", only after a person: "The Gerald R. Ford, the largest
    // aircraft carrier in the world," names the thing the sentence is about.)
    const nounAside = !!matched && !RELATIVE_WORD.test(matched[0].slice(matched[0].indexOf(',') + 1));
    const relative = matched && (!nounAside || p.view.slots.actors.some((a) => a.kind === 'person' && a.end <= matched[0].indexOf(',') + 1)) ? matched : null;
    if (relative) {
      const end = relative.index + relative[0].length - 1;
      const aside = prepareClaim(gaz, p.view.text.slice(0, end).replace(/\s*,\s*/, ' '), language, year);
      applyArticleContext(gaz, [aside], main, strikes);
      const told = judgePrepared(aside);
      // The sentence is read without the clause (read whole, the clause's words blur who did what: "Petro, cujo visto
      // foi revogado em setembro, anunciou…" gave Petro the revoking), and the clause alone for whether it is told and
      // for a value it gives otherwise ("whose visa was revoked in October" against September).
      const rest = prepareClaim(gaz, p.view.text.slice(0, relative.index).replace(/\s*,\s*$/, '') + p.view.text.slice(end + 1), language, year);
      applyArticleContext(gaz, [rest], main, strikes);
      const r = judgePrepared(rest);
      const valued = (v: EngineVerdict) => v.stance === 'dispute' && !!v.reasonData && VALUE_KINDS.has(v.reasonData.kind);
      const read = whole;
      // (A noun apposition's dispute is one of what it says of the person: "un liberal cercano a los demócratas" against
      // "a conservative".)
      const disputed = (v: EngineVerdict) => valued(v) || (nounAside && v.stance === 'dispute');
      // (Read whole, a noun apposition's words are the person's, not another doer's: its dispute stands too.)
      whole = { ...r, verdicts: r.verdicts.map((v, i) => (disputed(told.verdicts[i]!) ? told.verdicts[i]! : nounAside && whole.verdicts[i]!.stance === 'dispute' ? whole.verdicts[i]! : v)), speaks: whole.speaks || r.speaks };
      if (!told.verdicts.some((v) => v.stance === 'confirm')) {
        // (Unless the confirming sentence holds it too, in its words: "Petro, in Cartagena on Tuesday, suspended…" for
        // "Petro, que estaba en Cartagena, suspendió…"; "Intelligence expert Jorge Mantilla" for "who studies intelligence".)
        // (Its month or year too: "whose term ends in August 2026" is not held by "the immediate end of communications".)
        const clause = prepareClaim(gaz, relative[0].slice(relative[0].indexOf(',') + 1, -1), language, year);
        const body = [...clause.terms.keys()].filter((t) => !t.startsWith('a:'));
        const when = clause.view.slots.times.filter((t) => t.kind === 'month' || t.kind === 'year');
        const holds = (v: EngineVerdict) => {
          const k = v.claim ? claimAt.get(v.claim) : undefined;
          if (k === undefined || body.filter((t) => claims[k]!.terms.has(t)).length * 2 < body.length) return false;
          return when.every((t) => claims[k]!.view.slots.times.some((x) => x.kind === t.kind && x.value === t.value));
        };
        // (The sentence read whole may have found that sentence: "Petro, in Cartagena on Tuesday, suspended…".)
        whole = { ...whole, verdicts: whole.verdicts.map((v, i) => (read.verdicts[i]!.stance === 'confirm' && holds(read.verdicts[i]!) ? read.verdicts[i]! : v)) };
        whole = omitting(whole, (v) => v.stance === 'confirm' && !holds(v));
      }
    }
    const parts = splitClauses(p.view.text);
    if (parts.length < 2) return unframed(p.view.text, whole);
    const prepared = parts.map((t) => prepareClaim(gaz, t, language, year));
    applyArticleContext(gaz, prepared, main, strikes);
    const clauses = prepared.map(judgePrepared);
    const verdicts = whole.verdicts.map((v, i) => {
      const own = clauses.map((r) => r.verdicts[i]!);
      if (v.stance === 'dispute') return v;
      // Any clause's conflict disputes the sentence; a clause's confirmation speaks for it only when every clause is
      // confirmed: one clause of a sentence is not its main assertion.
      const solid = (x: EngineVerdict) => x.stance === 'confirm' && (!x.weak || (x.coverage ?? 0) >= CLAUSE_CONFIRM_MIN);
      return own.find((x) => x.stance === 'dispute') ?? (v.stance === 'confirm' ? v : own.every(solid) ? own[0]! : v);
    });
    const points = [...new Set([whole, ...clauses].flatMap((r) => r.points))];
    return unframed(p.view.text, { points, verdicts, speaks: whole.speaks || verdicts.some((v) => v.stance !== 'omit') });
  };
  return {
    detectStory: (page) => detectStory(story, page),
    judgeClaims(texts) {
      return texts.map((text) => {
        // A claim read alone takes the corpus's story as its context: "the measure" is the suspension.
        const p = prepareClaim(gaz, text, undefined, refYear);
        applyArticleContext(gaz, [p], storyAction, storyStrikes);
        const r = judgeSentence(p, p.view.slots.language, refYear, storyAction, storyStrikes);
        return { text, points: r.points, stances: r.verdicts.map(stance) };
      });
    },
    judgeDetected(page, verdict) {
      if (!verdict.detected) return { story: verdict, outlets, claims: [], omitted: [] };
      const language = page.language?.slice(0, 2) || guessLanguage(page.text);
      const year = page.published ? parseInt(page.published.slice(0, 4), 10) || refYear : refYear;
      // Read every sentence first, so that "the measure" can be resolved against the page's main action.
      const sentences: { text: string; start?: number; end?: number }[] = [];
      const seen = new Set<string>();
      const add = (text: string, start?: number, end?: number) => {
        const key = text.trim();
        if (!key || seen.has(key)) return;
        seen.add(key);
        sentences.push(start === undefined ? { text } : { text, start, end });
      };
      const titleKey = page.title.trim();
      // A title that is a photo's caption and credit ("… narcotráfico. Foto: AFP") or a breadcrumb is no headline.
      const heads = splitSentences(page.title, language);
      heads.forEach((s, k) => {
        const captioned = !!heads[k + 1] && opensWithCredit(heads[k + 1]!.text);
        if (!captioned && !opensWithCredit(s.text) && !isBreadcrumb(s.text) && !page.text.includes(s.text)) add(s.text);
      });
      // Lines above the first paragraph that ends as prose does are the page's headline block (headline, deck):
      // their lack of a final stop is a headline's. Further down, such a line is a subhead, a teaser or a fragment.
      let prose = false;
      const split = splitSentences(page.text, language);
      split.forEach((s, k) => {
        // Bylines, captions, subheads, teasers and cut-off fragments are not the page's claims.
        const ending = page.text.slice(s.end, s.end + 2);
        const closes = /^\s*(?:\n|$)/.test(ending) || s.end >= page.text.trimEnd().length;
        // A sentence a photo credit follows on its line ("… narcotráfico. Foto: AFP") is the photo's caption.
        const captioned = !closes && !!split[k + 1] && opensWithCredit(split[k + 1]!.text);
        const statement = !captioned && isAssertion(s.text, false);
        const ended = statement && endsAsStatement(s.text);
        if (s.text.trim() === titleKey || (statement && (!closes || !prose || ended))) add(s.text, s.start, s.end);
        if (closes && ended) prose = true;
      });
      const prepared = sentences.map((s) => prepareClaim(gaz, withoutDateline(s.text), language, year));
      applyArticleContext(gaz, prepared, storyAction, storyStrikes);
      // A page that tells both of the order and of its opposite ("will maintain the sharing, days after Petro said it
      // would be suspended") reports a later turn of the story: outlets that predate it do not dispute the turn.
      const turned = tellsTurn(prepared.map((p) => p.view.slots));
      const pageMain = mainAction(prepared.map((p) => p.view.slots)) ?? storyAction;
      const pageStrikes = mainStrikes(prepared.map((p) => p.view.slots)) ?? storyStrikes;
      const claimsOut: JudgedClaim[] = [];
      const covered = new Set<string>();
      prepared.forEach((p, i) => {
        const judged = judgeSentence(p, language, year, pageMain, pageStrikes);
        // The turn itself stays one of the page's claims: shown with the points it speaks to, disputed by no outlet.
        const kept = turned ? omitting(judged, polarityDispute) : judged;
        const r = turned ? { ...kept, speaks: kept.points.length > 0 || kept.verdicts.some((v) => v.stance !== 'omit') } : kept;
        r.points.forEach((pt) => covered.add(pt));
        if (!r.speaks) return;
        const s = sentences[i]!;
        const claim: JudgedClaim = { text: s.text, points: r.points, stances: r.verdicts.map(stance) };
        if (s.start !== undefined) {
          claim.start = s.start;
          claim.end = s.end!;
        }
        claimsOut.push(claim);
      });
      const omitted: OmittedPoint[] = corpus.points
        .filter((p) => !covered.has(p.id))
        .map((p) => ({ point: p.id, text: p.text, outlets: confirmers.get(p)!.slice() }))
        .filter((p) => p.outlets.length > 1 || (p.outlets.length === 1 && specific.has(p.point)))
        .sort((a, b) => b.outlets.length - a.outlets.length);
      return { story: verdict, outlets, claims: claimsOut, omitted };
    },
  };
}
