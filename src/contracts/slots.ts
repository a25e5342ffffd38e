/** Slot types extracted from a claim. Shared by the engine, the corpus file and the UI. */

/** How a figure is hedged: "at least 76", "more than 70", "nearly 70", "dozens". */
export type QuantityHedge =
  | 'exact'
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'less-than'
  | 'about'
  | 'nearly'
  | 'vague';

export interface QuantitySlot {
  /** The figure as stated ("at least 76" → 76; "dozens" → 24, the low end of its range). */
  value: number;
  /** The interval of values the phrase allows (an open top is Number.MAX_SAFE_INTEGER, which survives JSON). */
  low: number;
  high: number;
  hedge: QuantityHedge;
  /** Canonical unit: people, boats, countries, sailors, usd, strikes, aircraft, … or "" when unknown. */
  unit: string;
  /** The particular kind of what is counted, where the noun names one within its unit ("fishermen", "civiles": people). */
  kind?: string;
  /** Concept of the predicate the figure measures, e.g. "kill" for "killed 76 people"; "" when none. */
  measure: string;
  /** Whether the figure counts one event ("the latest strike killed six") or a running total ("since September"); "" when unclear. */
  scope: 'single' | 'total' | '';
  /** For a toll, the party whose strikes or forces did it ("US strikes" → "us"), when the text (or its article) says. */
  agent?: string | null;
  text: string;
  start: number;
  end: number;
}

export type PlaceKind = 'city' | 'country' | 'region' | 'sea' | 'area';

export interface PlaceSlot {
  /** Canonical id, e.g. "santa-marta". */
  id: string;
  /** Display name, e.g. "Santa Marta". */
  name: string;
  kind: PlaceKind;
  /** Ids of every place that contains this one, nearest first. */
  within: string[];
  /** True when used as a location ("in Bogotá"), false when a metonym for an actor ("Bogotá said"). */
  locative: boolean;
  /** Concepts next to the mention ("summit" in "a summit in Bogotá"): what the place is the place of. */
  anchor: string[];
  text: string;
  start: number;
  end: number;
}

export type TimeKind = 'weekday' | 'date' | 'month' | 'year' | 'decade' | 'fiscal-year' | 'relative';

export interface TimeSlot {
  kind: TimeKind;
  /** Normalised value: "tuesday", "2025-11-11" or "--11-11" when the year is unknown, "2025-09" or "--09", "2025", "1980s", "FY2024", "yesterday". */
  value: string;
  /** "at" for the moment of an event, "since"/"until" for the edge of a period. */
  role: 'at' | 'since' | 'until';
  /** Concepts next to the mention ("announce" in "announced on Tuesday"): what the time is the time of. */
  anchor: string[];
  /** For a day: its early part ("early Tuesday", "a primera hora del martes", "Tuesday morning") or its late one ("late Tuesday", "na noite de terça"). */
  part?: 'early' | 'late';
  text: string;
  start: number;
  end: number;
}

export interface ActorSlot {
  /** Canonical id, e.g. "us", "uk", "colombia", "petro", "treasury", "cnn". */
  id: string;
  name: string;
  /** The state or body the actor acts for ("petro" → "colombia"); the id itself for states. */
  party: string;
  kind: 'state' | 'person' | 'body' | 'media' | 'group';
  /** True when a preposition governs the mention ("with the US", "between the EU and…"): not the sentence's subject. */
  governed: boolean;
  text: string;
  start: number;
  end: number;
}

export type Polarity = 'stop' | 'continue';

export interface ActionSlot {
  /** Concept of the thing acted on, e.g. "intel" for intelligence sharing / cooperation / communications; "" when the sentence names none ("the suspension"). */
  object: string;
  polarity: Polarity;
  /** Canonical verb concept: suspend, halt, cease, stop, cut, nix, continue, maintain, resume, … */
  verb: string;
  /** Actor id doing it, when found. */
  subject: string | null;
  /** Actor id it is done with or towards ("with the US"), when found. */
  counterpart: string | null;
  negated: boolean;
  /** True when the action is a condition ("until the attacks cease", "as long as the attacks continue"), not an assertion. */
  condition?: boolean;
  /** True when the action is promised or threatened by its speaker ("said he would cut off aid"), not done. */
  intended?: boolean;
  /** True when the action is only weighed ("is considering suspending", "estudia suspender"): neither done nor promised. */
  weighed?: boolean;
  /** True when the action is asked for, sought or negotiated ("asked Colombia to stop", "negociar a retomada"): wanted, not done. */
  requested?: boolean;
  /** True when the action is told in the future ("the strikes will continue"): a promise of it may be the same fact. */
  future?: boolean;
  /** True when the object (and maybe the doer) was taken from the article's main action: "the suspension" in a story about suspending intelligence sharing. */
  inferred?: boolean;
  text: string;
  start: number;
  end: number;
}

/**
 * Something one party does to another that a claim can state and an outlet tell of with another doer or target:
 * "Washington sanctioned Petro", "the summit hosted by Petro", "revogou o visto de Petro".
 */
export interface EventSlot {
  /** The event's concept: sanction, revoke, decertify, host. */
  concept: string;
  /** Actor id of who does it, when found. */
  agent: string | null;
  /** Actor id of whom it is done to, when found. */
  patient: string | null;
  /** Every party a list gives it was done to ("sanctions on Petro, his family and … Benedetti"), the patient first. */
  patients?: string[];
  negated: boolean;
  text: string;
  start: number;
  end: number;
}

export type AttributionKind = 'said' | 'announced' | 'reported' | 'according-to' | 'sources' | 'believed' | 'alleged' | 'denied' | 'accused';

export interface AttributionSlot {
  kind: AttributionKind;
  /** Actor id of who says it, when known (e.g. "cnn", "petro"); null for unnamed or passive ("is believed"). */
  source: string | null;
  /** True for anonymous sourcing ("unnamed sources", "sources heard by the station"). */
  unnamed: boolean;
  text: string;
  start: number;
  end: number;
}

export interface ClaimSlots {
  quantities: QuantitySlot[];
  places: PlaceSlot[];
  times: TimeSlot[];
  actors: ActorSlot[];
  actions: ActionSlot[];
  /** Events between parties (absent in corpora built before they were read). */
  events?: EventSlot[];
  attributions: AttributionSlot[];
  /** The party whose strikes, attacks or forces the sentence names ("US strikes", "ataques de Estados Unidos"), if any. */
  strikesBy?: string | null;
  /** Language the slots were read in: "en", "es" or "pt". */
  language: string;
}
