/**
 * Multilingual (English, Spanish, Portuguese) vocabulary of news about states, security and conflict.
 * Words map to language-neutral concepts, so that "suspende", "suspensão" and "suspended" meet in one term.
 * Entries are folded (lowercase, no accents). A trailing "*" marks a prefix.
 */

export const CONCEPTS: Record<string, string[]> = {
  // actions on a relationship
  suspend: ['suspen*', 'suspend*', 'suspensao', 'suspensoes'],
  halt: ['halt*', 'deten*', 'detuv*', 'paraliz*', 'paralis*'],
  cease: ['cease*', 'ceasing', 'cesar', 'cesa', 'ceso', 'cesen', 'cese', 'cessar', 'cessa', 'cessou', 'cessem'],
  stop: ['stop', 'stops', 'stopped', 'stopping', 'frena*', 'frenar', 'parar', 'parou', 'pararam', 'parem', 'paren', 'pararon', 'interrump*', 'interrupc*', 'interromp*', 'interrupcao'],
  cut: ['cut', 'cuts', 'cutting', 'cortar*', 'corta', 'cortan', 'cortam', 'corten', 'cortem', 'corto', 'cortou', 'cortaron', 'cortando', 'cortado', 'cortada', 'corte', 'cortes', 'sever', 'severs', 'severed', 'severing', 'romp*', 'rompe', 'rompio', 'ruptura'],
  nix: ['nix', 'nixes', 'nixed'],
  end: ['end', 'ends', 'ended', 'ending', 'breakoff', 'breaksoff', 'breakingoff', 'brokeoff', 'brokenoff', 'calloff', 'callsoff', 'callingoff', 'calledoff', 'terminar', 'termina', 'terminan', 'terminaron', 'terminou', 'terminaram', 'terminate', 'terminated', 'terminates', 'terminating', 'termination', 'encerr*', 'acabar', 'fin', 'fim'],
  freeze: ['freez*', 'froze', 'frozen', 'congel*'],
  pause: ['pause*', 'pausing', 'pausa*'],
  block: ['block*', 'bloque*'],
  withdraw: ['withdr*', 'retiro', 'retirar', 'retira', 'retiran', 'retirada', 'retirado', 'retirou', 'retiraram'],
  // What stays in force: "will remain in effect", "valerá enquanto…", "seguirá vigente" ("se mantendrá" is *maintain*,
  // held as this in a predicate: see holdsPredicate).
  inforce: ['remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'vigente', 'vigentes', 'vigor', 'vigorara', 'vigorar', 'valera', 'valdra', 'regira', 'durara', 'duraria'],
  continue: ['continu*', 'seguir', 'seguira', 'seguiran', 'seguirao', 'seguiremos', 'seguimos', 'seguindo', 'seguia', 'seguiam', 'segue', 'seguem', 'sigue', 'siguen', 'siguio', 'prosseg*', 'persist*'],
  maintain: ['maintain*', 'mantien*', 'mantener', 'mantendr*', 'manter', 'mantem', 'mantera*', 'manteve', 'mantuv*'],
  resume: ['resum*', 'reanud*', 'retom*', 'restor*', 'restabl*'],
  keep: ['keep', 'keeps', 'kept'],
  // More of it: the opposite of a suspension as much as keeping it ("agreed to expand intelligence sharing").
  // (The vocabulary's "expand" entry moved here: a verb on intelligence must be read as an action in every language.)
  expand: ['expand*', 'ampliar', 'ampliara', 'ampliaran', 'ampliaron', 'ampliou', 'ampliaram', 'ampliacion', 'ampliacao', 'expandir', 'expande', 'expandio', 'expandiu', 'expansion', 'expansao', 'intensif*'],
  share: ['share', 'shares', 'shared', 'sharing', 'compart*', 'partilh*', 'exchang*', 'intercamb*', 'troc*', 'provid*', 'proporcion*', 'fornec*', 'supply', 'pass', 'passing', 'enviar', 'envio', 'envia*', 'repass*'],
  // the thing shared
  intel: ['intelligence', 'intel', 'inteligencia', 'intelligence-sharing', 'intel-sharing'],
  information: ['information', 'informacion', 'informaciones', 'informacao', 'informacoes', 'info', 'data', 'datos', 'dados'],
  cooperation: ['cooperat*', 'cooperac*', 'cooperar*', 'coopera', 'cooperan', 'cooperam', 'cooperou', 'coopero', 'cooperaron', 'cooperaram', 'colabor*', 'collaborat*'],
  communication: ['communicat*', 'comunicac*', 'contact*', 'contato*', 'interaction*', 'interaccion*', 'interac*', 'dealings'],
  relations: ['relationship', 'relations', 'relaciones', 'relacoes', 'relacion', 'relacao', 'ties', 'lazos', 'vinculos', 'lacos', 'diplomatic', 'diplomatica*', 'diplomacy', 'diplomacia'],
  agency: ['agenc*', 'organism*', 'orgaos', 'services', 'servicio*', 'servico*'],
  security: ['security', 'seguridad', 'seguranca'],
  military: ['militar*', 'military', 'armed', 'armada', 'armadas', 'armado', 'armados', 'army', 'ejercito', 'exercito', 'navy', 'naval', 'armada', 'marinha', 'forces', 'fuerzas', 'forcas', 'troops', 'tropas', 'pentagon*', 'pentagono'],
  police: ['police', 'policia*', 'law-enforcement', 'enforcement'],
  // the strikes
  strike: ['strike', 'strikes', 'struck', 'attack*', 'ataque*', 'atac*', 'atentad*', 'bomb*', 'bombard*', 'bombe*', 'raid*', 'incursion*', 'operation*', 'operacion*', 'operacoes', 'operacao', 'ofensiv*', 'offensive'],
  missile: ['missil*', 'misil*', 'missile*', 'rocket*', 'cohete*'],
  boat: ['boat*', 'vessel*', 'ship*', 'lancha*', 'narcolancha*', 'embarcac*', 'barco*', 'bote*', 'barca*', 'navio*', 'buque*', 'semisumergible*', 'semi-submersible*'],
  drug: ['drug*', 'narco*', 'droga*', 'cocaine', 'cocaina', 'coca', 'estupefac*', 'narcotic*', 'antinarcotic*', 'counternarcotic*', 'anti-drug', 'antidrogas'],
  traffic: ['traffick*', 'trafic*', 'trafica*', 'traffic', 'trafico', 'smuggl*', 'contraband*'],
  kill: ['kill*', 'dead', 'death*', 'died', 'die', 'dies', 'dying', 'muert*', 'murio', 'murieron', 'mueren', 'morir', 'fallec*', 'mortos', 'morto', 'morte*', 'morreram', 'morreu', 'matou', 'mataram', 'mato', 'mataron', 'matar', 'matado', 'matados', 'matada', 'matadas', 'matando', 'matan', 'matam', 'asesin*', 'assassin*', 'lethal', 'letal*', 'deadly', 'mortal*', 'fatal*', 'toll'],
  sink: ['sink*', 'sank', 'sunk', 'hundio', 'hundieron', 'hundir', 'hunde', 'hunden', 'hundida', 'hundido', 'hundidas', 'hundidos', 'afund*', 'destroy*', 'destru*'],
  // An execution is not a murder: "extrajudicial killings" does not confirm "there was no need to murder him".
  execution: ['execution*', 'ejecucion*', 'execuc*', 'execucao', 'extrajudicial*', 'extrajudiciais'],
  murder: ['murder*', 'asesinato*', 'assassinato*', 'homicid*'],
  illegal: ['illegal*', 'ilegal*', 'unlawful', 'illicit', 'ilicit*', 'violat*', 'viola*'],
  international: ['international', 'internacional*'],
  waters: ['waters', 'aguas', 'mar', 'sea', 'ocean*', 'oceano'],
  human_rights: ['human', 'humanos', 'humanas', 'rights', 'derechos', 'direitos'],
  law: ['law', 'ley', 'lei', 'derecho', 'direito', 'legal*'],
  war_crime: ['war', 'guerra', 'crime*', 'crimen*', 'crimes'],
  complicit: ['complicit*', 'complice*', 'accomplice*', 'cumplic*'],
  // speech acts
  announce: ['announc*', 'anunci*', 'declar*', 'proclaim*', 'statement*', 'comunicado*', 'declaracion*', 'declaracao', 'decree*', 'decret*'],
  order: ['order*', 'orden*', 'orden', 'ordeno', 'ordenou', 'ordem', 'instruct*', 'instruccion*', 'instruyo', 'instruido*', 'instruida*', 'instruiu', 'instruidos', 'instruidas', 'dispuso'],
  say: ['said', 'says', 'say', 'saying', 'dijo', 'dice', 'disse', 'diz', 'afirm*', 'assert*', 'stated', 'told', 'wrote', 'escribio', 'escreveu', 'senal*', 'asegur*', 'assegur*', 'claim*', 'insist*'],
  report: ['report*', 'inform*', 'according', 'segun', 'segundo', 'reveal*', 'revel*', 'noticia*', 'news'],
  source_anon: ['sources', 'fuentes', 'fontes', 'unnamed', 'anonymous', 'anonim*', 'anonima*'],
  deny: ['deni*', 'deny', 'nego', 'negou', 'negaron', 'negar', 'niega*', 'negam', 'negado', 'negaram', 'negaba', 'dismiss*', 'desestim*', 'refut*', 'desmint*', 'desment*'],
  accuse: ['accus*', 'acus*', 'blam*', 'culp*'],
  condemn: ['condemn*', 'conden*', 'denounc*', 'denunci*', 'critic*', 'slam*', 'blast*', 'censur*'],
  protest: ['protest*', 'protesta*'],
  social: ['x', 'twitter', 'tweet*', 'social', 'redes', 'post', 'posts', 'posted', 'posting', 'postou', 'postagem', 'publico', 'publicou', 'publicacion', 'trino', 'mensaje', 'mensagem', 'message'],
  // diplomacy and pressure
  summit: ['summit*', 'cumbre*', 'cupula*', 'cimeira*', 'conference', 'conferencia'],
  host: ['host*', 'anfitri*', 'sede', 'sediou'],
  sign: ['sign', 'signs', 'signed', 'signing', 'signatory', 'signatories', 'signature*', 'firmo', 'firmar', 'firmado', 'firmada', 'firmaron', 'assinou', 'assinar', 'assinado', 'assinada', 'assinaram', 'assinatura', 'suscri*', 'subscri*', 'endors*', 'respald*'],
  joint: ['joint', 'conjunt*', 'common', 'comun'],
  reject: ['condemnation', 'repudi*', 'reject*', 'rechaz*', 'rejeit*'],
  force: ['force', 'fuerza', 'forca'],
  country: ['countr*', 'nation', 'nations', 'pais', 'paises', 'nacion', 'naciones', 'nacao', 'nacoes', 'states', 'estados', 'governments', 'gobiernos', 'governos'],
  sanction: ['sanction*', 'sancion*', 'sancoes', 'sancao', 'penalt*', 'penaliz*', 'penalis*', 'blacklist*'],
  visa: ['visa', 'visas', 'visado*', 'visto', 'vistos'],
  decertify: ['decertif*', 'descertif*'],
  certify: ['certif*'],
  ally: ['ally', 'allies', 'allied', 'aliado*', 'aliada*', 'alianza*', 'alianca*'],
  revoke: ['revok*', 'revoc*', 'revog*', 'cancel*'],
  aid: ['aid', 'assistance', 'ayuda*', 'ajuda*', 'asistencia', 'assistencia', 'payment*', 'pago', 'pagos', 'pagamento*', 'subsidy', 'subsidies', 'subsidio', 'subsidios', 'funding', 'fondos', 'fundos'],
  carrier: ['carrier', 'portaaviones', 'porta-avioes', 'portaavioes', 'porta-aviones', 'aircraft', 'avion*', 'avioes', 'aeronave*', 'jets', 'planes', 'warships', 'destroyers'],
  sailor: ['sailor*', 'marinero*', 'marinheiro*', 'personnel', 'efectivos'],
  fisherman: ['fisherm*', 'pescador*'],
  family: ['family', 'families', 'familia', 'familias', 'familiares', 'familiars'],
  guerrilla: ['guerrill*', 'guerrilh*', 'rebel*', 'dissident*', 'disidente*', 'dissidente*', 'eln', 'farc'],
  president: ['president*', 'presiden*', 'mandatari*', 'leader', 'lider', 'chief', 'jefe', 'chefe'],
  government: ['government*', 'gobierno*', 'governo*', 'administration*', 'administracion', 'administracao', 'executive', 'ejecutivo', 'executivo', 'cabinet', 'gabinete', 'ministr*'],
  sovereignty: ['sovereign*', 'soberan*'],
  tension: ['tension*', 'tensao', 'tensoes', 'tense', 'tenso*', 'tensa', 'tensas', 'strain*', 'deteriorat*', 'deterior*', 'spat', 'rift', 'crisis', 'crise', 'clash*', 'escalat*', 'escalada*', 'escalar', 'escalou', 'rupture'],
  investigation: ['investig*', 'inquiry', 'probe*', 'pesquis*'],
  congress: ['congress*', 'congres*', 'senat*', 'senado*', 'lawmaker*', 'legislat*'],
  production: ['product*', 'produc*', 'producao', 'cultivat*', 'cultiv*', 'plantation*', 'harvest*'],
  effect: ['effect', 'vigor', 'vigente', 'vigencia'],
  negotiate: ['negotiat*', 'negoci*'],
  hostile: ['hostil*'],
  decision: ['decision*', 'decisao', 'measure*', 'medida*', 'move', 'step'],
  expert: ['expert*', 'analyst*', 'analista*', 'especialista*', 'experto*'],
  meet: ['met', 'meet', 'meets', 'meeting*', 'reuni*', 'encontro', 'encuentro', 'visit*', 'visita*'],
  fight: ['fight*', 'lucha*', 'luta*', 'combat*', 'battle*'],
  subordinate: ['subordinat*', 'subordin*'],
  population: ['population*', 'poblacion*', 'populac*', 'pueblo*', 'povo*', 'people', 'people\'s'],
  office: ['office', 'posesion', 'posse', 'inauguration', 'inaugurat*', 'investidura'],
  hurt: ['hurt*', 'harm*', 'damag*', 'perjudic*', 'prejudic*', 'undermin*', 'socav*', 'weaken*', 'debilit*', 'enfraquec*'],
};

/** Concepts that name the thing an action is done to, used to attach a polarity verb to its object. */
export const OBJECT_CONCEPTS: Record<string, string> = {
  intel: 'intel',
  information: 'intel',
  cooperation: 'intel',
  communication: 'intel',
  aid: 'aid',
  strike: 'strike',
  visa: 'visa',
};

export const STOP_VERBS = new Set(['suspend', 'halt', 'cease', 'stop', 'cut', 'nix', 'end', 'freeze', 'pause', 'block', 'withdraw']);
export const CONTINUE_VERBS = new Set(['continue', 'maintain', 'resume', 'keep', 'expand']);
export const NEUTRAL_VERBS = new Set(['share']);

/**
 * Words that negate a clause, by language: Portuguese "no" is "in the", not a negation. Slot reading and the
 * confirmation gate both read negation from here.
 */
export const CLAUSE_NEGATIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(['not', 'no', 'never', 'neither', 'nor', 'nobody', 'cannot', "won't", "wouldn't", "doesn't", "didn't", "don't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "can't", "couldn't", "shouldn't"]),
  es: new Set(['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nadie']),
  pt: new Set(['nao', 'nunca', 'jamais', 'nem', 'tampouco', 'ninguem']),
};

/** The clause negations of a language (English for any other). */
export function clauseNegations(language: string): ReadonlySet<string> {
  return CLAUSE_NEGATIONS[language] ?? CLAUSE_NEGATIONS.en!;
}

/** "Without", "sin", "sem": they negate the word right after them, not the clause. */
export const PHRASE_NEGATIONS: ReadonlySet<string> = new Set(['without', 'sin', 'sem']);

/**
 * Common nouns Spanish and Portuguese news capitalise when they stand for an institution ("el jefe de Estado",
 * "o Governo", "la Fuerza Pública"): capitalised, they are still not a name of their own.
 */
export const CAPITALISED_COMMON = new Set(
  'estado estados gobierno governo nacional publica republica nacion nacao congreso congresso senado camara ejecutivo executivo presidencia ministerio cancilleria chancelaria fiscalia procuraduria defensoria ejercito exercito armada marinha policia justicia justica tribunal corte supremo federal'.split(' '),
);

export const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for with from into onto over under about as than then that this these those it its it\'s is are was were be been being has have had do does did will would shall should can could may might must ' +
    'he she they them his her their him we our you your i me my who whom whose which what when where while also not no so such very more most much many some any all each other another there here out up down off again ' +
    'least fewer less nearly almost approximately roughly around after before since until during against between through among amid per via just only even still yet both either neither if because though although however mr mrs ms dr ' +
    'menos casi cerca unos unas el la lo los las un una unos unas de del al y o u e en con por para sin sobre entre hacia desde hasta que se su sus le les es son fue fueron ha han habia ser este esta estos estas ese esa eso como mas pero tambien ya muy tras ante segun cuando donde quien cual ' +
    'quase mais o os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas com sem sobre entre ate desde que se seu sua seus suas lhe lhes e sao foi foram tem teve ser este esta estes estas esse essa isso como mais mas tambem ja muito apos ante quando onde quem qual ' +
    // to be, to have and to do, and small number words (figures are compared as quantities), in Spanish and Portuguese as in English
    'estar estan estaba estaban estuvo estara ser sido siendo era eran sera seria hay habia tener tiene tienen tenia tenido hacer hace hizo ' +
    'estao estava estavam esteve estara sendo eram sera seria ha havia ter tem teve tinha tido fazer faz fez ' +
    'two three four five dos tres cuatro cinco dois duas quatro cinco ' +
    // "before", "any", "every", "other", "same", "still", "while": the function words English has above, in Spanish and Portuguese
    'antes despues cualquier cualquiera todo toda todos todas cada otro otra otros otras algun alguna algunos algunas mismo misma mismos mismas aqui alli asi aun solo incluso mientras porque pues sino tan tanto tanta ' +
    'depois qualquer outro outra outros outras algum alguma alguns algumas mesmo mesma mesmos mesmas ali assim ainda apenas inclusive enquanto pois tao ' +
    'whole entire every ' +
    // personal pronouns English has above ("he", "him", "them")
    'ella ellos ellas ele ela eles elas dele dela deles delas nele nela neles nelas ' +
    // modal verbs and "against", in Spanish and Portuguese as in English
    'contra debe deben deberia debia puede pueden podria deve devem deveria devia pode podem poderia ' +
    // negations (read apart, as the clause's: CLAUSE_NEGATIONS), and the function words of time, degree and person
    // every article uses ("never", "now", "always", "several", "our", "although", "through"), in each language: as
    // words they only stand between a sentence and its translation
    'never ever always now neither nor nobody cannot several various ours although ' +
    'nunca jamas ni tampoco ahora siempre luego ademas aunque nuestro nuestra nuestros nuestras varios varias ambos ambas uno vez veces nadie nada ningun ninguna ninguno cuyo cuya durante traves habra habria hubo haya va van vamos poco poca pocos pocas ' +
    'nao jamais nem tampouco agora sempre logo alem embora nosso nossa nossos nossas ambas vez vezes ninguem nada nenhum nenhuma cujo cuja durante atraves houve haja vai vao ia pouco pouca poucos poucas neste nesta nestes nestas nesse nessa disso disto nisso nisto daquilo naquilo ' +
    'six seven eight nine ten seis siete ocho nueve diez sete oito nove dez ' +
    'twenty thirty forty fifty sixty seventy eighty ninety hundred veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento ' +
    'vinte trinta quarenta cinquenta sessenta oitenta cem cento'
  ).split(' '),
);

