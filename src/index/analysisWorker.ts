/**
 * Worker thread entry: analyses batches of articles (wink-nlp, quotes, dated events) and posts
 * them back packed. Started by spawnAnalysisWorker; one wink model per worker, loaded on first use.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import { analyseArticle } from './analyseArticle.js';
import { packAnalyses, transferablesOf } from './packedAnalysis.js';
import type { AnalysisReply, AnalysisRequest } from './analysisProtocol.js';
import { lowerThreadPriority } from './lowerThreadPriority.js';
import { nlp } from '../nlp/wink.js';
import { StringTable } from './batchStrings.js';

const port = parentPort;
if (!port) throw new Error('analysisWorker runs only as a worker thread');
// The main thread answers queries while a reload builds: the worker yields the CPU to it.
lowerThreadPriority();

/** This worker's strings, sent once each (it serves one build: see batchStrings.ts). */
const table = new StringTable();

port.on('message', ({ batch, articles }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    const packed = packAnalyses(
      articles.map((a: Article) => analyseArticle(a)),
      table,
    );
    reply = { batch, packed };
    port.postMessage(reply, transferablesOf(packed));
  } catch (e) {
    reply = { batch, error: (e as Error).stack ?? String(e) };
    port.postMessage(reply);
  }
});

// The model loads now, while the main thread may still be reading the corpus (see EarlyWorkers),
// not on the first batch. It reads no text: what the worker outputs does not change.
setImmediate(() => nlp());
