import { availableParallelism } from 'node:os';
import type { LoadResult } from '../corpus/types.js';
import { analyseInWorkers } from './analysisPool.js';
import { KnowledgeBaseBuilder } from './KnowledgeBaseBuilder.js';
import type { KnowledgeBaseParts } from './KnowledgeBase.js';
import { readPacked } from './packedAnalysis.js';

/** Below this much text, starting workers (a wink model each, ~0.3 s) costs more than it saves. */
const MIN_CHARS_FOR_WORKERS = 300_000;
const MAX_WORKERS = 4;

/**
 * How many analysis workers a build of `load` should use: 0 means analyse on this thread.
 * One core is left to this thread, which answers queries during a reload and indexes what the
 * workers send: on 2 cores, two workers beside it made queries wait over 50 ms (and the build
 * slower when anything else ran), one did not.
 */
export function defaultWorkerCount(load: LoadResult): number {
  let chars = 0;
  for (const a of load.articles) {
    chars += a.title.length;
    for (const p of a.paragraphs) chars += p.length;
    if (chars >= MIN_CHARS_FOR_WORKERS) return Math.max(1, Math.min(availableParallelism() - 1, MAX_WORKERS));
  }
  return 0;
}

/**
 * The knowledge base parts of `load`, analysed on `workers` threads. This thread only unpacks
 * and indexes, yielding to the event loop at least every `sliceMs`, so it stays free for queries.
 * Throws AnalysisWorkersFailed when the workers cannot do the job (the caller falls back).
 */
export async function buildInWorkers(
  load: LoadResult,
  workers: number,
  sliceMs: number,
  onProgress?: (done: number, total: number) => void,
): Promise<KnowledgeBaseParts> {
  const builder = new KnowledgeBaseBuilder(load);
  const total = load.articles.length;
  let done = 0;
  let sliceStart = performance.now();
  for await (const { articles, packed } of analyseInWorkers(load.articles, workers)) {
    builder.mergeStats(packed.stats);
    const columns = builder.columnsOf(packed.tokens);
    for (const article of readPacked(packed, articles.map((a) => a.id))) {
      builder.appendPacked(article, columns);
      onProgress?.(++done, total);
      if (performance.now() - sliceStart >= sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  }
  return builder.parts();
}
