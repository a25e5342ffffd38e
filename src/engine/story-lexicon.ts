/**
 * Term tables for story detection in English, Spanish and Portuguese, and a tokenizer that tags
 * each word with the roles it can play in the frame "actor stops intelligence sharing with the US".
 * Words are matched accent-free and lowercase ("inteligência" → "inteligencia"), except the
 * acronyms US / USA / EEUU / EUA, which need their capitals to differ from the pronoun "us".
 */

/** Tag bits: one word can carry several. */
export const Tag = {
  COL: 1 << 0, // Colombia, Petro, Bogotá, "Latin American country"
  UK: 1 << 1, // Britain, UK, Reino Unido
  US: 1 << 2, // US, Washington, Estados Unidos, EE.UU., EUA
  OTHER: 1 << 3, // other actors that could suspend something: Venezuela, Maduro, …
  STOP: 1 << 4, // suspend, halt, cease, suspender, interromper …
  CONT: 1 << 5, // continue, maintain, resume, mantener, retomar …
  SHARE: 1 << 6, // share, cooperate: an action only when negated ("will not share")
  LIFT: 1 << 7, // lift, reverse, levantar: turns a following "suspension" into its opposite
  OBJ: 1 << 8, // intelligence, inteligencia
  OBJW: 1 << 9, // information, sharing, cooperation, communications, intercambio …
  QUAL: 1 << 10, // security, military, agencies: makes a weak object an intelligence one
  NEG: 1 << 11, // not, no, não, never, refuses, rules out
  HYPO: 1 << 12, // threatens, could, considers, amenaza, poderia
  FILL: 1 << 13, // function words that may sit between an action and its object
  AUX: 1 << 14, // auxiliaries of a passive: was, will be, fue, foi
  CPREP: 1 << 15, // with, con, com, to, aos: marks a counterpart, not a subject
  COMPANION: 1 << 16, // like, joins, following, tras: "Colombia joins Britain in …"
  BY: 1 << 17, // by, por, pelo: agent of a passive
  NOUN: 1 << 18, // action nouns (suspension, halt): never negated by a preceding "no"
  COUNTRY: 1 << 19, // country, nation, país
  LATAM: 1 << 20, // "latin", "sul", "sud", … before "american": not the US
  ROLE: 1 << 21, // president, mandatario, government: a subject whose country comes from context
} as const;

export const ACTOR = Tag.COL | Tag.UK | Tag.US | Tag.OTHER;
export const ACTION = Tag.STOP | Tag.CONT;

export interface Tok {
  /** Accent-free lowercase form. */
  w: string;
  tags: number;
}

const words = (s: string): string[] => s.trim().split(/\s+/);

