/**
 * One check at a time: a request while a check runs doesn't start a second one, it asks for one more run once the
 * current one ends (as a 'change': whatever asked, the page has moved on since). Pure timing, no DOM: tested alone.
 */
export type CheckReason = 'load' | 'change' | 'asked' | 'reanchor';

export class RunQueue {
  private running: Promise<void> | null = null;
  private again = false;

  /**
   * `run` does one check; `onError` hears its failure (the queue never rejects); `stopped` says the page's lifetime
   * ended, so no further run is started.
   */
  constructor(
    private readonly run: (reason: CheckReason) => Promise<void>,
    private readonly onError: (e: unknown) => void,
    private readonly stopped: () => boolean,
  ) {}

  /** Resolves once no check is running or due (one asked for meanwhile runs after the running one). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Runs a check now, or once more after the running one; resolves when the running one ends. */
  request(reason: CheckReason): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run(reason)
      .catch((e: unknown) => {
        this.onError(e);
      })
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped()) {
          this.again = false;
          void this.request('change');
        }
      });
    return this.running;
  }
}
