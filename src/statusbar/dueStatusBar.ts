/**
 * The status-bar item "$(person) 2 1:1s due": shown only while at least one 1:1 is due today or
 * overdue (`twoHats.statusBar.enabled`, default on); its tooltip lists who, and a click opens the
 * panel on the most overdue person. Started after activation (never inside activate()), it scans
 * the notes folder then, again when notes change (debounced), and once a day after midnight.
 */
import * as vscode from 'vscode';
import { INTERNAL_COMMANDS, SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { escapeMarkdown } from '../core/markdown/escapeMarkdown';
import { isDue } from '../core/people/cadence';
import { isoDate } from '../core/dates';
import type { Person } from '../core/people/person';
import { dueText } from '../host/personProfiles';
import type { Services } from '../host/services';

const REFRESH_DELAY_MS = 500;

export function registerDueStatusBar(services: Services): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('twoHats.due', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Two Hats: 1:1s due');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let midnight: ReturnType<typeof setTimeout> | undefined;
  let run = 0;

  const enabled = () => vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(SETTINGS.statusBarEnabled, true) !== false;

  async function refresh(): Promise<void> {
    const mine = ++run;
    if (!enabled() || !vscode.workspace.workspaceFolders?.length || !services.notes.root()) {
      item.hide();
      return;
    }
    const today = isoDate(new Date());
    const people = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading 1:1 notes') },
      async () => services.profiles.withDue((await services.notes.people(today, services.state.personNames())).people, today));
    if (mine !== run) return;
    show(people.filter(isDue));
  }

  function show(due: readonly Person[]): void {
    if (due.length === 0) {
      item.hide();
      return;
    }
    item.text = `$(person) ${due.length === 1 ? vscode.l10n.t('1 1:1 due') : vscode.l10n.t('{0} 1:1s due', due.length)}`;
    item.tooltip = new vscode.MarkdownString([
      vscode.l10n.t('**Two Hats: 1:1s due**'),
      '',
      ...due.map((p) => `- ${escapeMarkdown(p.name)}: ${dueText(p.overdue!)}`),
      '',
      vscode.l10n.t('Click to open the panel on {0}.', escapeMarkdown(due[0]!.name)),
    ].join('\n'));
    item.command = { title: vscode.l10n.t('Open the panel on {0}', due[0]!.name), command: INTERNAL_COMMANDS.showPerson, arguments: [due[0]!.slug] };
    item.accessibilityInformation = { label: `${item.text.replace('$(person) ', '')}: ${due.map((p) => `${p.name}, ${dueText(p.overdue!)}`).join('; ')}` };
    item.show();
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh().catch((error: Error) => services.log.error(`Status bar refresh failed: ${error.message}`)), REFRESH_DELAY_MS);
  };
  // Due dates move at midnight: refresh then, and again every day.
  const atMidnight = () => {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 1);
    midnight = setTimeout(() => { schedule(); atMidnight(); }, next.getTime() - now.getTime());
  };
  atMidnight();
  schedule();

  const disposables = [
    item,
    services.notes.onDidChange(schedule),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.statusBarEnabled}`)) schedule();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(schedule),
  ];
  return { dispose: () => { clearTimeout(timer); clearTimeout(midnight); for (const d of disposables) d.dispose(); } };
}
