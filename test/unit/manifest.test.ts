import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, CONTEXT_KEYS, INTERNAL_COMMANDS, SETTINGS, SETTINGS_SECTION, VIEWS } from '../../src/core/ids';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

function sources(dir: string): string {
  return readdirSync(dir).map((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? readFileSync(p, 'utf8') : '';
  }).join('\n');
}
const src = sources(join(root, 'src'));

/** `%key%` placeholders resolve through package.nls.json. */
function text(value: string | undefined): string | undefined {
  const m = value?.match(/^%(.+)%$/);
  return m ? nls[m[1]!] : value;
}

describe('package.json manifest', () => {
  const commands: { command: string; title: string; category?: string }[] = manifest.contributes.commands;

  it('keeps the contract ids', () => {
    assert.equal(manifest.name, 'two-hats');
    assert.equal(text(manifest.displayName), 'Two Hats');
    assert.ok(manifest.contributes.viewsContainers.activitybar.some((c: { id: string }) => c.id === 'twoHats'));
    assert.ok(manifest.contributes.views.twoHats.some((v: { id: string; type: string }) => v.id === 'twoHats.panel' && v.type === 'webview'));
    for (const key of ['twoHats.notesFolder', 'twoHats.contentPacks', 'twoHats.completions.enabled']) {
      assert.ok(manifest.contributes.configuration.properties[key], key);
    }
    // The ids module says the same as the manifest.
    assert.equal(VIEWS.container, 'twoHats');
    assert.equal(VIEWS.panel, 'twoHats.panel');
    for (const key of Object.values(SETTINGS)) assert.ok(manifest.contributes.configuration.properties[`${SETTINGS_SECTION}.${key}`], key);
  });

  it('gives every command a title and the Two Hats category', () => {
    for (const c of commands) {
      assert.ok(text(c.title), `${c.command} has no title`);
      assert.equal(text(c.category), 'Two Hats', `${c.command} category`);
      assert.match(c.command, /^twoHats\.[a-z][A-Za-z]+$/);
    }
  });

  it('registers every contributed command in the source', () => {
    // Command ids are declared once (src/core/ids.ts); extension.ts registers each one, and the
    // integration suite checks that each has a handler in the real extension host.
    const declared = new Set<string>(Object.values(COMMANDS));
    for (const c of commands) assert.ok(declared.has(c.command), `${c.command} is contributed but not declared in src/core/ids.ts`);
    assert.match(src, /Object\.values\(COMMANDS\)/, 'extension.ts registers the declared commands');
  });

  it('contributes every command the source registers', () => {
    // Internal commands (completion callbacks) are declared apart and stay out of the palette.
    for (const id of Object.values(COMMANDS)) assert.ok(commands.some((c) => c.command === id), `${id} is declared but not contributed`);
    for (const id of Object.values(INTERNAL_COMMANDS)) assert.ok(!commands.some((c) => c.command === id), `${id} is internal but contributed`);
    const registered = [...src.matchAll(/register(?:Command)?\('([^']+)'/g)].map((m) => m[1]);
    assert.deepEqual(registered, [], 'command ids are used by constant from src/core/ids.ts, never as string literals');
  });

  it('declares what it can do in Restricted Mode and on virtual file systems, naming only real settings', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces?.supported, 'limited');
    assert.ok(text(untrustedWorkspaces.description)?.includes('Restricted Mode'));
    for (const key of untrustedWorkspaces.restrictedConfigurations) assert.ok(manifest.contributes.configuration.properties[key], key);
    assert.equal(virtualWorkspaces?.supported, 'limited');
    assert.ok(text(virtualWorkspaces.description));
  });

  it('gives every view and view container an icon that exists', () => {
    const views = Object.values(manifest.contributes.views).flat() as { id: string; icon?: string }[];
    for (const v of [...views, ...manifest.contributes.viewsContainers.activitybar]) {
      assert.ok(v.icon, `${v.id} has no icon`);
      assert.ok(existsSync(join(root, v.icon)), `${v.icon} is missing`);
    }
  });

  it('describes every setting', () => {
    for (const [key, prop] of Object.entries<{ description?: string; markdownDescription?: string }>(manifest.contributes.configuration.properties)) {
      assert.ok(text(prop.description ?? prop.markdownDescription), `${key} has no description`);
    }
  });

  it('resolves every %placeholder% through package.nls.json', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    for (const key of keys) assert.ok(nls[key], `package.nls.json has no "${key}"`);
  });

  it('activates on markdown (completions), after start-up (the 1:1s-due status bar), and otherwise lets VS Code derive events from contributions', () => {
    // Snippets and completion providers are not activation events of their own; the status bar
    // scans the notes a moment after start-up, so it needs onStartupFinished (never `*`).
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onStartupFinished']);
  });

  it('contributes the prep-memory commands and settings with their contract ids and defaults', () => {
    const byId = new Map(commands.map((c) => [c.command, c]));
    assert.equal(text(byId.get('twoHats.addTalkingPoint')?.title), 'Add to Next 1:1');
    assert.equal(text(byId.get('twoHats.copyShareableNote')?.title), 'Copy Shareable Note');
    const props = manifest.contributes.configuration.properties;
    assert.equal(props['twoHats.git.sinceLastOneOnOne'].default, false);
    assert.match(text(props['twoHats.git.sinceLastOneOnOne'].markdownDescription) ?? '', /local history/);
    assert.equal(props['twoHats.statusBar.enabled'].default, true);
    const context = manifest.contributes.menus['editor/context'] as { command: string; when?: string }[];
    assert.equal(context.find((m) => m.command === 'twoHats.addTalkingPoint')?.when, 'editorHasSelection && workspaceFolderCount > 0');
  });

  it('contributes the Decisions view, its commands and settings with their contract ids and defaults (issue 24)', () => {
    const byId = new Map(commands.map((c) => [c.command, c]));
    const decisions = (manifest.contributes.views.twoHats as { id: string; type?: string; name: string }[]).find((v) => v.id === VIEWS.decisions);
    assert.equal(VIEWS.decisions, 'twoHats.decisions');
    assert.ok(decisions, 'twoHats.decisions is a view of the Two Hats container');
    assert.equal(decisions.type ?? 'tree', 'tree');
    assert.equal(text(decisions.name), 'Decisions');
    assert.equal(text(byId.get('twoHats.showDecisions')?.title), 'Show Decisions');
    assert.equal(text(byId.get('twoHats.copyDecisionLog')?.title), 'Copy Decision Log');
    const welcome = (manifest.contributes.viewsWelcome as { view: string; contents: string }[]).find((w) => w.view === VIEWS.decisions);
    assert.match(text(welcome?.contents) ?? '', /twoHats\.designDocs/);
    const props = manifest.contributes.configuration.properties;
    assert.equal(props['twoHats.decisions.revisitAfterMonths'].default, 0);
    assert.equal(props['twoHats.decisions.revisitAfterMonths'].minimum, 0);
    assert.equal(props['twoHats.decisionLinks.enabled'].default, true);
  });

  it('shows the Decisions welcome ("no design docs found") only after the view\'s first load, never while it is still reading', () => {
    const welcome = (manifest.contributes.viewsWelcome as { view: string; when?: string }[]).filter((w) => w.view === VIEWS.decisions);
    assert.deepEqual(welcome.map((w) => w.when), [CONTEXT_KEYS.decisionsLoaded]);
    assert.equal(CONTEXT_KEYS.decisionsLoaded, 'twoHats.decisionsLoaded');
    assert.match(src, /executeCommand\('setContext', CONTEXT_KEYS\.decisionsLoaded, true\)/, 'the view sets the key');
  });

  it('pins @types/vscode to the engine floor', () => {
    assert.equal(manifest.devDependencies['@types/vscode'].replace(/^[\^~]/, ''), manifest.engines.vscode.replace(/^[\^~]/, ''));
  });
});
