/** Hostile input in the real extension host: broken notes, odd folders, clashing names, forged messages. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TwoHatsApi } from '../../src/extension';
import { twoHatsActivated, closeAllEditors, exists, readText, today, workspaceRoot, writeText } from './helpers';

const people = () => vscode.Uri.joinPath(workspaceRoot(), 'notes', 'one-on-ones');

describe('hostile input in the extension host', () => {
  before(twoHatsActivated);
  afterEach(closeAllEditors);

  it('never puts two different people in one folder: José, Jose, JOSE and Ｊｏｓｅ get four folders', async () => {
    const folders: string[] = [];
    for (const name of ['José', 'Jose', 'JOSE', 'Ｊｏｓｅ']) {
      const added = await vscode.commands.executeCommand<{ slug: string } | undefined>('twoHats.addPerson', { name });
      assert.ok(added, `${name} was not added`);
      assert.ok(await exists(vscode.Uri.joinPath(people(), added.slug)), `${added.slug} has no folder`);
      folders.push(added.slug.toLowerCase());
    }
    assert.equal(new Set(folders).size, 4, `folders: ${folders.join(', ')}`);
    const again = await vscode.commands.executeCommand<{ slug: string }>('twoHats.addPerson', { name: 'José' });
    assert.equal(again.slug.toLowerCase(), folders[0], 'the same name gets its folder back');
  });
});

/** Makes `dir` refuse new files: immutable for root (chattr +i), read-only mode for anyone else. Returns an undo, or undefined when neither works here. */
function lockFolder(dir: string): (() => void) | undefined {
  try {
    if (process.getuid?.() === 0) {
      execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
      return () => execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
    }
    chmodSync(dir, 0o555);
    return () => chmodSync(dir, 0o755);
  } catch {
    return undefined;
  }
}

function lastMessage(api: TwoHatsApi): string {
  return api.recentMessages().at(-1) ?? '';
}

