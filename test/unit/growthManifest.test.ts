import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, SETTINGS, VIEWS } from '../../src/core/ids';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const text = (value: string | undefined) => (value?.match(/^%(.+)%$/) ? nls[value.slice(1, -1)] : value);

describe('package.json manifest: growth (issue 23)', () => {
  it('contributes the growth commands with their contract ids and titles, in the palette and the editor menu', () => {
    const titles = new Map((manifest.contributes.commands as { command: string; title: string }[]).map((c) => [c.command, text(c.title)]));
    assert.deepEqual([COMMANDS.addGoal, COMMANDS.logWin, COMMANDS.logFeedback, COMMANDS.reviewEvidence].map((id) => [id, titles.get(id)]), [
      ['twoHats.addGoal', 'Add Goal'], ['twoHats.logWin', 'Log a Win'], ['twoHats.logFeedback', 'Log Feedback'], ['twoHats.reviewEvidence', 'Assemble Review Evidence'],
    ]);
    const context = (manifest.contributes.menus['editor/context'] as { command: string; when?: string }[]).map((m) => m.command);
    for (const id of ['twoHats.logWin', 'twoHats.logFeedback']) assert.ok(context.includes(id), id);
    const palette = (manifest.contributes.menus.commandPalette as { command: string }[]).map((m) => m.command);
    for (const id of ['twoHats.addGoal', 'twoHats.logWin', 'twoHats.logFeedback', 'twoHats.reviewEvidence']) assert.ok(palette.includes(id), id);
  });

  it('contributes twoHats.goals.staleAfterWeeks (default 6, 0 turns it off) and the Team tree view with its evidence action', () => {
    const prop = manifest.contributes.configuration.properties[`twoHats.${SETTINGS.goalsStaleAfterWeeks}`];
    assert.deepEqual([prop.type, prop.default, prop.minimum], ['integer', 6, 0]);
    assert.match(text(prop.markdownDescription) ?? '', /`0` turns it off/);
    const team = (manifest.contributes.views.twoHats as { id: string; type?: string; name: string }[]).find((v) => v.id === VIEWS.team);
    assert.equal(VIEWS.team, 'twoHats.team');
    assert.ok(team && team.type === undefined, 'a native tree view');
    assert.equal(text(team.name), 'Team');
    const item = manifest.contributes.menus['view/item/context'] as { command: string; when: string }[];
    assert.ok(item.some((m) => m.command === 'twoHats.reviewEvidence' && m.when.includes('view == twoHats.team')));
  });
});
