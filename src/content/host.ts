/**
 * Keeps page CSS off our <crosscheck-root> host. Inside the shadow root nothing of the page applies, but the host
 * itself is an element of the page: rules like `* { all: unset }` beat its `:host` styles (the outer document wins
 * over :host), which would drop it out of its top-level stacking context, under the page's own layers, and hand the
 * UI the page's font. The few properties that matter are set on the element itself, `!important`: inline important
 * declarations beat any rule a page can write. Through the CSSOM, which a page's Content-Security-Policy allows
 * (a style attribute would need 'unsafe-inline').
 */
const HOST_STYLE: [string, string][] = [
  // First: `all` resets every property, the ones below then set what the UI relies on.
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'absolute'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  // As the UI's :host rule has them (src/ui/shared/styles.ts); --fg is defined there, for light and dark.
  ['font', '14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,sans-serif'],
  ['color', 'var(--fg)'],
];

/**
 * Text spacing stays the reader's: WCAG 1.4.12 asks that a reader's own styles (a `* { letter-spacing: .12em
 * !important }` bookmarklet or extension) can space text out, which an inline !important would forbid.
 */
const READER_SPACING: [string, string][] = [
  ['line-height', '1.45'],
  ['letter-spacing', 'normal'],
  ['word-spacing', 'normal'],
];

/** Pins the host's layout, stacking and font against page CSS (all but its text spacing). */
export function protectHost(host: HTMLElement): void {
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  for (const [property, value] of READER_SPACING) host.style.setProperty(property, value);
}
