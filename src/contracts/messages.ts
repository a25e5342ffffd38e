/**
 * The typed message map between the extension's contexts.
 * Each entry: message name → request payload → response payload.
 * (Draft by the engine owner; the extension work may extend it.)
 */
import type { PageJudgement } from './judgement.js';

/** Messages handled by the background. */
export interface BackgroundMessages {
  /** Content script → background: judge the article the page shows. The corpus never leaves the background. */
  'judge-page': {
    request: { url: string; title: string; text: string; published: string | null; language: string | null };
    response: PageJudgement & { corpus: { outlets: number; hash: string } };
  };
}

export type MessageName = keyof BackgroundMessages;
export type RequestOf<K extends MessageName> = BackgroundMessages[K]['request'];
export type ResponseOf<K extends MessageName> = BackgroundMessages[K]['response'];

/** What crosses the wire: a request envelope, and a response that carries errors across. */
export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: RequestOf<K>;
}
export type Reply<K extends MessageName> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };
