import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import type { LoadResult } from '../../src/corpus/types.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { analysedHere, defaultWorkerCount, workersFor } from '../../src/index/buildInWorkers.js';
import { batchesOf } from '../../src/index/analysisPool.js';

let shipped: LoadResult;
/** The shipped articles six times under new ids: several batches, for the workers and for this thread. */
let load: LoadResult;
beforeAll(async () => {
  shipped = await readCorpus('corpus');
  load = { articles: [0, 1, 2, 3, 4, 5].flatMap((i) => shipped.articles.map((a) => ({ ...a, id: `${a.id}~${i}`, file: `${a.file}~${i}` }))), warnings: [] };
});

/** Everything a knowledge base holds, as plain data. */
function contents(kb: KnowledgeBase) {
  return { sentences: kb.sentences, quotes: kb.quotes, events: kb.events, index: kb.index.toJSON() };
}

describe('KnowledgeBase.build on worker threads', () => {
  it('builds the same knowledge base as the build on this thread, from the shipped corpus', async () => {
    expect(batchesOf(load.articles).length).toBeGreaterThanOrEqual(6);
    const here = KnowledgeBase.fromLoad(load);
    const progress: number[] = [];
    const workers = await KnowledgeBase.build(load, { workers: 2, onProgress: (done) => progress.push(done) });
    expect(workers.analysisWorkers).toBe(2);
    expect(batchesOf(load.articles).some((_, b) => analysedHere(b, 2))).toBe(true);
    expect(here.analysisWorkers).toBe(0);
    expect(JSON.stringify(contents(workers))).toBe(JSON.stringify(contents(here)));
    expect(workers.sentences.map((s, i) => s.id - i).every((d) => d === 0)).toBe(true);
    expect(progress).toEqual(load.articles.map((_, i) => i + 1));
    for (const a of load.articles) expect(workers.sentenceIdsOf(a.id)).toEqual(here.sentenceIdsOf(a.id));
  });

  it('merges the batches in corpus order whatever the number of workers', async () => {
    const one = await KnowledgeBase.build(load, { workers: 1 });
    const three = await KnowledgeBase.build(load, { workers: 3 });
    expect(three.sentences.map((s) => s.text)).toEqual(one.sentences.map((s) => s.text));
    expect(three.quotes).toEqual(one.quotes);
    expect(three.events).toEqual(one.events);
  });

  it('reports the workers it used: none when this thread takes the only batch', async () => {
    expect(batchesOf(shipped.articles.slice(0, 2)).length).toBe(1);
    const kb = await KnowledgeBase.build({ articles: shipped.articles.slice(0, 2), warnings: [] }, { workers: 2 });
    expect(kb.analysisWorkers).toBe(0);
    expect(kb.sentences.length).toBeGreaterThan(0);
  });

  it('uses no workers for a small corpus, and one per free core but one for a large one', () => {
    expect(workersFor(shipped, 2, 2)).toBe(0);
    const big = { articles: Array.from({ length: 150 }, (_, i) => shipped.articles.map((a) => ({ ...a, id: `${a.id}~${i}` }))).flat(), warnings: [] };
    expect(workersFor(big, 1.8, 2)).toBe(1);
    expect(workersFor(big, 7.8, 8)).toBe(4);
    expect(workersFor(big, 2.5, 4)).toBe(2);
  });

  it('uses no workers when no core is idle beside this thread', async () => {
    const big = { articles: Array.from({ length: 150 }, (_, i) => shipped.articles.map((a) => ({ ...a, id: `${a.id}~${i}` }))).flat(), warnings: [] };
    expect(workersFor(big, 1.0, 2)).toBe(0);
    expect(workersFor(big, 0.2, 2)).toBe(0);
    expect(await defaultWorkerCount(shipped)).toBe(0);
  });
});
