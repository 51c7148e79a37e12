/**
 * Worker thread entry: analyses batches of articles (wink-nlp, quotes, dated events) and posts
 * them back packed. Started by spawnAnalysisWorker and kept between builds by analysisWorkerPool;
 * one wink-nlp instance per build, loaded at the start (or on the first batch).
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import { analyseArticle } from './analyseArticle.js';
import { packAnalyses, transferablesOf } from './packedAnalysis.js';
import type { AnalysisControl, AnalysisReply, AnalysisRequest } from './analysisProtocol.js';
import { lowerThreadPriority } from './lowerThreadPriority.js';
import { collectGarbage } from '../shared/collectGarbage.js';
import { dropNlp, nlp } from '../nlp/wink.js';
import { StringTable } from './batchStrings.js';

const port = parentPort;
if (!port) throw new Error('analysisWorker runs only as a worker thread');
// The main thread answers queries while a reload builds: the worker yields the CPU to it.
lowerThreadPriority();

/** This worker's strings of the build it serves, sent once each (see batchStrings.ts). */
let table = new StringTable();

port.on('message', (message: AnalysisRequest | AnalysisControl) => {
  if ('control' in message) {
    if (message.control === 'prepare') {
      nlp();
    } else {
      // Kept for the next build (analysisWorkerPool.ts), which starts from a fresh wink-nlp
      // instance and string table: an instance splits text the same whatever it read before
      // (src/nlp/wink.ts), but holds every word it met (and the model's ~100 MB copy), which an
      // idle worker should not keep.
      dropNlp();
      table = new StringTable();
      // Two full GCs: an idle isolate collects nothing by itself, so a kept worker would hold the
      // build's garbage (BBC: a 88 MB heap, 24 MB of it live) until its next build or V8's memory
      // reducer, a minute later; one full GC left 70 MB committed, a second one 33 MB (RSS of a bot
      // with BBC 8 s after its load: 438-447 MB, 410 with --always-compact, 384 with two GCs,
      // 335-345 with no worker kept).
      collectGarbage(2);
    }
    return;
  }
  const { batch, articles } = message;
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
