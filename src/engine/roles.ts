/**
 * What a sentence says a person is: "Interior Minister Armando Benedetti", "el ministro de Defensa, Pedro Sánchez",
 * "Ohio Senator Bernie Moreno", "el senador por Florida Bernie Moreno", "o especialista em inteligência Jorge
 * Mantilla", "Benedetti, the interior minister,". Two accounts that give one person two offices that can't both hold
 * ("interior minister", "defence minister"; a senator for Ohio and for Florida), or an office where the other gives a
 * commentator, disagree on a checkable detail of who did or said it. Also an office told without a name ("Colombia's
 * defence minister said…"): the speaker, by office alone.
 */
import { foldPlain } from './text.js';
import { SPEECH_VERB } from './lexicon.js';

export interface Role {
  /** The office's kind: minister, senator, governor, congress, mayor, expert, ambassador, spokesperson. */
  office: string;
  /** What the office is over: a portfolio (defence, interior, foreign affairs, justice, finance), or for an office held for a place, that place (folded). */
  portfolio: string | null;
  former: boolean;
  /** The folded surname of the person it is told of; null for an office told without a name. */
  person: string | null;
  /** The role and name as the sentence writes them. */
  words: string;
  /** The role alone as written: "interior minister", "ministro da Defesa colombiano". */
  title: string;
  /** True when the person (or the office) is told saying something right after: "…Jorge Mantilla said". */
  speaks: boolean;
}

/** Office words, folded, by kind. A secretary of the US cabinet is its minister; a ministry speaks for its minister. */
const OFFICES: Record<string, string> = {
  minister: 'minister', ministers: 'minister', ministro: 'minister', ministra: 'minister', exministro: 'minister', exministra: 'minister',
  secretary: 'minister', secretario: 'minister', secretaria: 'minister', ministry: 'minister', ministerio: 'minister',
  senator: 'senator', senador: 'senator', senadora: 'senator',
  governor: 'governor', gobernador: 'governor', gobernadora: 'governor', governador: 'governor', governadora: 'governor',
  congressman: 'congress', congresswoman: 'congress', representative: 'congress', congresista: 'congress',
  mayor: 'mayor', alcalde: 'mayor', alcaldesa: 'mayor', prefeito: 'mayor', prefeita: 'mayor',
  expert: 'expert', experts: 'expert', experto: 'expert', experta: 'expert', expertos: 'expert', especialista: 'expert', especialistas: 'expert',
  specialist: 'expert', specialists: 'expert', analyst: 'expert', analysts: 'expert', analista: 'expert', analistas: 'expert',
  ambassador: 'ambassador', embajador: 'ambassador', embajadora: 'ambassador', embaixador: 'ambassador', embaixadora: 'ambassador',
  spokesperson: 'spokesperson', spokesman: 'spokesperson', spokeswoman: 'spokesperson', portavoz: 'spokesperson', vocero: 'spokesperson', vocera: 'spokesperson',
};
/** Offices held for a place: their "portfolio" is the state, city or district ("Ohio Senator", "alcalde de Bogotá"). */
const FOR_A_PLACE = new Set(['senator', 'governor', 'congress', 'mayor']);

