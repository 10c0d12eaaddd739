// Root hooks for the browser tests (mocha --require test/harness/mochaHooks.mjs): after the last
// file, stop the Chromium and code-servers the files shared, and say how many of each the run
// started (the cost the harness keeps low).
import { closeShared, startCountsLine } from './e2e.mjs';

export const mochaHooks = {
  async afterAll() {
    await closeShared();
    console.log(`\n${startCountsLine()}`);
  },
};
