/** A stand-in for the CSS Custom Highlight API and constructed sheets, which jsdom lacks, on a window (jsdom's own by default). */
export class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
export class FakeSheet {
  css = '';
  replaceSync(css: string) {
    this.css = css;
  }
}

export function installFakeHighlightApi(win: Window = window) {
  const registry = new Map<string, FakeHighlight>();
  const w = win as unknown as Record<string, unknown>;
  (w['CSS'] as Record<string, unknown>) ??= {};
  (w['CSS'] as Record<string, unknown>)['highlights'] = registry;
  w['Highlight'] = FakeHighlight;
  w['CSSStyleSheet'] = FakeSheet;
  let sheets: unknown[] = [];
  Object.defineProperty(win.document, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (v: unknown[]) => void (sheets = [...v]) });
  return { registry, sheets: () => sheets as FakeSheet[] };
}
