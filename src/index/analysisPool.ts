import type { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import type { AnalysisReply, AnalysisRequest } from './analysisProtocol.js';
import type { PackedAnalyses } from './packedAnalysis.js';
import { analysedChars } from './analyseArticle.js';
import { returnAnalysisWorker, takeAnalysisWorker } from './analysisWorkerPool.js';

/** The workers could not do the job (failed to start, crashed, or an analysis threw there). */
export class AnalysisWorkersFailed extends Error {}

/** Articles per batch are chosen by text size: small enough to share the work evenly, big enough that messages stay few. */
const BATCH_CHARS = 20_000;
/** Batches posted ahead to each worker, so that it never waits for this thread between two. */
const IN_FLIGHT_PER_WORKER = 3;

export interface AnalysedBatch {
  articles: Article[];
  packed: PackedAnalyses;
  /** Which worker analysed it (0 to size - 1): its strings name those of that worker's earlier batches. */
  worker: number;
}

/** Consecutive articles cut into batches of about BATCH_CHARS of text. */
export function batchesOf(articles: readonly Article[], batchChars = BATCH_CHARS): Article[][] {
  const out: Article[][] = [];
  let current: Article[] = [];
  let chars = 0;
  for (const a of articles) {
    current.push(a);
    chars += analysedChars(a);
    if (chars >= batchChars) {
      out.push(current);
      current = [];
      chars = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Analyses batches of articles on `size` worker threads and yields them in the given order as
 * they complete. The workers end when the generator does (finished, failed or abandoned).
 *
 * Batches are dealt round-robin (worker k gets batches k, k + size, …) rather than to
 * whichever worker is free: wink-nlp's tokenizer caches the words it has seen and splits later
 * text differently once it knows a word ("Poor's" vs "Poor" + "'s"), so what a worker outputs
 * depends on what it analysed before. A fixed deal makes a build with the same number of workers
 * reproducible. The workers come from analysisWorkerPool (kept ones first) and go back to it.
 */
export async function* analyseInWorkers(batches: readonly Article[][], size: number, spawn: () => Worker = takeAnalysisWorker): AsyncGenerator<AnalysedBatch> {
  const done = new Map<number, PackedAnalyses>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const workers: Worker[] = [];
  const detach: (() => void)[] = [];
  /** Per worker: batches posted and not answered. */
  const inFlight: number[] = [];
  let received = 0;
  const fail = (e: Error) => {
    failure ??= new AnalysisWorkersFailed(`analysis worker failed: ${e.message}`);
    notify();
  };
  try {
    const count = Math.min(size, batches.length);
    for (let k = 0; k < count; k++) {
      let worker: Worker;
      try {
        worker = spawn();
      } catch (e) {
        throw new AnalysisWorkersFailed(`analysis worker could not start: ${(e as Error).message}`);
      }
      workers.push(worker);
      inFlight.push(0);
      // This worker's batches, posted a few at a time: posting them all at once would hold this
      // thread for the whole copy.
      let mine = k;
      const post = () => {
        if (mine >= batches.length) return;
        const request: AnalysisRequest = { batch: mine, articles: batches[mine]! };
        worker.postMessage(request);
        inFlight[k]!++;
        mine += count;
      };
      const onMessage = (reply: AnalysisReply) => {
        if (reply.error !== undefined) return fail(new Error(reply.error));
        inFlight[k]!--;
        done.set(reply.batch, reply.packed);
        received++;
        post();
        notify();
      };
      const onExit = (code: number) => {
        if (received < batches.length) fail(new Error(`exited with code ${code}`));
      };
      worker.on('message', onMessage).on('error', fail).on('exit', onExit);
      // Handed back to the pool afterwards without this build's listeners.
      detach.push(() => worker.off('message', onMessage).off('error', fail).off('exit', onExit));
      // A worker taken before the build (started early, or kept) may have ended meanwhile.
      if (worker.threadId === -1) fail(new Error('it had ended before the build'));
      for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) post();
    }
    for (let b = 0; b < batches.length; b++) {
      while (!done.has(b)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const packed = done.get(b)!;
      done.delete(b);
      yield { articles: batches[b]!, packed, worker: b % workers.length };
    }
  } finally {
    for (const off of detach) off();
    await Promise.all(workers.map((w, k) => returnAnalysisWorker(w, !failure && inFlight[k] === 0)));
  }
}
