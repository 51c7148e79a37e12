import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/shared/collectGarbage.js';

describe('collectGarbage', () => {
  it('collects an object nothing refers to any more, without --expose-gc', async () => {
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    let target: object | undefined = { payload: new Array(1000).fill('x') };
    const ref = new WeakRef(target);
    target = undefined;
    // A WeakRef's target is kept until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('leaves the flag unset: a context made later has no gc', async () => {
    const { runInNewContext } = await import('node:vm');
    collectGarbage(2);
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
