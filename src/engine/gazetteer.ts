/**
 * Named actors and places, with aliases in English, Spanish and Portuguese.
 * Aliases are folded (lowercase, no accents); a leading "=" means the alias must appear in capitals
 * in the original text ("US" the country, not "us" the pronoun).
 */
import type { ActorSlot, PlaceKind } from '../contracts/index.js';

export interface ActorEntry {
  id: string;
  name: string;
  kind: ActorSlot['kind'];
  /** The state or body the actor acts for. */
  party: string;
  aliases: string[];
}

export interface PlaceEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  /** Direct containers; containment is transitive. */
  in: string[];
  aliases: string[];
  /** When the place name also stands for an actor (a capital for its government), the actor's id. */
  actor?: string;
}

const S = (id: string, name: string, aliases: string[], party = id): ActorEntry => ({ id, name, kind: 'state', party, aliases });
const P = (id: string, name: string, party: string, aliases: string[]): ActorEntry => ({ id, name, kind: 'person', party, aliases });
const B = (id: string, name: string, party: string, aliases: string[]): ActorEntry => ({ id, name, kind: 'body', party, aliases });
const M = (id: string, name: string, aliases: string[]): ActorEntry => ({ id, name, kind: 'media', party: id, aliases });

export const ACTORS: ActorEntry[] = [
  S('us', 'the United States', ['=US', '=U.S', 'u.s.', 'u. s.', '=USA', 'u.s.a.', 'united states', 'united states of america', 'america', 'american', 'americans', 'washington', 'estados unidos', 'ee.uu.', 'ee. uu.', '=EEUU', '=EUA', 'e.u.a.', 'estadounidense', 'estadounidenses', 'norteamericano', 'norteamericana', 'norteamericanos', 'norteamericanas', 'norte-americano', 'norte-americana', 'norte-americanos', 'norte-americanas', 'americano', 'americana', 'americanos', 'americanas', 'estadunidense', 'estadunidenses', 'the white house', 'white house', 'casa blanca', 'casa branca']),
  S('uk', 'the United Kingdom', ['=UK', 'u.k.', 'u. k.', 'britain', 'great britain', 'british', 'united kingdom', 'london', 'reino unido', 'britanico', 'britanica', 'britanicos', 'britanicas', 'gran bretana', 'gra-bretanha', 'londres', 'downing street']),
  S('colombia', 'Colombia', ['colombia', 'colombian', 'colombians', 'columbian', 'colombiano', 'colombiana', 'colombianos', 'colombianas', 'bogota', 'casa de narino']),
  S('venezuela', 'Venezuela', ['venezuela', 'venezuelan', 'venezuelans', 'venezolano', 'venezolana', 'venezolanos', 'venezuelano', 'venezuelana', 'venezuelanos', 'caracas', 'miraflores']),
  S('mexico', 'Mexico', ['mexico', 'mexican', 'mexicano', 'mexicana', 'mexicanos']),
  S('ecuador', 'Ecuador', ['ecuador', 'ecuadorian', 'ecuatoriano', 'equatoriano']),
  S('peru', 'Peru', ['peru', 'peruvian', 'peruano', 'peruana']),
  S('brazil', 'Brazil', ['brazil', 'brasil', 'brazilian', 'brasileno', 'brasileiro', 'brasileira']),
  S('cuba', 'Cuba', ['cuba', 'cuban', 'cubano', 'cubana']),
  S('panama', 'Panama', ['panama', 'panamanian', 'panameno']),
  S('canada', 'Canada', ['canada', 'canadian', 'canadiense', 'canadense']),
  S('netherlands', 'the Netherlands', ['netherlands', 'dutch', 'holland', 'paises bajos', 'holanda', 'holandes', 'neerlandes']),
  S('france', 'France', ['france', 'french', 'francia', 'franca', 'frances', 'francesa', 'paris']),
  S('spain', 'Spain', ['spain', 'spanish', 'espana', 'espanha', 'espanol', 'madrid']),
  S('israel', 'Israel', ['israel', 'israeli', 'israeli', 'israelies', 'israelense']),
  S('russia', 'Russia', ['russia', 'russian', 'rusia', 'ruso', 'rusa', 'russo', 'moscow', 'moscu', 'moscou', 'kremlin']),
  S('china', 'China', ['china', 'chinese', 'chino', 'china', 'chines', 'beijing', 'pekin', 'pequim']),
  S('iran', 'Iran', ['iran', 'iranian', 'irani', 'iraniano']),
  S('trinidad', 'Trinidad and Tobago', ['trinidad and tobago', 'trinidad y tobago', 'trinidad e tobago', 'trinidad']),
  P('petro', 'Gustavo Petro', 'colombia', ['petro', 'gustavo petro', 'gustavo francisco petro', 'colombian president', 'colombian leader', 'colombia\'s president', 'colombian head of state', 'presidente colombiano', 'mandatario colombiano', 'presidente de colombia', 'presidente da colombia', 'lider colombiano', 'jefe de estado colombiano', 'chefe de estado colombiano']),
  P('trump', 'Donald Trump', 'us', ['trump', 'donald trump', 'donald j. trump', 'us president', 'u.s. president', 'american president', 'presidente estadounidense', 'presidente de estados unidos', 'presidente norte-americano', 'presidente americano', 'presidente dos estados unidos', 'presidente dos eua', 'presidente de ee.uu.']),
  P('hegseth', 'Pete Hegseth', 'us', ['hegseth', 'pete hegseth', 'secretary of war', 'defense secretary', 'secretario de guerra', 'secretario de defensa', 'secretario de defesa']),
  P('rubio', 'Marco Rubio', 'us', ['rubio', 'marco rubio', 'secretary of state', 'secretario de estado']),
  P('maduro', 'Nicolás Maduro', 'venezuela', ['maduro', 'nicolas maduro']),
  P('starmer', 'Keir Starmer', 'uk', ['starmer', 'keir starmer', 'british prime minister', 'primer ministro britanico', 'primeiro-ministro britanico']),
  P('benedetti', 'Armando Benedetti', 'colombia', ['benedetti', 'armando benedetti']),
  P('sanchez', 'Pedro Sánchez (Colombian defence minister)', 'colombia', ['pedro sanchez', 'colombian defense minister', 'colombian defence minister', 'ministro de defensa', 'ministro de defesa']),
  P('moreno', 'Bernie Moreno', 'us', ['bernie moreno']),
  P('duque', 'Iván Duque', 'colombia', ['ivan duque', 'duque']),
  P('epstein', 'Jeffrey Epstein', 'epstein', ['jeffrey epstein', 'epstein']),
  B('treasury', 'the US Treasury', 'us', ['treasury', 'us treasury', 'u.s. treasury', 'department of the treasury', 'treasury department', 'ofac', 'office of foreign assets control', 'departamento del tesoro', 'departamento do tesouro', 'tesoro', 'tesouro']),
  B('pentagon', 'the Pentagon', 'us', ['pentagon', 'pentagono', 'department of war', 'department of defense', 'departamento de guerra', 'departamento de defensa', 'departamento de defesa']),
  B('southcom', 'US Southern Command', 'us', ['southern command', 'southcom', 'comando sur', 'comando sul']),
  B('cia', 'the CIA', 'us', ['=CIA']),
  B('dea', 'the DEA', 'us', ['=DEA']),
  B('state-dept', 'the US State Department', 'us', ['state department', 'departamento de estado']),
  B('congress', 'the US Congress', 'us', ['congress', 'congressional research service', 'us congress', 'u.s. congress', 'congreso de estados unidos', 'congresso americano']),
  B('un', 'the United Nations', 'un', ['=UN', 'u.n.', 'united nations', 'naciones unidas', 'nacoes unidas', '=ONU', 'un office on drugs and crime', 'unodc', 'u.n. office on drugs and crime']),
  B('eu', 'the European Union', 'eu', ['=EU', 'european union', 'union europea', 'uniao europeia', '=UE']),
  B('celac', 'CELAC', 'celac', ['celac', 'community of latin american and caribbean states', 'comunidad de estados latinoamericanos y caribenos']),
  B('nato', 'NATO', 'nato', ['nato', 'otan']),
  B('egmont', 'the Egmont Group', 'egmont', ['egmont group', 'grupo egmont']),
  B('eln', 'the ELN', 'eln', ['=ELN', 'national liberation army', 'ejercito de liberacion nacional']),
  B('farc', 'FARC dissidents', 'farc', ['farc']),
  M('cnn', 'CNN', ['cnn']),
  M('nyt', 'The New York Times', ['new york times', 'ny times', 'nyt']),
  M('reuters', 'Reuters', ['reuters']),
  M('afp', 'AFP', ['afp', 'agence france-presse']),
  M('ap', 'the AP', ['associated press']),
  M('efe', 'EFE', ['=EFE', 'agencia efe']),
  M('bbc', 'the BBC', ['bbc']),
  M('el-colombiano', 'El Colombiano', ['el colombiano']),
  M('el-tiempo', 'El Tiempo', ['el tiempo']),
  M('semana', 'Semana', ['revista semana']),
  M('press-tv', 'Press TV', ['press tv', 'presstv']),
  M('washington-post', 'The Washington Post', ['washington post']),
  M('wsj', 'The Wall Street Journal', ['wall street journal']),
];