/**
 * A lookup of folded words in a table of words and prefix entries ("suspen*"), giving each entry's value: exact entries
 * win over prefixes, longer prefixes over shorter ones (down to `minPrefix` letters), and the first entry to claim a
 * word or prefix keeps it.
 */
export function wordLookup(table: Iterable<readonly [string, readonly string[]]>, minPrefix: number): (word: string) => string | null {
  const exact = new Map<string, string>();
  const prefixes = new Map<string, string>();
  let maxPrefix = 0;
  for (const [value, words] of table) {
    for (const w of words) {
      if (w.endsWith('*')) {
        const p = w.slice(0, -1);
        if (!prefixes.has(p)) prefixes.set(p, value);
        maxPrefix = Math.max(maxPrefix, p.length);
      } else if (!exact.has(w)) exact.set(w, value);
    }
  }
  return (word) => {
    const e = exact.get(word);
    if (e) return e;
    for (let k = Math.min(word.length, maxPrefix); k >= minPrefix; k--) {
      const c = prefixes.get(word.slice(0, k));
      if (c) return c;
    }
    return null;
  };
}

const LEX = wordLookup(Object.entries(CONCEPTS), 3);

/** The concept a folded word belongs to, or null. Exact entries win over prefixes; longer prefixes over shorter. */
export function conceptOf(word: string): string | null {
  return LEX(word);
}

