/**
 * Two Hats: Show Decisions focuses the Decisions view; Copy Decision Log copies the decision log
 * as a markdown table (title with link, status, date, superseded by) for a README or a wiki.
 */
import * as vscode from 'vscode';
import { decisionLogTable } from '../core/decisions/decisionLogTable';
import { COMMANDS, VIEWS } from '../core/ids';
import { decisionLogLabels, type Decisions } from '../host/decisions';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayInfo, sayWarning } from './shared/notify';

/** Copies the decision log; returns the table copied, or undefined when there is no design doc. */
export async function copyDecisionLog(decisions: Decisions): Promise<string | undefined> {
  const snapshot = await decisions.current();
  if (snapshot.decisions.length === 0) {
    void sayWarning(vscode.l10n.t('No design docs found: the twoHats.designDocs setting lists where Two Hats looks for them.'));
    return undefined;
  }
  const table = decisionLogTable(snapshot.log, decisionLogLabels());
  await vscode.env.clipboard.writeText(table);
  void sayInfo(vscode.l10n.t('Copied the decision log: {0} docs.', snapshot.decisions.length));
  return table;
}

export function registerDecisionCommands(commands: CommandRegistry, decisions: Decisions): void {
  commands.register(COMMANDS.showDecisions, () => vscode.commands.executeCommand(`${VIEWS.decisions}.focus`));
  commands.register(COMMANDS.copyDecisionLog, () => copyDecisionLog(decisions));
}
