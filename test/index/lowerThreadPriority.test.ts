import { readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

describe('lowerThreadPriority', () => {
  it.runIf(process.platform === 'linux')('lowers the calling worker thread only, not its process', async () => {
    const mainTid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    const mainBefore = getPriority(mainTid);
    const api = new URL('../../src/index/lowerThreadPriority.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const code = `const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(tsx)}).then((t) => t.register()).then(() => import(${JSON.stringify(api)})).then((m) => {
        const lowered = m.lowerThreadPriority();
        const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
        parentPort.postMessage({ lowered, priority: require('node:os').getPriority(tid) });
      });`;
    const reply = await new Promise<{ lowered: boolean; priority: number }>((resolve, reject) => {
      const w = new Worker(code, { eval: true });
      w.once('message', (m) => {
        resolve(m as { lowered: boolean; priority: number });
        void w.terminate();
      });
      w.once('error', reject);
    });
    expect(reply.lowered).toBe(true);
    expect(reply.priority).toBe(Math.max(10, mainBefore));
    expect(getPriority(mainTid)).toBe(mainBefore);
  });
});
