/** Two Hats: Validate Content Packs — reloads the team packs and reports what it found. */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayInfo, sayWarning } from './shared/notify';

export function registerValidateContent(commands: CommandRegistry, { content }: Services): void {
  commands.register(COMMANDS.validateContent, async () => {
    const stats = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Validating Two Hats content packs') },
      () => content.reload(),
    );
    if (stats.restricted) {
      void sayInfo(vscode.l10n.t('This workspace is in Restricted Mode: Two Hats does not read its team content packs until you trust it. The bundled content is in use.'));
    } else if (stats.problems === 0) {
      void sayInfo(stats.loaded === 0
        ? vscode.l10n.t('No team content packs found (setting twoHats.contentPacks). The bundled content is in use.')
        : vscode.l10n.t('{0} content pack(s) loaded, no problems.', stats.loaded));
    } else {
      const show = vscode.l10n.t('Show Problems');
      // Not awaited: the command's result (the counts) should not wait for the user.
      void sayWarning(
        vscode.l10n.t('{0} problem(s) in content packs: {1} pack(s) ignored, {2} loaded. The bundled content still loads.', stats.problems, stats.invalid, stats.loaded),
        show,
      ).then((answer) => answer === show && vscode.commands.executeCommand('workbench.actions.view.problems'));
    }
    return stats;
  });
}
