/**
 * A local server on 127.0.0.1 for fixture and demo pages: tests/fixtures/pages/<slug>/source.html
 * at /<slug>/, with the extra response headers in headers.json beside it (e.g. a strict CSP).
 * Used by the e2e tests and `npm start`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');


export interface Route {
  body: string;
  type?: string;
  headers?: OutgoingHttpHeaders;
}

export interface FixtureServer {
  origin: string;
  /** Absolute URL for a path on this server, e.g. url('/seed-000/'). */
  url(path: string): string;
  /** URL of tests/fixtures/pages/<slug>/source.html. */
  page(slug: string): string;
  /** Serves `route` at `path` (overrides fixture pages). */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/pages/<slug>/source.html at /<slug>/, with the extra response headers in
 * tests/fixtures/pages/<slug>/headers.json when present (e.g. a strict Content-Security-Policy).
 */
export async function startServer(pagesDir = PAGES_DIR, port = 0): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path) ?? fixtureRoute(pagesDir, path);
    if (!route) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
    res.end(route.body);
  };
  const server = createServer(handler);
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    page: (slug) => `${origin}/${slug}/`,
    route: (path, route) => void routes.set(path, route),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function fixtureRoute(pagesDir: string, path: string): Route | null {
  const m = /^\/([a-z0-9][a-z0-9-]*)\/(?:index\.html)?$/.exec(path);
  if (!m) return null;
  const dir = join(pagesDir, m[1]!);
  const source = join(dir, 'source.html');
  if (!existsSync(source)) return null;
  const headersFile = join(dir, 'headers.json');
  const headers = existsSync(headersFile) ? (JSON.parse(readFileSync(headersFile, 'utf8')) as OutgoingHttpHeaders) : {};
  return { body: readFileSync(source, 'utf8'), headers };
}

