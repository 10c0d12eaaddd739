// First-party manners of package.json: icons, when clauses, settings, keyboard shortcuts. The
// shortcuts are also checked against VS Code's own defaults in a real VS Code (test/e2e/manners.e2e.test.mjs).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/core/ids';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const codicons = readFileSync(join(root, 'node_modules', '@vscode', 'codicons', 'dist', 'codicon.css'), 'utf8');
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

interface Menu { command: string; when?: string; group?: string }
const commands: { command: string; icon?: string }[] = manifest.contributes.commands;
const menus: Record<string, Menu[]> = manifest.contributes.menus;

/** Commands that write into the notes folder, so cannot work in a window without a workspace folder. */
const NEED_A_FOLDER = [COMMANDS.startOneOnOne, COMMANDS.startDesignReview, COMMANDS.addPerson, COMMANDS.startReflection, COMMANDS.hatReport, COMMANDS.addTalkingPoint, COMMANDS.startDocReview];
/** Commands that act on the active editor. */
const NEED_AN_EDITOR: Record<string, RegExp> = {
  [COMMANDS.insertPrompt]: /editorIsOpen/, [COMMANDS.insertChecklist]: /editorIsOpen/,
  [COMMANDS.startDocReview]: /editorLangId == markdown/, [COMMANDS.copyShareableNote]: /editorLangId == markdown/,
};

describe('first-party manners (package.json)', () => {
  it('gives every command an icon that exists in the codicons VS Code ships', () => {
    for (const c of commands) {
      const name = c.icon?.match(/^\$\(([\w-]+)\)$/)?.[1];
      assert.ok(name, `${c.command} has no codicon`);
      assert.match(codicons, new RegExp(`\\.codicon-${name}:before`), `${c.command}: $(${name}) is not a codicon`);
    }
  });

  it('hides a command in the palette where it cannot work: no workspace folder, no editor, not markdown', () => {
    const palette = new Map(menus.commandPalette!.map((m) => [m.command, m.when ?? '']));
    for (const id of NEED_A_FOLDER) assert.match(palette.get(id) ?? '', /workspaceFolderCount > 0/, id);
    for (const [id, re] of Object.entries(NEED_AN_EDITOR)) assert.match(palette.get(id) ?? '', re, id);
    // Every menu entry says where it shows.
    for (const [where, entries] of Object.entries(menus)) for (const m of entries) assert.ok(m.when, `${where}: ${m.command} has no when clause`);
  });

  it('describes each setting in markdown, in a fixed order, with a scope', () => {
    const props = Object.entries<{ markdownDescription?: string; order?: number; scope?: string }>(manifest.contributes.configuration.properties);
    assert.deepEqual(props.map(([, p]) => p.order), props.map((_, i) => i + 1));
    for (const [key, p] of props) {
      assert.ok(p.markdownDescription && nls[p.markdownDescription.slice(1, -1)], `${key}: markdownDescription`);
      assert.ok(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(p.scope ?? ''), `${key}: scope ${p.scope}`);
    }
    // A notes folder, packs and design-doc globs belong to a workspace folder; the status bar to the window.
    const scope = (k: string) => manifest.contributes.configuration.properties[`twoHats.${k}`].scope;
    assert.equal(scope('notesFolder'), 'resource');
    assert.equal(scope('statusBar.enabled'), 'window');
  });

  it('binds keys only to contributed commands, only where they work, on every platform', () => {
    const contributed = new Set(commands.map((c) => c.command));
    const keys: { command: string; key: string; mac?: string; when?: string }[] = manifest.contributes.keybindings;
    assert.ok(keys.length > 0);
    for (const k of keys) {
      assert.ok(contributed.has(k.command), k.command);
      assert.ok(k.when && /editorTextFocus/.test(k.when), `${k.command}: a shortcut works in an editor only`);
      assert.match(k.key, /^ctrl\+k [a-z]$/, `${k.command}: a Ctrl+K chord with a plain second key`);
      assert.equal(k.mac, k.key.replace('ctrl+', 'cmd+'), `${k.command}: the same chord on macOS`);
    }
  });
});
