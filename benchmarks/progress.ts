/**
 * Progress on a TTY while a corpus is indexed. The build is one synchronous call (the main thread
 * is blocked until it returns), so the bar is drawn by a worker thread writing straight to fd 2.
 * Its percentage and ETA come from an estimate (characters to analyse ÷ a measured rate), capped
 * at 99% until the build really ends; it is labelled "est." for that reason. Nothing is drawn for
 * builds shorter than one second, nor when stderr is not a terminal.
 */
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

const TICKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { label, estimateMs } = workerData;
const start = Date.now();
let drawn = false;
const draw = () => {
  const el = Date.now() - start;
  if (el < 1000) return;
  const frac = Math.min(0.99, el / Math.max(1, estimateMs));
  const width = 24;
  const full = Math.round(frac * width);
  const eta = Math.max(0, (estimateMs - el) / 1000);
  const line = label + ' [' + '#'.repeat(full) + '-'.repeat(width - full) + '] ' + Math.round(frac * 100) + '% (est.) ' + (el / 1000).toFixed(1) + ' s, ETA ~' + eta.toFixed(0) + ' s';
  try { fs.writeSync(2, '\\r\\x1b[K' + line); drawn = true; } catch {}
};
const timer = setInterval(draw, 200);
parentPort.on('message', () => {
  clearInterval(timer);
  if (drawn) try { fs.writeSync(2, '\\r\\x1b[K'); } catch {}
  parentPort.close();
});
`;

export interface Progress {
  stop(): Promise<void>;
}

const NONE: Progress = { stop: async () => {} };

/** Starts the bar (only on a TTY and when enabled). `estimateMs` drives the percentage and ETA. */
export async function startProgress(label: string, estimateMs: number, enabled: boolean): Promise<Progress> {
  if (!enabled || !process.stderr.isTTY) return NONE;
  const worker = new Worker(TICKER, { eval: true, workerData: { label, estimateMs } });
  await once(worker, 'online');
  return {
    stop: async () => {
      worker.postMessage('stop');
      await once(worker, 'exit');
    },
  };
}
