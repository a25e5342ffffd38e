/**
 * Hand-written paraphrases of facts in the seed articles, in English, Spanish and Portuguese, each labelled with
 * the seed claims that state the same fact (by a piece of their text). Independent of the engine's own grouping
 * into points, so that the retrieval comparison isn't graded by the system it grades.
 */
export interface Paraphrase {
  text: string;
  language: 'en' | 'es' | 'pt';
  /** A seed claim is a right answer when its text contains one of these. */
  answers: string[];
}

const TOLL = ['resulted in the sinking of 20 boats', 'believed to have killed at least 75', 'at least 76 people have been killed', 'The bombings have killed dozens'];
const SUMMIT = ['city of Santa Marta', 'summit in Bogotá'];
const SUSPEND = [
  'ordered a halt to information sharing',
  "has ordered the country's security forces to halt",
  'has suspended the exchange of all intelligence',
  'Colombia suspends intelligence sharing',
  'announced Tuesday that Colombia is suspending',
  'nixes intelligence sharing',
  'directed to cease communications',
  'ordered to suspend communications',
  'The suspension applies to the military intelligence',
  'He confirmed the immediate end of',
];
const AS_LONG_AS = ['will remain in effect as long as', 'will remain in place "as long as', 'This measure will remain in effect', 'The measure will remain in place', 'intel-sharing would be blocked so long as'];
const UK = ['CNN reported that the UK', 'According to CNN, the United Kingdom', 'citing a CNN report', 'Following the UK announcement', 'Britain cited that it does not want'];
const CARRIER = ['Gerald R. Ford arrived in the Caribbean', "The USS Gerald R. Ford, the world's largest"];
const SANCTIONS = ['Department of the Treasury imposed sanctions', 'imposed sanctions on Petro, his family', 'OFAC) sanctioned Petro'];
const ANNOUNCED = ['announced the suspension on Tuesday via', 'made the announcement on X on Tuesday', 'Petro wrote on X late Tuesday', 'announced the move on his official Twitter', 'on Tuesday ordered a halt'];

export const PARAPHRASES: Paraphrase[] = [
  { language: 'en', text: 'At least 75 people have been killed in the US strikes on alleged drug boats.', answers: TOLL },
  { language: 'en', text: 'The summit between the EU and CELAC was held in Santa Marta.', answers: SUMMIT },
  { language: 'en', text: "Petro ordered Colombia's security forces to stop sharing intelligence with the United States.", answers: SUSPEND },
  { language: 'en', text: 'The suspension will last as long as the missile strikes on boats in the Caribbean go on.', answers: AS_LONG_AS },
  { language: 'en', text: 'Britain has also stopped sharing intelligence with Washington, CNN reported.', answers: UK },
  { language: 'en', text: 'The aircraft carrier USS Gerald R. Ford reached the Caribbean carrying 4,000 sailors.', answers: CARRIER },
  { language: 'en', text: 'The US Treasury sanctioned Petro and members of his family.', answers: SANCTIONS },
  { language: 'en', text: "Washington revoked Petro's visa in September after he spoke at a protest in New York.", answers: ["Petro's US visa was revoked", 'revoked the visas of Mr. Petro'] },
  { language: 'en', text: 'Trump called Petro an illegal drug leader and cut off aid to Colombia.', answers: ['calling Mr. Petro “an illegal drug leader', 'halted all U.S. payments and subsidies'] },
  { language: 'en', text: 'Petro announced the decision on X on Tuesday.', answers: ANNOUNCED },
  { language: 'en', text: 'Fifty countries signed a statement rejecting the use of force in violation of international law.', answers: ['Fifty countries issued a joint statement', 'The document was signed during a summit'] },
  { language: 'en', text: 'Relations between Colombia and the United States have worsened sharply in recent months.', answers: ['Relations between Bogotá and Washington', 'The relationship between Colombia and the US has deteriorated', 'Colombia’s relations with Washington have been severely strained'] },
  { language: 'en', text: 'Petro called the strikes extrajudicial executions and accused Trump of war crimes.', answers: ['as an “extrajudicial execution”', 'condemned the attacks as "extrajudicial killings,"', 'accused of carrying out extrajudicial killings', 'Petro has accused Trump of “murder,”'] },
  { language: 'en', text: 'About $377 million in US aid went to Colombia in fiscal 2024.', answers: ['About $377 million was designated'] },
  { language: 'en', text: 'Experts say the move will hurt Colombia more than the United States.', answers: ['Petro’s move will hurt Colombia far more', 'Colombia stands to lose the most', 'cutting off intelligence cooperation will undermine'] },
  { language: 'es', text: 'Al menos 76 personas han muerto en los ataques de Estados Unidos contra lanchas en el Caribe.', answers: TOLL },
  { language: 'es', text: 'Petro ordenó suspender el intercambio de inteligencia con Estados Unidos.', answers: SUSPEND },
  { language: 'es', text: 'La cumbre entre la Unión Europea y la CELAC se celebró en Santa Marta.', answers: SUMMIT },
  { language: 'es', text: 'Según CNN, el Reino Unido dejó de compartir inteligencia con Estados Unidos.', answers: UK },
  { language: 'es', text: 'La medida seguirá vigente mientras continúen los ataques con misiles contra lanchas en el Caribe.', answers: AS_LONG_AS },
  { language: 'pt', text: 'Petro suspendeu o compartilhamento de inteligência com os Estados Unidos.', answers: SUSPEND },
  { language: 'pt', text: 'Pelo menos 75 pessoas morreram nos ataques americanos contra barcos no Caribe.', answers: TOLL },
  { language: 'pt', text: 'O porta-aviões Gerald R. Ford chegou ao Caribe com 4.000 marinheiros.', answers: CARRIER },
  { language: 'pt', text: 'O Tesouro dos EUA impôs sanções a Petro e à sua família.', answers: SANCTIONS },
];
