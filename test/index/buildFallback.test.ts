import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import type { LoadResult } from '../../src/corpus/types.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';

// Workers that cannot start, or that die: the build must still complete, on this thread.
const mode = vi.hoisted(() => ({ current: 'throw' as 'throw' | 'crash' }));
vi.mock('../../src/index/spawnAnalysisWorker.js', () => ({
  spawnAnalysisWorker: () => {
    if (mode.current === 'throw') throw new Error('worker threads unavailable');
    return new Worker('throw new Error("worker crashed")', { eval: true });
  },
  prepareAnalysisWorkers: async () => undefined,
}));

/** The shipped articles three times: several batches, some of them for the workers. */
let load: LoadResult;
beforeAll(async () => {
  const shipped = await readCorpus('corpus');
  load = { articles: [0, 1, 2].flatMap((i) => shipped.articles.map((a) => ({ ...a, id: `${a.id}~${i}`, file: `${a.file}~${i}` }))), warnings: [] };
});

describe('KnowledgeBase.build when workers fail', () => {
  it('falls back to this thread when a worker cannot start', async () => {
    mode.current = 'throw';
    const kb = await KnowledgeBase.build(load, { workers: 2 });
    expect(kb.analysisWorkers).toBe(0);
    const here = KnowledgeBase.fromLoad(load);
    expect(kb.sentences.map((s) => s.text)).toEqual(here.sentences.map((s) => s.text));
    expect(kb.quotes.length).toBe(here.quotes.length);
  });

  it('falls back to this thread when a worker crashes', async () => {
    mode.current = 'crash';
    const progress: number[] = [];
    const kb = await KnowledgeBase.build(load, { workers: 2, onProgress: (done) => progress.push(done) });
    expect(kb.analysisWorkers).toBe(0);
    expect(kb.sentences.length).toBe(KnowledgeBase.fromLoad(load).sentences.length);
    expect(progress.at(-1)).toBe(load.articles.length);
  });
});
