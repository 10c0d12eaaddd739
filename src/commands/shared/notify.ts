/**
 * Every notification and message dialog the commands show goes through here: shown to the user and kept in a short
 * in-memory list, which the integration tests read (TwoHatsApi.recentMessages) to check that a
 * failure was said truthfully. Nothing is stored or sent anywhere.
 */
import * as vscode from 'vscode';

const KEEP = 50;
const recent: string[] = [];

function remember(level: 'error' | 'warning' | 'info', text: string): void {
  recent.push(`${level}: ${text}`);
  if (recent.length > KEEP) recent.shift();
}

export function sayError(text: string, ...items: string[]): Thenable<string | undefined> {
  remember('error', text);
  return vscode.window.showErrorMessage(text, ...items);
}

export function sayWarning(text: string, ...items: string[]): Thenable<string | undefined> {
  remember('warning', text);
  return vscode.window.showWarningMessage(text, ...items);
}

export function sayInfo(text: string, ...items: string[]): Thenable<string | undefined> {
  remember('info', text);
  return vscode.window.showInformationMessage(text, ...items);
}

/** A modal dialog with `detail` under its message and buttons `items`; the answer, or undefined when dismissed. */
export function askModal(text: string, detail: string, ...items: string[]): Thenable<string | undefined> {
  remember('info', text);
  return vscode.window.showInformationMessage(text, { modal: true, detail }, ...items);
}

/** The last notifications, oldest first, as `level: text`. */
export function recentMessages(): readonly string[] {
  return [...recent];
}
