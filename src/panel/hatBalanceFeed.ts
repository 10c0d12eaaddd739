/**
 * The panel's hat balance and reflections: sends the `hatBalance` and `reflections` messages and
 * handles the reflection actions. The provider calls it after each prep and on each notes change;
 * it re-sends the balance itself when `twoHats.hatBalance.nudgeAfter` changes.
 */
import * as vscode from 'vscode';
import { COMMANDS, SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { isoDate, REFLECTIONS_FOLDER } from '../core/notes/noteNames';
import type { FromWebview, ToWebview } from '../core/panel/protocol';
import { hatBalanceMessage, reflectionsMessage } from '../host/hatBalance';
import { openNoteAt } from '../host/noteWriter';
import type { Services } from '../host/services';

export class HatBalanceFeed implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly services: Services,
    private readonly post: (message: ToWebview) => void,
    private readonly person: () => string | undefined,
    private readonly ready: () => boolean,
  ) {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.hatBalanceNudgeAfter}`)) void this.sendBalance();
    }));
  }

  /** The selected person's last 1:1s and the last reviews, each with its hat mix. */
  async sendBalance(): Promise<void> {
    if (!this.ready()) return;
    try {
      this.post(await hatBalanceMessage(this.services, this.person()));
    } catch (error) {
      this.services.log.error(`Hat balance failed: ${(error as Error).stack ?? error}`);
    }
  }

  async sendReflections(): Promise<void> {
    if (!this.ready()) return;
    try {
      this.post(await reflectionsMessage(this.services, isoDate(new Date())));
    } catch (error) {
      this.services.log.error(`Reflections failed: ${(error as Error).stack ?? error}`);
    }
  }

  async handle(message: Extract<FromWebview, { type: 'startReflection' | 'openReflection' }>): Promise<void> {
    if (message.type === 'startReflection') {
      await vscode.commands.executeCommand(COMMANDS.startReflection);
      return this.sendReflections();
    }
    const uri = this.services.notes.uriOf(`${REFLECTIONS_FOLDER}/${message.fileName}`);
    if (uri) await openNoteAt(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
