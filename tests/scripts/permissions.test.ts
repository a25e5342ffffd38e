/**
 * The manifest asks for as little as works, and nothing new slips in unreviewed: permissions, host permissions,
 * optional permissions, the content script's matches and frames, web-accessible resources, external connections
 * and the extension CSP are each held to an allow-list, in the source manifest and in both built copies.
 * Widening any of them means editing this file, with the reason, in the same commit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor, TARGETS } from '../../scripts/build/manifest.js';
import { CONTENT_ORIGINS } from '../../src/platform/permissions.js';

type Json = Record<string, unknown>;
const ROOT = resolve(import.meta.dirname, '../..');
const readJson = (p: string): Json => JSON.parse(readFileSync(p, 'utf8')) as Json;
const source = readJson(join(ROOT, 'manifest.json'));
const version = (readJson(join(ROOT, 'package.json'))['version'] as string) ?? '0.0.0';

/** API permissions, each with why. No tabs, history, webRequest, cookies, downloads, <all_urls>. */
const PERMISSIONS: Record<string, string> = {
  storage: 'settings (storage.local) and nothing else; the corpus lives in IndexedDB, which needs no permission',
  scripting:
    "the background injects the content script's second stage (content-main.js) into tabs whose first stage passed the cheap check or where the reader asked; no install warning, and no host beyond the content script's matches",
};
/** Where the content script runs: web pages over http(s), the top frame, once the page is idle. */
const MATCHES = ['http://*/*', 'https://*/*'];
/**
 * Host permissions: http(s) pages, nothing wider. They let the background read a tab's title and URL (without the tabs
 * permission) and inject the two stages with scripting.executeScript; Firefox still lets the reader withhold them.
 */
const HOSTS = MATCHES;
/** Every top-level key a manifest may have; a new one (externally_connectable, web_accessible_resources…) fails. */
const KEYS = new Set([
  'manifest_version', 'name', 'short_name', 'description', 'version', 'default_locale', 'icons', 'action', 'options_ui',
  'background', 'content_scripts', 'permissions', 'host_permissions', 'commands', 'minimum_chrome_version', 'browser_specific_settings',
]);
/** Keys that must never appear: each widens what pages, other extensions or remote servers can do with Crosscheck. */
const FORBIDDEN = [
  'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable',
  'content_security_policy', 'sandbox', 'update_url', 'key', 'chrome_url_overrides', 'declarative_net_request', 'oauth2',
  'nacl_modules', 'storage', 'devtools_page', 'side_panel',
];

const manifests: [string, Json][] = [
  ['manifest.json', source],
  ...TARGETS.map((t): [string, Json] => [`manifestFor(${t})`, manifestFor(t, source, version)]),
  // The built copies, as they ship (npm test builds before it tests).
  ...TARGETS.filter((t) => existsSync(join(ROOT, 'dist', t, 'manifest.json'))).map((t): [string, Json] => [`dist/${t}/manifest.json`, readJson(join(ROOT, 'dist', t, 'manifest.json'))]),
];

describe.each(manifests)('%s: permissions held to the allow-list', (_name, m) => {
  it('has only allowed top-level keys, and none of the forbidden ones', () => {
    expect(Object.keys(m).filter((k) => !KEYS.has(k))).toEqual([]);
    expect(FORBIDDEN.filter((k) => k in m)).toEqual([]);
  });

  it('asks for the allowed API permissions only', () => {
    const perms = (m['permissions'] ?? []) as string[];
    expect(perms.filter((p) => !(p in PERMISSIONS))).toEqual([]);
    // No host pattern hiding among API permissions (MV2 habit).
    expect(perms.filter((p) => /[:/*]|all_urls/.test(p))).toEqual([]);
  });

  it('asks for no host beyond the content script\'s matches', () => {
    expect(m['host_permissions']).toEqual(HOSTS);
  });

  it('puts no script on pages: the background injects the first stage where a tab\'s title or URL calls for it', () => {
    expect(m).not.toHaveProperty('content_scripts');
    expect(m['permissions']).toContain('scripting');
  });

  it('keeps the browsers\' default extension CSP and a background with no remote code', () => {
    expect(m['content_security_policy']).toBeUndefined();
    const bg = m['background'] as Json;
    for (const v of [bg['service_worker'], ...((bg['scripts'] as string[] | undefined) ?? [])].filter(Boolean)) expect(v).toBe('background.js');
    expect(bg['persistent']).toBeUndefined();
    expect(bg['type']).toBeUndefined();
  });

  it('declares no data collection to Firefox', () => {
    const gecko = (m['browser_specific_settings'] as { gecko?: { data_collection_permissions?: Json } } | undefined)?.gecko;
    if (gecko) expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('runtime permission requests', () => {
  it('ask for exactly the content script\'s origins (what Firefox lets users withhold), nothing more', () => {
    expect([...CONTENT_ORIGINS]).toEqual(MATCHES);
  });
});
