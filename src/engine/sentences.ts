/** A sentence found in a text, with character offsets: text === source.slice(start, end). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** STUB: splits text into sentences (to be replaced). */
export function splitSentences(text: string, _language = 'en'): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: m.index + lead, end: m.index + lead + t.length });
  }
  return out;
}
