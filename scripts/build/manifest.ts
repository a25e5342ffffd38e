/** Turns the one source manifest into each browser's copy, without the keys that browser ignores or warns about. */
export type Target = 'chrome' | 'firefox';
export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

type Json = Record<string, unknown>;

/** The manifest for one browser; `version` comes from package.json so there is one source of it. */
export function manifestFor(target: Target, source: Json, version: string): Json {
  const m = structuredClone(source);
  m['version'] = version;
  const background = m['background'] as Json;
  if (target === 'chrome') {
    delete background['scripts'];
    delete m['browser_specific_settings'];
  } else {
    delete background['service_worker'];
    delete m['minimum_chrome_version'];
  }
  return m;
}
