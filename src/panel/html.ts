/** The one function that builds the panel's HTML: strict CSP, fresh nonce, local assets only. */
import * as vscode from 'vscode';
import { jsonForHtml } from '../core/panel/htmlData';
import type { ToWebview } from '../core/panel/protocol';

export function createNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The page. `firstScreen` are the messages it would get first (init, people, prep), written into it
 * as a data block the page reads before anything else, so it paints them with its first frame; the
 * page validates them as it validates every message. The bundle is an ES module whose other tabs
 * load after the first paint (its imports inherit the nonce).
 */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: { nonce?: string; firstScreen?: readonly ToWebview[] } = {}): string {
  const nonce = options.nonce ?? createNonce();
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'webview', 'codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('media', 'panel.css')}">
<title>Two Hats</title>
</head>
<body>
<main id="app" aria-busy="true"></main>
${options.firstScreen ? `<script type="application/json" id="first-screen">${jsonForHtml(options.firstScreen)}</script>\n` : ''}<script type="module" nonce="${nonce}" src="${asset('dist', 'webview', 'webview.js')}"></script>
</body>
</html>`;
}

/** Only what the page loads: its bundle and codicons (dist/webview/) and its stylesheet (media/). */
export function panelResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}