export const PLACES: PlaceEntry[] = [
  { id: 'americas', name: 'the Americas', kind: 'region', in: [], aliases: ['americas', 'the americas', 'las americas', 'as americas'] },
  { id: 'latin-america', name: 'Latin America', kind: 'region', in: ['americas'], aliases: ['latin america', 'latin american', 'america latina', 'latinoamerica', 'latinoamericano', 'latinoamericana', 'latino-americano', 'latino-americana'] },
  { id: 'south-america', name: 'South America', kind: 'region', in: ['latin-america'], aliases: ['south america', 'south american', 'sudamerica', 'suramerica', 'sudamericano', 'sul-americano', 'america do sul', 'america del sur'] },
  { id: 'southcom-area', name: "US Southern Command's area", kind: 'area', in: [], aliases: ["southern command's area", 'southern command area', 'area of responsibility', 'area of operations', 'area de responsabilidad del comando sur'] },
  { id: 'caribbean', name: 'the Caribbean', kind: 'sea', in: ['southcom-area', 'americas'], aliases: ['caribbean', 'caribbean sea', 'the caribbean', 'caribe', 'mar caribe', 'mar do caribe', 'caribena', 'caribeno', 'caribenas', 'caribenos', 'caribenho', 'caribenha', 'caribenhos', 'caribenhas'] },
  { id: 'pacific', name: 'the Pacific', kind: 'sea', in: [], aliases: ['pacific', 'pacific ocean', 'pacifico', 'oceano pacifico'] },
  { id: 'eastern-pacific', name: 'the eastern Pacific', kind: 'sea', in: ['pacific', 'southcom-area'], aliases: ['eastern pacific', 'pacifico oriental', 'pacifico este'] },
  { id: 'international-waters', name: 'international waters', kind: 'sea', in: [], aliases: ['international waters', 'aguas internacionales', 'aguas internacionais'] },
  { id: 'colombia', name: 'Colombia', kind: 'country', in: ['south-america', 'southcom-area'], aliases: ['colombia'], actor: 'colombia' },
  { id: 'venezuela', name: 'Venezuela', kind: 'country', in: ['south-america', 'southcom-area'], aliases: ['venezuela'], actor: 'venezuela' },
  { id: 'us', name: 'the United States', kind: 'country', in: ['americas'], aliases: ['united states', 'estados unidos', 'ee.uu.', 'ee. uu.', '=EEUU', '=EUA', '=US', '=U.S', 'u.s.'], actor: 'us' },
  { id: 'uk', name: 'the United Kingdom', kind: 'country', in: [], aliases: ['united kingdom', 'britain', 'reino unido', '=UK', 'u.k.'], actor: 'uk' },
  { id: 'mexico', name: 'Mexico', kind: 'country', in: ['latin-america'], aliases: ['mexico'], actor: 'mexico' },
  { id: 'ecuador', name: 'Ecuador', kind: 'country', in: ['south-america', 'southcom-area'], aliases: ['ecuador'], actor: 'ecuador' },
  { id: 'panama', name: 'Panama', kind: 'country', in: ['latin-america', 'southcom-area'], aliases: ['panama'], actor: 'panama' },
  { id: 'bogota', name: 'Bogotá', kind: 'city', in: ['colombia'], aliases: ['bogota'], actor: 'colombia' },
  { id: 'santa-marta', name: 'Santa Marta', kind: 'city', in: ['colombia'], aliases: ['santa marta'] },
  { id: 'cartagena', name: 'Cartagena', kind: 'city', in: ['colombia'], aliases: ['cartagena', 'cartagena de indias'] },
  { id: 'barranquilla', name: 'Barranquilla', kind: 'city', in: ['colombia'], aliases: ['barranquilla'] },
  { id: 'medellin', name: 'Medellín', kind: 'city', in: ['colombia'], aliases: ['medellin'] },
  { id: 'cali', name: 'Cali', kind: 'city', in: ['colombia'], aliases: ['cali'] },
  { id: 'caracas', name: 'Caracas', kind: 'city', in: ['venezuela'], aliases: ['caracas'], actor: 'venezuela' },
  { id: 'washington', name: 'Washington', kind: 'city', in: ['us'], aliases: ['washington', 'washington, d.c.', 'washington dc'], actor: 'us' },
  { id: 'new-york', name: 'New York', kind: 'city', in: ['us'], aliases: ['new york', 'nueva york', 'nova york', 'nova iorque'] },
  { id: 'miami', name: 'Miami', kind: 'city', in: ['us'], aliases: ['miami'] },
  { id: 'london', name: 'London', kind: 'city', in: ['uk'], aliases: ['london', 'londres'], actor: 'uk' },
  { id: 'brussels', name: 'Brussels', kind: 'city', in: [], aliases: ['brussels', 'bruselas', 'bruxelas'] },
  { id: 'puerto-rico', name: 'Puerto Rico', kind: 'region', in: ['caribbean'], aliases: ['puerto rico', 'porto rico'] },
  { id: 'gaza', name: 'Gaza', kind: 'region', in: [], aliases: ['gaza'] },
];
