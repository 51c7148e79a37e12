import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { idleCores } from './idleCores.js';
import type { Article, LoadResult } from '../corpus/types.js';
import { analyseInWorkers, batchesOf, type AnalysedBatch } from './analysisPool.js';
import { analyseArticleSteps, type ArticleAnalysis } from './analyseArticle.js';
import { KnowledgeBaseBuilder } from './KnowledgeBaseBuilder.js';
import type { KnowledgeBaseParts } from './KnowledgeBase.js';
import { readPacked } from './packedAnalysis.js';
import { yieldToEventLoop } from '../shared/runInSlices.js';
import { WorkerStrings } from './batchStrings.js';

/**
 * Below this much text, starting a worker (its own wink model, cold caches: ~1 s of CPU) costs
 * more than it saves: SQuAD (1.6M characters) built in 2.7 s with a worker vs 1.3 s without;
 * BBC (5M) in 6.8 s vs 8.1 s.
 */
const MIN_CHARS_FOR_WORKERS = 3_000_000;
const MAX_WORKERS = 4;

/**
 * How many analysis workers a build of `load` should use, given how many cores are idle: 0 means
 * analyse on this thread.
 *
 * A worker pays for itself only on a core nobody else uses: it starts cold (its own wink model and
 * caches: BBC took 8-9.5 s of CPU with one worker vs 5.6 s for a second build on the main thread),
 * so on a busy machine it makes the build slower and the main thread's waits longer. One core is
 * this thread's (it answers queries during a reload, indexes everything and analyses a share of
 * the batches); each further idle core gets a worker. None under MIN_CHARS_FOR_WORKERS of text.
 */
export function workersFor(load: LoadResult, idle: number, cores = availableParallelism()): number {
  return largeEnough(load) ? workersForIdle(idle, cores) : 0;
}

/** workersFor a corpus large enough. */
export function workersForIdle(idle: number, cores = availableParallelism()): number {
  return Math.max(0, Math.min(Math.floor(idle - 0.5), cores - 1, MAX_WORKERS));
}

/** workersFor with the cores idle now (sampled for 0.1 s, only for a corpus large enough). */
export async function defaultWorkerCount(load: LoadResult): Promise<number> {
  return largeEnough(load) ? workersFor(load, await idleCores()) : 0;
}

export function largeEnough(load: LoadResult): boolean {
  let chars = 0;
  for (const a of load.articles) {
    chars += a.title.length;
    for (const p of a.paragraphs) chars += p.length;
    if (chars >= MIN_CHARS_FOR_WORKERS) return true;
  }
  return false;
}

/** This thread analyses HERE of every HERE + PER_WORKER × workers batches (5 of 8 with one worker). */
const HERE = 5;
const PER_WORKER = 3;

/**
 * Whether this thread analyses batch `b` itself: HERE of every HERE + PER_WORKER × workers
 * batches, spread evenly, starting with the first. A worker starts cold (its own wink model,
 * modules and caches), posts its batches back packed and runs at a lower priority, and V8's own
 * threads (scavenges, compiling) share the cores with it: with half of the batches here and one
 * worker, this thread, which also indexes every batch, ran out of its own batches halfway through
 * a BBC build and then waited for each of the worker's (event-loop utilisation 0.75-0.85); with 1
 * of 3, before its side of a worker batch got cheaper, it sat idle for a fifth to a third of the
 * build.
 */
export function analysedHere(b: number, workers: number): boolean {
  const q = HERE + PER_WORKER * workers;
  return Math.floor((b * HERE + HERE - 1) / q) > Math.floor((b * HERE - 1) / q);
}

/** Batches of its own this thread analyses ahead of their turn while it waits for a worker's (~0.5 MB of analyses each). */
const MAX_AHEAD = 64;

/**
 * The knowledge base parts of `load`, analysed on `workers` threads and this one. This thread
 * analyses its share and indexes everything in slices of at most `sliceMs`, yielding to the event
 * loop between them, so it stays free for queries. While the next batch it needs is still on a
 * worker (at the start, while the workers load), it analyses its own next batches ahead. Throws
 * AnalysisWorkersFailed when the workers cannot do their part (the caller falls back to a build
 * on this thread).
 */
