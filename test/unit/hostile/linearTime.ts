/**
 * Timing helpers for the linear-time checks: the best of a few runs, in milliseconds of CPU time
 * this process spent (user + system, microsecond resolution on Linux). CPU time, not the wall
 * clock: a test run beside a busy build still measures what the parser costs, not the wait for a
 * core. It counts V8's compiler and collector threads too, so a caller measures more than once.
 */
export function timeOf(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    run();
    const spent = process.cpuUsage(start);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}

/** Times under this many milliseconds count as this many in a ratio. */
export const NOISE_FLOOR_MS = 2;

/**
 * Whether `run` grows linearly: the time for an input 4 times larger stays under `factor`
 * times the time for the smaller one (linear is about 4, quadratic about 16). Returns the
 * times, for the failure message.
 */
export function growth(make: (n: number) => string, run: (input: string) => unknown, n = 50_000): { small: number; large: number; ratio: number } {
  const smallInput = make(n);
  const largeInput = make(4 * n);
  run(smallInput);
  const small = timeOf(() => run(smallInput));
  const large = timeOf(() => run(largeInput));
  // Below 2 ms, garbage collection and the clock are most of what is measured: treat it as 2 ms.
  // A quadratic parser takes far longer than that at 50,000 characters, so nothing slow hides here.
  return { small, large, ratio: large / Math.max(small, NOISE_FLOOR_MS) };
}

/** A case is slow when 4 times the input takes more than this many times as long (linear is about 4, quadratic about 16)… */
export const SLOW_RATIO = 12;
/** …and the larger input takes at least this many milliseconds: a quadratic scan of 200,000 characters takes seconds, and under this the ratio of two small times is mostly noise. */
export const SLOW_MS = 60;

/**
 * The linear-time check of every parser of user text: times `run` on each filler at `n` and
 * `4 * n` (see `growth`) and returns one line per slow case, empty when all are linear. A case
 * is slow when the ratio is over `SLOW_RATIO` and the larger run takes `SLOW_MS` or more, in three
 * measurements in a row: a busy machine can slow one, a quadratic parser is slow every time.
 */
export function slowCases(fillers: Record<string, (n: number) => string>, run: (input: string) => unknown, n = 50_000): string[] {
  const slow: string[] = [];
  for (const [kind, make] of Object.entries(fillers)) {
    let verdict = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const { large, ratio } = growth(make, run, n);
      verdict = ratio > SLOW_RATIO && large >= SLOW_MS ? `${kind}: ${ratio.toFixed(1)}x the time for 4x the input, ${large.toFixed(1)} ms at n = ${(4 * n).toLocaleString('en')}` : '';
      if (!verdict) break;
    }
    if (verdict) slow.push(verdict);
  }
  return slow;
}

/** CPU time (ms) this process spent since `start` (a `process.cpuUsage()`): a busy machine's wait is not counted. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}
