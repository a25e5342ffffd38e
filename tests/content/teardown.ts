/** The jsdom windows and content controllers a test file makes, destroyed and closed after each test. */
import type { JSDOM } from 'jsdom';
import { afterEach } from 'vitest';
import type { Controller } from '../../src/content/controller.js';

export function tracked(): { doms: JSDOM[]; controllers: Controller[] } {
  const doms: JSDOM[] = [];
  const controllers: Controller[] = [];
  afterEach(() => {
    for (const c of controllers.splice(0)) c.destroy();
    for (const d of doms.splice(0)) d.window.close();
    delete (globalThis as { document?: Document }).document;
  });
  return { doms, controllers };
}
