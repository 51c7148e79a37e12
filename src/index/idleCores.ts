import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How many cores sat idle over the next `sampleMs` (0 … number of cores), from the kernel's
 * per-core time counters. Unlike the load average this says what is free now, and this thread,
 * which waits while it samples, does not count itself as busy.
 */
export async function idleCores(sampleMs = 100): Promise<number> {
  const before = cpus();
  await sleep(sampleMs);
  const after = cpus();
  let idle = 0;
  after.forEach((core, i) => {
    const was = before[i];
    if (!was) return;
    const total = sum(core.times) - sum(was.times);
    if (total > 0) idle += Math.min(1, Math.max(0, (core.times.idle - was.times.idle) / total));
  });
  return idle;
}

function sum(t: { user: number; nice: number; sys: number; idle: number; irq: number }): number {
  return t.user + t.nice + t.sys + t.idle + t.irq;
}
