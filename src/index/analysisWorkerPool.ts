import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { AnalysisControl } from './analysisProtocol.js';
import { spawnAnalysisWorker } from './spawnAnalysisWorker.js';

/**
 * Analysis workers kept between builds, so that a rebuild (`/reload`) does not start its workers
 * cold. A fresh worker spends ~0.7-0.9 s before its first batch of a BBC build and runs code V8
 * has not optimised yet (~1.4 s of compiling on the machine's cores); a kept one has its code
 * warm. It does not keep what it read: after a build it drops its wink-nlp instance and its
 * strings (`release`), and the next build starts it on a fresh instance (`prepare`), so it
 * analyses exactly as a fresh worker would (the same knowledge base, build after build). Idle,
 * it holds its isolate and a collected heap (a bot with BBC: ~45 MB more RSS 8 s after its load,
 * ~25 MB a minute later) and does not keep the process alive. At most as many are kept as a
 * build used, and never more than one per core beside this thread's (two builds at once, each
 * with its own workers, do not leave twice as many idle).
 */
const idle: Worker[] = [];
/** Workers this pool started: only they are kept (a test's stand-ins and tsx-started workers are not). */
const ours = new WeakSet<Worker>();

/** A kept worker, prepared for a new build, or a new one. */
export function takeAnalysisWorker(): Worker {
  const kept = idle.pop();
  if (kept) {
    kept.ref();
    control(kept, 'prepare');
    return kept;
  }
  const worker = spawnAnalysisWorker();
  ours.add(worker);
  // For its whole life, not only while a build listens: an 'error' nobody listens to would be
  // thrown (a worker taken early, before its build attaches, or one kept idle).
  const drop = () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  };
  worker.on('error', drop).on('exit', drop);
  return worker;
}

/**
 * Hands back a worker a build is done with: `healthy` means it answered every batch it was given
 * (nothing in flight, no error), so it can serve the next build; otherwise, or when this pool
 * did not start it, it ends.
 */
export async function returnAnalysisWorker(worker: Worker, healthy: boolean): Promise<void> {
  if (!healthy || !ours.has(worker) || idle.length >= MAX_KEPT) {
    await worker.terminate();
    return;
  }
  control(worker, 'release');
  worker.unref();
  idle.push(worker);
}

const MAX_KEPT = Math.max(1, availableParallelism() - 1);

/** Ends the kept workers (tests; a process that wants to free their memory). */
export async function endIdleAnalysisWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((w) => w.terminate()));
}

/** How many workers are kept now. */
export function idleAnalysisWorkers(): number {
  return idle.length;
}

function control(worker: Worker, what: AnalysisControl['control']): void {
  const message: AnalysisControl = { control: what };
  worker.postMessage(message);
}
