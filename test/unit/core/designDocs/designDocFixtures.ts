/** The design-doc template skeletons under test/fixtures/design-docs/, found by walking up from the test bundle. */
import { existsSync, readFileSync } from 'node:fs';
import { timeOf } from '../../hostile/linearTime';
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

/** Milliseconds of CPU time `run` takes, the best of `times` runs (see test/unit/hostile/linearTime.ts). */
export function bestTime(run: () => unknown, times = 3): number {
  return timeOf(run, times);
}
