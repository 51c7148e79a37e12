import { describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { EarlyWorkers } from '../../src/index/earlyWorkers.js';
import { idleCores } from '../../src/index/idleCores.js';
import { cpus } from 'node:os';

/** A stand-in worker that records whether it was terminated. */
function fakeWorker(log: string[], name: string): Worker {
  return { terminate: async () => (log.push(`terminated ${name}`), 0) } as unknown as Worker;
}

describe('EarlyWorkers', () => {
  it('hands out the workers it started and ends those nobody took', async () => {
    const log: string[] = [];
    let n = 0;
    const early = new EarlyWorkers(2, () => fakeWorker(log, `w${++n}`));
    await early.idle;
    expect(n).toBe(2);
    const taken = early.take();
    await early.release();
    expect(log).toEqual(['terminated w2']);
    await taken.terminate();
    expect(log).toEqual(['terminated w2', 'terminated w1']);
  });

  it('starts none when asked for none, and none after release', async () => {
    let n = 0;
    const none = new EarlyWorkers(0, () => (n++, fakeWorker([], 'x')));
    await none.release();
    const sampled = new EarlyWorkers(undefined, () => (n++, fakeWorker([], 'y')));
    await sampled.release();
    await sampled.idle;
    expect(n).toBe(0);
  });
});

describe('idleCores', () => {
  it('does not count this process as busy while it works', async () => {
    const sample = idleCores(100);
    const end = performance.now() + 100;
    while (performance.now() < end) {
      // busy, as while reading a corpus
    }
    const idle = await sample;
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(cpus().length);
  });
});
