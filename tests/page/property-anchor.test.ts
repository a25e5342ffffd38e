// @vitest-environment jsdom
/**
 * Property tests: random article pages (see property-dom.ts) with claims placed anywhere in them, across element
 * boundaries too. Reading the article and mapping each claim back to a Range finds every placed claim at exactly
 * the characters it was written to, never finds one where a reader can't see it, never throws, and never changes
 * the page. Runs counted in `RUNS` (with property-highlight and property-controller: over 10,000 cases per run).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorQuotes, findInElement, mapElement, type Quote } from '../../src/page/anchor.js';
import { extractArticle } from '../../src/page/extract.js';
import { allText, buildPage, fastTagListQueries, pageRecipe, serialize, type PageRecipe, type PlacedClaim } from './property-dom.js';

const RUNS = { extract: 4000, plain: 2000 };
/** Generous: the runs take a few seconds per thousand pages on an idle machine, CI machines may be busy. */
const TIMEOUT = 240_000;

/** Counterexamples the property found once (see property-regressions.test.ts), replayed on every run. */
const claimOf = (words: string[], suffix: string) => ({ words, seps: Array(10).fill(' '), tokenAt: 0, firstWraps: [], cuts: [], prefix: '', suffix, slotted: false });
const pageOf = (...claims: ReturnType<typeof claimOf>[]): [PageRecipe] => [
  { wrapped: false, paras: [{ tag: 'p', rtl: false, items: claims.map((claim) => ({ kind: 'claim' as const, claim })) }], before: [], after: [], inside: [] },
];
const FOUND: [PageRecipe][] = [
  // Final sigma: "ΑΘΗΝΑΣ" at the end of a quote folds to "ς", glued to a word on the page to "σ".
  pageOf(claimOf(['Colombia', 'ΑΘΗΝΑΣ'], 'Colombia')),
  // A dotted capital I elsewhere sent the page down the per-character fold and the quote down the other.
  pageOf(claimOf(['ΑΘΗΝΑΣ', 'Colombia'], ''), claimOf(['İstanbul', 'Colombia'], ' ')),
  // U+FEFF inside a word: invisible, not a space.
  pageOf(claimOf(['Colombia', 'b\ufeffom'], 'Lorem ipsum')),
];
let ran = 0;
let uninstall = () => undefined as void;
beforeAll(() => {
  uninstall = fastTagListQueries(window);
});
afterAll(() => {
  uninstall();
  console.log(`property-anchor: ${ran} random pages checked`);
});

/** Where a Range sits, as text: for messages that say which claim went wrong and where. */
function where(r: Range | null): string {
  return r ? `${JSON.stringify(r.startContainer.nodeValue?.slice(r.startOffset, r.startOffset + 12))}@${r.startOffset}..${r.endOffset}` : 'null';
}

function expectAt(range: Range | null, claim: PlacedClaim, how: string): void {
  const ok =
    !!range &&
    range.startContainer === claim.start.node &&
    range.startOffset === claim.start.offset &&
    range.endContainer === claim.end.node &&
    range.endOffset === claim.end.offset;
  expect(ok, `${how}: ${JSON.stringify(claim.text)} found at ${where(range)}`).toBe(true);
}

/** The quote as an engine that normalised quotes and dashes might return it: same words, other punctuation. */
const restyled = (s: string): string => s.replace(/[“”«»]/g, '"').replace(/[‘’]/g, "'").replace(/—/g, '-');

describe('property: reading a random page and anchoring its claims', () => {
  it('runs on a faster querySelector for tag lists that answers exactly as jsdom does (300 pages)', () => {
    const BLOCKS = 'address,article,aside,blockquote,dd,div,dl,dt,figure,footer,form,h1,h2,header,li,main,nav,ol,p,pre,section,table,td,ul,span,em,b,a,bdo';
    fc.assert(
      fc.property(pageRecipe, (recipe) => {
        buildPage(document, recipe);
        const all = [...document.body.querySelectorAll('*'), document.body];
        uninstall();
        const want = all.map((el) => el.querySelector(BLOCKS));
        uninstall = fastTagListQueries(window);
        const got = all.map((el) => el.querySelector(BLOCKS));
        expect(got.filter((g, i) => g !== want[i])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it(`finds every placed claim in the extracted article, exactly where it was placed (${RUNS.extract} pages)`, () => {
    fc.assert(
      fc.property(pageRecipe, (recipe) => {
        ran++;
        const { builder } = buildPage(document, recipe);
        const before = serialize(document, builder.shadowHosts);
        const textBefore = allText(document.documentElement);
        const page = extractArticle(document);
        const claims = builder.claims;
        // The engine's view: each claim's text, once, in the article text (never in a decoy a reader can't see).
        const spans = claims.map((c) => {
          const at = page.text.indexOf(c.text);
          expect(at, `${JSON.stringify(c.text)} missing from the extracted text`).toBeGreaterThanOrEqual(0);
          expect(page.text.indexOf(c.text, at + 1), `${JSON.stringify(c.text)} read twice`).toBe(-1);
          return { start: at, end: at + c.text.length };
        });
        // With the engine's offsets (the usual case), without any (a quote alone), and with stale offsets and
        // restyled punctuation (the page re-rendered a little since).
        const exact: Quote[] = claims.map((c, i) => ({ text: c.text, ...spans[i]! }));
        const bare: Quote[] = claims.map((c) => ({ text: c.raw }));
        const stale: Quote[] = claims.map((c, i) => ({ text: restyled(c.raw), start: spans[i]!.start + 3, end: spans[i]!.end + 3 }));
        for (const [how, quotes] of [['exact', exact], ['bare', bare], ['stale', stale]] as const) {
          anchorQuotes(page, quotes).forEach((r, i) => expectAt(r, claims[i]!, how));
        }
        expect(serialize(document, builder.shadowHosts)).toBe(before);
        expect(allText(document.documentElement)).toBe(textBefore);
      }),
      { numRuns: RUNS.extract, examples: FOUND },
    );
  }, TIMEOUT);

  it(`finds every placed claim under an element with the plain anchor (mapElement / findInElement) (${RUNS.plain} pages)`, () => {
    fc.assert(
      fc.property(pageRecipe, (recipe) => {
        ran++;
        const { builder, article } = buildPage(document, recipe, true);
        const before = serialize(document, builder.shadowHosts);
        const map = mapElement(article);
        const claims = builder.claims;
        anchorQuotes(map, claims.map((c) => ({ text: c.raw }))).forEach((r, i) => expectAt(r, claims[i]!, 'mapElement'));
        // One at a time, as findInElement is used: the first claim only, to keep the run short.
        if (claims[0]) expectAt(findInElement(article, { text: claims[0].text }), claims[0], 'findInElement');
        expect(serialize(document, builder.shadowHosts)).toBe(before);
      }),
      { numRuns: RUNS.plain, examples: FOUND },
    );
  }, TIMEOUT);
});
