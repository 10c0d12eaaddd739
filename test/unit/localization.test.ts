// Every user-facing string goes through the l10n bundle. @vscode/l10n-dev exports a string only
// when it sees `vscode.l10n.t('literal', ...)` (or `l10n.t` imported from vscode): an alias such as
// `const t = vscode.l10n.t` or a variable message is invisible to it and never gets translated. So
// this test reads src/ with the TypeScript parser and fails on (a) such an alias or non-literal
// message, and (b) literal text handed to a surface without vscode.l10n.t: notifications, quick
// picks and input boxes, status-bar items, CodeLens and command titles, progress titles, markdown
// tooltips; and, in the webview, literal text put in the page (its strings come from the host).
// It then checks that the built l10n/bundle.l10n.json holds every message the code uses.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const root = join(__dirname, '..', '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Text a person would read: two letters in a row once codicons (`$(name)`) and placeholders are gone. */
function readable(text: string): boolean {
  return /\p{L}{2}/u.test(text.replace(/\$\([\w~-]+\)/g, '').replace(/\{\d+\}/g, ''));
}

/** The literal text of an expression a surface receives, or undefined when it is computed. */
function literalText(node: ts.Expression): string | undefined {
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return [literalText(node.left), literalText(node.right)].filter((x) => x !== undefined).join(' ') || undefined;
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter((x) => x !== undefined).join(' ') || undefined;
  return undefined;
}

const isL10nT = (node: ts.Node): node is ts.PropertyAccessExpression =>
  ts.isPropertyAccessExpression(node) && node.name.text === 't' && ts.isPropertyAccessExpression(node.expression)
  && node.expression.name.text === 'l10n' && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'vscode';

/** Calls whose every argument is shown as is. */
const SHOWN_ARGS = /^(vscode\.window\.(showInformationMessage|showWarningMessage|showErrorMessage|setStatusBarMessage)|say(Info|Warning|Error)|new vscode\.MarkdownString)$/;
/** Properties a surface shows: quick pick, input box, status bar, CodeLens and command titles, progress, tooltips. */
const SHOWN_PROPS = new Set(['title', 'placeHolder', 'prompt', 'tooltip', 'label', 'description', 'detail', 'validationMessage', 'message']);
/** On a status-bar item (`item.text = ...`, `item.name = ...`) these are shown too. */
const SHOWN_ASSIGNED = new Set([...SHOWN_PROPS, 'text', 'name', 'ariaLabel']);
/** In the webview: attributes a person reads or hears. */
const SHOWN_ATTRS = new Set(['aria-label', 'title', 'placeholder', 'alt']);

interface Finding { file: string; line: number; what: string }

function scanHostFile(path: string, out: Finding[], messages: Set<string>): void {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const at = (node: ts.Node, what: string) => out.push({ file: relative(root, path), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const flag = (node: ts.Expression, where: string) => {
    const text = literalText(node);
    if (text !== undefined && readable(text)) at(node, `${where}: ${JSON.stringify(text.slice(0, 60))} is not wrapped in vscode.l10n.t`);
  };
  const visit = (node: ts.Node): void => {
    if (isL10nT(node)) {
      const call = node.parent;
      if (!ts.isCallExpression(call) || call.expression !== node) at(node, 'vscode.l10n.t used other than as a call (an alias hides its strings from the l10n export)');
      else {
        const first = call.arguments[0];
        if (!first || !(ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) at(call, 'vscode.l10n.t without a literal message (the l10n export cannot see it)');
        else messages.add(first.text);
      }
    }
    if (ts.isIdentifier(node) && node.text === 'l10n' && !ts.isPropertyAccessExpression(node.parent)) at(node, 'l10n imported or aliased: use vscode.l10n.t');
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = `${ts.isNewExpression(node) ? 'new ' : ''}${node.expression.getText(source)}`;
      if (SHOWN_ARGS.test(callee)) for (const arg of node.arguments ?? []) flag(arg, callee);
    }
    if (ts.isPropertyAssignment(node) && SHOWN_PROPS.has(node.name.getText(source))) flag(node.initializer, `${node.name.getText(source)}:`);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SHOWN_ASSIGNED.has(node.left.name.text)) {
      flag(node.right, `.${node.left.name.text} =`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function scanWebviewFile(path: string, out: Finding[]): void {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const at = (node: ts.Node, what: string) => out.push({ file: relative(root, path), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const flag = (node: ts.Expression, where: string) => {
    const text = literalText(node);
    if (text !== undefined && readable(text)) at(node, `${where}: ${JSON.stringify(text.slice(0, 60))} is text in the page that did not come from the host (uiStrings)`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'h') {
      const [, attrs, ...children] = node.arguments;
      for (const child of children) flag(child, 'h() child');
      if (attrs && ts.isObjectLiteralExpression(attrs)) {
        for (const p of attrs.properties) if (ts.isPropertyAssignment(p) && SHOWN_ATTRS.has(p.name.getText(source).replace(/['"]/g, ''))) flag(p.initializer, `${p.name.getText(source)}:`);
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && ['textContent', 'title', 'placeholder', 'ariaLabel'].includes(node.left.name.text)) {
      flag(node.right, `.${node.left.name.text} =`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Findings in the host side (src/ less core, webview and the web type stubs) and in the webview. */
function scan(): { findings: Finding[]; messages: Set<string> } {
  const findings: Finding[] = [];
  const messages = new Set<string>();
  for (const path of files(join(root, 'src'))) {
    const rel = relative(join(root, 'src'), path).split('\\').join('/');
    if (rel.startsWith('core/') || rel.startsWith('web/')) continue;
    if (rel.startsWith('webview/')) scanWebviewFile(path, findings);
    else scanHostFile(path, findings, messages);
  }
  return { findings, messages };
}

describe('localization: every user-facing string goes through the l10n bundle', () => {
  const { findings, messages } = scan();

  it('finds no string that bypasses vscode.l10n.t in src/, nor literal text in the webview', () => {
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line} ${f.what}`), []);
    assert.ok(messages.size > 150, `only ${messages.size} localized messages found: is the scan reading src/?`);
  });

  it('catches each kind of bypass (the scan can fail)', () => {
    const sample = join(root, 'test', 'fixtures', 'l10n', 'bypasses.ts');
    const out: Finding[] = [];
    scanHostFile(sample, out, new Set());
    const web: Finding[] = [];
    scanWebviewFile(join(root, 'test', 'fixtures', 'l10n', 'webviewBypasses.ts'), web);
    const lines = (f: Finding[]) => f.map((x) => x.line);
    // Each line of the fixture marked `// bypass` is found, and no other line.
    const marked = (file: string) => readFileSync(file, 'utf8').split('\n').flatMap((l, i) => (l.includes('// bypass') ? [i + 1] : []));
    assert.deepEqual(lines(out), marked(sample));
    assert.deepEqual(lines(web), marked(join(root, 'test', 'fixtures', 'l10n', 'webviewBypasses.ts')));
  });

  it('ships every message the code localizes in l10n/bundle.l10n.json, exported by @vscode/l10n-dev at build time', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
    const missing = [...messages].filter((m) => !(m in bundle));
    assert.deepEqual(missing, []);
    // The panel's strings (src/panel/uiStrings.ts) are among them.
    for (const m of ['1:1 prep', 'Start 1:1 note', 'Talking points']) assert.ok(m in bundle, m);
  });
});
