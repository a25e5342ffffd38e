// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RunQueue, type CheckReason } from '../../src/content/run-queue.js';

/** A run that waits until the test lets it end. */
function gated() {
  const runs: CheckReason[] = [];
  const gates: (() => void)[] = [];
  const run = (reason: CheckReason) => {
    runs.push(reason);
    return new Promise<void>((resolve) => gates.push(resolve));
  };
  return { runs, run, release: () => gates.shift()?.() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RunQueue', () => {
  it('runs one check at a time and, for any number of requests during it, exactly one more afterwards', async () => {
    const g = gated();
    const q = new RunQueue(g.run, () => undefined, () => false);
    const first = q.request('load');
    expect(q.request('asked')).toBe(first);
    void q.request('reanchor');
    expect(g.runs).toEqual(['load']);
    g.release();
    await first;
    await tick();
    expect(g.runs).toEqual(['load', 'change']);
    g.release();
    await tick();
    expect(g.runs).toEqual(['load', 'change']);
  });

  it('settles only once the run asked for meanwhile has ended too', async () => {
    const g = gated();
    const q = new RunQueue(g.run, () => undefined, () => false);
    void q.request('change');
    void q.request('asked');
    let settled = false;
    void q.settled().then(() => (settled = true));
    g.release();
    await tick();
    // The first run ended; the one asked for meanwhile is running: not settled yet.
    expect(g.runs).toEqual(['change', 'change']);
    expect(settled).toBe(false);
    g.release();
    await tick();
    expect(settled).toBe(true);
  });

  it('hands a failure to onError and still runs the one asked for meanwhile', async () => {
    const errors: unknown[] = [];
    const runs: CheckReason[] = [];
    const q = new RunQueue(
      async (r) => {
        runs.push(r);
        if (r === 'load') throw new Error('boom');
      },
      (e) => errors.push(e),
      () => false,
    );
    const p = q.request('load');
    void q.request('asked');
    await expect(p).resolves.toBeUndefined();
    await tick();
    expect((errors[0] as Error).message).toBe('boom');
    expect(runs).toEqual(['load', 'change']);
  });

  it('starts no further run once stopped', async () => {
    const g = gated();
    let stopped = false;
    const q = new RunQueue(g.run, () => undefined, () => stopped);
    const p = q.request('load');
    void q.request('change');
    stopped = true;
    g.release();
    await p;
    await tick();
    expect(g.runs).toEqual(['load']);
  });
});
