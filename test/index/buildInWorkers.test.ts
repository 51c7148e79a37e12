import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import type { LoadResult } from '../../src/corpus/types.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { defaultWorkerCount } from '../../src/index/buildInWorkers.js';

let load: LoadResult;
beforeAll(async () => {
  load = await readCorpus('corpus');
});

/** Everything a knowledge base holds, as plain data. */
function contents(kb: KnowledgeBase) {
  return { sentences: kb.sentences, quotes: kb.quotes, events: kb.events, index: kb.index.toJSON() };
}

describe('KnowledgeBase.build on worker threads', () => {
  it('builds the same knowledge base as the build on this thread, from the shipped corpus', async () => {
    const here = KnowledgeBase.fromLoad(load);
    const progress: number[] = [];
    const workers = await KnowledgeBase.build(load, { workers: 2, onProgress: (done) => progress.push(done) });
    expect(workers.analysisWorkers).toBe(2);
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

  it('uses no workers for a small corpus, and some for a large one', () => {
    expect(defaultWorkerCount(load)).toBe(0);
    const big = { articles: Array.from({ length: 20 }, (_, i) => load.articles.map((a) => ({ ...a, id: `${a.id}~${i}` }))).flat(), warnings: [] };
    expect(defaultWorkerCount(big)).toBeGreaterThan(0);
  });
});
