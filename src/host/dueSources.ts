/**
 * What the status-bar item counts besides 1:1s: each feature with something due today (overdue
 * commitments, decisions to revisit) registers a source, and the item adds its count and its lines
 * to the tooltip. A source reads what it keeps (the notes index, its own cache), never scans.
 */
import type * as vscode from 'vscode';

export interface DueReport {
  /** How many things are due; 0 hides the source. */
  readonly count: number;
  /** The count in words for the item's text, after the 1:1s: `3 overdue`. */
  readonly short: string;
  /** The tooltip's heading for this source, already bold markdown or plain text. */
  readonly title: string;
  /** Tooltip lines, markdown, each already escaped by the source (at most a dozen). */
  readonly lines: readonly string[];
  /** What a click does when this source is the first with something due (no 1:1 due). */
  readonly command?: vscode.Command;
}

export interface DueSource {
  /** What is due on `today` (`YYYY-MM-DD`). */
  due(today: string): Promise<DueReport>;
  /** Fires when what is due may have changed. */
  readonly onDidChange: vscode.Event<void>;
}
