/** Hostile input in the real extension host: broken notes, odd folders, clashing names, forged messages. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateTwoHats, closeAllEditors, exists, workspaceRoot } from './helpers';

const people = () => vscode.Uri.joinPath(workspaceRoot(), 'notes', 'one-on-ones');

describe('hostile input in the extension host', () => {
  before(activateTwoHats);
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