const EXACT: Array<[number, string]> = [
  [Tag.COL, 'colombia colombias colombian colombians colombiano colombiana colombianos colombianas columbian petro gustavo bogota'],
  [Tag.UK, 'uk britain british brits london britanico britanica britanicos britanicas londres bretana bretanha starmer mi6 gchq'],
  [
    Tag.US,
    'washington trump pentagon pentagono hegseth rubio southcom cia dea american americans americano americana ' +
      'americanos americanas america estadounidense estadounidenses norteamericano norteamericanos norteamericana',
  ],
  [
    Tag.OTHER,
    'venezuela venezuelan venezuelans venezolano venezolana venezolanos venezuelano venezuelanos maduro caracas ' +
      'ecuador ecuadorian ecuatoriano equador equatoriano mexico mexican mexicano netherlands dutch holanda ' +
      'holandes canada canadian canadiense canadense france french francia franca israel china russia rusia ' +
      'cuba nicaragua panama brazil brasil peru farc eln',
  ],
  [Tag.OBJ, 'intelligence intel inteligencia intelligences spy spies espias espionagem'],
  [
    Tag.OBJW,
    'information informacion informaciones informacao informacoes sharing exchange exchanges intercambio ' +
      'intercambios cooperation cooperacion cooperacao collaboration colaboracion colaboracao communications ' +
      'communication comunicaciones comunicacion comunicacoes comunicacao contacts contactos contatos interactions ' +
      'interacciones interacoes compartilhamento envio data datos dados dealings troca trocas partilha communicating ' +
      'communicate comunicarse comunicar',
  ],
  [
    Tag.QUAL,
    'security seguridad seguranca military militar militares police policia agencies agency agencias agencia ' +
      'forces fuerzas forcas defense defence defensa defesa antidrug antidrogas antinarcoticos counternarcotics ' +
      'enforcement espionaje orgaos organismos services servicios servicos secret secrets secretas secretos classified ' +
      'clasificada clasificadas sigilosas sigilosos confidential confidenciales',
  ],
  [
    Tag.SHARE,
    'share shares shared sharing compartir comparte comparten compartio compartira compartiendo compartilhar ' +
      'compartilha compartilham compartilhou compartilhara compartilhando cooperate cooperates cooperating ' +
      'cooperar coopera cooperara cooperando partilhar partilha partilham partilhou partilhado partilhando',
  ],
  [
    Tag.LIFT,
    'lift lifts lifted lifting reverse reverses reversed reversing revoke revokes revoked rescind rescinds ' +
      'rescinded undo undoes undid levanta levantar levanto levantara levantan revierte revertir revirtio revoca ' +
      'revocar revoco revoga revogar revogou reverte reverter reverteu',
  ],
  [
    Tag.NEG,
    'not no never nao nunca jamas jamais ni nem without sin sem refuse refuses refused refusing rejects rejected ' +
      'deny denies denied niega nego nega negou descarta descarto descartou rechaza rechazo desmiente desmintio ' +
      'desmente desmentiu',
  ],
  [
    Tag.HYPO,
    'threaten threatens threatened threatening could might may consider considers considered considering weigh ' +
      'weighs weighing mull mulls mulling propose proposes proposed if unless amenaza amenazo amenazar podria ' +
      'podrian considera considero evalua evaluo analiza propone ameaca ameacou ameacar poderia poderiam estuda ' +
      'avalia propoe',
  ],
  [
    Tag.FILL,
    'the a an all any its their his her of and or other further some to off up on in for immediately temporarily ' +
      'indefinitely formally officially partially totally completely also now both s bilateral mutual joint ' +
      'el la los las lo un una de del al y o e su sus todo toda todos todas cualquier otro otra otros otras en ' +
      'inmediatamente temporalmente indefinidamente oficialmente parcialmente totalmente tambien materia conjunta ' +
      'os as um do da dos das ao aos ou seu sua seus suas qualquer outro outra outros outras em no na nos nas ' +
      'imediatamente temporariamente conjunto mutuo sending passing provision flow transfer envio flujo entrega ' +
      'suministro transferencia repasse fluxo send pass provide providing supply forward enviar enviando envian ' +
      'enviara entregar suministrar proporcionar transmitir pasar repassar fornecer passar',
  ],
  [
    Tag.AUX,
    'is was were are be been being will would has have had shall remain remains remained stays stayed permanece permanecera fue fueron sera seran queda quedo quedara quedan ' +
      'esta estan estara ha han habia foi foram serao fica ficou ficara estao tem sido ser',
  ],
  [Tag.CPREP, 'with to toward towards from con com ao aos hacia junto between entre'],
  [
    Tag.COMPANION,
    'like unlike join joins joined joining following follows followed after alongside tras como suma sumo une ' +
      'unio despues apos depois seguindo exemplo assim igual citing cited citando cito citou',
  ],
  [Tag.BY, 'by por pelo pela pelos pelas'],
  [
    Tag.NOUN,
    'suspension suspensiones suspensao halt cessation cese interrupcion interrupcao congelamiento congelamento ' +
      'bloqueo bloqueio freeze pause end ruptura rompimiento rompimento fin fim pausa',
  ],
  [Tag.COUNTRY, 'country nation pais nacion nacao'],
  [Tag.ROLE, 'president presidente mandatario leader lider government gobierno governo executive ejecutivo jefe chefe'],
  [Tag.LATAM, 'latin latino latina sud sul south central centro afro ibero'],
];

/** Romance verb endings (accents stripped): infinitive, present, preterite, future, subjunctive, participles. */
const RV =
  '(?:a|an|am|ar|ara|aran|aram|arem|aria|ariam|aron|ado|ada|ados|adas|ando|amos|e|en|em|er|era|eran|eram|erem|' +
  'eria|eriam|eu|emos|endo|ido|ida|idos|idas|iendo|ieron|io|ir|ira|iran|irem|o|ou)';

