/**
 * Paints claims on the page without touching its DOM: the CSS Custom Highlight API where the browser has it
 * (styles added as a constructed sheet appended to document.adoptedStyleSheets, which page CSP does not block and
 * which leaves the page's own sheets alone), and boxes from range.getClientRects() in our shadow root where it hasn't.
 */

export type Tone = 'confirm' | 'dispute' | 'solo';
export const TONES: readonly Tone[] = ['confirm', 'dispute', 'solo'];

export interface Painted {
  range: Range;
  tone: Tone;
}

export interface Highlighter {
  readonly mode: 'api' | 'overlay';
  set(items: readonly Painted[]): void;
  /** The claim under the pointer or selected in the sidebar, drawn stronger. */
  setActive(range: Range | null): void;
  /** Flashes a claim for a moment after the sidebar scrolled to it. */
  flash(range: Range): void;
  /** Re-lays out overlay boxes after the page moved (no-op for the API). */
  refresh(): void;
  destroy(): void;
}

export interface HighlighterOptions {
  doc: Document;
  /** An element inside our shadow root for the overlay fallback. */
  layer: HTMLElement;
  /** Light text on a dark page: brighter colours. */
  dark: boolean;
  forceOverlay?: boolean;
  flashMs?: number;
  /** The ::highlight rules, adopted ahead of time (see adoptHighlightSheet): the highlighter takes them over. */
  sheet?: HighlightSheet | null;
}

/**
 * The document's ::highlight rules, adopted before there is anything to paint. Handed from one bundle of the content
 * script to another (the paint stage to the main stage): what it knows of itself is on the handle, not in a module.
 */
export interface HighlightSheet {
  readonly dark: boolean;
  /** Still in the document's adopted sheets (not removed). */
  readonly live: boolean;
  /** Takes the rules out of the document again (once; later calls do nothing). */
  remove(): void;
}

/**
 * Adds the ::highlight rules to the document now, ahead of the highlights (null where the Highlight API is missing).
 * A sheet of ::highlight rules restyles every element of the page (its rules match them all): on a page of thousands
 * of paragraphs, a frame of tens of milliseconds. Adopted while the background judges, that frame is spent while the
 * page waits anyway, and the frame that paints the highlights has only painting left to do.
 */
