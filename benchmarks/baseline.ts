/**
 * The in-run baseline: plain minisearch with default options over the knowledge base's sentences
 * (verbatim text, one document per sentence), the question as the query, the top hit taken as
 * the answer. Same process, same questions, same scoring as /ask.
 */
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../src/index/KnowledgeBase.js';
import { containsAnswer } from '../src/eval/devSet.js';
import type { BenchQuestion } from './corpora.js';
import { dist, round, type Dist } from './stats.js';

export interface BaselineFigures {
  build_s: number;
  queries: number;
  latency_ms: Dist;
  article_hit: number;
  accuracy?: number;
}

export function buildBaseline(kb: KnowledgeBase): { index: MiniSearch<{ id: number; text: string }>; build_s: number } {
  const t = performance.now();
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  index.addAll(kb.sentences.map((s) => ({ id: s.id, text: s.text })));
  return { index, build_s: (performance.now() - t) / 1000 };
}

export function benchBaseline(kb: KnowledgeBase, questions: readonly BenchQuestion[]): BaselineFigures {
  const { index, build_s } = buildBaseline(kb);
  for (let i = 0; i < Math.min(5, questions.length); i++) index.search(questions[i]!.question);
  const times: number[] = [];
  let hit = 0;
  let correct = 0;
  const gold = questions.some((q) => q.answers !== undefined);
  for (const q of questions) {
    const t = performance.now();
    const top = index.search(q.question)[0];
    times.push(performance.now() - t);
    const s = top ? kb.sentences[top.id as number] : undefined;
    const fromArticle = s?.articleId === q.articleId;
    if (fromArticle) hit++;
    if (q.answers && fromArticle && containsAnswer(s!.text, q.answers)) correct++;
  }
  const n = Math.max(1, questions.length);
  return {
    build_s: round(build_s),
    queries: questions.length,
    latency_ms: dist(times),
    article_hit: round(hit / n, 4),
    ...(gold ? { accuracy: round(correct / n, 4) } : {}),
  };
}
