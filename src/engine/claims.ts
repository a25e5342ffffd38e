/** Turning a sentence into a claim: its slots, its index terms, and whether it asserts anything checkable. */
import type { ActionSlot, ClaimSlots, TimeSlot } from '../contracts/index.js';
import { SAME_DAY, SAME_MONTH } from './times.js';
import { foldPlain, fold, tokenize } from './text.js';
import { CAPITALISED_COMMON, DESCRIBED_LEADER, SPEECH_VERB, STOPWORDS, clauseNegations } from './lexicon.js';
import { partyOf, type Gazetteer } from './entities.js';
import { analyse, capitalisedUnknown, orig as originalOf, slotsOf, type Analysis } from './slots.js';
import { termsOf } from './terms.js';
import { quotesWhole } from './quotes.js';
import type { ClaimView } from './stance.js';

/**
 * The people a sentence names, as index terms ("a:rubio") and, for names the gazetteer does not know ("NBC",
 * "Volker Türk"), as folded words separated by spaces (one name, found wherever any of its words is): capitalised words that are neither the sentence's first word, a concept,
 * a stop word nor part of a date. A headline in title case or capitals names nothing this way: every word is capitalised.
 */
export function namesOf(a: Analysis, slots: ClaimSlots): string[] {
  const out = new Set<string>();
  // A medium is most often the report's credit ("(Reuters) -", "according to AFP"), not what the sentence says.
  // Bodies are as often named by paraphrase ("UN officials", "the Latin America-EU summit"): people only.
  for (const e of a.entities) if (e.actor?.kind === 'person') out.add(`a:${e.actor.id}`);
  const timeSpans = slots.times.map((x) => [x.start, x.end] as const);
  const orig = (i: number) => originalOf(a, a.tokens[i]!.start, a.tokens[i]!.end).text;
  // Title case: the lexicon's common words are capitalised too.
  const common = a.tokens.filter((t, i) => i > 0 && a.concepts[i]);
  const capital = common.filter((t) => /^\p{Lu}/u.test(orig(t.index))).length;
  if (common.length >= 2 && capital * 2 >= common.length) return [...out];
  // (Not a day's name: "el Martes".)
  const candidate = a.tokens.map((t, i) => {
    const start = a.folded.map[t.start]!;
    return capitalisedUnknown(a, i) && !timeSpans.some(([s, e]) => start >= s && start < e);
  });
  // "Oficina de Control de Activos Extranjeros (OFAC)": the words a known acronym in brackets spells out are its name.
  for (const e of a.entities) {
    if (!e.actor) continue;
    const start = a.folded.map[a.tokens[e.first]!.start]!;
    if (!/\(\s*$/.test(a.original.slice(Math.max(0, start - 3), start))) continue;
    for (let k = e.first - 1; k > 0; k--) {
      const w = a.tokens[k]!.word;
      if (/^\p{Lu}/u.test(orig(k))) candidate[k] = false;
      else if (!SPELLED_OUT_LINKS.has(w)) break;
    }
  }
  // A name is an acronym ("NBC") or two capitalised words together ("Volker Türk", "Pedro Arnulfo Sánchez"): a lone
  // capitalised word is as often a common noun a language capitalises ("jefe de Estado", "Fuerza Pública").
  // One name is one group of adjacent capitalised words, initials allowed between them: "USS Gerald R. Ford" is
  // named wherever any of its words is.
  // A capitalised word beside a capitalised word the lexicon or gazetteer knows is part of that name ("Fuerza
  // Pública", "Gobierno Nacional"), not a name of its own.
  const capitalNeighbour = (i: number, step = -1) => {
    const k = i + step;
    return k > 0 && k < a.tokens.length && !candidate[k] && /^\p{Lu}/u.test(orig(k)) && (!!a.concepts[k] || !!a.entityAt[k]);
  };
  for (let i = 0; i < a.tokens.length; i++) {
    if (!candidate[i]) continue;
    const group = [a.tokens[i]!.word];
    let j = i + 1;
    for (; j < a.tokens.length; j++) {
      if (candidate[j]) group.push(a.tokens[j]!.word);
      else if (!/^\p{Lu}$/u.test(orig(j))) break;
    }
    if (group.length > 1 || /^\p{Lu}{2,5}$/u.test(orig(i))) out.add(group.join(' '));
    else if (!capitalNeighbour(i) && !capitalNeighbour(j - 1, 1) && !CAPITALISED_COMMON.has(group[0]!)) out.add(`?${group[0]!}`);
    i = j - 1;
  }
  return [...out];
}

/** Small words inside a body's spelled-out name ("Office of Foreign Assets Control", "Oficina de Control de…"). */
const SPELLED_OUT_LINKS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'las', 'los', 'y', 'da', 'do', 'dos', 'das', 'e']);

