/** Which sentences /ask considers: keyword retrieval on the rarest terms, plus sentences the question points at through their article. */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { AnalysedQuestion } from './questionAnalysis.js';
import type { WeightedTerm } from './queryExpansion.js';
import { hasRole, rolesAskedBy } from './pageRoles.js';
import type { SentenceRole } from '../nlp/types.js';
import type { TermGroup } from './termGroups.js';

/** Retrieval asks for at most this many terms, the rarest first. */
const MAX_RETRIEVAL_TERMS = 6;
/** A term in more than this share of sentences finds nothing the rarer terms do not (and costs most). */
const COMMON_TERM_SHARE = 0.02;

/**
 * The terms to retrieve candidates with. minisearch scores every sentence that matches any term,
 * so frequent terms dominate the cost while adding little; re-ranking still weighs every term.
 * Measured on BBC (1,372 questions from its sentences): /ask p99 35 → 10 ms with the same share
 * of right articles (89.4%); SQuAD top-1 unchanged (75.0 → 74.9%).
 */
export function retrievalTerms(kb: KnowledgeBase, weighted: WeightedTerm[], groups: readonly TermGroup[]): string[] {
  // A term no sentence has finds nothing: it must not take a rarer-term slot.
  const terms = [...new Set(weighted.map((w) => w.term))].filter((t) => kb.index.documentFrequency(t) > 0).sort((a, b) => kb.index.documentFrequency(a) - kb.index.documentFrequency(b));
  const common = kb.index.size * COMMON_TERM_SHARE;
  const rare = terms.filter((t, i) => i < 3 || kb.index.documentFrequency(t) <= common);
  // An abbreviation the corpus never uses is looked up by the rarest word of its phrases (one the
  // corpus uses, "US", is found by itself: the single words of "United States" would only add noise).
  const phraseTerms = groups.filter((g) => kb.index.documentFrequency(g.origin) === 0).flatMap((g) => g.phrases.map((p) => rarest(kb, p)));
  return [...rare.slice(0, MAX_RETRIEVAL_TERMS), ...phraseTerms];
}

function rarest(kb: KnowledgeBase, terms: string[]): string {
  return terms.reduce((a, b) => (kb.index.documentFrequency(b) < kb.index.documentFrequency(a) ? b : a));
}

/** A question asking for a page line without naming its article gets every such line as a candidate when there are at most this many. */
const MAX_UNNAMED_LINES = 5;

/** Hits whose articles are looked into (see addArticleCandidates). */
const ARTICLE_HITS = 10;

/**
 * Sentences that keyword retrieval cannot find but the question points at through their article:
 * "why was there so much violence according to the Seligman article" names the article by its
 * byline, so that article's body sentences with a question word are candidates; "what date was
 * the article about X published" asks for a dateline, so the datelines of the articles found are.
 * They come with no BM25 of their own: coverage, context and answer type decide.
 */
export function addArticleCandidates(kb: KnowledgeBase, q: AnalysedQuestion, hits: readonly { id: number }[], out: Map<number, number>): void {
  const asked = new Set(q.terms);
  const roles = rolesAskedBy(q);
  const named = new Set<string>();
  const found = new Set<string>();
  for (const hit of hits.slice(0, ARTICLE_HITS)) {
    const s = kb.sentences[hit.id]!;
    found.add(s.articleId);
    if (s.role !== 'body' && s.role !== 'related') named.add(s.articleId);
  }
  const askedRole = (role: SentenceRole) => roles.includes(role);
  // "Where was the photo taken": no sentence has the question's words, but a corpus with only a
  // few captions has the answer in one of them (with many, the question does not say which).
  if (found.size === 0 && roles.length > 0) {
    const lines = kb.sentences.filter((s) => hasRole(s, askedRole));
    if (lines.length <= MAX_UNNAMED_LINES) for (const s of lines) out.set(s.id, 0);
    return;
  }
  for (const articleId of found) {
    const isNamed = named.has(articleId);
    // Nothing of an article not named is wanted unless the question asks for a role (most do not).
    if (roles.length === 0 && !isNamed) continue;
    for (const id of kb.sentenceIdsOf(articleId)) {
      if (out.has(id)) continue;
      const s = kb.sentences[id]!;
      if (hasRole(s, askedRole) || (isNamed && s.role === 'body' && hasAny(kb.sentenceTerms(id), asked))) out.set(id, 0);
    }
  }
}

function hasAny(terms: ReadonlySet<string>, asked: ReadonlySet<string>): boolean {
  for (const t of terms) if (asked.has(t)) return true;
  return false;
}
