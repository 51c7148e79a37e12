import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { termsOf } from '../nlp/analyse.js';
import { searchTerms } from '../nlp/terms.js';
import { expandQuery } from './queryExpansion.js';

export interface TopicMatcher {
  /** The topic's content terms (empty: every sentence matches with score 1). */
  terms: string[];
  /**
   * 0..1: the share of the topic's term weight (rarer terms weigh more) found in the sentence,
   * its article title, or its neighbours (at half weight).
   */
  score(sentenceId: number): number;
}

/**
 * Topic relevance for /quote and /timeline with the same term normalisation and soft matching
 * (spelling variants) as /ask.
 */
export function topicMatcher(kb: KnowledgeBase, topic: string | undefined): TopicMatcher {
  const terms = topic ? [...new Set(termsOf(topic))] : [];
  if (terms.length === 0) return { terms, score: () => 1 };
  const expanded = expandQuery(kb, terms);
  const variants = new Map<string, Map<string, number>>();
  for (const w of expanded) {
    const m = variants.get(w.origin) ?? new Map<string, number>();
    m.set(w.term, Math.max(m.get(w.term) ?? 0, w.weight));
    variants.set(w.origin, m);
  }
  const total = terms.reduce((s, t) => s + kb.index.idf(t), 0);
  const titleTerms = new Map<string, Set<string>>();
  const termsOfSentence = (id: number) => new Set(searchTerms(kb.sentences[id]?.tokens ?? []));
  return {
    terms,
    score(id) {
      const s = kb.sentences[id];
      if (!s) return 0;
      const own = termsOfSentence(id);
      let title = titleTerms.get(s.articleId);
      if (!title) {
        title = new Set(termsOf(kb.article(s.articleId)?.title ?? ''));
        titleTerms.set(s.articleId, title);
      }
      const prev = kb.neighbour(id, -1);
      const next = kb.neighbour(id, 1);
      const around = new Set([...(prev ? termsOfSentence(prev.id) : []), ...(next ? termsOfSentence(next.id) : [])]);
      let got = 0;
      for (const [origin, vs] of variants) {
        let best = 0;
        for (const [t, w] of vs) {
          if (own.has(t)) best = Math.max(best, w);
          else if (title.has(t) || around.has(t)) best = Math.max(best, w * 0.5);
        }
        got += best * kb.index.idf(origin);
      }
      return total > 0 ? got / total : 0;
    },
  };
}
