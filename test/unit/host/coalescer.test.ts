import * as assert from 'node:assert/strict';
import { Coalescer } from '../../../src/host/coalescer';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('coalescing refreshes', () => {
  it('turns a burst of 1,000 requests into one or two runs, the last starting after the last request', async () => {
    let seen = 0;
    let latest = 0;
    let resultOfLastRun = -1;
    const coalescer = new Coalescer(async () => {
      const snapshot = latest;
      await sleep(20);
      resultOfLastRun = snapshot;
      seen++;
    }, 10);
    for (let i = 1; i <= 1000; i++) {
      latest = i;
      coalescer.request();
      if (i % 100 === 0) await sleep(1);
    }
    await coalescer.idle();
    assert.ok(coalescer.runs >= 1 && coalescer.runs <= 3, `${coalescer.runs} runs`);
    assert.equal(seen, coalescer.runs);
    assert.equal(resultOfLastRun, 1000, 'the newest state was not the last result');
  });

  it('runs once more when asked during a run, never twice at once', async () => {
    let running = 0;
    let most = 0;
    const coalescer = new Coalescer(async () => {
      running++;
      most = Math.max(most, running);
      await sleep(15);
      running--;
    }, 1);
    coalescer.request();
    await sleep(5);
    coalescer.request();
    coalescer.request();
    await coalescer.idle();
    assert.equal(most, 1);
    assert.equal(coalescer.runs, 2);
  });

  it('keeps working after a run fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const coalescer = new Coalescer(async () => { if (n++ === 0) throw new Error('boom'); }, 1, (e) => errors.push(e));
    coalescer.request();
    await coalescer.idle();
    coalescer.request();
    await coalescer.idle();
    assert.equal(coalescer.runs, 2);
    assert.equal(errors.length, 1);
  });
});
