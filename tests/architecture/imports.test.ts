/**
 * Imports go one way between the rooms of src/ (rules in rooms.ts, after ../shared/GUIDE.md): every import, re-export,
 * dynamic import and import type in src/ is read with TypeScript's parser and checked, and a wrong one fails naming the
 * file, the line, the import and the rule. The engine is also compiled without the DOM's or Node's types, so that it
 * can't reach for `document`, `window` or the extension API without an import either.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allImports, check, describeViolation, importsOf, restrictedGlobals, ROOT, roomOf, sourceFiles, targetOf, type ImportEdge } from './rooms.js';

/** The globals the engine may use outside ECMAScript's own (as in lib.dom.d.ts, reduced to what the engine calls). */
const ENGINE_GLOBALS = `
declare class TextEncoder { encode(input?: string): Uint8Array; }
declare class TextDecoder { constructor(label?: string, options?: { fatal?: boolean }); decode(input?: ArrayBufferView | ArrayBuffer): string; }
`;

const edge = (file: string, specifier: string, typeOnly = false): ImportEdge => ({ file, line: 1, specifier, typeOnly });
const why = (file: string, specifier: string, typeOnly = false): string | null => check(edge(file, specifier, typeOnly))?.why ?? null;

describe('import direction in src/', () => {
  const imports = allImports();

  it('reads the imports of every room', () => {
    // A reader that found nothing would pass anything: the rooms' real imports are there.
    expect(imports.length).toBeGreaterThan(150);
    const pairs = new Set(imports.map((i) => `${roomOf(i.file)} → ${targetOf(i)}`));
    for (const pair of ['engine → contracts', 'page → page', 'content → page', 'content → ui', 'ui → platform', 'background → engine', 'background → dexie', 'platform → webextension-polyfill']) {
      expect(pairs, pair).toContain(pair);
    }
  });

  it('every import points the allowed way', () => {
    const wrong = imports.map(check).filter((v) => v !== null).map(describeViolation);
    expect(wrong, `wrong-way imports:\n${wrong.join('\n')}`).toEqual([]);
  });

  it('IndexedDB only in background, the raw extension API only in platform', () => {
    const wrong = sourceFiles().flatMap((f) => restrictedGlobals(f, readFileSync(join(ROOT, f), 'utf8'))).map(describeViolation);
    expect(wrong, `globals used outside their room:\n${wrong.join('\n')}`).toEqual([]);
  });

  it('the engine compiles with no DOM, no Node and no extension types', () => {
    const files = sourceFiles().filter((f) => roomOf(f) === 'engine' || roomOf(f) === 'contracts').map((f) => join(ROOT, f));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts'],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      noUncheckedIndexedAccess: true,
    };
    // Beyond the language: only text encoding, which every runtime the engine runs in (Node, pages, workers) has.
    const globals = join(ROOT, 'tests/architecture/engine-globals.d.ts');
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) =>
      name === globals ? ts.createSourceFile(name, ENGINE_GLOBALS, lang) : getSourceFile(name, lang, ...rest);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === globals || fileExists(name);
    const program = ts.createProgram([...files, globals], options, host);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.slice(ROOT.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(errors, `the engine reaches outside pure TypeScript:\n${errors.join('\n')}`).toEqual([]);
  }, 60_000);
});

describe('the checker itself', () => {
  it('reads static, type-only, re-exported, dynamic and type-position imports', () => {
    const text = [
      "import { a } from '../page/a.js';",
      "import type { B } from '../engine/b.js';",
      "import { type C, type D } from '../engine/c.js';",
      "import { type E, f } from '../engine/e.js';",
      "export * from '../platform/g.js';",
      "export type { H } from '../contracts/h.js';",
      "const m = await import('../background/m.js');",
      "type K = typeof import('../../assets/k.json');",
      "// import { z } from '../page/z.js'",
      "const s = \"import { y } from '../page/y.js'\";",
    ].join('\n');
    expect(importsOf('src/ui/x.ts', text).map((i) => [i.line, i.specifier, i.typeOnly])).toEqual([
      [1, '../page/a.js', false],
      [2, '../engine/b.js', true],
      [3, '../engine/c.js', true],
      [4, '../engine/e.js', false],
      [5, '../platform/g.js', false],
      [6, '../contracts/h.js', true],
      [7, '../background/m.js', false],
      [8, '../../assets/k.json', true],
    ]);
  });

  it('refuses a wrong direction, naming the rule', () => {
    expect(why('src/engine/x.ts', '../page/anchor.js')).toBe('engine may not import page (engine may import contracts)');
    expect(why('src/contracts/x.ts', '../engine/index.js')).toBe('contracts may not import engine (contracts may import nothing outside itself)');
    expect(why('src/page/x.ts', '../platform/browser.js')).toMatch(/^page may not import platform/);
    expect(why('src/ui/sidebar/x.tsx', '../../content/controller.js')).toMatch(/^ui may not import content/);
    expect(why('src/ui/x.ts', '../engine/timeline.js')).toBe('ui may import only types from engine (`import type`), not its code');
    expect(why('src/background/x.ts', '../page/extract.js')).toMatch(/^background may not import page/);
    expect(why('src/engine/x.ts', '../../scripts/cli/report.js')).toMatch(/imports nothing from scripts\//);
  });

  it('keeps packages in their rooms', () => {
    expect(why('src/content/x.ts', 'dexie')).toBe('the package dexie belongs in background only, not in content');
    expect(why('src/ui/x.ts', 'webextension-polyfill')).toBe('the package webextension-polyfill belongs in platform only, not in ui');
    expect(why('src/engine/x.ts', 'preact/hooks')).toBe('the package preact belongs in ui only, not in engine');
    expect(why('src/contracts/x.ts', '@orama/stemmers/english')).toMatch(/^contracts holds types only/);
    expect(why('src/engine/x.ts', '@orama/stemmers/english')).toBeNull();
  });

  it('allows the right directions', () => {
    for (const [file, spec] of [
      ['src/engine/judge.ts', '../contracts/index.js'],
      ['src/page/anchor.ts', '../engine/text.js'],
      ['src/content/controller.ts', '../ui/shared/mount.js'],
      ['src/content/controller.ts', '../page/watch.js'],
      ['src/ui/popup/Popup.tsx', '../../platform/messaging.js'],
      ['src/background/db.ts', 'dexie'],
      ['src/platform/i18n.ts', '../../assets/_locales/en/messages.json'],
    ] as const) {
      expect(why(file, spec), `${file} → ${spec}`).toBeNull();
    }
    expect(why('src/ui/shared/view.ts', '../../engine/timeline.js', true)).toBeNull();
  });

  it('finds IndexedDB and chrome.* outside their rooms, not names that merely look alike', () => {
    const text = ['const db = indexedDB.open("x");', 'const g = globalThis.chrome;', 'chrome.runtime.id;', 'const o = { chrome: 1 }; o.chrome;', '// indexedDB in a comment', 'const s = "chrome.runtime";'].join('\n');
    expect(restrictedGlobals('src/content/x.ts', text).map((v) => `${v.line} ${v.specifier}`)).toEqual(['1 indexedDB', '2 chrome', '3 chrome']);
    expect(restrictedGlobals('src/background/x.ts', 'indexedDB.open("x");')).toEqual([]);
  });
});
