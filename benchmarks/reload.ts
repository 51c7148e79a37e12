/**
 * Queries during a reload. A timer-driven loop asks one question every `periodMs` against the
 * knowledge base in service while a new one is built (as a moderator's reload does: read the
 * folder, then `KnowledgeBase.build`, the sliced build that yields to the event loop every ~8 ms).
 * Each query's latency runs from the moment it was due to its answer, so time spent waiting for a
 * blocked event loop (a long slice, a GC pause, reading files) counts. Reported as measured.
 */
import type { KnowledgeBase } from '../src/index/KnowledgeBase.js';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import type { BenchQuestion } from './corpora.js';
import { dist, round, type Dist } from './stats.js';
import { ASK_OPTIONS } from './ask.js';

export interface ReloadFigures {
  /** Worst query latency (due → answered) while the rebuild ran. */
  max_query_ms: number;
  latency_ms: Dist;
  queries: number;
  /** Queries that waited more than 50 ms. */
  over_50ms: number;
  /** Queries that threw. */
  failed: number;
  /** How long the rebuild took while the loop ran. */
  rebuild_s: number;
  period_ms: number;
}

export async function benchReload(kb: KnowledgeBase, questions: readonly BenchQuestion[], rebuild: () => Promise<unknown>, periodMs = 20): Promise<ReloadFigures> {
  const times: number[] = [];
  let failed = 0;
  let i = 0;
  let rebuildEnd = Infinity;
  const start = performance.now();
  let due = start;
  let resolveLoop!: () => void;
  const loopDone = new Promise<void>((r) => (resolveLoop = r));
  const tick = () => {
    if (due > rebuildEnd) return resolveLoop();
    try {
      answerQuestion(kb, questions[i++ % questions.length]!.question, ASK_OPTIONS);
    } catch {
      failed++;
    }
    const end = performance.now();
    times.push(end - due);
    due += periodMs;
    // Queries that fell due while the loop was blocked have all waited; the first of them (kept
    // above) waited longest. Skip the rest rather than firing a burst.
    while (due < end) due += periodMs;
    setTimeout(tick, Math.max(0, due - performance.now()));
  };
  setTimeout(tick, 0);
  await rebuild();
  rebuildEnd = performance.now();
  const rebuild_s = (rebuildEnd - start) / 1000;
  await loopDone;
  const d = dist(times);
  return {
    max_query_ms: d.max,
    latency_ms: d,
    queries: times.length,
    over_50ms: times.filter((t) => t > 50).length,
    failed,
    rebuild_s: round(rebuild_s),
    period_ms: periodMs,
  };
}
