/** What a sentence quotes: the spans inside quotation marks, and how many words they hold. */

/** A span in single quotes: not an apostrophe ("Petro's"), since it opens after a space and closes before one. */
const SINGLE_QUOTED = /(?:^|[\s(])['‘]([^'‘’]{3,}?)['’](?=[\s,.;:!?)]|$)/gu;
const words = (s: string): number => (s.match(/\p{L}+/gu) ?? []).length;

/**
 * The spans inside quotation marks ("…", “…”, «…»): one the sentence closes that a sentence before opened (“… it
 * reads.” split from its opening), and those it opens, closed or not; where no double quote holds a word, the spans
 * in single quotes ('…', ‘…’).
 */
export function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  let rest = text;
  const closed = /^([^"“«]*?)[”»]/u.exec(text);
  if (closed) {
    spans.push(closed[1]!);
    rest = text.slice(closed[0].length);
  }
  for (const m of rest.matchAll(/["“«]([^"”»]*)(?:["”»]|$)/gu)) spans.push(m[1]!);
  if (!spans.some((s) => words(s) > 0)) for (const m of text.matchAll(SINGLE_QUOTED)) spans.push(m[1]!);
  return spans;
}

/** The words inside quotation marks (see quotedSpans). */
export function quotedWords(text: string): number {
  return quotedSpans(text).reduce((n, s) => n + words(s), 0);
}

/** Whether a sentence opens and closes a quotation of four words or more ("He stressed that “…”"). */
export function quotesWhole(text: string): boolean {
  return /["“«][^"”»]*(?:\p{L}+[^"”»]*){4}["”»]/u.test(text);
}