/** Stop and continue verbs by inflection pattern (three languages share one table). */
const STOP_RE = new RegExp(
  '^(?:' +
    [
      // en
      'suspend(?:s|ed|ing)?|suspensions?|halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|cessation|stop(?:s|ped|ping)?',
      'cut(?:s|ting)?|nix(?:es|ed|ing)?|freez(?:e|es|ing)|froze|frozen|paus(?:e|es|ed|ing)|end(?:s|ed|ing)?',
      'block(?:s|ed|ing)?|sever(?:s|ed|ing)?|interrupt(?:s|ed|ing|ion)?|terminat(?:e|es|ed|ing|ion)',
      'scrap(?:s|ped|ping)?|withdr(?:aw|aws|awing|ew|awn)|curtail(?:s|ed|ing)?|restrict(?:s|ed|ing)?',
      // es / pt, sharing endings
      `suspend${RV}|interromp${RV}|interrump${RV}|congel${RV}|paraliz${RV}|paralis${RV}|romp${RV}|encerr${RV}`,
      'cort(?:a|an|am|ar|ara|aran|aram|arem|o|ou|aron|ando|ado|ada|en|em)',
      'ces(?:ar|a|an|e|en|o|aron|ara|aran|ado|ada|ando)|cess(?:a|am|ar|ara|aram|arem|e|em|ou|ado|ada|ando)',
      'deten(?:er|ga|gan|dra|dran)|detiene|detienen|detuvo|detuvieron',
      'fren(?:a|an|ar|ara|aran|o|aron|ado|ada|en)|bloque(?:a|an|ar|o|aron|ado|ada|en|ia|iam|ou|aram)',
      'par(?:ar|ou|aram|arem|ara|aran|aron)|paus(?:a|ar|an|am|o|ou|ado|ada|aron|aram)',
      // nouns
      'suspension(?:es)?|suspensao|suspens(?:o|a|os|as)|interrupcion|interrupcao|congelamiento|congelamento',
      'bloqueo|bloqueio|rompimiento|rompimento|ruptura|cese',
    ].join('|') +
    ')$',
);

const CONT_RE = new RegExp(
  '^(?:' +
    [
      // en
      'continu(?:e|es|ed|ing|ation)|maintain(?:s|ed|ing)?|resum(?:e|es|ed|ing)|resumption|keep(?:s|ing)?|kept',
      'restor(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|expand(?:s|ed|ing)?|deepen(?:s|ed|ing)?|renew(?:s|ed|ing|al)?',
      'reinstat(?:e|es|ed|ing)|boost(?:s|ed|ing)?|reaffirm(?:s|ed|ing)?|preserv(?:e|es|ed|ing)|sustain(?:s|ed|ing)?',
      // es / pt
      `continu${RV}|reanud${RV}|retom${RV}|fortalec${RV}|restablec${RV}|restabelec${RV}|profundiz${RV}|aprofund${RV}`,
      `reactiv${RV}|reativ${RV}|ampli(?:a|an|am|ar|o|ou|ara|aron|aram)|reforz(?:ar|o|ado|ada)|refuerza|reforc(?:a|ar|ou)`,
      'manten(?:er|ga|gan|dra|dran|ido|ida|iendo)|mantiene|mantienen|mantuvo|mant(?:er|em|eve|era|inha|endo|erem)',
      'segui(?:r|ra|ran)|sigue|siguen|segue|seguem|seguira|reanudacion|continuidad|continuidade',
    ].join('|') +
    ')$',
);

const exact = new Map<string, number>();
for (const [tag, list] of EXACT) for (const w of words(list)) exact.set(w, (exact.get(w) ?? 0) | tag);

const cache = new Map<string, number>();

function tagWord(w: string): number {
  let t = cache.get(w);
  if (t !== undefined) return t;
  t = exact.get(w) ?? 0;
  if (STOP_RE.test(w)) t |= Tag.STOP;
  if (CONT_RE.test(w)) t |= Tag.CONT;
  if (cache.size > 100_000) cache.clear();
  cache.set(w, t);
  return t;
}

/** Acronyms for the US that only count in capitals ("us" is a pronoun). */
const US_ACRONYMS = new Set(['US', 'USA', 'EEUU', 'EUA']);

