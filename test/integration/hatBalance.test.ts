import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { twoHatsActivated, closeAllEditors, EXTENSION_ID, readText, today, waitFor, workspaceRoot, writeText } from './helpers';

interface Prompt { id: string; text: string; for: string; hat: 'lead' | 'manage' | 'both'; asks: 'why' | 'how' }
interface Content { prompts: Prompt[]; transitions: { from: string; to: string; reflections: { text: string }[] }[] }

/** The content the installed extension ships (dist/content.json), so the test follows any rewrite of the banks. */
async function shippedContent(): Promise<Content> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  return JSON.parse(await readText(vscode.Uri.joinPath(ext.extensionUri, 'dist', 'content.json'))) as Content;
}

/** Every file under the workspace, as sorted relative paths. */
async function workspaceFiles(): Promise<string[]> {
  return (await vscode.workspace.findFiles('**/*')).map((u) => vscode.workspace.asRelativePath(u)).sort();
}

const notes = () => vscode.Uri.joinPath(workspaceRoot(), 'notes');

function yesterday(): string {
  const d = new Date();
  d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('hat balance: Start Reflection and Hat Balance Report', () => {
  before(twoHatsActivated);
  afterEach(closeAllEditors);

  it('Start Reflection writes this month\'s reflection with every shift and its questions, and never overwrites it', async () => {
    const content = await shippedContent();
    const month = today().slice(0, 7);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startReflection');
    assert.ok(uri, 'no reflection was created');
    assert.equal(uri.path, vscode.Uri.joinPath(notes(), 'reflections', `${month}.md`).path);
    const text = await readText(uri);
    assert.match(text, new RegExp(`^---\\nmonth: "?${month}"?\\nkind: reflection\\n---\\n`));
    assert.equal(content.transitions.length, 7);
    for (const shift of content.transitions) {
      assert.ok(text.includes(`\n## ${shift.from} → ${shift.to}\n`), `${shift.from} → ${shift.to}`);
      for (const r of shift.reflections) assert.ok(text.includes(`\n- ${r.text}\n`), r.text);
    }
    await waitFor('the reflection to open', () => vscode.window.activeTextEditor?.document.uri.path === uri.path);

    await writeText(uri, `${text}\nWhat I noticed this month.\n`);
    const written = await readText(uri);
    const opened = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startReflection', { ifExists: 'open' });
    assert.equal(opened?.path, uri.path);
    const another = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startReflection', { ifExists: 'new' });
    assert.equal(another?.path, vscode.Uri.joinPath(notes(), 'reflections', `${month}-2.md`).path);
    assert.equal(await readText(uri), written, 'the first reflection keeps every line');
  });

  it('Hat Balance Report opens an untitled markdown document with per-person and per-review tables, and writes nothing to disk', async () => {
    const content = await shippedContent();
    const oneOnOne = content.prompts.filter((p) => p.for === 'one-on-one');
    const why = oneOnOne.find((p) => p.asks === 'why')!;
    const how = oneOnOne.find((p) => p.asks === 'how')!;
    const design = content.prompts.find((p) => p.for === 'design-review' && p.asks === 'how')!;
    const person = vscode.Uri.joinPath(notes(), 'one-on-ones', 'zed-quinn');
    const front = (date: string) => `---\nperson: "Zed | Quinn *ops*"\ndate: ${date}\nkind: one-on-one\n---\n`;
    await writeText(vscode.Uri.joinPath(person, `${yesterday()}.md`), `${front(yesterday())}# Hand-written\n\n- Talked about the offsite.\n`);
    const note = vscode.Uri.joinPath(person, `${today()}.md`);
    await writeText(note, `${front(today())}# 1:1\n\n- ${why.text} We agreed on the search work.\n\n`);
    await writeText(vscode.Uri.joinPath(notes(), 'design-reviews', `${today()}-report-check.md`),
      `---\ntitle: "Report | check"\ndate: ${today()}\nkind: design-review\n---\n- [x] ${design.text}\n`);

    // Asked in the note: one prompt already in its text (counted once), one inserted and then undone (the log still counts it).
    const editor = await vscode.window.showTextDocument(note);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    assert.equal(await vscode.commands.executeCommand<boolean>('twoHats.insertPrompt', why.id), true);
    assert.equal(await vscode.commands.executeCommand<boolean>('twoHats.insertPrompt', how.id), true);
    await vscode.commands.executeCommand('undo');
    assert.ok(!editor.document.getText().includes(how.text));
    await closeAllEditors();

    const before = await workspaceFiles();
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('twoHats.hatReport', 'weeks4');
    assert.ok(doc, 'no report was opened');
    assert.equal(doc.isUntitled, true);
    assert.equal(doc.uri.scheme, 'untitled');
    assert.equal(doc.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document, doc);
    const text = doc.getText();
    assert.match(text, /^# Hat balance: last 4 weeks\n/);
    assert.match(text, /\| Person \| Meetings \| No prompts \| Why \| How \| Leader \| Manager \| Both hats \|/);
    const hats = (p: Prompt[]) => ['lead', 'manage', 'both'].map((h) => p.filter((x) => x.hat === h).length).join(' | ');
    assert.ok(text.includes(`| Zed \\| Quinn \\*ops\\* | 2 | 1 | 1 | 1 | ${hats([why, how])} |`), text);
    assert.ok(text.includes(`| Report \\| check | 1 | 0 | 0 | 1 | ${hats([design])} |`), text);
    assert.deepEqual(await workspaceFiles(), before, 'the report wrote no file');
  });
});
