/**
 * What a sentence says a person is: "Interior Minister Armando Benedetti", "el ministro de Defensa, Pedro Sánchez",
 * "Ohio Senator Bernie Moreno", "o especialista em inteligência Jorge Mantilla", "Benedetti, the interior minister,".
 * Two accounts that give one person two offices that can't both hold ("interior minister", "defence minister"), or an
 * office told where the other account gives a commentator, disagree on a checkable detail of who did or said it.
 * Also an office told without a name ("Colombia's defence minister said…"): the claim's speaker, by office alone.
 */
import { foldPlain } from './text.js';

export interface Role {
  /** The office's kind: minister, senator, expert, president, ambassador, spokesperson. */
  office: string;
  /** What the office is over (defence, interior, foreign, justice, finance, a US state), when told. */
  portfolio: string | null;
  former: boolean;
  /** The folded surname of the person it is told of; null for an office told without a name. */
  person: string | null;
  /** The role and name as the sentence writes them. */
  words: string;
  /** The role alone: "interior minister", "ministro da Defesa colombiano". */
  title: string;
  /** True when the person (or the office) is told saying something right after: "…Jorge Mantilla said". */
  speaks: boolean;
}

/** Office words, folded, by kind. A secretary of the US cabinet is its minister. */
const OFFICES: Record<string, string> = {
  minister: 'minister', ministers: 'minister', ministro: 'minister', ministra: 'minister', exministro: 'minister', exministra: 'minister',
  secretary: 'minister', secretario: 'minister', secretaria: 'minister',
  senator: 'senator', senador: 'senator', senadora: 'senator',
  expert: 'expert', experto: 'expert', experta: 'expert', especialista: 'expert', specialist: 'expert', analyst: 'expert', analista: 'expert',
  ambassador: 'ambassador', embajador: 'ambassador', embajadora: 'ambassador', embaixador: 'ambassador', embaixadora: 'ambassador',
  spokesperson: 'spokesperson', spokesman: 'spokesperson', spokeswoman: 'spokesperson', portavoz: 'spokesperson', vocero: 'spokesperson', vocera: 'spokesperson',
};

/** What an office is over, folded word → portfolio. */
const PORTFOLIOS: Record<string, string> = {
  defence: 'defence', defense: 'defence', defensa: 'defence', defesa: 'defence',
  interior: 'interior',
  foreign: 'foreign', exteriores: 'foreign', exterior: 'foreign', chancellor: 'foreign', canciller: 'foreign', chanceler: 'foreign',
  justice: 'justice', justicia: 'justice', justica: 'justice',
  finance: 'finance', hacienda: 'finance', fazenda: 'finance', treasury: 'finance',
  war: 'defence', guerra: 'defence',
  // ("Secretary of State", "secretario de Estado": the US foreign minister.)
  state: 'foreign', estado: 'foreign',
};
/** The states a US senator sits for. */
const US_STATES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming'.split(' '),
);
const FORMER = new Set(['former', 'ex', 'antiguo', 'antigo', 'exministro', 'exministra']);
/** Words a role phrase may hold between its office and its name, or before its office. */
const GLUE = new Set(['of', 'the', 'de', 'del', 'da', 'do', 'la', 'el', 'o', 'a', 'por', 'for', 'em', 'en', 'y', 'e', 'and', 'affairs', 'relaciones', 'relacoes', 'colombiano', 'colombiana', 'colombian', 'colombia', 'colombias', 'us', 'u', 's', 'republicano', 'republican', 'democrata', 'democrat', 'democratic', 'estadounidense', 'americano', 'norte-americano', 'intelligence', 'inteligencia', 'security', 'seguridad', 'seguranca', 'in', 'on', 'sobre', 'country', 'pais', 'born', 'colombian-born', 'nacido', 'nascido', 'ex']);
/** Words a role phrase opens on that are not the role's. */
const ARTICLES = new Set(['the', 'el', 'la', 'o', 'a', 'e', 'y', 'and', 'of', 'de', 'del', 'da', 'do', 'por', 'for', 'em', 'en', 'in', 'on']);
/** Verbs of saying right after a name: the person speaks. */
const SAYS = /^\s*,?\s*(?:says?|said|told|stated|added|wrote|declared|argued|warned|dijo|afirm[oó]|asegur[oó]|declar[oó]|escribi[oó]|añadi[oó]|advirti[oó]|disse|afirmou|declarou|escreveu|acrescentou|alertou|advertiu)(?![\p{L}])/iu;

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
  cap: boolean;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => {
    const folded = foldPlain(m[0]).replace(/['’]s$/, 's').replace(/['’]/g, '');
    return { text: m[0], folded, start: m.index!, end: m.index! + m[0].length, cap: /^\p{Lu}/u.test(m[0]) };
  });
}

