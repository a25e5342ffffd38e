import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync, rmSync, existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildFromDir, DEFAULT_INPUT, serialise } from '../../scripts/corpus/build-corpus.js';
import { CORPUS_SCHEMA_VERSION } from '../../src/contracts/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let out: string;

beforeEach(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'cc-corpus-'));
  dir = join(tmp, 'in');
  out = join(tmp, 'corpus.json');
  cpSync(DEFAULT_INPUT, dir, { recursive: true });
});
afterEach(() => rmSync(resolve(dir, '..'), { recursive: true, force: true }));

function build() {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/corpus/build-corpus.ts'), '--in', dir, '--out', out], { encoding: 'utf8', cwd: ROOT });
}

describe('the corpus file', () => {
  it('is byte-identical for the same input', () => {
    expect(serialise(buildFromDir(dir))).toBe(serialise(buildFromDir(dir)));
  });

  it('keeps every seed file name, sentence offsets into the source text, and no furniture', () => {
    const c = buildFromDir(dir);
    expect(c.schema).toBe(CORPUS_SCHEMA_VERSION);
    expect(c.hash).toMatch(/^[0-9a-f]{64}$/);
    const seeds = readdirSync(DEFAULT_INPUT).filter((f) => f.endsWith('.txt')).sort();
    expect(c.outlets.map((o) => o.file).sort()).toEqual(seeds);
    for (const s of c.sentences) {
      const article = c.articles.find((a) => a.id === s.article)!;
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
    }
    const all = c.sentences.map((s) => s.text).join('\n');
    for (const furniture of ['CLICK HERE FOR COMMENTS SECTION', 'Loading recommendations', 'Join the GlobalSecurity.org mailing list', '© REUTERS', 'Also read:', 'Dennis Michael Lynch Podcast']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('lists, per point, the outlets that confirm or dispute it (the others omit it), with evidence', () => {
    const c = buildFromDir(dir);
    expect(c.points.length).toBeGreaterThan(10);
    const order = c.outlets.map((o) => o.id);
    for (const p of c.points) {
      const listed = p.verdicts.map((v) => v.outlet);
      expect(listed).toEqual(order.filter((o) => listed.includes(o)));
      // The outlet whose claim represents the point reports it.
      const own = c.claims.find((x) => x.id === p.claim)!.outlet;
      expect(p.verdicts.find((v) => v.outlet === own)?.stance).toBe('confirm');
      for (const v of p.verdicts) {
        expect(v.stance).not.toBe('omit');
        expect(c.claims.find((x) => x.id === v.claim)?.text).toBe(v.evidence);
        if (v.stance === 'dispute') expect(v.reason).toBeTruthy();
      }
    }
    // The death toll (76 against 75) is a dispute inside the corpus itself.
    expect(c.points.some((p) => p.verdicts.some((v) => v.stance === 'dispute' && /75/.test(v.reason ?? '') && /76/.test(v.reason ?? '')))).toBe(true);
  });

  it('changes its hash when a seed changes', () => {
    const before = buildFromDir(dir).hash;
    const f = join(dir, '000_57c681babfcb44c2.txt');
    writeFileSync(f, readFileSync(f, 'utf8').replace('at least 76 people', 'at least 77 people'));
    expect(buildFromDir(dir).hash).not.toBe(before);
  });
});

describe('bad input stops the build, names the file and writes nothing', () => {
  const cases: [string, () => void, RegExp][] = [
    ['a missing seed', () => unlinkSync(join(dir, '002_c68bd2345cd4051f.txt')), /002_c68bd2345cd4051f\.txt: is listed in outlets\.json but does not exist/],
    ['an empty seed', () => writeFileSync(join(dir, '003_469d8d01699fbcb2.txt'), '  \n'), /003_469d8d01699fbcb2\.txt: is empty/],
    ['a seed that is not UTF-8', () => writeFileSync(join(dir, '004_aa270409711f6ad2.txt'), Buffer.from([0x43, 0x6f, 0xff, 0xfe, 0x6c])), /004_aa270409711f6ad2\.txt: is not valid UTF-8/],
    ['a file with no entry', () => writeFileSync(join(dir, '005_extra.txt'), 'Colombia suspends intelligence sharing.'), /005_extra\.txt: has no entry in outlets\.json/],
    ['malformed JSON', () => writeFileSync(join(dir, 'outlets.json'), '{"articles": [ {"file": '), /outlets\.json: is not valid JSON/],
    ['an entry with no file', () => {
      const j = JSON.parse(readFileSync(join(dir, 'outlets.json'), 'utf8'));
      delete j.articles[1].file;
      writeFileSync(join(dir, 'outlets.json'), JSON.stringify(j));
    }, /outlets\.json: entry 2 has no "file"/],
    ['a furniture line that matches nothing', () => {
      const j = JSON.parse(readFileSync(join(dir, 'outlets.json'), 'utf8'));
      j.articles[0].furniture.push({ line: 'No such line' });
      writeFileSync(join(dir, 'outlets.json'), JSON.stringify(j));
    }, /000_57c681babfcb44c2\.txt: furniture .*No such line.* matches no line/],
  ];
  it.each(cases)('%s', (_name, spoil, message) => {
    spoil();
    const r = build();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an earlier corpus file untouched', () => {
    expect(build().status).toBe(0);
    const good = readFileSync(out);
    writeFileSync(join(dir, 'outlets.json'), 'not json');
    expect(build().status).toBe(1);
    expect(readFileSync(out).equals(good)).toBe(true);
    expect(readdirSync(resolve(out, '..')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
