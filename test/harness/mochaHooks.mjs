// Root hooks for the browser tests (mocha --require test/harness/mochaHooks.mjs): after the last
// file, say how many code-servers and Chromiums the run started, the cost the harness keeps low.
import { startCountsLine } from './e2e.mjs';

export const mochaHooks = {
  afterAll() {
    console.log(`\n${startCountsLine()}`);
  },
};