/** Capitalised words that are a name's: not an office, portfolio or glue word, not a sentence's first word alone. */
function nameWord(w: Word | undefined): boolean {
  return !!w && w.cap && !(w.folded in OFFICES) && !(w.folded in PORTFOLIOS) && !FORMER.has(w.folded) && !GLUE.has(w.folded) && !US_STATES.has(w.folded);
}

/** Every office a sentence gives someone, with the person it gives it to. */
export function rolesOf(text: string): Role[] {
  const ws = wordsOf(text);
  const roles: Role[] = [];
  const gap = (a: Word, b: Word) => text.slice(a.end, b.start);
  for (let i = 0; i < ws.length; i++) {
    const office = OFFICES[ws[i]!.folded.replace(/^ex-/, '')];
    if (!office) continue;
    // The phrase around the office: up to three words before it ("Ohio", "Interior", "intelligence", "former"), up to
    // four after it ("de Defensa colombiano", "por Florida"), none across a comma or a stop except the name's comma.
    let lo = i;
    while (lo > 0 && i - lo < 3 && /^\s+$|^-$/.test(gap(ws[lo - 1]!, ws[lo]!)) && (ws[lo - 1]!.folded in PORTFOLIOS || US_STATES.has(ws[lo - 1]!.folded) || FORMER.has(ws[lo - 1]!.folded) || GLUE.has(ws[lo - 1]!.folded))) lo--;
    let hi = i;
    const carries = (w: Word) => w.folded in PORTFOLIOS || US_STATES.has(w.folded) || GLUE.has(w.folded);
    while (hi + 1 < ws.length && hi - i < 4 && /^\s+$/.test(gap(ws[hi]!, ws[hi + 1]!)) && carries(ws[hi + 1]!)) hi++;
    // (Trailing glue is not the phrase's: "ministro de" before a name.)
    while (hi > i && GLUE.has(ws[hi]!.folded) && !(ws[hi]!.folded in PORTFOLIOS) && !/^(?:colombian[oa]?|colombias?|estadounidense|americano|republican[oa]?|democrat\p{L}*)$/u.test(ws[hi]!.folded)) hi--;
    const phrase = ws.slice(lo, hi + 1);
    const portfolio = phrase.map((w) => PORTFOLIOS[w.folded] ?? (US_STATES.has(w.folded) ? w.folded : null)).find((p) => p) ?? null;
    const former = phrase.some((w) => FORMER.has(w.folded)) || /^ex-/.test(ws[i]!.folded) || /(?:^|\s)ex-\s*$/i.test(text.slice(Math.max(0, ws[lo]!.start - 4), ws[lo]!.start));
    // The name after the phrase ("… Armando Benedetti", "…, Armando Benedetti"), else before it ("Benedetti, the
    // interior minister"): capitalised words, a particle between them ("Pedro Arnulfo Sánchez", "Luis de la Fuente").
    let person: string | null = null;
    let nameEnd = ws[hi]!.end;
    let nameStart = ws[lo]!.start;
    const after = ws[hi + 1];
    if (after && nameWord(after) && /^\s*,?\s*$/.test(gap(ws[hi]!, after))) {
      let k = hi + 1;
      while (k + 1 < ws.length && k - hi < 4 && /^\s+$/.test(gap(ws[k]!, ws[k + 1]!)) && nameWord(ws[k + 1])) k++;
      person = ws[k]!.folded;
      nameEnd = ws[k]!.end;
    } else {
      // ("Benedetti, the interior minister": only past the article, "the", "el", "o", and a country's possessive.)
      let k = lo - 1;
      const before = ws[k];
      if (before && nameWord(before) && /^\s*,\s*$/.test(gap(before, ws[lo]!))) {
        person = before.folded;
        nameStart = before.start;
      }
    }
    // (Shown from the office's first word of its own: not "e o ministro…", "the interior minister".)
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

/** Why two offices told of one person can't both hold, as the other account's words against ours; null when they can. */
export function rolesClash(ours: Role, theirs: Role): boolean {
  if (ours.office !== theirs.office) {
    // A commentator is no officer: "intelligence expert Jorge Mantilla" against "the former defence minister Jorge
    // Mantilla". Other pairs (a senator who was an ambassador) can both hold.
    return (ours.office === 'expert') !== (theirs.office === 'expert');
  }
  // The same office over two things: "interior minister" against "defence minister", "Ohio Senator" against "senator
  // for Florida" (a former office beside a present one can hold: "the former interior minister, now defence minister").
  return !!ours.portfolio && !!theirs.portfolio && ours.portfolio !== theirs.portfolio && ours.former === theirs.former;
}
