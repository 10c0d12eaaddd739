/**
 * Entry point for @vscode/test-web (`npm run test:web`): runs test/web/suite.ts with mocha's
 * browser build inside VS Code for the Web's web worker extension host. esbuild.mjs bundles it
 * for the browser (out/test/web/index.js); it needs a machine where @vscode/test-web can download
 * VS Code and its Chromium (not this one: here test/e2e/web.e2e.test.mjs runs the web-only VSIX in
 * code-server's web worker extension host instead).
 */
import 'mocha/mocha.js';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: 'bdd'; reporter: undefined; timeout: number }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 20_000 });
  // Registers the suite's describe/it blocks now that mocha's globals exist.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- after setup, by design
  require('./suite');
  return new Promise((ok, fail) => mocha.run((failures) => (failures ? fail(new Error(`${failures} test(s) failed`)) : ok())));
}
