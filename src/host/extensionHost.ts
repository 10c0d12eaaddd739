/**
 * Which extension host runs Two Hats. The browser bundle (dist/web/extension.js, run by VS Code
 * for the Web in a web worker) is built with `TWO_HATS_WEB` defined as `true` (esbuild.mjs); the
 * Node bundle and the unit tests leave it undefined. Features that need Node (the built-in Git
 * extension's API runs only in a Node extension host) ask here and say so in one line.
 */
declare const TWO_HATS_WEB: boolean | undefined;

/** True in VS Code for the Web (vscode.dev, github.dev, a browser-only code-server window). */
export const inWebWorkerHost: boolean = typeof TWO_HATS_WEB !== 'undefined' && TWO_HATS_WEB === true;