// ---- frames that put an action in someone's mouth, in a report, or under a reversal or hypothesis

/** Verbs of saying in English, Spanish and Portuguese: whoever speaks, the action is what they say of it. */
export const SPEECH_VERB =
  /(?<![\p{L}])(?:says?|said|saying|told|tells|stated|added|adds|insist(?:s|ed)?|assur(?:es|ed)|noted?|indicated?|explain(?:s|ed)|wrote|writes|posted|declared?|clarif(?:y|ies|ied)|claim(?:s|ed)|confirm(?:s|ed)|argu(?:es|ed)|stress(?:es|ed)|dice|dijo|dicen|dijeron|afirm(?:a|o|ó|ou|aram|aron)|asegur(?:a|o|ó|aron)|assegur(?:a|ou)|garant(?:e|iu|izó|izo)|señal(?:a|o|ó)|sinaliz(?:a|ou)|indic(?:a|o|ó|ou)|explic(?:a|o|ó|ou)|escribi[oó]|escreveu|agreg(?:a|o|ó)|añadi[oó]|acrescentou|sostuvo|declar(?:a|o|ó|ou)|aclar(?:a|o|ó)|esclareceu|precis(?:a|o|ó)|manifest(?:a|o|ó|ou)|advirti(?:ó|o|eron)|adviert(?:e|en)|advertiu|advertiram|alert(?:ó|o|aron|ou|aram)|warn(?:s|ed)?|insisti[oó]|insistiu|expres(?:a|o|ó)|reiter(?:a|o|ó|ou)|confirm(?:a|o|ó|ou|aron|aram)|subray(?:a|o|ó)|ressaltou|destacou|apontou|disse|diz|informou|matiz(?:a|o|ó|ou)|pronunci(?:a|o|ó|ou)|describ(?:e|es|ed|ing)|describi[oó]|descreveu|calific(?:a|o|ó)|qualific(?:a|ou)|according to|seg[uú]n|segundo)(?![\p{L}])/iu;

