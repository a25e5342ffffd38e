/** A CPU profile of a function run in this process (node:inspector), summarised by function: self and inclusive time. */
import { Session } from 'node:inspector/promises';
import { relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ProfileLine {
  fn: string;
  /** Time in the function itself (ms). */
  self: number;
  /** Time in the function and what it called (ms), recursion counted once. */
  total: number;
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '');
  const file = url.startsWith(ROOT) ? relative(ROOT, url) : url.split('/').pop();
  return `${n.callFrame.functionName || '(anonymous)'}${file ? ` (${file})` : ''}`;
};

/** Runs `fn` under the sampling profiler; returns its result and the top `top` functions whose label matches `keep`, by self time. */
export async function profile<T>(fn: () => T, keep: RegExp, top = 12): Promise<{ result: T; lines: ProfileLine[]; ms: number }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const t = performance.now();
  let result: T;
  try {
    result = fn();
  } catch (e) {
    await session.post('Profiler.stop');
    session.disconnect();
    throw e;
  }
  const took = performance.now() - t;
  const { profile: p } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = new Map<number, Node>((p.nodes as Node[]).map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map<number, number>();
  p.samples!.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (p.timeDeltas![i] ?? 0)));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of sampled) {
    const n = nodes.get(id)!;
    self.set(label(n), (self.get(label(n)) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(nodes.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + us);
    }
  }
  const lines = [...self]
    .filter(([l]) => keep.test(l))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ fn, self: us / 1000, total: (total.get(fn) ?? us) / 1000 }));
  return { result, lines, ms: took };
}