/** Two-word names: the second word takes the tag. */
const BIGRAMS = new Map<string, number>([
  ['united states', Tag.US],
  ['estados unidos', Tag.US],
  ['white house', Tag.US],
  ['casa blanca', Tag.US],
  ['casa branca', Tag.US],
  ['southern command', Tag.US],
  ['comando sur', Tag.US],
  ['united kingdom', Tag.UK],
  ['reino unido', Tag.UK],
  ['pone fin', Tag.STOP | Tag.NOUN],
  ['poner fin', Tag.STOP | Tag.NOUN],
  ['puso fin', Tag.STOP | Tag.NOUN],
  ['poe fim', Tag.STOP | Tag.NOUN],
  ['pos fim', Tag.STOP | Tag.NOUN],
  ['no longer', Tag.NEG],
  ['en pausa', Tag.STOP | Tag.NOUN],
]);

/** Strips accents but keeps case. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Splits a sentence into tagged words. */
export function tokenize(sentence: string): Tok[] {
  const s = fold(sentence)
    .replace(/n['’]t\b/gi, ' not')
    .replace(/\bEE\.?\s?UU\b\.?/g, 'EEUU')
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''));
  const raw = s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const toks: Tok[] = [];
  for (const r of raw) {
    const w = r.toLowerCase();
    let tags = tagWord(w);
    if (US_ACRONYMS.has(r)) tags |= Tag.US;
    else if (w === 'cesar' && /^C/.test(r)) tags = 0; // the department or a first name, not "to cease"
    toks.push({ w, tags });
  }
  for (let i = 1; i < toks.length; i++) {
    const prev = toks[i - 1]!;
    const cur = toks[i]!;
    const bigram = BIGRAMS.get(`${prev.w} ${cur.w}`);
    if (bigram !== undefined) cur.tags |= bigram;
    // "dejó de compartir", "deixou de compartilhar": stop doing
    if (cur.w === 'de' && /^(?:dej|deix)(?:a|an|am|ar|ara|aran|aram|arem|aria|o|ou|e|en|em|aron|ando|ado|amos)$/.test(prev.w))
      prev.tags |= Tag.STOP;
    // "no enviarán más información", "will no longer send intelligence": negated "more" stops the flow
    if (/^(?:more|longer|mas|mais)$/.test(cur.w) && (prev.tags & Tag.NEG || (toks[i - 2]?.tags ?? 0) & Tag.NEG)) {
      const next = toks[i + 1]?.tags ?? 0;
      if (next & (Tag.OBJ | Tag.OBJW | Tag.FILL | Tag.SHARE)) cur.tags = (cur.tags & ~Tag.NEG) | Tag.STOP | Tag.NOUN;
    }
    // "pulls the plug on intelligence sharing"
    const verb = prev.w === 'the' ? (toks[i - 2]?.w ?? '') : prev.w;
    if (cur.w === 'plug' && /^pull/.test(verb)) cur.tags |= Tag.STOP;
    // "Latin American", "sul-americano", "América Latina": not the United States
    if (prev.tags & Tag.LATAM && cur.tags & Tag.US && cur.w.startsWith('america')) cur.tags &= ~Tag.US;
    if (cur.tags & Tag.LATAM && prev.w === 'america') prev.tags &= ~Tag.US;
    // "Latin American country", "país sudamericano": Colombia named by its region
    if (cur.tags & Tag.COUNTRY && !(prev.tags & Tag.US) && /^(?:american|americano|sudamericano|latinoamericano|andean|andino)$/.test(prev.w))
      cur.tags |= Tag.COL;
    if (prev.tags & Tag.COUNTRY && /^(?:sudamericano|latinoamericano|andino|vecino)$/.test(cur.w)) prev.tags |= Tag.COL;
  }
  // "remains suspended", "sigue suspendida", "continues to halt": the stop verb carries the meaning
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.tags & Tag.CONT)) continue;
    const n1 = toks[i + 1];
    const n2 = toks[i + 2];
    if ((n1 && n1.tags & Tag.STOP) || (n1 && n1.tags & Tag.FILL && n2 && n2.tags & Tag.STOP))
      t.tags = (t.tags & ~Tag.CONT) | Tag.AUX;
  }
  // "lifts the suspension", "levanta la suspensión", "ends the freeze": a stop noun undone
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.tags & Tag.STOP && t.tags & Tag.NOUN)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const u = toks[j]!;
      if (u.tags & (Tag.LIFT | Tag.STOP)) {
        u.tags &= ~(Tag.LIFT | Tag.STOP);
        t.tags = (t.tags & ~Tag.STOP) | Tag.CONT;
        break;
      }
      if (!(u.tags & Tag.FILL)) break;
    }
  }
  return toks;
}