/** A written date: "Nov 12, 2025", "12 de noviembre de 2025", "12/11/2025", "2025-11-12". */
const WRITTEN_DATE = String.raw`(?:\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})`;

/** A dated dateline opening a sentence ("Bogotá, Colombia – November 13, 2025 – "): the page's date, not the event's. */
const DATED_LEAD = new RegExp(String.raw`^\s*(?:\p{Lu}[^\n–—]{0,50}?\s[–—-]\s*)?${WRITTEN_DATE}\s*[–—-]\s+`, 'u');

/** The sentence without a dated dateline at its start, blanked with spaces so that offsets stay. */
export function withoutDateline(text: string): string {
  const m = DATED_LEAD.exec(text);
  return m ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}

export interface PreparedClaim {
  view: ClaimView;
  terms: Map<string, number>;
  /** Terms the sentence does not say itself but took from the article's main action ("the measure" → intel, stop, us). */
  inferred?: Set<string>;
}

/** Reads a sentence, with a story's actors and places, into the form the matcher and the stance function use. */
export function prepareClaim(gazetteer: Gazetteer, text: string, language?: string, year: number | null = null): PreparedClaim {
  const a = analyse(gazetteer, text, language);
  const slots = slotsOf(a);
  return { view: { text, slots, year, names: namesOf(a, slots) }, terms: termsOf(a, slots) };
}

const TEASER = /^\s*[-–•]?\s*(?:read more|read also|also read|see also|related|more on|watch|listen|lea también|lee también|seguir leyendo|siga leyendo|te puede interesar|más información|le puede interesar|vea también|leia também|leia mais|veja também|saiba mais|mais informações)\s*:/i;

/** True for a teaser line of another story ("Read more: …", "Lea también: …"). */
export function isTeaser(text: string): boolean {
  return TEASER.test(text);
}

/** Where a long sentence joins two statements: "; ", dashes, ", and", ", while", ", tras", "e, em outubro,". */
const CLAUSE_JOIN = /\s*;\s+|\s+[–—]\s+|,\s+(?=(?:and|but|while|whereas|after|y|pero|mientras|tras|luego de|despu[eé]s de|e|mas|enquanto|ap[oó]s|depois de)\s)|\s+(?=(?:and|y|e),?\s+(?:on|in|last|this|then|en|el|em|no|na|este|esta|nesta|neste|desde)\s)/giu;

/** Splits a long sentence into its statements (each at least six words); a short one stays whole. */
export function splitClauses(text: string): string[] {
  if (text.split(/\s+/).length < 16) return [text];
  const parts = text.split(CLAUSE_JOIN).map((p) => p.replace(/^(?:and|but|while|whereas|y|pero|e|mas)\s*,?\s+/i, '').trim());
  const kept = parts.filter((p) => p.split(/\s+/).length >= 6);
  return kept.length >= 2 ? kept : [text];
}

