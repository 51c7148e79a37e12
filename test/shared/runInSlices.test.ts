import { describe, expect, it } from 'vitest';
import { runAll, runInSlices, yieldToEventLoop } from '../../src/shared/runInSlices.js';

/** Steps that each busy-wait `ms`, returning how many ran. */
function* busySteps(count: number, ms: number): Generator<void, number> {
  for (let i = 0; i < count; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // busy: no event loop turn unless the runner yields
    }
    yield;
  }
  return count;
}

describe('runInSlices', () => {
  it('returns the generator result and lets a timer run between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const result = await runInSlices(busySteps(40, 1), 5);
    clearInterval(timer);
    expect(result).toBe(40);
    // 40 ms of work in ~5 ms slices: the event loop got several turns.
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('runAll runs every step in one go (no event loop turn)', () => {
    let ran = false;
    setImmediate(() => (ran = true));
    expect(runAll(busySteps(3, 1))).toBe(3);
    expect(ran).toBe(false);
  });

  it('yieldToEventLoop lets pending immediates run first', async () => {
    let ran = false;
    setImmediate(() => (ran = true));
    await yieldToEventLoop();
    expect(ran).toBe(true);
  });
});
