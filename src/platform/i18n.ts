/**
 * Localised strings from _locales (assets/_locales/<locale>/messages.json), with typed keys. The browser picks the
 * locale from its own language (en, es, pt_BR, pt_PT; English for any other). Outside an extension (unit tests in
 * jsdom or Node) a messages.json can be loaded with useMessages and is formatted the way the browsers do it.
 */
import browser from './browser.js';

export type MessageKey = keyof typeof import('../../assets/_locales/en/messages.json');

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

let local: Messages | null = null;

/** Formats a messages.json entry as browser.i18n.getMessage does: named placeholders, then $1…$9, then $$. */
export function formatMessage(messages: Messages, key: string, subs: readonly string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const fill = (s: string) => s.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
  const named = entry.placeholders ?? {};
  return fill(entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => named[name.toLowerCase()]?.content ?? m));
}

/** Use these messages instead of the browser's (tests); null goes back to the browser. */
export function useMessages(messages: Messages | null): void {
  local = messages;
}

/** The message for `key` with `$1`, `$2`, … filled in; the key itself if it is missing. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const args = subs.map(String);
  return (local ? formatMessage(local, key, args) : browser.i18n.getMessage(key, args)) || key;
}

/** The BCP 47 locale of the messages in use ("en", "es", "pt-BR", "pt-PT"), for dates and numbers. */
export const uiLocale = (): string => t('locale');
