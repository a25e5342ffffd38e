/** Localised strings from _locales (assets/_locales/en/messages.json), with typed keys. */
import browser from './browser.js';

export type MessageKey = keyof typeof import('../../assets/_locales/en/messages.json');

/** The message for `key` with `$1`, `$2`, … filled in; the key itself if it is missing. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}