/** A word naming a nationality ("Colombian", "colombiana", "venezolanos", "brasileiro"): an actor named by it is a party qualified, not named. */
export const DEMONYM = /^\p{L}\p{Ll}+(?:an|ian|ese|ish|ano|ana|anos|anas|ense|eno|ena|ês|esa|eiro|eira)$/u;

/** A sentence opening on a leader described rather than named: "The left-wing leader…", "El mandatario colombiano…". */
export const DESCRIBED_LEADER = /^\s*(?:the|el|la|o|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:leader|president|mandatari[oa]|presidente|presidenta|l[ií]der|head of state|jefe de estado|chefe de estado)(?![\p{L}])/iu;

/** An event noun right before a day ("an interview on Wednesday", "en un discurso el jueves"): the day is that event's. */
export const OWN_EVENT = /(?:^|[^\p{L}])(?:interview|speech|address|post|message|statement|meeting|press conference|entrevista|discurso|mensaje|publicacion|reunion|declaracion|comunicado|rueda de prensa|mensagem|publicacao|reuniao|declaracao|coletiva)(?:\s+\p{L}+){0,3}\s*,?\s*$/u;

/** A claim that itself passes on a report ("follows reports that…", "an exclusive", "citing") is not stated as fact. */
export const REPORTED = /(?<![\p{L}])(?:reports?|reported|reportedly|exclusive|citing|cited|informó|informou|informar|informa|exclusiva|citando|según|segundo|according)(?![\p{L}])/iu;

