/**
 * Decisions (issue 24) in a real extension host, on the demo workspace: links and hovers from
 * mentions in code files, the Decisions view's rows, the sign-off lens as the review note changes,
 * a revisit review from Start Review of This Doc, and Copy Decision Log.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, readText, today, twoHatsActivated, waitFor, workspaceRoot, writeText } from './helpers';

const file = (...path: string[]) => vscode.Uri.joinPath(workspaceRoot(), ...path);

/** Two Hats' links in `uri`: those whose target is a design doc of the demo. */
async function links(uri: vscode.Uri): Promise<{ text: string; target: string }[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  const all = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
  return all.filter((l) => l.target?.path.includes('/docs/'))
    .map((l) => ({ text: document.getText(l.range), target: vscode.workspace.asRelativePath(l.target!, false) }));
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  await vscode.workspace.openTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n').replace(/\\/g, '');
}

interface Row { label: string; description: string; children: Row[] }

/** The Decisions view's rows, two levels below each group, as labels and descriptions. */
async function viewRows(): Promise<Row[]> {
  const { api } = await twoHatsActivated();
  const view = api.decisionsView();
  const walk = async (element: unknown, depth: number): Promise<Row[]> => {
    const children = (await view.getChildren(element)) ?? [];
    return Promise.all(children.map(async (child) => {
      const item = await view.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { label, description: String(item.description ?? ''), children: depth < 2 ? await walk(child, depth + 1) : [] };
    }));
  };
  return walk(undefined, 0);
}

const find = (rows: Row[], label: string) => rows.flatMap((g) => g.children).find((r) => r.label === label);

describe('decisions: links from code, the Decisions view, sign-off and revisits', function () {
  // The first request loads the features and reads every doc: on a busy 2-core machine, more than mocha's 20 s.
  this.timeout(60_000);
  before(twoHatsActivated);
  afterEach(closeAllEditors);

  it('links ADR and RFC mentions and a relative link in a comment to their docs, leaving an unknown number alone', async () => {
    const queue = await waitFor('links in queue.ts', async () => { const l = await links(file('src', 'ingest', 'queue.ts')); return l.length > 0 && l; }, 30_000);
    assert.deepEqual(queue, [
      { text: 'ADR-3', target: 'docs/adr/0003-store-events-in-clickhouse.md' },
      { text: 'RFC-44', target: 'docs/rfc-0044-audit-log-export.md' },
    ]);
    assert.deepEqual(await links(file('src', 'ingest', 'retry.ts')), [
      { text: 'ADR-0002', target: 'docs/adr/0002-retry-with-backoff.md' },
      { text: '../../docs/adr/0002-retry-with-backoff.md', target: 'docs/adr/0002-retry-with-backoff.md' },
    ]);
    const other = file('src', 'ingest', 'unknown.ts');
    await writeText(other, '// ADR-0099 was never written; nor was rfc 7\nexport const x = 1;\n');
    assert.deepEqual(await links(other), []);
    assert.equal(await hoverText(other, new vscode.Position(0, 5)), '');
  });

  it("hovers a mention with the doc's title, status and date", async () => {
    const queue = file('src', 'ingest', 'queue.ts');
    const line = (await vscode.workspace.openTextDocument(queue)).lineAt(0).text;
    const text = await hoverText(queue, new vscode.Position(0, line.indexOf('ADR-3') + 2));
    assert.match(text, /Store ingested events in ClickHouse/);
    assert.match(text, /accepted · 2026-02-02/);
  });

  it('lists every design doc by status with sign-off, revisit due and the supersede chain', async () => {
    const rows = await waitFor('the Decisions view', async () => { const r = await viewRows(); return r.length >= 3 && r; }, 30_000);
    assert.deepEqual(rows.map((g) => g.label), ['Proposed (2)', 'Accepted (2)', 'Superseded (1)']);
    assert.deepEqual(rows[0]!.children.map((r) => r.label), ['RFC-0044: Audit log export', 'RFC-0042: Event ingestion v2']);
    assert.equal(find(rows, 'RFC-0044: Audit log export')!.description, '2026-11-12 · Proposed · 1 of 2 signed off (not yet: Alice Nguyen)');
    assert.match(find(rows, 'Retry failed ingest batches with exponential backoff')!.description, /revisit due/);
    const old = find(rows, '1. Store ingested events in Postgres')!;
    assert.match(old.description, /Superseded · → Store ingested events in ClickHouse$/);
    assert.deepEqual(old.children.map((r) => r.label), ['Superseded by Store ingested events in ClickHouse']);
    assert.deepEqual(find(rows, 'Store ingested events in ClickHouse')!.children.map((r) => r.label), ['Replaces 1. Store ingested events in Postgres']);
  });

  it('copies the decision log as a markdown table', async () => {
    const table = await vscode.commands.executeCommand<string>('twoHats.copyDecisionLog');
    assert.equal(await vscode.env.clipboard.readText(), table);
    assert.match(table, /^\| Title \| Status \| Date \| Superseded by \|$/m);
    assert.match(table, /^\| \[1\. Store ingested events in Postgres\]\(docs\/adr\/0001-store-events-in-postgres\.md\) \| Superseded \| 2025-03-10 \| \[Store ingested events in ClickHouse\]\(docs\/adr\/0003-store-events-in-clickhouse\.md\) \|$/m);
  });

  it('shows "1 of 2 signed off" on the doc, and "2 of 2" once the review note ticks the other reviewer', async () => {
    const rfc = file('docs', 'rfc-0044-audit-log-export.md');
    await vscode.workspace.openTextDocument(rfc);
    const signOffLens = async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', rfc))
      .map((l) => l.command?.title ?? '').find((t) => /signed off/.test(t));
    assert.equal(await waitFor('the sign-off lens', signOffLens, 30_000), '1 of 2 signed off');
    const note = file('notes', 'design-reviews', '2026-11-17-audit-log-export.md');
    await writeText(note, (await readText(note)).replace('- [ ] @Alice-Nguyen', `- [x] @Alice-Nguyen ✅ ${today()}`));
    assert.equal(await waitFor('2 of 2 signed off', async () => (await signOffLens()) === '2 of 2 signed off' && '2 of 2 signed off', 15_000), '2 of 2 signed off');
  });

  it('starts a revisit review of a doc due for one, with its reviewers to sign off, and the doc is no longer due', async () => {
    const adr = file('docs', 'adr', '0002-retry-with-backoff.md');
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('twoHats.startDocReview', adr);
    assert.ok(created, 'a revisit review was created');
    const text = await readText(created);
    assert.match(text, /^kind: revisit$/m);
    assert.match(text, /^doc: docs\/adr\/0002-retry-with-backoff\.md$/m);
    assert.match(text, /^## What changed since the decision$/m);
    assert.match(text, /^## Sign-off\n\n- \[ \] @Sam-Okafor\n- \[ \] @Priya-Raman$/m);
    await waitFor('ADR-0002 no longer due', async () => !/revisit due/.test(find(await viewRows(), 'Retry failed ingest batches with exponential backoff')?.description ?? 'revisit due'), 15_000);
  });
});
