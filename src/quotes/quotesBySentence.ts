import type { KnowledgeBase } from '../index/KnowledgeBase.js';

/** Quote indices (into kb.quotes) per sentence id, lazily once per knowledge base. */
const cache = new WeakMap<KnowledgeBase, Map<number, number[]>>();

/** The quotations each sentence is part of, as indices into `kb.quotes` in article order. */
export function quotesBySentence(kb: KnowledgeBase): Map<number, number[]> {
  let map = cache.get(kb);
  if (!map) {
    map = new Map();
    kb.quotes.forEach((q, i) => {
      for (const id of q.sentenceIds) {
        const l = map!.get(id);
        if (l) {
          if (l[l.length - 1] !== i) l.push(i);
        } else map!.set(id, [i]);
      }
    });
    cache.set(kb, map);
  }
  return map;
}
