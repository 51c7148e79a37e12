import type { KnowledgeBase } from './KnowledgeBase.js';

const caches = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/**
 * The articles with a sentence that has the term, looked up in the index once per term and kept
 * for the knowledge base's life (asked of names and roles, which are rare terms).
 */
export function articlesWith(kb: KnowledgeBase, term: string): ReadonlySet<string> {
  let cache = caches.get(kb);
  if (!cache) caches.set(kb, (cache = new Map()));
  let articles = cache.get(term);
  if (!articles) {
    articles = new Set();
    for (const id of kb.index.sentencesWith(term)) articles.add(kb.sentences[id]!.articleId);
    cache.set(term, articles);
  }
  return articles;
}
