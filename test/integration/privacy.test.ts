import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { twoHatsActivated, closeAllEditors, readText, today, workspaceRoot, writeText } from './helpers';

const people = () => vscode.Uri.joinPath(workspaceRoot(), 'notes', 'one-on-ones');

describe('privacy fails closed, in the extension host', () => {
  let api: Awaited<ReturnType<typeof twoHatsActivated>>['api'];
  before(async () => ({ api } = await twoHatsActivated()));
  afterEach(closeAllEditors);

  it('copies a note whose private heading is written its own way, leaves out code that hides one, and says both', async () => {
    const uri = vscode.Uri.joinPath(people(), 'gail-ko', '2026-11-02.md');
    await writeText(uri, [
      '---', 'person: Gail Ko', 'date: 2026-11-02', 'kind: one-on-one', '---', '# 1:1 with Gail Ko', '',
      '## Notes', '', 'Shipped the indexer.', '', '## 🔒 **Private** thoughts', '', 'SECRET: thinking about leaving', '',
      '## Agenda', '', 'Try this:', '', '```sh', 'npm test', '', '## Private', 'SECRET too', '',
    ].join('\n'));
    await vscode.window.showTextDocument(uri);
    const copied = await vscode.commands.executeCommand<string>('twoHats.copyShareableNote');
    assert.equal(await vscode.env.clipboard.readText(), copied);
    assert.match(copied, /Shipped the indexer[\s\S]*Try this:/);
    assert.doesNotMatch(copied, /SECRET|npm test|person:/);
    const said = api.recentMessages().at(-1) ?? '';
    assert.match(said, /^info: Copied 2026-11-02\.md without front matter and 1 private section \(2 lines\)\. Also left out, because a private heading may hide in code or HTML there: line 23 \(\d+ lines\)\.$/);
  });

  it('carries an open item written under a private heading of any spelling into the next note\'s Private section only', async () => {
    const folder = vscode.Uri.joinPath(people(), 'hugo-park');
    await writeText(vscode.Uri.joinPath(folder, '2026-11-02.md'), [
      '---', 'person: Hugo Park', '---', '# 1:1', '', '## Action items', '', '- [ ] Send the RFC', '',
      '## *Private*\u00a0', '', '- [ ] Ask HR about the band', '  still about the band', '',
    ].join('\n'));
    const note = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'hugo-park' });
    assert.equal(note?.path, vscode.Uri.joinPath(folder, `${today()}.md`).path);
    const text = await readText(note!);
    const privateAt = text.search(/^## Private/m);
    assert.ok(privateAt > 0, text);
    assert.ok(text.indexOf('Ask HR about the band still about the band') > privateAt, text);
    assert.ok(text.indexOf('Send the RFC') < privateAt, text);
  });
});