describe('hostile files and folders in the extension host', () => {
  let api: TwoHatsApi;
  before(async () => { ({ api } = await twoHatsActivated()); });
  afterEach(closeAllEditors);

  it('says truthfully that a read-only folder refused the note, naming the file and the cause', async function () {
    const folder = vscode.Uri.joinPath(people(), 'locked-rita');
    await writeText(vscode.Uri.joinPath(folder, '2026-11-02.md'), '---\nperson: Rita\n---\n- [ ] something open\n');
    const unlock = lockFolder(folder.fsPath);
    if (!unlock) return this.skip();
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('twoHats.startOneOnOne', { person: 'locked-rita', ifExists: 'new' });
      assert.equal(uri, undefined);
      const said = lastMessage(api);
      assert.match(said, /^error: /, said);
      assert.match(said, new RegExp(`notes/one-on-ones/locked-rita/${today()}\\.md`), said);
      const cause = said.slice(said.indexOf(`${today()}.md`) + 13);
      assert.doesNotMatch(cause, /already there/, said);
      assert.match(cause, /EPERM|EACCES|EROFS|permission|not permitted|read-only/i, said);
    } finally {
      unlock();
    }
    assert.deepEqual(readdirSync(folder.fsPath), ['2026-11-02.md']);
  });

  it('never writes through a symbolic link: a linked person folder or notes folder is refused and left untouched', async function () {
    const outside = mkdtempSync(join(tmpdir(), 'two-hats-outside-'));
    writeFileSync(join(outside, '2026-11-02.md'), '---\nperson: Lee\n---\n- [ ] outside item\n');
    const link = vscode.Uri.joinPath(people(), 'linked-lee');
    try {
      symlinkSync(outside, link.fsPath, 'dir');
    } catch {
      return this.skip();
    }
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('twoHats.startOneOnOne', { person: 'linked-lee', ifExists: 'new' });
      assert.equal(uri, undefined, 'a note was written through the link');
      assert.deepEqual(readdirSync(outside), ['2026-11-02.md']);
      assert.match(lastMessage(api), /linked-lee.*(symbolic )?link/i, lastMessage(api));
    } finally {
      unlinkSync(link.fsPath);
    }
    // The notes folder itself as a link to somewhere else.
    const outsideNotes = mkdtempSync(join(tmpdir(), 'two-hats-outside-notes-'));
    symlinkSync(outsideNotes, join(workspaceRoot().fsPath, 'linked-notes'), 'dir');
    const settings = vscode.workspace.getConfiguration('twoHats');
    await settings.update('notesFolder', 'linked-notes', vscode.ConfigurationTarget.Workspace);
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('twoHats.startOneOnOne', { person: 'Nia Oduya', ifExists: 'new' });
      assert.equal(uri, undefined, 'a note was written through the linked notes folder');
      assert.deepEqual(readdirSync(outsideNotes), []);
      assert.match(lastMessage(api), /linked-notes.*link/i, lastMessage(api));
    } finally {
      await settings.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      unlinkSync(join(workspaceRoot().fsPath, 'linked-notes'));
    }
  });

  it('does not read a note that is a symbolic link when carrying items over', async function () {
    const outside = mkdtempSync(join(tmpdir(), 'two-hats-outside-'));
    writeFileSync(join(outside, 'secret.md'), '---\nperson: Ola\n---\n- [ ] SECRET FROM OUTSIDE\n');
    const folder = vscode.Uri.joinPath(people(), 'ola');
    await writeText(vscode.Uri.joinPath(folder, '2026-11-02.md'), '---\nperson: Ola\n---\n- [ ] inside item\n');
    try {
      symlinkSync(join(outside, 'secret.md'), join(folder.fsPath, '2026-11-09.md'), 'file');
    } catch {
      return this.skip();
    }
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'ola', ifExists: 'new' });
    const text = await readText(uri);
    assert.doesNotMatch(text, /SECRET FROM OUTSIDE/);
    assert.match(text, /inside item/);
  });

  it('makes exactly one note when two Start 1:1 Note runs start at the same moment', async () => {
    const folder = vscode.Uri.joinPath(people(), 'twin-tam');
    await writeText(vscode.Uri.joinPath(folder, '2026-11-02.md'), '---\nperson: Tam\n---\n- [ ] carried once\n');
    const [a, b] = await Promise.all([
      vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'twin-tam', ifExists: 'open' }),
      vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'twin-tam', ifExists: 'open' }),
    ]);
    assert.equal(a?.path, b?.path);
    assert.deepEqual(readdirSync(folder.fsPath).sort(), ['2026-11-02.md', `${today()}.md`]);
    assert.equal((await readText(a)).match(/carried once/g)?.length, 1);
  });

  it('never overwrites or reloads an open, unsaved note', async () => {
    // VS Code for the Web saves after a delay by default; this test needs the note to stay unsaved.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await dirtyNoteStaysUnsaved();
    } finally {
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  async function dirtyNoteStaysUnsaved(): Promise<void> {
    const folder = vscode.Uri.joinPath(people(), 'dirty-dee');
    const note = vscode.Uri.joinPath(folder, `${today()}.md`);
    await writeText(note, '---\nperson: Dee\n---\n# 1:1\n');
    const editor = await vscode.window.showTextDocument(note);
    await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'typed but not saved\n'));
    assert.ok(editor.document.isDirty);
    const opened = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'dirty-dee', ifExists: 'open' });
    assert.equal(opened.path, note.path);
    const second = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'dirty-dee', ifExists: 'new' });
    assert.match(second.path, /-2\.md$/);
    assert.ok(editor.document.isDirty && editor.document.getText().includes('typed but not saved'), 'the unsaved text is gone');
    assert.equal(await readText(note), '---\nperson: Dee\n---\n# 1:1\n');
  }

  it('treats an existing note spelled in capitals as today\'s note and never overwrites it', async () => {
    const folder = vscode.Uri.joinPath(people(), 'caps-cal');
    const caps = vscode.Uri.joinPath(folder, `${today()}.MD`);
    await writeText(caps, '# written on another machine\n');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'caps-cal', ifExists: 'new' });
    assert.equal(uri.path, vscode.Uri.joinPath(folder, `${today()}-2.md`).path);
    assert.equal(await readText(caps), '# written on another machine\n');
  });

  it('carries over past broken notes: bad dates, hostile YAML, binary bytes, a BOM, CR-only lines, a 10 MB note', async () => {
    const folder = vscode.Uri.joinPath(people(), 'broken-bo');
    await writeText(vscode.Uri.joinPath(folder, '2026-10-01.md'), '\uFEFF---\rperson: Bo\r---\r- [ ] from the BOM and CR note _(from [2026-02-30](x.md))_\r');
    await writeText(vscode.Uri.joinPath(folder, '2026-02-30.md'), '- [ ] a note whose name is no date\n');
    await writeText(vscode.Uri.joinPath(folder, '2026-10-08.md'), `---\na: &a [${'x,'.repeat(50)}x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n- [ ] yaml bomb\n`);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '2026-10-15.md'), new Uint8Array([0, 159, 146, 150, 10, 45, 32, 91, 32, 93, 32, 98, 105, 110, 10]));
    const big = `---\nperson: Bo\n---\n${Array.from({ length: 360_000 }, (_, i) => `- [ ] open item ${i}\n`).join('')}`;
    await writeText(vscode.Uri.joinPath(folder, '2026-10-22.md'), big);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'broken-bo', ifExists: 'new' });
    assert.ok(uri, 'no note');
    const text = await readText(uri);
    assert.ok(text.length < 200_000, `the new note is ${text.length} characters`);
    assert.ok(api.recentMessages().some((m) => /2026-10-22\.md/.test(m) && /MB/.test(m)), `no warning names the 10 MB note: ${api.recentMessages().join(' | ')}`);
  });
});

