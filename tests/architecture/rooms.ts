/**
 * The rooms of src/ and which way imports may point between them (../shared/GUIDE.md, "A layout that keeps the rooms
 * apart"): contracts ← engine ← page, ui ← content; IndexedDB only in background; the extension API only through
 * platform. Read by imports.test.ts, which reads every import in src/ with TypeScript's own parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SRC = join(ROOT, 'src');

export const ROOMS = ['contracts', 'engine', 'page', 'ui', 'platform', 'background', 'content'] as const;
export type Room = (typeof ROOMS)[number];

/**
 * The rooms each room may import from (its own always). One deviation from GUIDE.md's table, on purpose: ui may import
 * platform, because the popup and the options page are extension pages of their own, whose only way to the background,
 * storage and the browser's language is platform's typed wrappers (and the sidebar's strings come from platform/i18n).
 */
export const ALLOWED: Record<Room, readonly Room[]> = {
  contracts: [],
  engine: ['contracts'],
  page: ['engine', 'contracts'],
  ui: ['contracts', 'platform'],
  platform: ['contracts'],
  background: ['engine', 'platform', 'contracts'],
  content: ['page', 'ui', 'engine', 'platform', 'contracts'],
};

/** Rooms that may import another room's types (`import type`, erased from the bundle) but none of its code. */
export const TYPES_ONLY: Partial<Record<Room, readonly Room[]>> = { ui: ['engine'] };

/** Packages that belong to one or two rooms: IndexedDB in background, the extension API in platform, and so on. */
export const PACKAGE_ROOMS: Record<string, readonly Room[]> = {
  dexie: ['background'],
  'fake-indexeddb': [],
  'crosscheck:corpus': ['background'],
  'webextension-polyfill': ['platform'],
  preact: ['ui'],
  '@mozilla/readability': ['page'],
  jsdom: [],
  puppeteer: [],
  vitest: [],
};

/** Folders outside src/ that src/ may read (data only: the interface strings). */
export const OUTSIDE_ALLOWED = ['assets'];

export interface ImportEdge {
  /** The importing file, relative to the repository root. */
  file: string;
  line: number;
  specifier: string;
  typeOnly: boolean;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  why: string;
}

/** Every import, re-export, `import()` and `import('…')` type in one file's text. */
export function importsOf(file: string, text: string): ImportEdge[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: ImportEdge[] = [];
  const add = (node: ts.Node, spec: ts.Expression | undefined, typeOnly: boolean): void => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, specifier: spec.text, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const c = node.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : undefined;
      // `import type { A }`, or `import { type A, type B }` with nothing else: erased entirely.
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node, node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node, node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The room of a path relative to the repository root (null outside src/ or in no known room). */
export function roomOf(rel: string): Room | null {
  const parts = rel.split(/[\\/]/);
  if (parts[0] !== 'src' || parts.length < 3) return null;
  return (ROOMS as readonly string[]).includes(parts[1]!) ? (parts[1] as Room) : null;
}

/** The package an import names (`preact/hooks` → `preact`, `@orama/stemmers/english` → `@orama/stemmers`). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Where an import leads, relative to the repository root (`src/page/anchor.ts`), or the package it names. */
export function resolveImport(edge: ImportEdge): { path: string } | { pkg: string } {
  if (!edge.specifier.startsWith('.')) return { pkg: packageOf(edge.specifier) };
  return { path: relative(ROOT, resolve(ROOT, dirname(edge.file), edge.specifier)).split(sep).join('/') };
}

/** The room an import leads to, else the package or the top folder it names. */
export function targetOf(edge: ImportEdge): string {
  const t = resolveImport(edge);
  return 'pkg' in t ? t.pkg : (roomOf(t.path) ?? t.path.split('/')[0]!);
}

/** What is wrong with one import, or null. */
export function check(edge: ImportEdge): Violation | null {
  const from = roomOf(edge.file);
  const v = (why: string): Violation => ({ file: edge.file, line: edge.line, specifier: edge.specifier, why });
  if (!from) return v(`${edge.file} is in no room of src/ (${ROOMS.join(', ')}): put it in one, or give its room a rule in tests/architecture/rooms.ts`);
  const t = resolveImport(edge);
  if ('pkg' in t) {
    const pkg = t.pkg;
    const rooms = PACKAGE_ROOMS[pkg];
    if (from === 'contracts') return v(`contracts holds types only and imports nothing, not the package ${pkg}`);
    if (rooms && !rooms.includes(from)) return v(`the package ${pkg} belongs ${rooms.length ? `in ${rooms.join(', ')} only` : 'in no room of src/ (tests and scripts only)'}, not in ${from}`);
    return null;
  }
  const target = t.path;
  if (target.startsWith('..')) return v(`imports from outside the repository (${target})`);
  const to = roomOf(target);
  if (!target.startsWith('src/')) {
    return OUTSIDE_ALLOWED.includes(target.split('/')[0]!) ? null : v(`src/ imports nothing from ${target.split('/')[0]}/ (only ${OUTSIDE_ALLOWED.join(', ')}/)`);
  }
  if (!to) return v(`imports ${target}, which is in no room of src/`);
  if (to === from || ALLOWED[from].includes(to)) return null;
  if (TYPES_ONLY[from]?.includes(to)) return edge.typeOnly ? null : v(`${from} may import only types from ${to} (\`import type\`), not its code`);
  const may = ALLOWED[from].length ? ALLOWED[from].join(', ') : 'nothing outside itself';
  return v(`${from} may not import ${to} (${from} may import ${may}${TYPES_ONLY[from] ? `, and types from ${TYPES_ONLY[from]!.join(', ')}` : ''})`);
}

/** Every .ts/.tsx file under src/, relative to the repository root. */
export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every import in src/. */
export function allImports(): ImportEdge[] {
  return sourceFiles().flatMap((f) => importsOf(f, readFileSync(join(ROOT, f), 'utf8')));
}

/** One line per violation: file:line, the import, and why it is wrong. */
export const describeViolation = (x: Violation): string => `${x.file}:${x.line} imports '${x.specifier}': ${x.why}`;

/** Globals that belong to one room: IndexedDB to background, the raw extension API (`chrome.*`) to platform. */
export const GLOBAL_ROOMS: Record<string, Room> = { indexedDB: 'background', IDBFactory: 'background', chrome: 'platform' };

/** Uses of those globals in a file (names in code, not in comments or strings; `globalThis.chrome` counts). */
export function restrictedGlobals(file: string, text: string): Violation[] {
  const from = roomOf(file);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Violation[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && Object.hasOwn(GLOBAL_ROOMS, node.text) && GLOBAL_ROOMS[node.text] !== from) {
      const p = node.parent;
      // A property or member named like it (`x.chrome`, `{ chrome: … }`) is not the global, unless read off the global object.
      const isName = (ts.isPropertyAccessExpression(p) && p.name === node) || ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === node);
      const offGlobal = ts.isPropertyAccessExpression(p) && p.name === node && ts.isIdentifier(p.expression) && ['globalThis', 'window', 'self'].includes(p.expression.text);
      if (!isName || offGlobal) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ file, line, specifier: node.text, why: `${node.text} is used in ${GLOBAL_ROOMS[node.text]} only, not in ${from ?? 'a file in no room'}` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
