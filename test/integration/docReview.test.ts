import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { twoHatsActivated, closeAllEditors, readText, today, waitFor, workspaceRoot, writeText } from './helpers';

interface DesignPromptJson { id: string; text: string; for: string; phase?: string; asks: string }

const rfc = () => vscode.Uri.joinPath(workspaceRoot(), 'docs', 'rfc-0042-event-ingestion.md');
const RFC_PATH = 'docs/rfc-0042-event-ingestion.md';

/** Two Hats' lenses on `uri` (other extensions' lenses are left out). */
async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  // CodeLens is asked of a document VS Code has loaded.
  await vscode.workspace.openTextDocument(uri);
  const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  // "Open review note" may come back under VS Code's own id for a command with arguments.
  return all.filter((l) => /^twoHats\./.test(l.command?.command ?? '') || l.command?.title === 'Open review note');
}

async function bundledPrompts(): Promise<DesignPromptJson[]> {
  const { ext } = await twoHatsActivated();
  const content = JSON.parse(await readText(vscode.Uri.joinPath(ext.extensionUri, 'dist', 'content.json'))) as { prompts: DesignPromptJson[] };
  return content.prompts.filter((p) => p.for === 'design-review');
}

describe('design docs: CodeLens and Start Review of This Doc', () => {
  before(twoHatsActivated);
  afterEach(closeAllEditors);

  it("shows a lens per phase heading of the demo RFC and Start Review at its top", async () => {
    const found = await waitFor('lenses on the RFC', async () => { const l = await lenses(rfc()); return l.length > 0 && l; }, 30_000);
    const rollout = (await bundledPrompts()).filter((p) => p.phase === 'rollout');
    const whyCount = rollout.filter((p) => p.asks === 'why').length;
    assert.deepEqual(found.map((l) => [l.range.start.line, l.command?.title]), [
      [0, 'Start Review of This Doc'],
      [4, found[1]!.command!.title], [7, found[2]!.command!.title], [11, found[3]!.command!.title],
      [14, `Rollout · thin · ${whyCount} why, ${rollout.length - whyCount} how to ask`], [17, found[5]!.command!.title],
    ]);
    assert.match(found[1]!.command!.title, /^Problem · covered · \d+ why, \d+ how to ask$/);
    assert.match(found[2]!.command!.title, /^Goals and non-goals · thin · /);
    assert.match(found[3]!.command!.title, /^Approach · covered · /);
    assert.match(found[5]!.command!.title, /^Risks · thin · /);
    assert.equal(found[0]!.command!.command, 'twoHats.startDocReview');
    assert.equal((found[0]!.command!.arguments![0] as vscode.Uri).path, rfc().path);
    assert.deepEqual(found.slice(1).map((l) => l.command!.command), Array(5).fill('twoHats.internal.askPhasePrompts'));
    assert.deepEqual(found.slice(1).map((l) => l.command!.arguments![1]), ['problem', 'goals', 'approach', 'rollout', 'risks']);
  });

  it('shows lenses on a doc outside the design-doc folders only when its headings name three phases, never on notes', async () => {
    const specs = vscode.Uri.joinPath(workspaceRoot(), 'specs');
    const three = vscode.Uri.joinPath(specs, 'queue.md');
    const two = vscode.Uri.joinPath(specs, 'notes-on-queue.md');
    await writeText(three, '# Queue\n\n## Motivation\n\nSlow.\n\n## Drawbacks\n\nCost.\n\n## Prior art\n\nKafka.\n');
    await writeText(two, '# Queue\n\n## Motivation\n\nSlow.\n\n## Drawbacks\n\nCost.\n\n## Thanks\n');
    assert.deepEqual((await lenses(three)).map((l) => l.command?.title.split(' · ')[0]), ['Start Review of This Doc', 'Problem', 'Cost', 'Options']);
    assert.deepEqual(await lenses(two), []);
    assert.deepEqual(await lenses(vscode.Uri.joinPath(workspaceRoot(), 'README.md')), []);
    const note = vscode.Uri.joinPath(workspaceRoot(), 'notes', 'design-reviews', '2026-01-05-old.md');
    await writeText(note, '---\nkind: design-review\n---\n# Review\n\n## Problem\n\n## Rollout\n\n## Cost\n\n## People\n');
    assert.deepEqual(await lenses(note), []);
  });

  it('turns off with twoHats.codeLens.enabled', async () => {
    const config = vscode.workspace.getConfiguration('twoHats');
    await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      assert.deepEqual(await lenses(rfc()), []);
    } finally {
      await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.ok((await lenses(rfc())).length > 0);
  });

  it('starts a review note that names and links the doc, names its author and leads with what the doc misses', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startDocReview', rfc());
    assert.ok(uri, 'no note was created');
    assert.equal(uri.path, vscode.Uri.joinPath(workspaceRoot(), 'notes', 'design-reviews', `${today()}-rfc-0042-event-ingestion-v2.md`).path);
    const text = await readText(uri);
    assert.match(text, new RegExp(`^---\\ntitle: "RFC-0042: Event ingestion v2"\\ndate: "?${today()}"?\\nkind: design-review\\ndoc: ${RFC_PATH}\\n---\\n`));
    assert.match(text, /^Doc: \[docs\/rfc-0042-event-ingestion\.md\]\(\.\.\/\.\.\/docs\/rfc-0042-event-ingestion\.md\)$/m);
    assert.match(text, /^Author: Alice Nguyen$/m);
    const headings = text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    // The demo RFC has no options, cost or people section; its goals, rollout and risks sections are thin.
    assert.deepEqual(headings, ['Context', 'Options', 'Cost', 'People', 'Goals and non-goals', 'Risks', 'Rollout', 'Problem', 'Approach', 'Decisions', 'Sign-off', 'Follow-ups']);
    assert.match(text, /## Options\n\n_The doc has no section on this yet\._\n\n\*\*Why\*\*/);
  });

  it('then offers Open review note, and adds the prompts picked for a phase to that note in one undoable edit', async () => {
    const note = vscode.Uri.joinPath(workspaceRoot(), 'notes', 'design-reviews', `${today()}-rfc-0042-event-ingestion-v2.md`);
    const found = await waitFor('the Open review note lens', async () => {
      const l = await lenses(rfc());
      return l[0]?.command?.title === 'Open review note' && l;
    }, 15_000);
    await vscode.commands.executeCommand(found[0]!.command!.command, ...(found[0]!.command!.arguments ?? []));
    await waitFor('the review note to open', () => vscode.window.activeTextEditor?.document.uri.path === note.path);
    const before = found.find((l) => l.command!.arguments![1] === 'rollout')!.command!.title;

    const rollout = (await bundledPrompts()).filter((p) => p.phase === 'rollout');
    const inNote = await readText(note);
    const picks = rollout.filter((p) => !inNote.includes(p.text)).slice(0, 2);
    const result = await vscode.commands.executeCommand<vscode.Uri>('twoHats.internal.askPhasePrompts', rfc(), 'rollout', picks.map((p) => p.id));
    assert.equal(result?.path, note.path);
    const saved = await readText(note);
    const section = saved.slice(saved.indexOf('## Rollout'), saved.indexOf('## Problem'));
    for (const p of picks) assert.ok(section.includes(`- [ ] ${p.text}`), `${p.id} is not in the Rollout section on disk`);

    const after = await waitFor('the rollout lens to count the added prompts', async () => {
      const title = (await lenses(rfc())).find((l) => l.command!.arguments![1] === 'rollout')?.command?.title;
      return title !== before && title;
    });
    const counts = (t: string) => t.match(/(\d+) why, (\d+) how/)!.slice(1).map(Number);
    assert.equal(counts(before).reduce((a, b) => a + b) - counts(after).reduce((a, b) => a + b), picks.length);

    const editor = await vscode.window.showTextDocument(note);
    await vscode.commands.executeCommand('undo');
    for (const p of picks) assert.ok(!editor.document.getText().includes(`- [ ] ${p.text}`), 'one undo takes the added prompts back');
  });

  it('offers the existing review note before making another', async () => {
    const note = vscode.Uri.joinPath(workspaceRoot(), 'notes', 'design-reviews', `${today()}-rfc-0042-event-ingestion-v2.md`);
    const opened = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startDocReview', { uri: rfc(), ifExists: 'open' });
    assert.equal(opened?.path, note.path);
    const another = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startDocReview', { uri: rfc(), ifExists: 'new' });
    assert.equal(another?.path, vscode.Uri.joinPath(workspaceRoot(), 'notes', 'design-reviews', `${today()}-rfc-0042-event-ingestion-v2-2.md`).path);
  });

  it('fills Doc: when Start Design Review Note runs while a design doc is open', async () => {
    await vscode.window.showTextDocument(rfc());
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startDesignReview', { title: 'Ingestion review' });
    const text = await readText(uri);
    assert.match(text, new RegExp(`^doc: ${RFC_PATH}$`, 'm'));
    assert.match(text, /^Doc: \[docs\/rfc-0042-event-ingestion\.md\]\(\.\.\/\.\.\/docs\/rfc-0042-event-ingestion\.md\)$/m);
    assert.match(text, /^# Design review: Ingestion review, /m);
  });
});