export async function buildInWorkers(
  load: LoadResult,
  workers: number,
  sliceMs: number,
  onProgress?: (done: number, total: number) => void,
  spawn?: () => Worker,
): Promise<{ parts: KnowledgeBaseParts; workersUsed: number }> {
  const builder = new KnowledgeBaseBuilder(load);
  const total = load.articles.length;
  let done = 0;
  let sliceStart = performance.now();
  const slice = async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
  const batches = batchesOf(load.articles);
  const theirs = batches.filter((_, b) => !analysedHere(b, workers));
  const own = new OwnBatches(batches, batches.map((_, b) => b).filter((b) => analysedHere(b, workers)), slice);
  const fromWorkers = analyseInWorkers(theirs, workers, spawn);
  /** Each worker's strings (see batchStrings.ts). */
  const workerStrings = new Map<number, WorkerStrings>();
  // Asked for at once, so that the workers start before this thread analyses its first batch.
  let next = fromWorkers.next();
  next.catch(() => undefined); // a failure is rethrown where it is awaited
  try {
    for (let b = 0; b < batches.length; b++) {
      if (analysedHere(b, workers)) {
        const analyses = await own.take(b);
        for (const [i, article] of batches[b]!.entries()) {
          for (const _ of builder.appendSteps(article, analyses[i]!)) await slice();
          onProgress?.(++done, total);
          await slice();
        }
        continue;
      }
      let ready = false;
      void next.then(
        () => (ready = true),
        () => (ready = true),
      );
      while (!ready && own.aheadCount(b) < MAX_AHEAD && (await own.analyseOne())) {
        // this thread's next batches, while the worker's is not back
      }
      const r = await next;
      if (r.done) throw new Error('analysis workers returned fewer batches than they were given');
      next = fromWorkers.next();
      next.catch(() => undefined);
      let strings = workerStrings.get(r.value.worker);
      if (!strings) workerStrings.set(r.value.worker, (strings = new WorkerStrings()));
      const appending = appendBatch(builder, r.value, strings);
      for (let step = appending.next(); !step.done; step = appending.next()) {
        if (step.value) onProgress?.(++done, total);
        await slice();
      }
    }
  } finally {
    await fromWorkers.return(undefined);
  }
  await yieldToEventLoop();
  for (const _ of builder.settleIndexSteps()) await yieldToEventLoop();
  await yieldToEventLoop();
  return { parts: builder.parts(), workersUsed: Math.min(workers, theirs.length) };
}

/** This thread's batches, analysed article by article in order, either at their turn or ahead of it. */
class OwnBatches {
  private readonly analysed = new Map<number, ArticleAnalysis[]>();
  /** own[next] is the batch being analysed (article `article`), or the next to be. */
  private next = 0;
  private article = 0;

  constructor(
    private readonly batches: readonly Article[][],
    private readonly own: readonly number[],
    private readonly slice: () => Promise<void>,
  ) {}

  /** Analyses the next article of this thread's batches; false when all are analysed. */
  async analyseOne(): Promise<boolean> {
    const b = this.own[this.next];
    if (b === undefined) return false;
    let list = this.analysed.get(b);
    if (!list) this.analysed.set(b, (list = []));
    list.push(await analyseSliced(this.batches[b]![this.article]!, this.slice));
    if (++this.article === this.batches[b]!.length) {
      this.next++;
      this.article = 0;
    }
    return true;
  }

  /** How many of this thread's batches after batch `b` are analysed or under way. */
  aheadCount(b: number): number {
    let n = 0;
    for (const k of this.analysed.keys()) if (k > b) n++;
    return n;
  }

  /** Batch `b`'s analyses (b is this thread's earliest batch not yet taken), analysing what is left of it. */
  async take(b: number): Promise<ArticleAnalysis[]> {
    while ((this.analysed.get(b)?.length ?? 0) < this.batches[b]!.length) await this.analyseOne();
    const analyses = this.analysed.get(b)!;
    this.analysed.delete(b);
    return analyses;
  }
}

async function analyseSliced(article: Article, slice: () => Promise<void>) {
  const steps = analyseArticleSteps(article);
  let r = steps.next();
  while (!r.done) {
    await slice();
    r = steps.next();
  }
  return r.value;
}

/** Appends a worker's batch in steps: its index postings, then article by article (`true` after each article). */
function* appendBatch(builder: KnowledgeBaseBuilder, { articles, packed }: AnalysedBatch, strings: WorkerStrings): Generator<boolean> {
  const columns = yield* stepsOf(builder.beginPackedSteps(packed, strings));
  for (const article of readPacked(packed, articles.map((a) => a.id))) {
    builder.appendPacked(article, columns);
    yield true;
  }
}

/** `steps`, yielding `false` for each of its steps (none of them an article appended). */
function* stepsOf<T>(steps: Generator<void, T>): Generator<boolean, T> {
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    yield false;
  }
}
