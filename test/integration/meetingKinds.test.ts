import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { twoHatsActivated, closeAllEditors, readText, today, workspaceRoot, writeText } from './helpers';

const folder = (slug: string) => vscode.Uri.joinPath(workspaceRoot(), 'notes', 'one-on-ones', slug);

describe('meetings beside the weekly 1:1, in the extension host', () => {
  before(twoHatsActivated);
  afterEach(closeAllEditors);

  it('starts the next career session, says which from the earlier notes, and lists the open goals', async () => {
    await writeText(vscode.Uri.joinPath(folder('ines-ruiz'), 'person.md'), '---\nname: Ines Ruiz\ncadence: weekly\n---\n# Ines Ruiz\n\n## Goals\n\n- [ ] Lead the search migration 📅 2027-03-31\n- [x] Ship the indexer\n');
    await writeText(vscode.Uri.joinPath(folder('ines-ruiz'), '2026-10-03.md'), '---\nperson: Ines Ruiz\ndate: 2026-10-03\nkind: career\nsession: 1\n---\n# Career conversation\n');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'ines-ruiz', kind: 'career' });
    assert.equal(uri?.path, vscode.Uri.joinPath(folder('ines-ruiz'), `${today()}.md`).path);
    const text = await readText(uri!);
    assert.match(text, /^---\nperson: Ines Ruiz\ndate: "?\d{4}-\d{2}-\d{2}"?\nkind: career\nsession: 2\n---\n/);
    assert.match(text, /Session 2 of 3; session 1 was on 2026-10-03\./);
    assert.doesNotMatch(text, /\{\{/);
  });

  it('hands over the profile and open goals, never a private item or a talking point', async () => {
    const dir = folder('jon-hale');
    await writeText(vscode.Uri.joinPath(dir, 'person.md'), '---\nname: Jon Hale\nrole: Backend engineer\ncadence: biweekly\n---\n# Jon Hale\n\n## Goals\n\n- [ ] Own the billing service\n\n## Next 1:1\n\n- [ ] A point for Jon only\n');
    await writeText(vscode.Uri.joinPath(dir, '2026-11-02.md'), '---\nperson: Jon Hale\n---\n# 1:1\n\n## Action items\n\n- [ ] Send Jon the on-call rota @me 📅 2026-12-20\n\n## Private\n\n- [ ] SECRET private item\n');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'jon-hale', kind: 'handover' });
    const text = await readText(uri!);
    assert.match(text, /kind: handover/);
    assert.match(text, /- Role: Backend engineer/);
    assert.match(text, /- Own the billing service/);
    // Open commitments between them, as plain items (never counted again), never the private one.
    assert.match(text, /## Open commitments\n\nI owe Jon Hale:\n- Send Jon the on-call rota \(due 2026-12-20\)\n/);
    assert.doesNotMatch(text, /SECRET|A point for Jon only|## Private/);
    // The talking point stays in person.md for the next weekly 1:1.
    assert.match(await readText(vscode.Uri.joinPath(dir, 'person.md')), /A point for Jon only/);
  });
});
