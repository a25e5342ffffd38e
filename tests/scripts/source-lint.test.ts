/**
 * No code from strings and no markup from variables anywhere in src/: the TypeScript sources are parsed and
 * type-checked, and every use of eval, new Function, string timers, document.write, inline event-handler
 * attributes, javascript: URLs and HTML sinks (innerHTML, outerHTML, insertAdjacentHTML, srcdoc,
 * createContextualFragment, DOMParser, dangerouslySetInnerHTML, setHTMLUnsafe) fed anything but a constant string
 * is reported with its file and line. Crosscheck puts other sites' text on the page; it must only ever be text.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/**
 * Findings allowed on purpose, as "file:rule" with the reason. Empty: nothing in src/ needs an exception. Adding
 * one needs a reason a reviewer accepts (a constant string can't be proven, say), not "it was there".
 */
const ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

export interface Finding {
  file: string;
  line: number;
  rule: string;
  code: string;
}

/** A string known when the code is written: a literal, a template without substitutions, or '' + '' of them. */
function isConstantString(e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isConstantString(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return true;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return isConstantString(e.left) && isConstantString(e.right);
  return false;
}

const HTML_PROPS = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_CALLS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe', 'parseFromString']);

/** Lints `files` (type-checked together, so that a timer's callback can be told from a string). */
export function lint(files: readonly string[], options: ts.CompilerOptions = {}): Finding[] {
  const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact', lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: [], noEmit: true, skipLibCheck: true, resolveJsonModule: true, ...options });
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(resolve(sf.fileName))) continue;
    const report = (node: ts.Node, rule: string) => {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      findings.push({ file: relative(ROOT, sf.fileName), line: line + 1, rule, code: node.getText(sf).slice(0, 120) });
    };
    const isFunction = (e: ts.Expression) => checker.getTypeAtLocation(e).getCallSignatures().length > 0;
    const calleeName = (e: ts.Expression): string | null =>
      ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : ts.isElementAccessExpression(e) && ts.isStringLiteral(e.argumentExpression) ? e.argumentExpression.text : null;
    const receiverIsDocument = (e: ts.Expression) =>
      ts.isPropertyAccessExpression(e) && /\bDocument\b/.test(checker.typeToString(checker.getTypeAtLocation(e.expression)));

    const visit = (node: ts.Node): void => {
      // eval in any form: eval(x), window.eval, (0, eval)(x), globalThis['eval'].
      if (ts.isIdentifier(node) && node.text === 'eval' && !ts.isPropertyAssignment(node.parent)) report(node, 'eval');
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'eval') report(node, 'eval');
      if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) && node.argumentExpression.text === 'eval') report(node, 'eval');
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && calleeName(node.expression) === 'Function') report(node, 'new Function');
      if (ts.isCallExpression(node)) {
        const name = calleeName(node.expression);
        const [first] = node.arguments;
        if ((name === 'setTimeout' || name === 'setInterval') && first && !isFunction(first)) report(node, `${name} with a string`);
        if ((name === 'write' || name === 'writeln') && receiverIsDocument(node.expression)) report(node, 'document.write');
        if (name && HTML_CALLS.has(name)) {
          const html = name === 'insertAdjacentHTML' ? node.arguments[1] : first;
          if (!html || !isConstantString(html)) report(node, `${name} with a non-constant string`);
        }
        if (name === 'setAttribute' && first && ts.isStringLiteral(first) && /^(on|srcdoc$)/i.test(first.text)) report(node, 'event-handler attribute');
        if (name === 'importScripts' || (node.expression.kind === ts.SyntaxKind.ImportKeyword && first && !ts.isStringLiteral(first))) report(node, 'code loaded at run time');
      }
      // x.innerHTML = y, x.outerHTML += y, x['innerHTML'] = y
      if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
        const name = calleeName(node.left);
        if (name && HTML_PROPS.has(name) && (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !isConstantString(node.right))) report(node, `${name} with a non-constant string`);
      }
      if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'dangerouslySetInnerHTML') report(node, 'dangerouslySetInnerHTML');
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^\s*javascript:/i.test(node.text)) report(node, 'javascript: URL');
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return findings;
}

describe('source lint: no code from strings, no markup from variables', () => {
  it('finds nothing in src/ outside the allow-list', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(40);
    const findings = lint(files).filter((f) => !ALLOWED[`${f.file}:${f.rule}`]);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.code}`)).toEqual([]);
  }, 120_000);

  it('catches each pattern it is meant to catch, and lets the safe forms through', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-lint-'));
    try {
      const bad = join(dir, 'bad.ts');
      writeFileSync(
        bad,
        [
          'declare const el: HTMLElement; declare const s: string; declare const doc: Document; const w = window;',
          'eval(s);',
          'w.eval(s);',
          '(0, eval)(s);',
          'new Function(s);',
          'Function("return 1");',
          'setTimeout(s, 10);',
          'w.setInterval("tick()", 10);',
          'document.write(s);',
          'doc.writeln("x");',
          'el.innerHTML = s;',
          'el.innerHTML = `<b>${s}</b>`;',
          'el.outerHTML += "<i></i>";',
          "el['innerHTML'] = s;",
          'el.insertAdjacentHTML("beforeend", s);',
          'document.createRange().createContextualFragment(s);',
          'new DOMParser().parseFromString(s, "text/html");',
          'el.setAttribute("onclick", s);',
          'const u = "javascript:alert(1)";',
          'void import(s);',
          'export {};',
        ].join('\n'),
      );
      const good = join(dir, 'good.ts');
      writeFileSync(
        good,
        [
          'declare const el: HTMLElement; declare const s: string; const tick = () => undefined;',
          'setTimeout(() => undefined, 10);',
          'setTimeout(tick, 10);',
          'window.setInterval(tick, 10);',
          'el.innerHTML = "";',
          "el.innerHTML = '<b>fixed</b>' + '<i>markup</i>';",
          'el.textContent = s;',
          'el.setAttribute("title", s);',
          'const evaluate = { eval: 1 };',
          'const html = el.innerHTML;',
          'export { evaluate, html };',
        ].join('\n'),
      );
      const found = lint([bad, good]);
      expect(found.filter((f) => f.file.endsWith('good.ts'))).toEqual([]);
      const lines = found.filter((f) => f.file.endsWith('bad.ts')).map((f) => f.line);
      // Every line from 2 to 20 is one finding (at least).
      for (let line = 2; line <= 20; line++) expect(lines, `line ${line}`).toContain(line);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
