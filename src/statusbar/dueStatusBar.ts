/**
 * The status-bar item "$(person) 2 1:1s due · 3 overdue": shown only while something is due today
 * or overdue (`twoHats.statusBar.enabled`, default on): 1:1s, and what the features' due sources
 * count (host/dueSources.ts: overdue commitments, decisions to revisit). Its tooltip lists them; a
 * click opens the panel on the most overdue person, else the first source's view. Started after
 * activation (never inside activate()), it reads the notes index then, again when notes or a source
 * change (debounced), and once a day after midnight. It never scans: the index read what changed.
 */
import * as vscode from 'vscode';
import { INTERNAL_COMMANDS, SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { sameCommand } from '../core/sameCommand';
import { escapeMarkdown } from '../core/markdown/escapeMarkdown';
import { isDue } from '../core/people/cadence';
import { isoDate } from '../core/dates';
import type { Person } from '../core/people/person';
import { dueText } from '../host/personProfiles';
import type { DueReport } from '../host/dueSources';
import type { Services } from '../host/services';

const REFRESH_DELAY_MS = 500;

/** How long the last refresh took, from the start to the item shown (the bench reads it). */
export const lastRefresh = { ms: undefined as number | undefined };

export function registerDueStatusBar(services: Services): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('twoHats.due', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Two Hats: 1:1s due');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let midnight: ReturnType<typeof setTimeout> | undefined;
  let run = 0;
  let lastReports: readonly DueReport[] = [];

  const enabled = () => vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(SETTINGS.statusBarEnabled, true) !== false;

  async function refresh(): Promise<void> {
    const mine = ++run;
    if (!enabled() || !vscode.workspace.workspaceFolders?.length || !services.notes.root()) {
      item.hide();
      return;
    }
    const today = isoDate(new Date());
    const started = performance.now();
    const asked = Promise.all(services.dueSources.map((source) => source.due(today).catch((error: Error) => {
      services.log.error(`Counting what is due failed: ${error.message}`);
      return undefined;
    })));
    const people = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading 1:1 notes') },
      async () => services.profiles.withDue((await services.notes.people(today, services.state.personNames())).people, today));
    if (mine !== run) return;
    const due = people.filter(isDue);
    // The 1:1s at once, with what the other sources said last time: a source that reads every note
    // (the commitments' first build on a large folder) never holds the item back.
    show(due, lastReports);
    const reports = (await asked).filter((r): r is DueReport => r !== undefined && r.count > 0);
    if (mine !== run) return;
    lastReports = reports;
    show(due, reports);
    lastRefresh.ms = performance.now() - started;
  }

  /** Sets the click's command only when it changed: each assignment re-registers it (sameCommand). */
  function setCommand(command: vscode.Command | undefined): void {
    if (!sameCommand(item.command as vscode.Command | undefined, command)) item.command = command;
  }

  function show(due: readonly Person[], others: readonly DueReport[]): void {
    if (due.length === 0 && others.length === 0) {
      item.hide();
      return;
    }
    const parts = [...(due.length > 0 ? [due.length === 1 ? vscode.l10n.t('1 1:1 due') : vscode.l10n.t('{0} 1:1s due', due.length)] : []), ...others.map((r) => r.short)];
    item.text = `$(person) ${parts.join(' · ')}`;
    const tooltip: string[] = [];
    if (due.length > 0) tooltip.push(vscode.l10n.t('**Two Hats: 1:1s due**'), '', ...due.map((p) => `- ${escapeMarkdown(p.name)}: ${dueText(p.overdue!)}`), '');
    for (const r of others) tooltip.push(r.title, '', ...r.lines, '');
    if (due.length > 0) {
      tooltip.push(vscode.l10n.t('Click to open the panel on {0}.', escapeMarkdown(due[0]!.name)));
      setCommand({ title: vscode.l10n.t('Open the panel on {0}', due[0]!.name), command: INTERNAL_COMMANDS.showPerson, arguments: [due[0]!.slug] });
    } else {
      setCommand(others.find((r) => r.command)?.command);
    }
    item.tooltip = new vscode.MarkdownString(tooltip.join('\n'));
    item.accessibilityInformation = { label: `${parts.join(', ')}: ${due.map((p) => `${p.name}, ${dueText(p.overdue!)}`).join('; ')}` };
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
    ...services.dueSources.map((source) => source.onDidChange(schedule)),
  ];
  return { dispose: () => { clearTimeout(timer); clearTimeout(midnight); for (const d of disposables) d.dispose(); } };
}