/** Reversals, threats, hypotheses and readings of an action, in English, Spanish and Portuguese. */
export const REFRAMED = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'walk(?:s|ed|ing)? back', 'backtrack\\p{L}*', 'back(?:s|ed)? down', 'revers(?:e|es|ed|al)', 'retreat\\p{L}*', 'u-turn', 'about-face', 'threat(?:s|en|ens|ened)?',
      'could', 'might', 'misinterpret\\p{L}*', 'misunderst\\p{L}*', 'misread', 'clarif\\p{L}*',
      'marcha atr[aá]s', 'retroced\\p{L}*', 'rectific\\p{L}*', 'recul\\p{L}*', 'amenaz\\p{L}*', 'podr[ií]a\\p{L}*', 'pod[ií]a\\p{L}*', 'malinterpret\\p{L}*', 'mala interpretaci[oó]n', 'mal interpretad\\p{L}*', 'aclar\\p{L}*', 'matiz\\p{L}*',
      'recua\\p{L}*', 'recuou', 'voltou atr[aá]s', 'volta atr[aá]s', 'amea[cç]\\p{L}*', 'poderia\\p{L}*', 'esclarec\\p{L}*',
      // A forecast of it: "analysts expect Washington to respond by…", "se espera que…", "devem responder…".
      'expects?', 'expected to', 'predict\\p{L}*', 'anticipat\\p{L}*', 'forecast\\p{L}*', 'likely to', 'se espera que', 'esperan que', 'prev[eé]n que', 'pronostic\\p{L}*', 'espera-se que', 'preveem que', 'prev[eê] que', 'deve(?:m)? responder',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);
