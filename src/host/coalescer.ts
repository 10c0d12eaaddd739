/**
 * Turns a burst of requests into few runs: a request waits `delayMs` for more to arrive, one run
 * happens at a time, and requests made during a run cause exactly one more run after it. A
 * thousand file events in a second give one or two refreshes, and the last run always starts
 * after the last request, so its result is the newest.
 */
export class Coalescer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private disposed = false;
  /** How many times `run` was called (for tests and the bench). */
  runs = 0;

  constructor(private readonly run: () => Promise<void>, private readonly delayMs: number, private readonly onError: (error: unknown) => void = () => undefined) {}

  request(): void {
    if (this.disposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.start(), this.delayMs);
  }

  /** Resolves once no run is pending or under way. */
  async idle(): Promise<void> {
    while (this.timer !== undefined || this.running) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, this.delayMs));
    }
  }

  private async start(): Promise<void> {
    this.timer = undefined;
    this.again = false;
    this.runs++;
    this.running = this.run().catch(this.onError);
    await this.running;
    this.running = undefined;
    if (this.again) this.request();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