export function adoptHighlightSheet(doc: Document, dark: boolean): HighlightSheet | null {
  if (!highlightApiAvailable(doc)) return null;
  const win = doc.defaultView as Window & typeof globalThis;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(highlightCss(dark));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let live = true;
  return {
    dark,
    get live() {
      return live;
    },
    remove() {
      if (!live) return;
      live = false;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** Colours per tone: [background, underline] on light pages and on dark pages. Hue and line style both differ. */
export const PALETTE: Record<Tone | 'active' | 'flash', { light: [string, string]; dark: [string, string]; line: string }> = {
  confirm: { light: ['rgba(16,185,129,.22)', '#047857'], dark: ['rgba(52,211,153,.28)', '#6ee7b7'], line: 'solid' },
  dispute: { light: ['rgba(249,115,22,.26)', '#c2410c'], dark: ['rgba(251,146,60,.34)', '#fdba74'], line: 'wavy' },
  solo: { light: ['rgba(139,92,246,.20)', '#6d28d9'], dark: ['rgba(167,139,250,.30)', '#c4b5fd'], line: 'dotted' },
  active: { light: ['rgba(59,130,246,.30)', '#1d4ed8'], dark: ['rgba(96,165,250,.38)', '#bfdbfe'], line: 'solid' },
  flash: { light: ['rgba(250,204,21,.75)', '#854d0e'], dark: ['rgba(250,204,21,.55)', '#fef08a'], line: 'solid' },
};

const NAME = (t: string) => `crosscheck-${t}`;

/**
 * The ::highlight() rules for the document. Highlight names are the document's, so a page can style ours too:
 * `!important`, in a sheet adopted after the page's own, wins over the page's rules (even its `!important` ones).
 */
export function highlightCss(dark: boolean): string {
  return Object.entries(PALETTE)
    .map(([tone, p]) => {
      const [bg, line] = dark ? p.dark : p.light;
      return `::highlight(${NAME(tone)}){background-color:${bg}!important;color:inherit!important;text-decoration-line:underline!important;text-decoration-style:${p.line}!important;text-decoration-color:${line}!important}`;
    })
    .join('\n');
}

/** True when the browser can paint Highlights and adopt constructed sheets. */
export function highlightApiAvailable(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return !!(win && win.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function' && 'adoptedStyleSheets' in doc);
}

/** Puts one highlight per tone in the document's registry (a tone with nothing to paint is taken out). */
export function putHighlights(doc: Document, items: readonly Painted[]): void {
  const win = doc.defaultView as Window & typeof globalThis;
  for (const tone of TONES) {
    const ranges = items.filter((i) => i.tone === tone).map((i) => i.range);
    if (ranges.length) win.CSS.highlights.set(NAME(tone), new win.Highlight(...ranges));
    else win.CSS.highlights.delete(NAME(tone));
  }
}

export function createHighlighter(opts: HighlighterOptions): Highlighter {
  if (!opts.forceOverlay && highlightApiAvailable(opts.doc)) return apiHighlighter(opts);
  opts.sheet?.remove();
  return overlayHighlighter(opts);
}

function apiHighlighter({ doc, dark, flashMs = 1600, sheet: prepared }: HighlighterOptions): Highlighter {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = win.CSS.highlights;
  const sheet = prepared && prepared.dark === dark && prepared.live ? prepared : adoptHighlightSheet(doc, dark)!;
  if (prepared && prepared !== sheet) prepared.remove();
  const names = [...TONES, 'active', 'flash'].map(NAME);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const put = (name: string, ranges: Range[], priority = 0) => {
    if (!ranges.length) return void registry.delete(NAME(name));
    const h = new win.Highlight(...ranges);
    h.priority = priority;
    registry.set(NAME(name), h);
  };
  return {
    mode: 'api',
    set(items) {
      putHighlights(doc, items);
    },
    setActive(range) {
      put('active', range ? [range] : [], 1);
    },
    flash(range) {
      put('flash', [range], 2);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => put('flash', []), flashMs);
    },
    refresh() {},
    destroy() {
      clearTimeout(flashTimer);
      for (const n of names) registry.delete(n);
      sheet.remove();
    },
  };
}

function overlayHighlighter({ doc, layer, dark, flashMs = 1600 }: HighlighterOptions): Highlighter {
  let items: readonly Painted[] = [];
  let active: Range | null = null;
  let flashing: Range | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const draw = () => {
    const origin = layer.getBoundingClientRect?.() ?? { left: 0, top: 0 };
    const boxes: HTMLElement[] = [];
    const paint = (range: Range, kind: keyof typeof PALETTE) => {
      const [bg, line] = dark ? PALETTE[kind].dark : PALETTE[kind].light;
      for (const r of range.getClientRects?.() ?? []) {
        if (!r.width || !r.height) continue;
        const box = doc.createElement('div');
        box.className = `cc-mark cc-mark-${kind}`;
        box.style.cssText = `position:absolute;pointer-events:none;left:${r.left - origin.left}px;top:${r.top - origin.top}px;width:${r.width}px;height:${r.height}px;background:${bg};border-bottom:2px ${PALETTE[kind].line === 'wavy' ? 'dashed' : PALETTE[kind].line} ${line}`;
        boxes.push(box);
      }
    };
    for (const i of items) paint(i.range, i.tone);
    if (active) paint(active, 'active');
    if (flashing) paint(flashing, 'flash');
    layer.replaceChildren(...boxes);
  };
  return {
    mode: 'overlay',
    set(next) {
      items = next;
      draw();
    },
    setActive(range) {
      active = range;
      draw();
    },
    flash(range) {
      flashing = range;
      draw();
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        flashing = null;
        draw();
      }, flashMs);
    },
    refresh: draw,
    destroy() {
      clearTimeout(flashTimer);
      layer.replaceChildren();
    },
  };
}

/** Guesses whether the page shows light text on a dark background, from the computed colour of an element's text. */
export function isDarkPage(el: Element | null): boolean {
  const win = el?.ownerDocument.defaultView;
  if (!el || !win?.getComputedStyle) return false;
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(win.getComputedStyle(el).color);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 > 0.6;
}
