import { afterAll, describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { prepareAnalysisWorkers, spawnAnalysisWorker } from '../../src/index/spawnAnalysisWorker.js';
import { AnalysisWorkersFailed, analyseInWorkers, batchesOf } from '../../src/index/analysisPool.js';
import { endIdleAnalysisWorkers, idleAnalysisWorkers, takeAnalysisWorker } from '../../src/index/analysisWorkerPool.js';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import type { Article } from '../../src/corpus/types.js';

/**
 * wink-nlp learns words as it reads: after "According to Standard & Poor's, …" it keeps "Poor's"
 * whole where a fresh instance splits "Poor" + "'s". Analysed in this order, a worker that kept
 * its wink instance from an earlier build would output the first article differently.
 */
const learning: Article[][] = [
  [{ id: 'sp500', file: 'sp500.txt', title: 'Wall Street swings', paragraphs: ["The mixed set of data on Friday led to volatile early trade, as the Dow Jones, Standard and Poor's 500, and Nasdaq swung between positive and negative territory."], extras: [] }],
  [{ id: 'rating', file: 'rating.txt', title: 'Remittances grow', paragraphs: ["According to Standard & Poor's, which has recently upgraded the country's sovereign debt rating, the rise in remittances helps protect the economy."], extras: [] }],
];

afterAll(endIdleAnalysisWorkers);

describe('analysisWorkerPool', () => {
  it('keeps a worker after a build and gives it to the next, which analyses as a fresh worker does', async () => {
    await prepareAnalysisWorkers();
    await endIdleAnalysisWorkers();
    const { articles } = await readCorpus('corpus');
    const batches = [...learning, ...batchesOf(articles, 4_000)];
    const used: Worker[] = [];
    const run = async (spawn: () => Worker) => {
      const out = [];
      for await (const b of analyseInWorkers(batches, 1, () => {
        const w = spawn();
        used.push(w);
        return w;
      })) {
        out.push(b.packed);
      }
      return out;
    };
    const first = await run(takeAnalysisWorker);
    expect(idleAnalysisWorkers()).toBe(1);
    // The kept worker has read the whole corpus once; the second build must not show it (wink-nlp
    // learns words as it reads, and its string table numbered them): the same output as a new worker.
    const second = await run(takeAnalysisWorker);
    expect(used[1]).toBe(used[0]);
    const fresh = await run(spawnAnalysisWorker);
    expect(used[2]).not.toBe(used[0]);
    expect(second).toEqual(first);
    expect(second).toEqual(fresh);
    expect(idleAnalysisWorkers()).toBe(1); // the fresh one, not the pool's, was ended
  }, 60_000);

  it('does not keep a worker whose build stopped with batches in flight', async () => {
    await endIdleAnalysisWorkers();
    const { articles } = await readCorpus('corpus');
    const batches = batchesOf(articles, 4_000);
    const analysis = analyseInWorkers(batches, 1, takeAnalysisWorker);
    await analysis.next(); // the first batch back, two more posted
    await analysis.return(undefined);
    expect(idleAnalysisWorkers()).toBe(0);
  }, 60_000);
});

describe('analyseInWorkers with a worker taken before its build', () => {
  it('fails (the caller builds on its own thread) instead of waiting for a worker that has ended', async () => {
    await prepareAnalysisWorkers();
    const { articles } = await readCorpus('corpus');
    const worker = spawnAnalysisWorker();
    await worker.terminate();
    const analysis = analyseInWorkers(batchesOf(articles, 4_000), 1, () => worker);
    await expect(analysis.next()).rejects.toThrow(AnalysisWorkersFailed);
  }, 30_000);

  it('does not hand out a kept worker that ended while idle', async () => {
    await endIdleAnalysisWorkers();
    const { articles } = await readCorpus('corpus');
    const used: Worker[] = [];
    for await (const _ of analyseInWorkers(batchesOf(articles, 4_000), 1, () => {
      used.push(takeAnalysisWorker());
      return used[0]!;
    })) {
      // drain
    }
    expect(idleAnalysisWorkers()).toBe(1);
    await used[0]!.terminate();
    expect(idleAnalysisWorkers()).toBe(0);
    const next = takeAnalysisWorker();
    expect(next).not.toBe(used[0]);
    await next.terminate();
  }, 60_000);
});