/** What an office is over, folded word → portfolio (war is defence: one department, renamed). */
const PORTFOLIOS: Record<string, string> = {
  defence: 'defence', defense: 'defence', defensa: 'defence', defesa: 'defence', war: 'defence', guerra: 'defence',
  interior: 'interior',
  foreign: 'foreign affairs', exteriores: 'foreign affairs', exterior: 'foreign affairs',
  justice: 'justice', justicia: 'justice', justica: 'justice',
  finance: 'finance', hacienda: 'finance', fazenda: 'finance', treasury: 'finance',
  // ("Secretary of State", "secretario de Estado": the US foreign minister.)
  state: 'foreign affairs', estado: 'foreign affairs',
};
const FORMER = new Set(['former', 'ex', 'antiguo', 'antigua', 'antigo', 'antiga', 'exministro', 'exministra']);
/** Words a role phrase may hold around its office that are neither its name nor what it is over. */
const GLUE = new Set([
  'of', 'the', 'de', 'del', 'da', 'do', 'la', 'el', 'o', 'a', 'por', 'pelo', 'pela', 'for', 'em', 'en', 'y', 'e', 'and', 'in', 'on', 'sobre',
  'affairs', 'relaciones', 'relacoes', 'intelligence', 'inteligencia', 'security', 'seguridad', 'seguranca', 'country', 'pais', 'countrys', 'paises',
  'colombiano', 'colombiana', 'colombian', 'colombia', 'colombias', 'us', 'u', 's', 'american', 'americano', 'estadounidense', 'norte-americano', 'british', 'britanico',
  'republicano', 'republicana', 'republican', 'democrata', 'democrat', 'democratic', 'born', 'colombian-born', 'nacido', 'nascido',
]);
/** Words a role phrase opens on that are not the role's, in what is shown. */
const ARTICLES = new Set(['the', 'el', 'la', 'o', 'a', 'e', 'y', 'and', 'of', 'de', 'del', 'da', 'do', 'por', 'pelo', 'pela', 'for', 'em', 'en', 'in', 'on']);
/** What stands between an office held for a place and the place: "senador por Florida", "alcalde de Bogotá", "senator for Ohio". */
const PLACE_PREP = new Set(['por', 'pelo', 'pela', 'de', 'del', 'do', 'da', 'for', 'of']);
/** A verb of saying (the lexicon's) right after a name: the person speaks. */
const SAYS = new RegExp(String.raw`^\s*,?\s*(?:${SPEECH_VERB.source})`, 'iu');

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
  cap: boolean;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => {
    const folded = foldPlain(m[0]).toLowerCase().replace(/['’]s$/, 's').replace(/['’]/g, '');
    return { text: m[0], folded, start: m.index!, end: m.index! + m[0].length, cap: /^\p{Lu}/u.test(m[0]) };
  });
}

/** A word of a name: capitalised, and no office, portfolio, glue or "former" word. */
function nameWord(w: Word | undefined): w is Word {
  return !!w && w.cap && !(w.folded in OFFICES) && !(w.folded in PORTFOLIOS) && !FORMER.has(w.folded) && !GLUE.has(w.folded) && !ARTICLES.has(w.folded);
}

/** Every office a sentence gives someone, with the person it gives it to; read once per text (bounded). */
export function rolesOf(text: string): Role[] {
  let roles = known.get(text);
  if (!roles) {
    if (known.size > 20000) known.clear();
    known.set(text, (roles = readRoles(text)));
  }
  return roles;
}
const known = new Map<string, Role[]>();

