/**
 * Gives every surface the current content set. The bundled set was validated at build time
 * (dist/content.json), so loading it is one file read and one JSON.parse, done on first use.
 */
import * as vscode from 'vscode';
import type { ContentSet } from '../content/contentSet';

export class ContentService implements vscode.Disposable {
  private loading: Promise<ContentSet> | undefined;
  private readonly changed = new vscode.EventEmitter<ContentSet>();
  /** Fires when the content set is replaced (team packs reloaded). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): Promise<ContentSet> {
    this.loading ??= this.loadBundled();
    return this.loading;
  }

  private async loadBundled(): Promise<ContentSet> {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'content.json'));
    return JSON.parse(new TextDecoder().decode(bytes)) as ContentSet;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
