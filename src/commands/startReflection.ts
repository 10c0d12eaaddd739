/**
 * Two Hats: Start Reflection — writes this month's `<notes>/reflections/YYYY-MM.md` from the
 * reflection template: every shift from manager to leader with its reflection questions. Never
 * overwrites: when this month's note exists it offers to open it or create `YYYY-MM-2.md`.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { isoDate } from '../core/dates';
import { renderReflection } from '../core/hatBalance/reflection';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { createDatedNote, ifExistsArg, noteLabels, type IfExists } from './shared/createDatedNote';
import { warnNoFolder } from './shared/noteDialogs';
import { sayError } from './shared/notify';

export async function startReflection(services: Services, ifExists?: IfExists): Promise<vscode.Uri | undefined> {
  if (!services.notes.root()) return warnNoFolder();
  const date = isoDate(new Date());
  return createDatedNote(services, {
    target: { kind: 'reflection' }, date, ifExists,
    async render() {
      const c = await services.content.get();
      const template = c.templates.find((t) => t.for === 'reflection');
      if (!template) {
        void sayError(vscode.l10n.t('No reflection template is loaded.'));
        return undefined;
      }
      return renderReflection(template, c.transitions, date.slice(0, 7), noteLabels(c));
    },
  });
}

export function registerStartReflection(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.startReflection, (arg?: unknown) => {
    // The palette passes nothing; scripts may pass { ifExists: 'open' | 'new' }.
    const o = (arg && typeof arg === 'object' ? arg : {}) as Record<string, unknown>;
    return startReflection(services, ifExistsArg(o.ifExists));
  });
}
