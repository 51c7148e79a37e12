/**
 * Engine latency in-process: /ask (answerQuestion), /quote (searchQuotes) and /timeline
 * (buildTimeline), each call timed alone. /ask also scores its answers: the top-1 answer sentence
 * must come from the question's article (and, with gold answers, contain one of them).
 */
import type { KnowledgeBase } from '../src/index/KnowledgeBase.js';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { containsAnswer } from '../src/eval/devSet.js';
import { buildTimeline } from '../src/timeline/buildTimeline.js';
import type { BenchQuestion } from './corpora.js';
import { dist, latencies, round, type Dist } from './stats.js';

export interface AskFigures {
  queries: number;
  /** The very first query, which also loads the word-vector table (not in latency_ms). */
  first_query_ms: number;
  latency_ms: Dist;
  /** Top-1 answer sentence from the question's own article. */
  article_hit: number;
  /** Gold questions only: top-1 answer sentence contains a gold answer and comes from the right article. */
  accuracy?: number;
  /** Same, over the answer as shown (which may include one preceding context sentence). */
  accuracy_with_context?: number;
}

/**
 * Threshold 0: Archivist always returns its best sentence, so accuracy compares like for like
 * with a baseline that always returns its top hit (and the timing covers the answering path).
 */
export const ASK_OPTIONS = { threshold: 0 } as const;

export function benchAsk(kb: KnowledgeBase, questions: readonly BenchQuestion[]): AskFigures {
  const tFirst = performance.now();
  answerQuestion(kb, questions[0]?.question ?? 'warm up', ASK_OPTIONS);
  const first_query_ms = performance.now() - tFirst;
  for (let i = 1; i < Math.min(6, questions.length); i++) answerQuestion(kb, questions[i]!.question, ASK_OPTIONS);
  const times: number[] = [];
  let hit = 0;
  let correct = 0;
  let correctShown = 0;
  const gold = questions.some((q) => q.answers !== undefined);
  for (const q of questions) {
    const t = performance.now();
    const r = answerQuestion(kb, q.question, ASK_OPTIONS);
    times.push(performance.now() - t);
    const main = r.sentences.find((s) => !s.context);
    const fromArticle = main?.articleId === q.articleId;
    if (fromArticle) hit++;
    if (q.answers) {
      if (fromArticle && containsAnswer(main!.text, q.answers)) correct++;
      if (r.sources[0]?.id === q.articleId && containsAnswer(r.answer, q.answers)) correctShown++;
    }
  }
  const n = Math.max(1, questions.length);
  return {
    queries: questions.length,
    first_query_ms: round(first_query_ms),
    latency_ms: dist(times),
    article_hit: round(hit / n, 4),
    ...(gold ? { accuracy: round(correct / n, 4), accuracy_with_context: round(correctShown / n, 4) } : {}),
  };
}

export interface EngineLatency {
  /** Null when the engine is not available in this tree. */
  latency_ms: Dist | null;
  note?: string;
}

/** /quote latency. searchQuotes is imported dynamically: the module may not exist in every tree. */
export async function benchQuotes(kb: KnowledgeBase, queries: readonly { speaker?: string; topic?: string }[], budgetMs?: number): Promise<EngineLatency> {
  let searchQuotes: ((kb: KnowledgeBase, q: { speaker?: string; topic?: string }) => unknown) | undefined;
  try {
    const mod = (await import('../src/quotes/searchQuotes.js')) as { searchQuotes?: typeof searchQuotes };
    searchQuotes = mod.searchQuotes;
  } catch (e) {
    return { latency_ms: null, note: `searchQuotes unavailable: ${(e as Error).message}` };
  }
  if (!searchQuotes || queries.length === 0) return { latency_ms: null, note: 'searchQuotes unavailable or no queries' };
  const fn = searchQuotes;
  return { latency_ms: dist(latencies(queries, (q) => fn(kb, q), { budgetMs, minItems: 50 })) };
}

/** /timeline latency (topic queries). */
export function benchTimeline(kb: KnowledgeBase, topics: readonly string[], budgetMs?: number): EngineLatency {
  if (topics.length === 0) return { latency_ms: null, note: 'no topics' };
  return { latency_ms: dist(latencies(topics, (topic) => buildTimeline(kb, { topic }), { budgetMs, minItems: 50, warmup: 2 })) };
}
