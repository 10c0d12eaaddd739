/**
 * Entry point for @vscode/test-electron (`npm run test:electron`): runs the same compiled
 * suites that the code-server harness runs, inside a downloaded VS Code desktop.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: true });
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js'))) mocha.addFile(join(__dirname, f));
  return new Promise((ok, fail) => mocha.run((failures) => (failures ? fail(new Error(`${failures} test(s) failed`)) : ok())));
}
