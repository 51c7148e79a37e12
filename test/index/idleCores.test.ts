import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { idleCores } from '../../src/index/idleCores.js';

describe('idleCores', () => {
  it('says how many cores were idle, between none and all of them', async () => {
    const idle = await idleCores(50);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(availableParallelism());
  });
});
