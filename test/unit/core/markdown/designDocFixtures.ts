/** The design-doc template skeletons under test/fixtures/design-docs/, found by walking up from the test bundle. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function fixturesDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'fixtures', 'design-docs');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`no test/fixtures/design-docs above ${from}`);
  }
}

export function designDoc(name: string): string {
  return readFileSync(join(fixturesDir(__dirname), name), 'utf8');
}

/** Milliseconds `run` takes, the best of `times` runs (the least disturbed by a busy machine). */
export function bestTime(run: () => unknown, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
