import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/cli/crosscheck.ts'), ...args], { encoding: 'utf8', cwd: ROOT, input, env: { ...process.env, NO_COLOR: '1' } });

const SEED_FILES = JSON.parse(readFileSync(join(ROOT, 'assets/corpus/outlets.json'), 'utf8')).articles.map((a: { file: string }) => a.file);

function checkShape(line: Record<string, unknown>, input: string) {
  expect(Object.keys(line)).toEqual(['input', 'story', 'outlets', 'claims', 'omitted']);
  expect(line['input']).toBe(input);
  const outlets = line['outlets'] as Record<string, unknown>[];
  expect(outlets.map((o) => o['file'])).toEqual(SEED_FILES);
  for (const o of outlets) expect(Object.keys(o)).toEqual(['id', 'name', 'file', 'url', 'published']);
  for (const c of line['claims'] as { text: string; points: string[]; stances: Record<string, unknown>[] }[]) {
    expect(Object.keys(c)).toEqual(['text', 'points', 'stances']);
    expect(c.stances.map((s) => s['file'])).toEqual(SEED_FILES);
    for (const s of c.stances) {
      expect(Object.keys(s)).toEqual(['outlet', 'file', 'stance', 'evidence', 'reason']);
      expect(['confirm', 'dispute', 'omit']).toContain(s['stance']);
    }
  }
  for (const o of line['omitted'] as Record<string, unknown>[]) expect(Object.keys(o)).toEqual(['point', 'text', 'outlets']);
}

describe('crosscheck CLI', () => {
  it('--claim --json: one line for all claims, in order, story null', () => {
    const r = cli(['--json', '--claim', 'At least 75 people have been killed in the strikes.', '--claim', 'The summit was held in Santa Marta.']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]!);
    checkShape(j, 'claims');
    expect(j.story).toBeNull();
    expect(j.claims.map((c: { text: string }) => c.text)).toEqual(['At least 75 people have been killed in the strikes.', 'The summit was held in Santa Marta.']);
    const toll = Object.fromEntries(j.claims[0].stances.map((s: { file: string; stance: string }) => [s.file.slice(0, 3), s.stance]));
    expect(toll).toMatchObject({ '000': 'dispute', '001': 'confirm', '003': 'dispute' });
  });

  it('the text report quotes an outlet\'s sentence once, even one that opens with its own quotation mark', () => {
    const r = cli(['--claim', '«La lucha contra las drogas debe subordinarse a los derechos humanos del pueblo caribeño», escribió el ministro del Interior, Armando Benedetti.']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('says Petro, not Benedetti');
    expect(r.stdout).not.toMatch(/““|“"|“«/);
  });

  it('pages: one JSON line per page in the order given, .html extracted, .txt with a title line, - from stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
    const txt = join(dir, 'page.txt');
    writeFileSync(txt, 'Colombia suspende el intercambio de inteligencia con EE.UU.\nEl presidente Gustavo Petro ordenó el martes suspender el intercambio de inteligencia con Estados Unidos por los ataques contra lanchas en el Caribe.\nAl menos 76 personas han muerto en los ataques desde septiembre.\n');
    const html = join(ROOT, 'tests/fixtures/pages/seed-001/source.html');
    const stdinPage = 'Britain pauses intelligence sharing with the US\nThe United Kingdom has stopped sharing intelligence with the United States about suspected drug boats in the Caribbean.';
    const r = cli(['--json', html, txt, '-'], stdinPage);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual([html, txt, '-']);
    lines.forEach((l) => checkShape(l, l.input));
    expect(lines[0].story.detected).toBe(true);
    expect(lines[0].claims.length).toBeGreaterThan(3);
    // The page is GlobalSecurity's own article: it confirms what it says.
    expect(lines[0].claims.every((c: { stances: { file: string; stance: string }[] }) => c.stances.find((s) => s.file.startsWith('001'))!.stance !== 'omit')).toBe(true);
    expect(lines[1].story.detected).toBe(true);
    const spanish76 = lines[1].claims.find((c: { text: string }) => c.text.startsWith('Al menos 76'));
    expect(spanish76.stances.find((s: { file: string }) => s.file.startsWith('001')).stance).toBe('dispute');
    expect(lines[2].story.detected).toBe(false);
    expect(lines[2].claims).toEqual([]);
  });

  it('reports an unreadable input on stderr, exits non-zero, and still reports the others', () => {
    const missing = join(tmpdir(), 'no-such-page-crosscheck.html');
    const r = cli(['--json', missing, join(ROOT, 'tests/fixtures/pages/seed-004/source.html')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(missing);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).story.detected).toBe(true);
  });

  it('prints a readable report by default', () => {
    const r = cli(['--claim', 'Colombia announced on Friday that it would suspend intelligence sharing with the US.']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('disputed by 5');
    expect(r.stdout).toMatch(/says Tuesday, not Friday/);
  });

  it('refuses bad arguments with usage', () => {
    const r = cli(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option --bogus/);
    expect(r.stderr).toMatch(/usage/);
  });
});
