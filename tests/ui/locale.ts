/** The interface's messages outside a browser: load a locale's _locales/<name>/messages.json into platform/i18n. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { useMessages, type Messages } from '../../src/platform/i18n.js';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../assets/_locales');
export const LOCALES = ['en', 'es', 'pt_BR', 'pt_PT'] as const;
export type Locale = (typeof LOCALES)[number];

export const messagesOf = (locale: Locale): Messages => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;

/** Makes t() answer from `locale`'s messages, as the browser would for a reader in that language. */
export function useLocale(locale: Locale = 'en'): void {
  useMessages(messagesOf(locale));
}