describe('team pack limits in the extension host', () => {
  before(twoHatsActivated);

  it('reports a pack over 5 MB, one over 20,000 items and files beyond the 50th, and still loads the rest', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), '.twohats', 'limits');
    // Written beside the packs, then moved in at once: written one by one into the watched folder,
    // each write could start a reload of the 5 MB and 20,000-item packs, and on a busy machine
    // those reloads outlasted the test.
    const staging = vscode.Uri.joinPath(workspaceRoot(), 'tmp-limits-staging');
    const prompt = (id: string) => ({ id, text: `A question numbered ${id}?`, hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem' });
    const written: vscode.Uri[] = [];
    const write = async (name: string, text: string) => {
      await writeText(vscode.Uri.joinPath(staging, name), text);
      const uri = vscode.Uri.joinPath(folder, name);
      written.push(uri);
      return uri;
    };
    try {
      const big = await write('a-big.json', JSON.stringify({ prompts: [prompt('limits.big')], name: 'x'.repeat(5.5 * 1024 * 1024) }));
      const many = await write('b-many.json', JSON.stringify({ prompts: Array.from({ length: 20_001 }, (_, i) => prompt(`limits.many-${i}`)) }));
      for (let i = 0; i < 52; i++) await write(`c-${String(i).padStart(2, '0')}.json`, JSON.stringify({ prompts: [prompt(`limits.small-${i}`)] }));
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(workspaceRoot(), '.twohats'));
      await vscode.workspace.fs.rename(staging, folder);
      const stats = await vscode.commands.executeCommand<{ loaded: number; invalid: number }>('twoHats.validateContent');
      const said = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map((d) => d.message).join(' | ');
      assert.match(said(big), /a pack may be at most 5 MB/);
      assert.match(said(many), /lists 20001 entries \(prompts, checklist items, lines, keywords and the like\); a pack may list at most 20000/);
      const refused = written.filter((uri) => /at most 50 pack files/.test(said(uri)));
      assert.ok(refused.length >= 2, `${refused.length} files refused for the count`);
      assert.ok(stats.loaded <= 50, `${stats.loaded} packs loaded`);
      // The bundled content still serves.
      assert.equal(await vscode.commands.executeCommand('twoHats.insertPrompt', 'no-such-id-so-nothing-is-inserted'), false);
    } finally {
      await vscode.workspace.fs.delete(staging, { recursive: true }).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await vscode.commands.executeCommand('twoHats.validateContent');
    }
  });
});
