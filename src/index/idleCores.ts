import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How many cores sat idle over the next `sampleMs` (0 … number of cores), from the kernel's
 * per-core time counters. Unlike the load average this says what is free now. This process does
 * not count itself as busy (its threads' CPU time counts as idle), so a sample taken while it works
 * — reads a corpus, on this thread and libuv's — says about the same as one taken while it waits
 * (BBC, quiet machine: 1.90-2.00 while reading against 1.68-1.95 with only one core's worth
 * counted, 2.00 waiting).
 */
export async function idleCores(sampleMs = 100): Promise<number> {
  const before = cpus();
  const ownBefore = process.cpuUsage();
  const start = performance.now();
  await sleep(sampleMs);
  const after = cpus();
  const own = process.cpuUsage(ownBefore);
  const elapsedMs = performance.now() - start;
  let idle = 0;
  after.forEach((core, i) => {
    const was = before[i];
    if (!was) return;
    const total = sum(core.times) - sum(was.times);
    if (total > 0) idle += Math.min(1, Math.max(0, (core.times.idle - was.times.idle) / total));
  });
  if (elapsedMs > 0) idle += (own.user + own.system) / 1000 / elapsedMs;
  return Math.min(after.length, idle);
}

function sum(t: { user: number; nice: number; sys: number; idle: number; irq: number }): number {
  return t.user + t.nice + t.sys + t.idle + t.irq;
}