function readRoles(text: string): Role[] {
  const ws = wordsOf(text);
  const roles: Role[] = [];
  const gap = (a: Word, b: Word) => text.slice(a.end, b.start);
  const spaced = (k: number) => k + 1 < ws.length && /^\s+$/.test(gap(ws[k]!, ws[k + 1]!));
  for (let i = 0; i < ws.length; i++) {
    const office = OFFICES[ws[i]!.folded.replace(/^ex-/, '')];
    if (!office) continue;
    const forPlace = FOR_A_PLACE.has(office);
    let place: string | null = null;
    // The phrase before the office: up to three words ("Ohio", "Interior", "intelligence", "former", "Colombia's");
    // for an office held for a place, a capitalised word right before it is that place ("Ohio Senator").
    let lo = i;
    while (lo > 0 && i - lo < 3 && /^\s+$|^-$/.test(gap(ws[lo - 1]!, ws[lo]!))) {
      const w = ws[lo - 1]!;
      if (w.folded in PORTFOLIOS || FORMER.has(w.folded) || GLUE.has(w.folded)) lo--;
      else if (forPlace && !place && w.cap && lo === i) {
        place = w.folded;
        lo--;
      } else break;
    }
    // The phrase after it: its portfolio ("de Defensa colombiano"), or its place ("por Florida", "de Santa Marta").
    let hi = i;
    // (A party between: "el senador republicano por Florida".)
    let at = hi;
    while (forPlace && spaced(at) && at - hi < 2 && GLUE.has(ws[at + 1]!.folded) && !PLACE_PREP.has(ws[at + 1]!.folded) && !ARTICLES.has(ws[at + 1]!.folded)) at++;
    if (forPlace && !place && spaced(at) && PLACE_PREP.has(ws[at + 1]!.folded)) {
      let k = at + 1;
      if (spaced(k) && ARTICLES.has(ws[k + 1]!.folded) && !PLACE_PREP.has(ws[k + 1]!.folded)) k++;
      // The place's capitalised words, up to a comma or up to the last two of a run (the name that follows).
      const run: number[] = [];
      for (let j = k + 1; j < ws.length && run.length < 5 && ws[j]!.cap && (j === k + 1 || /^\s*,?\s+$/.test(gap(ws[j - 1]!, ws[j]!))); j++) run.push(j);
      const comma = run.findIndex((j, n) => n > 0 && /,/.test(gap(ws[run[n - 1]!]!, ws[j]!)));
      // ("de Santa Marta, Carlos Pinedo": two words before a comma are the place; "por Florida Moreno": one is.)
      const take = comma > 0 ? comma : run.length >= 3 ? run.length - 2 : run.length === 2 ? (/^\s*,/.test(text.slice(ws[run[1]!]!.end)) ? 2 : 1) : run.length;
      if (take) {
        place = run.slice(0, take).map((j) => ws[j]!.folded).join(' ');
        hi = run[take - 1]!;
      }
    }
    const carries = (w: Word) => w.folded in PORTFOLIOS || GLUE.has(w.folded);
    while (spaced(hi) && hi - i < 4 && carries(ws[hi + 1]!)) hi++;
    // (A trailing article or preposition is not the phrase's: "ministro de" before a name.)
    while (hi > i && ARTICLES.has(ws[hi]!.folded)) hi--;
    const phrase = ws.slice(lo, hi + 1);
    const portfolio = forPlace ? place : (phrase.map((w) => PORTFOLIOS[w.folded]).find((p) => p) ?? null);
    const former = phrase.some((w) => FORMER.has(w.folded)) || /^ex-/.test(ws[i]!.folded) || /(?:^|\s)ex-\s*$/i.test(text.slice(Math.max(0, ws[lo]!.start - 4), ws[lo]!.start));
    // The name after the phrase ("… Armando Benedetti", "…, Armando Benedetti"), else before it ("Benedetti, the
    // interior minister").
    let person: string | null = null;
    let nameEnd = ws[hi]!.end;
    let nameStart = ws[lo]!.start;
    const after = ws[hi + 1];
    if (nameWord(after) && /^\s*,?\s*$/.test(gap(ws[hi]!, after))) {
      let k = hi + 1;
      while (spaced(k) && k - hi < 4 && nameWord(ws[k + 1])) k++;
      person = ws[k]!.folded;
      nameEnd = ws[k]!.end;
    } else {
      const before = ws[lo - 1];
      if (nameWord(before) && /^\s*,\s*$/.test(gap(before, ws[lo]!))) {
        person = before.folded;
        nameStart = before.start;
      }
    }
    let first = lo;
    while (first < i && ARTICLES.has(ws[first]!.folded)) first++;
    if (nameStart === ws[lo]!.start) nameStart = ws[first]!.start;
    const words = text.slice(nameStart, nameEnd).replace(/\s+/g, ' ').trim();
    const title = text.slice(ws[first]!.start, ws[hi]!.end).replace(/\s+/g, ' ').trim();
    roles.push({ office, portfolio, former, person, words, title, speaks: SAYS.test(text.slice(nameEnd)) });
    i = hi;
  }
  return roles;
}

/** Whether two offices told of one person (or one speaker) can't both hold. */
export function rolesClash(ours: Role, theirs: Role): boolean {
  if (ours.office !== theirs.office) {
    // A commentator is no officer: "intelligence expert Jorge Mantilla" against "the former defence minister Jorge
    // Mantilla". Other pairs (a senator who was an ambassador) can both hold, but not two offices for the same place
    // held now: "Ohio Governor Bernie Moreno" against "Ohio Senator Bernie Moreno".
    if (heldForPlace(ours) && heldForPlace(theirs) && !!ours.portfolio && ours.portfolio === theirs.portfolio && !ours.former && !theirs.former) return true;
    return (ours.office === 'expert') !== (theirs.office === 'expert');
  }
  // The same office over two things: "interior minister" against "defence minister", "Ohio Senator" against "senador
  // por Florida" (a former office beside a present one can hold: "the former interior minister, now defence minister").
  return !!ours.portfolio && !!theirs.portfolio && ours.portfolio !== theirs.portfolio && ours.former === theirs.former;
}

/** Whether an office is held for a place (its portfolio is that place): senator, governor, congressman, mayor. */
export function heldForPlace(r: Role): boolean {
  return FOR_A_PLACE.has(r.office);
}

/** An office in a few words for a dispute's reason: "interior minister", "senator for Ohio", else as written. */
export function describeRole(r: Role): string {
  if (r.office === 'minister' && r.portfolio) return `${r.former ? 'former ' : ''}${r.portfolio} minister`;
  return r.title;
}
