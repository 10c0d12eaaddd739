// The review-evidence document writes only words the host passes in (core/growth/evidence.ts; its
// own test checks that with marked labels), and the host builds them in src/host/evidenceLabels.ts.
// This test reads that file with the TypeScript parser: every readable literal in it must be the
// literal message of a `vscode.l10n.t` call (the only form @vscode/l10n-dev exports to the bundle,
// and so to every translation and to the pseudo locale), and the English of those messages must be
// the English core writes (DEFAULT_EVIDENCE_LABELS), so a lead reading English sees no change.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { DEFAULT_EVIDENCE_LABELS } from '../../src/core/growth/evidenceLabels';

const root = join(__dirname, '..', '..', '..');
const LABELS_FILE = join(root, 'src', 'host', 'evidenceLabels.ts');

/** Text a person would read: two letters in a row once placeholders are gone. */
const readable = (text: string) => /\p{L}{2}/u.test(text.replace(/\{\d+\}/g, ''));

const isL10nT = (node: ts.Expression) => node.getText() === 'vscode.l10n.t';

/** The literal messages of vscode.l10n.t calls, and the readable literals that are not one (with their line). */
function scan(path: string): { messages: string[]; bypasses: string[] } {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const messages: string[] = [];
  const bypasses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text
      : ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.text : undefined;
    if (text !== undefined) {
      const call = node.parent;
      const isMessage = ts.isCallExpression(call) && isL10nT(call.expression) && call.arguments[0] === node;
      if (isMessage) messages.push(text);
      // A code span handed to a message as an argument (a setting's id) is no word to translate.
      else if (readable(text) && !/^`[\w.]+`$/.test(text)) bypasses.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { messages, bypasses };
}

/** Every string of `labels` (not the functions'): the fixed words. */
function strings(labels: unknown): string[] {
  if (typeof labels === 'string') return [labels];
  if (labels && typeof labels === 'object') return Object.values(labels).flatMap(strings);
  return [];
}

describe('review evidence: every word through the l10n bundle', () => {
  it('writes no readable literal in src/host/evidenceLabels.ts except as a vscode.l10n.t message', () => {
    const { messages, bypasses } = scan(LABELS_FILE);
    assert.deepEqual(bypasses, []);
    assert.ok(messages.length >= 50, `only ${messages.length} messages: is the scan reading the file?`);
  });

  it('catches a literal that bypasses vscode.l10n.t (the scan can fail)', () => {
    const { bypasses } = scan(join(root, 'test', 'fixtures', 'l10n', 'evidenceBypass.ts'));
    assert.deepEqual(bypasses, ['6: "Read it fairly"', '7: "Months with no evidence: "']);
  });

  it('says in English exactly what core writes: every fixed word of DEFAULT_EVIDENCE_LABELS is a message, markdown kept outside', () => {
    const { messages } = scan(LABELS_FILE);
    const english = strings(DEFAULT_EVIDENCE_LABELS).map((s) => s.replace(/^_(.*)_$/, '$1'))
      .map((s) => s.replace('`twoHats.git.sinceLastOneOnOne`', '{0}'));
    assert.deepEqual(english.filter((s) => !messages.includes(s)), []);
    const functions = [
      DEFAULT_EVIDENCE_LABELS.title('{0}', '{1}'), DEFAULT_EVIDENCE_LABELS.intro('{0}', '{1}').slice(1, -1), DEFAULT_EVIDENCE_LABELS.period('{0}', '{1}'),
      DEFAULT_EVIDENCE_LABELS.privateLeftOut(1).slice(1, -1), DEFAULT_EVIDENCE_LABELS.fairness.balanced,
      DEFAULT_EVIDENCE_LABELS.goals.discussed(0), DEFAULT_EVIDENCE_LABELS.goals.discussed(1), DEFAULT_EVIDENCE_LABELS.goals.set('{0}'),
      DEFAULT_EVIDENCE_LABELS.feedback.delivered(), DEFAULT_EVIDENCE_LABELS.commitments.done('{0}'), DEFAULT_EVIDENCE_LABELS.commits.month('{0}', 1),
    ];
    assert.deepEqual(functions.filter((s) => !messages.includes(s)), []);
  });
});
