/**
 * Asking the panel to show a person (the status-bar item's click): the panel's UI state is
 * stored with that person on the prep tab, so a panel that opens later starts there, and a
 * panel already open is told. The panel provider stays the owner of its UI state.
 */
import * as vscode from 'vscode';
import { defaultUiState } from '../core/panel/uiState';
import type { HostState } from './hostState';

export class PersonFocus implements vscode.Disposable {
  private readonly requested = new vscode.EventEmitter<string>();
  /** Fires with the person's folder name after the request is stored. */
  readonly onDidRequest = this.requested.event;

  constructor(private readonly state: HostState) {}

  async show(slug: string): Promise<void> {
    const ui = this.state.panelUi() ?? defaultUiState;
    await this.state.setPanelUi({ ...ui, tab: 'prep', person: slug, savedAt: Date.now() });
    this.requested.fire(slug);
  }

  dispose(): void {
    this.requested.dispose();
  }
}
