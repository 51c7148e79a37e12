import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { termsOf } from '../nlp/analyse.js';
import { expandQuery, variantsByOrigin, type WeightedTerm } from './queryExpansion.js';

export interface TopicMatcher {
  /** The topic's content terms (empty: every sentence matches with score 1). */
  terms: string[];
  /** The topic's terms with their spelling variants (expandQuery), computed once per matcher. */
  expanded: readonly WeightedTerm[];
  /**
   * 0..1: the share of the topic's term weight (rarer terms weigh more) found in the sentence,
   * its article title, or its neighbours (at half weight).
   */
  score(sentenceId: number): number;
  /**
   * Every sentence whose score can be above 0, in id order: those holding a topic term (or a
   * variant), their neighbours, and every sentence of an article whose title holds one. Any other
   * sentence scores exactly 0. Null without a topic (every sentence scores 1).
   */
  candidates(): readonly number[] | null;
}

/**
 * Per knowledge base, built lazily: article title terms (`termsOf(title)`, as the score has
 * always used them) and an inverted index term → articles by title. With the keyword index's
 * postings (term → sentences), a topic's candidate sentences are found without scanning the corpus.
 */
interface TopicTables {
  titleTerms: Map<string, Set<string>>;
  titlePostings?: Map<string, string[]>;
}

const tables = new WeakMap<KnowledgeBase, TopicTables>();

function tablesOf(kb: KnowledgeBase): TopicTables {
  let t = tables.get(kb);
  if (!t) {
    t = { titleTerms: new Map() };
    tables.set(kb, t);
  }
  return t;
}

function titleTermsOf(kb: KnowledgeBase, t: TopicTables, articleId: string): Set<string> {
  let title = t.titleTerms.get(articleId);
  if (!title) {
    title = articleTitleTerms(kb, articleId);
    t.titleTerms.set(articleId, title);
  }
  return title;
}

/**
 * The terms of an article's title: its title sentences' terms, already known to the knowledge
 * base, when they are the whole title (as they almost always are); else the title analysed anew.
 */
function articleTitleTerms(kb: KnowledgeBase, articleId: string): Set<string> {
  const title = kb.article(articleId)?.title ?? '';
  const ids = kb.sentenceIdsOf(articleId).filter((id) => kb.sentences[id]!.role === 'title');
  if (ids.length === 0 || ids.map((id) => kb.sentences[id]!.text).join(' ') !== title) return new Set(termsOf(title));
  return new Set(ids.flatMap((id) => [...kb.sentenceTerms(id)]));
}

function titlePostingsOf(kb: KnowledgeBase, t: TopicTables): Map<string, string[]> {
  if (t.titlePostings) return t.titlePostings;
  const out = new Map<string, string[]>();
  for (const a of kb.articles) {
    for (const term of titleTermsOf(kb, t, a.id)) {
      const l = out.get(term);
      if (l) l.push(a.id);
      else out.set(term, [a.id]);
    }
  }
  t.titlePostings = out;
  return out;
}

/**
 * Topic relevance for /quote and /timeline with the same term normalisation and soft matching
 * (spelling variants) as /ask.
 */
export function topicMatcher(kb: KnowledgeBase, topic: string | undefined): TopicMatcher {
  const terms = topic ? [...new Set(termsOf(topic))] : [];
  if (terms.length === 0) return { terms, expanded: [], score: () => 1, candidates: () => null };
  const expanded = expandQuery(kb, terms);
  const variants = variantsByOrigin(expanded);
  const idf = new Map<string, number>();
  for (const origin of variants.keys()) idf.set(origin, kb.index.idf(origin));
  const total = terms.reduce((s, t) => s + kb.index.idf(t), 0);
  const t = tablesOf(kb);
  const empty = new Set<string>();
  const scores = new Map<number, number>();
  let candidateIds: number[] | undefined;
  return {
    terms,
    expanded,
    score(id) {
      const cached = scores.get(id);
      if (cached !== undefined) return cached;
      const s = kb.sentences[id];
      if (!s) return 0;
      const own = kb.sentenceTerms(id);
      const title = titleTermsOf(kb, t, s.articleId);
      const prev = kb.neighbour(id, -1);
      const next = kb.neighbour(id, 1);
      const before = prev ? kb.sentenceTerms(prev.id) : empty;
      const after = next ? kb.sentenceTerms(next.id) : empty;
      let got = 0;
      for (const [origin, vs] of variants) {
        let best = 0;
        for (const [term, w] of vs) {
          if (own.has(term)) best = Math.max(best, w);
          else if (title.has(term) || before.has(term) || after.has(term)) best = Math.max(best, w * 0.5);
        }
        got += best * (idf.get(origin) ?? 0);
      }
      const score = total > 0 ? got / total : 0;
      scores.set(id, score);
      return score;
    },
    candidates() {
      if (candidateIds) return candidateIds;
      const titlePostings = titlePostingsOf(kb, t);
      const ids = new Set<number>();
      const articles = new Set<string>();
      for (const vs of variants.values()) {
        for (const term of vs.keys()) {
          for (const id of kb.index.sentencesWith(term)) {
            ids.add(id);
            if (id > 0) ids.add(id - 1);
            if (id + 1 < kb.sentences.length) ids.add(id + 1);
          }
          for (const a of titlePostings.get(term) ?? []) articles.add(a);
        }
      }
      for (const a of articles) for (const id of kb.sentenceIdsOf(a)) ids.add(id);
      candidateIds = [...ids].sort((a, b) => a - b);
      return candidateIds;
    },
  };
}