/** A photo caption or credit: "… - Foto.", "(Photo: Reuters)", "© AFP", "Foto: Luisa González/Reuters". */
const CAPTION = /©|(?:^|[\s(\[|–-])(?:foto|fotos|photo|photos|fotografia|imagen|imagem|image|credit|credito|getty images|afp photo)\s*(?:[:.)\]]|$)/iu;
/** A photo credit opening a sentence ("Foto: AFP - …", "Photo: Reuters"): the sentence before it on its line is a caption. */
const CREDIT_START = /^\s*(?:foto|fotos|photo|photos|fotografia|imagen|imagem|image|credit|credito|cr[eé]dito)\s*:/iu;
export const opensWithCredit = (text: string): boolean => CREDIT_START.test(text);
/** A breadcrumb trail ("Home » world » …"). */
export const isBreadcrumb = (text: string): boolean => BREADCRUMB.test(text);
/**
 * The writer's reading of the story rather than a fact of it: "The move reflects Bogotá's growing discontent…",
 * "The deaths have reignited debates…", "La medida evidencia…", "The immediate consequences remain unclear".
 * A reference to the story's event as subject, then a verb of interpretation.
 */
const INTERPRETATION = new RegExp(
  '^\\s*(?:the|this|that|such|these|those|la|el|las|los|esta|este|esa|ese|estas|estos|a|o|as|os|essa|esse|esta|este)\\s+(?:[\\p{L}-]+\\s+){0,3}?' +
    '(?:move|decision|step|suspension|measure|deaths|killings|rupture|rift|episode|development|consequences|implications|impact|medida|decision|decisao|suspension|suspensao|ruptura|muertes|mortes|consecuencias|consequencias|implicaciones|implicacoes)' +
    '\\s+(?:[\\p{L}-]+\\s+){0,3}?' +
    '(?:reflects?|reflected|underscores?|underscored|highlights?|highlighted|signals?|signalled|signaled|illustrates?|illustrated|demonstrates?|shows|showed|deepens?|deepened|reignited|reignites?|raises questions|remains? unclear|are unclear|is unclear|is not an isolated|was not an isolated|refleja|reflejo|reflete|refletiu|subraya|subrayo|sublinha|evidencia|evidenciou|ilustra|demuestra|demonstra|profundiza|profundizo|aprofunda|aprofundou|siguen siendo inciertas|sigue siendo incierta|permanecem incertas|no es un hecho aislado|nao e um caso isolado)(?![\\p{L}])',
  'u',
);
/** A byline or dateline: "By Staff reporter · 12 November 2025", "Por Redacción", "Updated 10:45 AM". */
const BYLINE = /^\s*(?:by|por|reporting by|written by|updated|actualizado|atualizado|publicado|published)\b/iu;
/** A dateline opening a line: "Nov 12, 2025 World News", "12 de noviembre de 2025 · Mundo". */
const DATELINE = new RegExp(String.raw`^\s*${WRITTEN_DATE}(?![\p{L}\p{N}])`, 'u');
/** A date with a clock time: a page's time stamp ("Miércoles, 12 de noviembre de 2025 - 09:15 h"), not a statement. */
const STAMP = new RegExp(String.raw`${WRITTEN_DATE}[^\p{L}\p{N}]{1,6}\d{1,2}[:h.]\d{2}(?![\p{N}])`, 'u');
/** A line of three parts or more set apart by middle dots or bars: a byline ("Desk · Madrid · 12 November"). */
const SEGMENTED = /[^·|]+\s[·|]\s[^·|]+\s[·|]\s/u;
/** A breadcrumb trail: "Home » world » …", "Inicio > Colombia > …", two separators or more. */
const BREADCRUMB = /^[^»›>]{1,40}\s[»›>]\s[^»›>]{1,40}\s[»›>]\s/u;
/**
 * A headline formula of an explainer or another story ("Así va el choque de…", "Here's what we know about…", "Entenda
 * a crise…", "Lo que se sabe de…"): it names a story, it asserts nothing.
 */
