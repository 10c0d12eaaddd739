/**
 * Every notification the commands show goes through here: shown to the user and kept in a short
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

/** The last notifications, oldest first, as `level: text`. */
export function recentMessages(): readonly string[] {
  return [...recent];
}
