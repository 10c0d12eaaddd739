/**
 * The panel's hat balance and reflections: sends the `hatBalance` and `reflections` messages and
 * handles the reflection actions. The provider calls it after each prep and on each notes change;
 * it re-sends the balance itself when `twoHats.hatBalance.nudgeAfter` changes.
 */
import * as vscode from 'vscode';
import { COMMANDS, SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { REFLECTIONS_FOLDER } from '../core/notes/noteNames';
import { isoDate } from '../core/dates';
import { HAT_BALANCE_MEETINGS, type FromWebview, type MeetingMixView, type ToWebview } from '../core/panel/protocol';
import { hatBalance, recentReflections } from '../host/hatBalance';
import type { MeetingMix } from '../host/hatHistory';
import { openNoteAt } from '../host/noteWriter';
import type { Services } from '../host/services';

function view(m: MeetingMix): MeetingMixView {
  return { date: m.date, label: (m.title ?? m.fileName).slice(0, 200), ...(m.prompts === 'none' ? {} : { prompts: m.prompts }) };
}

/** The `hatBalance` message: the person's last 1:1s, the last design reviews, and the nudge when it applies. */
export async function hatBalanceMessage(services: Services, person: string | undefined): Promise<Extract<ToWebview, { type: 'hatBalance' }>> {
  const balance = await hatBalance(services, person, HAT_BALANCE_MEETINGS);
  const { nudge } = balance;
  return {
    type: 'hatBalance', ...(person ? { person } : {}), meetings: balance.meetings.map(view), reviews: balance.reviews.map(view),
    ...(nudge ? { nudge: { used: nudge.used, suggest: nudge.suggest, meetings: nudge.meetings, ids: nudge.prompts.map((p) => p.id) } } : {}),
  };
}

/** The `reflections` message: this month's reflection notes and the two months' before, with their shifts. */
export async function reflectionsMessage(services: Services, today: string): Promise<Extract<ToWebview, { type: 'reflections' }>> {
  return { type: 'reflections', notes: (await recentReflections(services, today)).slice(0, 60) };
}

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