const HEADLINE_FORMULA = /^\s*(?:asi (?:va|fue|quedo|se vivio|reacciono|respondio|avanza)(?! (?:como|que|cuando|porque))|assim (?:foi|ficou|esta|avanca)(?! (?:como|que|quando|porque))|here'?s (?:what|how|why)|what we know|everything (?:we know|you need to know)|lo que (?:se sabe|sabemos|debe saber)|o que (?:se sabe|sabemos)|entenda|claves (?:de|del|para)|las claves)(?![\p{L}])/u;
/** A "read also" label run into the teasers it introduces, without a colon. */
const TEASER_LABEL = /^\s*(?:leia tambem|leia mais|veja tambem|lea tambien|lee tambien|vea tambien|te puede interesar|read more|also read|read also|see also|related)(?![\p{L}])/u;
/** A statement's last character: a stop, maybe inside closing quotes or brackets. */
const TERMINAL = /[.!…]["'”’»)\]]*\s*$/u;

/** The tail of a sentence cut before it ('deixariam de trabalhar…", escreveu Benedetti'): it opens in lowercase. */
const CUT_START = /^["'“‘«(\[¿¡–—-]*\s*\p{Ll}/u;

/** A complete statement's form: five words or more, not a question, not a lead-in ending in a colon, not a teaser, not a cut-off tail. */
function isStatement(t: string): boolean {
  return t.split(/\s+/).filter(Boolean).length >= 5 && !/\?["'”’»)]*\s*$/.test(t) && !/:\s*$/.test(t) && !TEASER.test(t) && !CUT_START.test(t);
}

/** True when a line ends as a statement ends: a stop, maybe inside closing quotes or brackets. */
export function endsAsStatement(text: string): boolean {
  return TERMINAL.test(text);
}

/**
 * True when a sentence of a page is an assertion a reader could check, not site furniture: a statement that is not a
 * caption, credit, byline, dateline or "read also" label; and, where it closes its paragraph, ending as a statement
 * ends (a line without a final stop is a subhead, a teaser or a fragment cut off mid-way).
 */
export function isAssertion(text: string, closesParagraph: boolean): boolean {
  const t = text.trim();
  if (!isStatement(t)) return false;
  const f = foldPlain(t);
  if (CAPTION.test(f) || BYLINE.test(f) || TEASER_LABEL.test(f) || HEADLINE_FORMULA.test(f) || DATELINE.test(t) || STAMP.test(t) || SEGMENTED.test(t) || BREADCRUMB.test(t) || INTERPRETATION.test(f)) return false;
  return !closesParagraph || endsAsStatement(t);
}

/** True when a sentence asserts something checkable: a figure, place, day, actor, action or attribution, in a real sentence. */
export function isCheckable(text: string, slots: ClaimSlots): boolean {
  // Questions, lead-ins ("The NY Times reviews further:") and teasers of other stories ("Read more: …") assert nothing.
  if (!isStatement(text.trim())) return false;
  return (
    slots.quantities.some((q) => q.unit) ||
    slots.places.length > 0 ||
    slots.times.length > 0 ||
    slots.actors.length > 0 ||
    slots.actions.length > 0 ||
    slots.attributions.length > 0 ||
    // "He stressed that “…”": someone's words, quoted, are a claim that they said them.
    (SPEECH_VERB.test(text) && quotesWhole(text))
  );
}

/**
 * How many of a sentence's clause negations no action of its slots accounts for ("The White House has not responded",
 * "la inteligencia no está destinada a matar"). A negated stop or continue verb is compared by its polarity instead.
 */
const NEGATED_HEDGE = /(?<![a-z])(?:no|not|nao)\s+(?:fewer|less|more|menos|mas|mais)\s+(?:than|de|que|do que)(?![a-z])/g;
export function looseNegations(text: string, slots: ClaimSlots): number {
  const neg = clauseNegations(slots.language);
  // (A figure's hedge is no negation: "no fewer than 76", "no menos de", "não menos de".)
  const n = tokenize(fold(text).text.replace(NEGATED_HEDGE, ' ')).filter((t) => neg.has(t.word)).length;
  return Math.max(0, n - slots.actions.filter((a) => a.negated).length);
}

/**
 * True when the claims tell an action and its opposite on the same object ("will maintain the sharing, days after it
 * was suspended"): over one sentence, it is about the turn; over a page, the page reports a later turn of the story.
 */
export function tellsTurn(claims: readonly ClaimSlots[]): boolean {
  const told = new Map<string, Set<string>>();
  for (const s of claims) {
    for (const a of s.actions) {
      if (!a.object || a.inferred || a.condition) continue;
      const set = told.get(a.object) ?? new Set<string>();
      told.set(a.object, set.add(a.polarity));
    }
  }
  return [...told.values()].some((p) => p.size > 1);
}

/** The article's main action: the most frequent explicit (object, polarity, doer, counterpart) among its claims. */
export function mainAction(claims: readonly ClaimSlots[]): ActionSlot | null {
  const counts = new Map<string, { n: number; a: ActionSlot }>();
  for (const s of claims) {
    for (const a of s.actions) {
      if (!a.object || a.inferred || !a.subject) continue;
      const k = `${a.object}|${a.polarity}`;
      const e = counts.get(k);
      if (e) e.n++;
      else counts.set(k, { n: 1, a });
    }
  }
  let best: { n: number; a: ActionSlot } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best && best.n >= 2 ? best.a : null;
}

/** The party whose strikes an article names most. */
export function mainStrikes(claims: readonly ClaimSlots[]): string | null {
  const counts = new Map<string, number>();
  for (const s of claims) if (s.strikesBy) counts.set(s.strikesBy, (counts.get(s.strikesBy) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > counts.get(best)!) best = k;
  return best;
}

/** A determiner right before an action word makes it a noun that names an action already told: "the suspension", "la suspensión". */
/** A sentence pointing back at the figure before it: "That's the reported toll…", "Esa es la cifra…", "Esse é o número…". */
const THAT_FIGURE = /^\s*(?:that(?:'s| is)|this is|esa es|esta es|ese es|este es|essa e|esse e|este e|esta e)\s+(?:the\s+|la\s+|el\s+|o\s+|a\s+)?(?:\w+\s+)?(?:toll|figure|number|count|tally|cifra|numero|balance|saldo|conteo|contagem|total)(?![a-z])/;
const DETERMINER_BEFORE = /(?<![a-z])(?:the|this|that|his|its|their|la|el|esta|este|esa|su|sus|a|o|essa|esse|sua|seu)\s+$/;

/** "the measure", "la medida", "a decisão": words that point back at the article's main action. */
const REFERENCE = /(?<![a-z])(?:the|this|that|his|its|la|esta|esa|su|a|essa|sua)\s+(?:measure|move|decision|step|suspension|halt|order|announcement|medida|decision|decisao|suspension|suspensao|paso|passo|orden|ordem|anuncio)(?![a-z])/;

/**
 * "That same month, the Treasury sanctioned Petro": the month (or day) is the one the article last gave, in this
 * sentence or one before; a sentence with a day of its own resets it.
 */
function resolveSameTime(claims: PreparedClaim[]): void {
  let last: TimeSlot | null = null;
  for (const c of claims) {
    const times = c.view.slots.times;
    // Opening the sentence, it dates what the whole sentence tells: its anchor is every concept of it.
    const anchor = [...c.terms.keys()].filter((k) => k.startsWith('c:')).map((k) => k.slice(2));
    times.forEach((t, i) => {
      if (t.kind === 'relative' && (t.value === SAME_MONTH || t.value === SAME_DAY) && last) {
        const month = last.kind === 'month' ? last.value : last.kind === 'date' ? last.value.slice(0, -3) : null;
        if (t.value === SAME_MONTH && month) times[i] = { ...t, kind: 'month', value: month, anchor };
        else if (t.value === SAME_DAY && (last.kind === 'date' || last.kind === 'weekday')) times[i] = { ...t, kind: last.kind, value: last.value, anchor };
      }
    });
    for (const t of times) if (t.role === 'at' && (t.kind === 'month' || t.kind === 'date' || t.kind === 'weekday')) last = t;
  }
}

/**
 * Resolves references inside one article: an action word with nothing to act on ("the suspension") and
 * words like "the measure" take the article's main action, so such sentences match and can be judged.
 */
export function applyArticleContext(gazetteer: Gazetteer, claims: PreparedClaim[], fallback: ActionSlot | null = null, fallbackStrikes: string | null = null): void {
  const main = mainAction(claims.map((c) => c.view.slots)) ?? fallback;
  // "The strikes have killed 75" in an article about US strikes: the toll is the US strikes'.
  const strikes = mainStrikes(claims.map((c) => c.view.slots)) ?? fallbackStrikes;
  if (strikes) {
    for (const c of claims) {
      c.view.slots.quantities = c.view.slots.quantities.map((q) => ('agent' in q && q.agent === null ? { ...q, agent: strikes } : q));
    }
  }
  const party = (id: string | null) => partyOf(gazetteer, id);
  resolveSameTime(claims);
  // The person the sentence before named last: "He…" is that person, never a state.
  let lastPerson: string | null = null;
  // "Seventy-five lives lost in just eight months. That's the reported toll of U.S. military strikes…": the figure the
  // sentence before gave is the one a sentence pointing back at "that toll" tells.
  let lastFigure: ClaimSlots['quantities'][number] | null = null;
  for (const c of claims) {
    const figures = c.view.slots.quantities.filter((q) => q.unit);
    const pointing = !figures.length && lastFigure ? THAT_FIGURE.exec(foldPlain(c.view.text)) : null;
    if (pointing && lastFigure) {
      const q = lastFigure;
      // (Its place in this sentence is the words that point back: folding keeps the original's offsets.)
      c.view.slots.quantities = [...c.view.slots.quantities, { ...q, measure: c.terms.has('c:kill') && q.unit === 'people' ? 'kill' : q.measure, start: pointing.index, end: pointing.index + pointing[0].length }];
      c.terms.set(`q:${q.unit}${q.measure ? `:${q.measure}` : ''}`, 1);
    }
    lastFigure = figures[0] ?? null;
    const slots = c.view.slots;
    const kept: ActionSlot[] = [];
    let inferred = false;
    // Someone else named in the sentence could be the doer: then an unnamed doer is not guessed.
    const rival = (a: ActionSlot) => slots.actors.some((x) => !x.governed && x.kind !== 'media' && x.party !== party(main?.subject ?? null) && x.party !== party(a.counterpart));
    const personal = PRONOUN_LEAD.test(c.view.text);
    const mainIsPerson = !!main?.subject && gazetteer.actorById.get(main.subject)?.kind === 'person';
    // "El jefe de Estado comunicó…", "The left-wing leader said…": a leader described, not named, opening the
    // sentence is the article's person, the main action's doer when that is a person, else the person the sentence
    // before named; unless the words name someone ("the US president", "el presidente colombiano, Gustavo Petro").
    const described = DESCRIBED_LEADER.exec(c.view.text);
    const who = described ? gazetteer.actorById.get((mainIsPerson ? main!.subject : lastPerson) ?? '') : undefined;
    if (described && who && !slots.actors.some((x) => x.start < described.index + described[0].length + 2 && (x.kind === 'person' || x.kind === 'state'))) {
      const start = described.index + described[0].length - described[0].trimStart().length;
      slots.actors = [{ id: who.id, name: who.name, party: who.party, kind: 'person', governed: false, text: described[0].trim(), start, end: described.index + described[0].length }, ...slots.actors];
      c.terms.set(`a:${who.id}`, Math.max(1, c.terms.get(`a:${who.id}`) ?? 0));
    }
    const strangers = (c.view.names ?? []).filter((n) => n.startsWith('?')).map((n) => n.slice(1));
    for (const a of slots.actions) {
      // (Not where a name the story does not know stands before it, its doer most likely: "O Equador anunciou que vai
      // manter a cooperação…" is no act of the article's doer.)
      const strangerBefore = strangers.length > 0 && strangers.some((n) => ` ${tokenize(foldPlain(c.view.text.slice(0, a.start))).map((t) => t.word).join(' ')} `.includes(` ${n} `));
      if (a.object && !a.subject && main && a.object === main.object && !rival(a) && !strangerBefore) {
        // "He confirmed the immediate end of communications…": in this article, the doer is the main action's; a
        // personal pronoun is a person's, the one the sentence before named when the main doer is a state.
        kept.push({ ...a, subject: personal && !mainIsPerson ? (lastPerson ?? main.subject) : main.subject });
      } else if (a.object) kept.push(a);
      else if (main && a.polarity === main.polarity && DETERMINER_BEFORE.test(foldPlain(c.view.text.slice(Math.max(0, a.start - 10), a.start)))) {
        kept.push({ ...a, object: main.object, subject: a.subject ?? main.subject, counterpart: a.counterpart ?? main.counterpart, inferred: true });
        inferred = true;
      }
    }
    const folded = foldPlain(c.view.text);
    let ref = main && !kept.some((a) => a.object === main.object) ? REFERENCE.exec(folded) : null;
    if (main && !ref && main.subject) {
      // "Petro announced the move on Twitter, citing a report that the UK had halted…": the move is the one its
      // doer announces, even with another party's action in the sentence. Only right after the doer and one verb.
      const r = REFERENCE.exec(folded);
      const doer = r && slots.actors.filter((x) => x.end <= r.index).pop();
      if (r && doer && !doer.governed && (doer.id === main.subject || doer.party === party(main.subject)) && /^\s+\S+\s+$/.test(folded.slice(doer.end, r.index)) && !kept.some((a) => a.object === main.object && a.subject === main.subject)) ref = r;
    }
    if (main && ref) {
      // Folding keeps lengths for these languages' letters, so the offsets are the original's.
      kept.push({ ...main, inferred: true, text: c.view.text.slice(ref.index, ref.index + ref[0].length), start: ref.index, end: ref.index + ref[0].length });
      inferred = true;
    }
    slots.actions = kept;
    if (inferred && main) {
      // "The measure" names the main action, its doer and its counterpart: so do its terms.
      const actors = [main.subject, party(main.subject), main.counterpart, party(main.counterpart)].filter((x): x is string => !!x).map((x) => `a:${x}`);
      for (const t of [`c:${main.object}`, `c:${main.polarity}`, ...actors]) {
        if (c.terms.has(t)) continue;
        c.terms.set(t, 1);
        (c.inferred ??= new Set()).add(t);
      }
    }
    const persons = slots.actors.filter((x) => x.kind === 'person');
    if (persons.length) lastPerson = persons[persons.length - 1]!.id;
  }
}

/**
 * A sentence opening on a personal pronoun and its verb: "He emphasized…", "Ella agregó…", "Ele disse…", after a
 * short opening phrase too ("In October, he halted…").
 */
export const PRONOUN_LEAD = /^\s*(?:(?:In|On|By|Last|Earlier|Later|That|This)\s+[\p{L}\d ]{2,25},\s*(?:he|she)|He|She|[ÉE]l|Ella|Ele|Ela)\s+(?:(?:also|has|had|tamb[ié]m|ha)\s+)?\p{Ll}/u;
