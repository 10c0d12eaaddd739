/**
 * Prep with memory in a real extension host, on a copy of the demo workspace: profiles and due
 * dates, talking points from a selection moved into the next note, the shareable copy, private
 * carry-over, and commits since the last 1:1 from a temporary git repository. Every result is
 * read back from disk.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { twoHatsActivated, closeAllEditors, readText, readTextWhen, today, waitFor, workspaceRoot, writeText } from './helpers';

const people = () => vscode.Uri.joinPath(workspaceRoot(), 'notes', 'one-on-ones');
const profileOf = (slug: string) => vscode.Uri.joinPath(people(), slug, 'person.md');
const count = (text: string, part: string) => text.split(part).length - 1;

async function openAt(uri: vscode.Uri, from: [number, number], to: [number, number]): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  editor.selection = new vscode.Selection(new vscode.Position(...from), new vscode.Position(...to));
  return editor;
}

describe('prep with memory: profiles, talking points, private notes', () => {
  before(twoHatsActivated);
  afterEach(closeAllEditors);

  it('opens the panel on the most overdue person, as the status-bar item does', async () => {
    const { api } = await twoHatsActivated();
    // Priya's last 1:1 was on 2026-10-29 and she is biweekly: due 2026-11-12, the earliest of the demo.
    const shown = await vscode.commands.executeCommand<string>('twoHats.internal.showPerson');
    assert.equal(shown, 'priya-raman');
    await waitFor('the panel to open and say ready', () => api.panelReady(), 30_000);
  });

  it('adds a selection from a code file to someone\'s Next 1:1, with a link back to the file and line', async () => {
    const file = vscode.Uri.joinPath(workspaceRoot(), 'src', 'ingest', 'retry.ts');
    await openAt(file, [15, 2], [17, 23]);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.addTalkingPoint', { person: 'sam-okafor' });
    assert.equal(uri?.path, profileOf('sam-okafor').path);
    const text = await readTextWhen(profileOf('sam-okafor'), (t) => t.includes('retry.ts:16'));
    assert.match(text, /\n- \[ \] for \(let attempt = 1; attempt <= MAX_ATTEMPTS; attempt\+\+\) \{ try \{ await send\(batch\) \(\[src\/ingest\/retry\.ts:16\]\(\.\.\/\.\.\/\.\.\/src\/ingest\/retry\.ts#L16\)\)\n/);
    // Appended after the point already there, still under Next 1:1.
    assert.ok(text.indexOf('retry.ts:16') > text.indexOf('retry.ts:4'));
    assert.ok(text.indexOf('retry.ts:16') > text.indexOf('## Next 1:1'));
  });

  it('adds typed text (as the panel does) to an open, unsaved person.md in its editor, never on disk, and undo takes it back', async () => {
    const uri = profileOf('alice-nguyen');
    const onDisk = await readText(uri);
    // VS Code in a browser saves after a delay by default: keep the change unsaved for this test.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount - 1, 0), '- [ ] typed by hand, not saved\n'));
      assert.ok(editor.document.isDirty);
      await vscode.commands.executeCommand('twoHats.addTalkingPoint', { person: 'alice-nguyen', text: '  Ask about\nthe on-call swap  ' });
      assert.match(editor.document.getText(), /- \[ \] typed by hand, not saved\n- \[ \] Ask about the on-call swap\n/);
      assert.equal(await readText(uri), onDisk, 'the file on disk is untouched while the editor has unsaved changes');
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.doesNotMatch(editor.document.getText(), /on-call swap/);
      assert.match(editor.document.getText(), /typed by hand/);
    } finally {
      await closeAllEditors();
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('Start 1:1 Note moves the points into My agenda and out of person.md: each one exactly once', async () => {
    const before = await readText(profileOf('sam-okafor'));
    const points = ['Is five attempts the right cap', 'for (let attempt = 1;'];
    for (const p of points) assert.equal(count(before, p), 1, p);
    const note = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'sam-okafor' });
    assert.ok(note);
    const text = await readText(note);
    const after = await readText(profileOf('sam-okafor'));
    const agenda = text.slice(text.indexOf('## My agenda'), text.indexOf('## Notes'));
    for (const p of points) {
      assert.equal(count(agenda, p), 1, `${p} in My agenda`);
      assert.equal(count(text, p), 1, `${p} once in the note`);
      assert.equal(count(after, p), 0, `${p} left person.md`);
    }
    assert.match(agenda, /\(\[src\/ingest\/retry\.ts:16\]\(\.\.\/\.\.\/\.\.\/src\/ingest\/retry\.ts#L16\)\)/);
    // The rest of the profile is as it was.
    assert.match(after, /^---\nname: Sam Okafor\n[\s\S]*## Next 1:1\n\n?$/);
    assert.equal(after.split('\n').length, before.split('\n').length - 2);
  });

  it('leaves person.md unchanged when the note cannot be written', async () => {
    const profile = profileOf('priya-raman');
    const before = await readText(profile);
    const note = vscode.Uri.joinPath(people(), 'priya-raman', `${today()}.md`);
    // Someone else writes the note between the plan and the edit: creating it fails inside the WorkspaceEdit.
    let raced = false;
    const race = vscode.workspace.onWillCreateFiles((e) => {
      if (!e.files.some((f) => f.path === note.path)) return;
      writeFileSync(note.fsPath, 'written by someone else\n');
      raced = true;
    });
    try {
      const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('twoHats.startOneOnOne', { person: 'priya-raman' });
      assert.ok(raced, 'the WorkspaceEdit that creates the note and edits person.md was applied, and failed');
      assert.equal(made, undefined, 'no note was made');
      assert.equal(await readText(note), 'written by someone else\n', 'the other note was not overwritten');
      assert.equal(await readText(profile), before, 'person.md on disk is unchanged');
      // The edit may have opened person.md's document (VS Code loads a model to edit it): the one
      // VS Code now holds, opened already or loaded from disk, has no edit left in it either.
      const document = await vscode.workspace.openTextDocument(profile);
      assert.equal(document.getText(), before, 'and so is its document');
    } finally {
      race.dispose();
      rmSync(note.fsPath, { force: true });
    }
  });

  it('carries open private items into the next note\'s Private section only, and moves Priya\'s points', async () => {
    const note = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'priya-raman' });
    assert.ok(note);
    const text = await readText(note);
    const privateAt = text.indexOf('## Private');
    assert.ok(privateAt > 0);
    assert.equal(count(text, 'Ask HR whether her leave moves the promotion review date'), 1);
    assert.ok(text.indexOf('Ask HR whether') > privateAt, 'the private item is under Private');
    assert.match(text.slice(0, privateAt), /Set up a walkthrough of the new deploy pipeline/);
    assert.match(text.slice(text.indexOf('## My agenda'), text.indexOf('## Notes')), /Thank her for the backoff[\s\S]*billing migration handover/);
    // Her goal and feedback to deliver stay: only the Next 1:1 section (the last one) is emptied.
    const profile = await readText(profileOf('priya-raman'));
    assert.doesNotMatch(profile.slice(profile.indexOf('## Next 1:1')), /- \[ \]/);
    assert.match(profile, /## Goals\n\n- \[ \] Own the billing migration cut-over/);
  });

  it('copies a shareable note without front matter and private sections, and says so', async () => {
    await vscode.window.showTextDocument(vscode.Uri.joinPath(people(), 'priya-raman', '2026-10-29.md'));
    const copied = await vscode.commands.executeCommand<string>('twoHats.copyShareableNote');
    const clipboard = await vscode.env.clipboard.readText();
    assert.equal(clipboard, copied);
    assert.ok(clipboard.startsWith('# 1:1 with Priya Raman, 2026-10-29\n'));
    assert.match(clipboard, /Set up a walkthrough/);
    assert.doesNotMatch(clipboard, /person:|## Private|Ask HR|on-call rota so soon/);
  });

  it('Add Person writes person.md with the cadence, and never overwrites one', async () => {
    const added = await vscode.commands.executeCommand<{ slug: string }>('twoHats.addPerson', { name: 'Dana Cho', cadence: 'weekly' });
    assert.equal(added?.slug, 'dana-cho');
    const uri = profileOf('dana-cho');
    assert.equal(await readText(uri), '---\nname: Dana Cho\ncadence: weekly\n---\n# Dana Cho\n\n## Next 1:1\n\n');
    await writeText(uri, '---\nname: Dana Cho\ncadence: monthly\n---\nMy own notes.\n');
    await vscode.commands.executeCommand('twoHats.addPerson', { name: 'Dana Cho', cadence: 'weekly' });
    assert.equal(await readText(uri), '---\nname: Dana Cho\ncadence: monthly\n---\nMy own notes.\n');
    // A profile without the section gets one for its first point.
    await vscode.commands.executeCommand('twoHats.addTalkingPoint', { person: 'dana-cho', text: 'First point' });
    assert.equal(await readText(uri), '---\nname: Dana Cho\ncadence: monthly\n---\nMy own notes.\n\n## Next 1:1\n\n- [ ] First point\n');
  });

  it('reports a malformed profile on its line in the Problems panel, and the person keeps working without it', async () => {
    const folder = vscode.Uri.joinPath(people(), 'femi-ade');
    await writeText(vscode.Uri.joinPath(folder, '2026-11-02.md'), '---\nperson: Femi Ade\ndate: 2026-11-02\nkind: one-on-one\n---\n- [ ] Open item\n');
    await writeText(vscode.Uri.joinPath(folder, 'person.md'), '---\nname: Femi A.\ncadence: fortnightly\n---\n## Next 1:1\n');
    await vscode.commands.executeCommand('twoHats.internal.showPerson', 'femi-ade');
    const diagnostics = await waitFor('a diagnostic on person.md', () => {
      const found = vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, 'person.md'));
      return found.length > 0 && found;
    });
    assert.equal(diagnostics[0]!.range.start.line, 2);
    assert.match(diagnostics[0]!.message, /cadence: must be weekly, biweekly, monthly or a number of days \(found "fortnightly"\)/);
    const note = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'femi-ade' });
    const text = await readText(note!);
    assert.match(text, /person: Femi Ade/, 'the name comes from the newest note, not the ignored profile');
    assert.match(text, /Open item/);
  });
});

describe('prep with memory: commits since the last 1:1 (local git)', () => {
  const repo = () => vscode.Uri.joinPath(workspaceRoot(), 'tmp-git', 'history');
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: repo().fsPath, env: { ...process.env, ...env } });
  const commitAs = (name: string, email: string, date: string, subject: string) => {
    appendFileSync(vscode.Uri.joinPath(repo(), 'log.txt').fsPath, `${subject}\n`);
    git(['add', 'log.txt']);
    git(['commit', '-q', '-m', subject], { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: date, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email, GIT_COMMITTER_DATE: date });
  };
  const setting = (value: boolean | undefined) => vscode.workspace.getConfiguration('twoHats').update('git.sinceLastOneOnOne', value, vscode.ConfigurationTarget.Workspace);

  before(async () => {
    await twoHatsActivated();
    const folder = vscode.Uri.joinPath(people(), 'gina-park');
    await writeText(vscode.Uri.joinPath(folder, '2026-06-10.md'), '---\nperson: Gina Park\ndate: 2026-06-10\nkind: one-on-one\n---\n# 1:1\n');
    await writeText(vscode.Uri.joinPath(folder, 'person.md'), '---\nname: Gina Park\ncadence: weekly\ngit: [gina.park@example.com]\n---\n## Next 1:1\n');
  });
  after(async () => {
    await setting(undefined);
    await closeAllEditors();
  });

  it('says why in one line when the setting is off or no repository is open', async () => {
    await vscode.commands.executeCommand('twoHats.startOneOnOne', { person: 'gina-park', ifExists: 'open' });
    const off = await vscode.commands.executeCommand<{ reason?: string }>('twoHats.internal.insertCommits', { person: 'gina-park' });
    assert.match(off.reason ?? '', /twoHats\.git\.sinceLastOneOnOne/);
    await setting(true);
    const none = await vscode.commands.executeCommand<{ reason?: string }>('twoHats.internal.insertCommits', { person: 'gina-park' });
    assert.match(none.reason ?? '', /No git repository/);
  });

  it('inserts only the person\'s commits since the day of the last 1:1, newest first', async () => {
    mkdirSync(repo().fsPath, { recursive: true });
    git(['init', '-q']);
    commitAs('Gina Park', 'gina.park@example.com', '2026-06-01T10:00:00', 'Old work before the last 1:1');
    commitAs('Gina Park', 'gina.park@example.com', '2026-06-10T08:00:00', 'Fix on the day of the 1:1');
    commitAs('Hal Berg', 'hal.berg@example.com', '2026-06-12T10:00:00', 'Someone else changes the schema');
    commitAs('Gina Park', 'GINA.PARK@example.com', '2026-06-15T10:00:00', 'Add the export job');
    commitAs('Gina P.', 'gina.park@example.com', '2026-07-01T10:00:00', 'Speed up the export');
    const gitApi = (await vscode.extensions.getExtension<{ getAPI(v: 1): { openRepository(uri: vscode.Uri): Promise<unknown> } }>('vscode.git')!.activate()).getAPI(1);
    assert.ok(await gitApi.openRepository(repo()), 'the Git extension opened the temporary repository');
    const note = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'gina-park', ifExists: 'open' });
    const editor = await waitFor('the note to be active', () => vscode.window.activeTextEditor?.document.uri.path === note?.path && vscode.window.activeTextEditor);
    const result = await vscode.commands.executeCommand<{ inserted?: number; reason?: string }>('twoHats.internal.insertCommits', { person: 'gina-park' });
    assert.equal(result.inserted, 3, result.reason);
    const text = editor.document.getText();
    const block = text.slice(text.indexOf('**Since last time (2026-06-10)**'));
    assert.ok(block.length < text.length, 'the list has its label with the date of the last 1:1');
    const subjects = [...block.matchAll(/^- (.+) \(history `[0-9a-f]{7}`, (\d{4}-\d{2}-\d{2})\)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(subjects, ['Speed up the export 2026-07-01', 'Add the export job 2026-06-15', 'Fix on the day of the 1:1 2026-06-10']);
    assert.doesNotMatch(text, /Someone else|Old work/);
  });
});
