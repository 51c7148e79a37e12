import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { analyseText, termsOf } from '../nlp/analyse.js';
import { searchTerms, wordsByTerm } from '../nlp/terms.js';
import { foldSplitWords } from './accentFolding.js';
import { spellOutShorthand } from './chatShorthand.js';
import { expandQuery, variantsByOrigin } from './queryExpansion.js';
import { SOFT_MAX, SoftTerm } from './softMatch.js';

/**
 * Topics are read up to this long, as Discord's option allows (commands/quote.ts, timeline.ts): a
 * console user's 5,000 characters would otherwise mean hundreds of terms, each matched by word
 * vectors against every candidate's words.
 */
export const MAX_TOPIC_CHARS = 200;

/**
 * Why `topic` cannot narrow anything (it has no words but common ones and punctuation: "!!!",
 * "the"), or undefined. Such a topic would match every sentence, so /quote and /timeline say so
 * instead of listing everything under its name.
 */
export function topicProblem(topic: string | undefined): string | undefined {
  if (!topic?.trim()) return undefined;
  return topicTerms(topic.slice(0, MAX_TOPIC_CHARS)).terms.length === 0 ? 'The topic has no words to search for (only common words, punctuation or symbols).' : undefined;
}

export interface TopicMatcher {
  /** The topic's content terms (empty: every sentence matches with score 1). */
  terms: string[];
  /** Those that name someone or something: written capitalised, or names in the corpus not used as verbs ("freeing" is none). */
  names: string[];
  /**
   * 0..1: the share of the topic's term weight (rarer terms weigh more) found in the sentence,
   * its article title, or its neighbours (at half weight; 0 when only its neighbours have any of
   * it); where some of it is found, a word the sentence says in other words ("deal" ~
   * "agreement", "truce" ~ "cease-fire") counts as /ask counts it (softMatch.ts).
   */
  score(sentenceId: number): number;
  /**
   * 0..1: the share of the topic's term weight found anywhere in the article, the same way; at
   * least `enough` tells the caller only that much matters (the words said otherwise, the costly
   * part, are then looked for only while the share can still reach it but has not).
   */
  articleCoverage(articleId: string, enough?: number): number;
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
  /** Every term of an article's sentences. */
  articleTerms: Map<string, Set<string>>;
  /** Every word of an article's sentences that has a word vector (its row), once. */
  articleWords: Map<string, Int32Array>;
}

const tables = new WeakMap<KnowledgeBase, TopicTables>();

function tablesOf(kb: KnowledgeBase): TopicTables {
  let t = tables.get(kb);
  if (!t) {
    t = { titleTerms: new Map(), articleTerms: new Map(), articleWords: new Map() };
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

function articleTermsOf(kb: KnowledgeBase, t: TopicTables, articleId: string): Set<string> {
  let terms = t.articleTerms.get(articleId);
  if (!terms) {
    terms = new Set<string>();
    for (const id of kb.sentenceIdsOf(articleId)) for (const term of kb.sentenceTerms(id)) terms.add(term);
    t.articleTerms.set(articleId, terms);
  }
  return terms;
}

function articleWordsOf(kb: KnowledgeBase, t: TopicTables, articleId: string): Int32Array {
  let words = t.articleWords.get(articleId);
  if (!words) {
    const rows = new Set<number>();
    for (const id of kb.sentenceIdsOf(articleId)) for (const row of kb.sentenceWordIds(id)) rows.add(row);
    words = Int32Array.from(rows);
    t.articleWords.set(articleId, words);
  }
  return words;
}

/**
 * Each term of a topic with the topic's words for it ("deal" → ["deal"]), for soft matching, and
 * the terms written as names there ("New York": not "new" said otherwise).
 */
function topicTerms(topic: string): { terms: string[]; words: Map<string, string[]>; named: Set<string>; verbs: Set<string>; adjacent: [string, string][] } {
  const sentences = analyseText(topic);
  const tokens = sentences.flatMap((s) => s.tokens);
  const named = new Set<string>();
  const adjacent: [string, string][] = [];
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      // Capitalised after the first word: the topic writes it as a name.
      if (i > 0 && t.term && !t.stop && /^\p{Lu}/u.test(t.value)) named.add(t.term);
      const next = s.tokens[i + 1];
      if (t.term && !t.stop && next?.term && !next.stop) adjacent.push([t.term, next.term]);
    });
  }
  // Terms the topic uses only as verbs: "freeing" is no name, though the corpus writes "Radio Free Europe".
  const verbs = new Set(tokens.filter((t) => t.term && t.pos === 'VERB').map((t) => t.term));
  for (const t of tokens) if (t.term && t.pos !== 'VERB') verbs.delete(t.term);
  return { terms: [...new Set(sentences.flatMap((s) => searchTerms(s.tokens)))], words: wordsByTerm(tokens), named, verbs, adjacent };
}

/**
 * For a name of several words in the topic ("Bob Marley", "Zalmay Khalilzad"), each word but the
 * last mapped to the last: a sentence that has "Bob" and no "Marley" (Bob Hope's) is not about him,
 * while one with "Marley" alone is. Words the corpus writes as names only.
 */
function nameHeads(kb: KnowledgeBase, adjacent: readonly [string, string][]): Map<string, string> {
  const next = new Map(adjacent.filter(([a, b]) => kb.index.isName(a) && kb.index.isName(b)));
  const heads = new Map<string, string>();
  for (const first of next.keys()) {
    let last = first;
    for (let hops = 0; next.has(last) && hops < 5; hops++) last = next.get(last)!;
    if (last !== first) heads.set(first, last);
  }
  return heads;
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
  const { terms, words, named, verbs, adjacent } = topic ? topicTerms(spellOutShorthand(foldSplitWords(kb, topic.slice(0, MAX_TOPIC_CHARS)))) : { terms: [], words: new Map<string, string[]>(), named: new Set<string>(), verbs: new Set<string>(), adjacent: [] };
  if (terms.length === 0) return { terms, names: [], score: () => 1, articleCoverage: () => 1, candidates: () => null };
  const variants = variantsByOrigin(expandQuery(kb, terms, words, false, true));
  const total = terms.reduce((s, t) => s + kb.index.idf(t), 0);
  const t = tablesOf(kb);
  const empty = new Set<string>();
  // The variants as arrays, read for every candidate sentence without making Map entries.
  const list = [...variants].map(([origin, vs]) => ({ origin, idf: kb.index.idf(origin), terms: [...vs.keys()], weights: [...vs.values()] }));
  const found = new Float64Array(list.length);
  /** Whether variant k was found in the sentence or its title (not only around it). */
  const inText = new Uint8Array(list.length);
  const heads = nameHeads(kb, adjacent);
  const headIndex = new Map([...heads].flatMap(([word, head]) => {
    const w = list.findIndex((v) => v.origin === word);
    const h = list.findIndex((v) => v.origin === head);
    return w >= 0 && h >= 0 ? [[w, h] as const] : [];
  }));
  const scores = new Map<number, number>();
  const coverage = new Map<string, number>();
  let candidateIds: number[] | undefined;
  // Names get none: "Pakistan" is not "Afghanistan" (see termGroups.ts). Made when first needed.
  let soft: Map<string, SoftTerm> | undefined;
  const softOf = (origin: string): SoftTerm | undefined => {
    soft ??= new Map([...variants.keys()].flatMap((o) => {
      const matcher = kb.index.isName(o) || named.has(o) ? undefined : SoftTerm.of(words.get(o));
      return matcher ? [[o, matcher] as const] : [];
    }));
    return soft.get(origin);
  };
  return {
    terms,
    names: terms.filter((term) => named.has(term) || (kb.index.isName(term) && !verbs.has(term))),
    score(id) {
      const cached = scores.get(id);
      if (cached !== undefined) return cached;
      const s = kb.sentences[id];
      if (!s) return 0;
      const own = kb.sentenceTerms(id);
      // The title speaks for its story's sentences, not for a photo caption or a sidebar's line
      // ("Zalmay Khalilzad at CPAC 2011…" is no event of the ceasefire story it illustrates).
      const title = s.role === 'body' || s.role === 'title' ? titleTermsOf(kb, t, s.articleId) : empty;
      const prev = kb.neighbour(id, -1);
      const next = kb.neighbour(id, 1);
      const before = prev ? kb.sentenceTerms(prev.id) : empty;
      const after = next ? kb.sentenceTerms(next.id) : empty;
      let anyFound = false;
      let here = false;
      for (let k = 0; k < list.length; k++) {
        const { terms: vs, weights } = list[k]!;
        let best = 0;
        let text = 0;
        for (let j = 0; j < vs.length; j++) {
          const term = vs[j]!;
          if (own.has(term)) {
            best = Math.max(best, weights[j]!);
            text = 1;
          } else if (title.has(term)) {
            best = Math.max(best, weights[j]! * 0.5);
            text = 1;
          } else if (before.has(term) || after.has(term)) best = Math.max(best, weights[j]! * 0.5);
        }
        found[k] = best;
        inText[k] = text;
      }
      // A given name counts only with the name it goes with ("Bob" of "Bob Marley" in Bob Hope's sentence).
      for (const [w, h] of headIndex) {
        if (inText[h]) continue;
        found[w] = 0;
        inText[w] = 0;
      }
      for (let k = 0; k < list.length; k++) {
        if (found[k]! > 0) anyFound = true;
        if (inText[k]) here = true;
      }
      // Words said otherwise count only where the topic's own words are found too, so a sentence
      // that shares no word with the topic still scores 0 (and `candidates` stays complete).
      if (anyFound) {
        const ownWords = kb.sentenceWordIds(id);
        for (let k = 0; k < list.length; k++) {
          const related = found[k]! < 1 ? softOf(list[k]!.origin) : undefined;
          const soft = related ? related.best(ownWords) : 0;
          if (soft > 0) here = true;
          found[k] = Math.max(found[k]!, soft);
        }
      }
      // Neighbours add to what the sentence or its title says of the topic, they do not stand for
      // it: the event next to a Thanksgiving visit is not about Thanksgiving, nor is the quotation
      // next to "war is expensive" about expense.
      if (!here) anyFound = false;
      let got = 0;
      if (anyFound) for (let k = 0; k < list.length; k++) got += found[k]! * list[k]!.idf;
      const score = total > 0 ? got / total : 0;
      scores.set(id, score);
      return score;
    },
    articleCoverage(articleId, enough = 1) {
      const key = `${enough} ${articleId}`;
      const cached = coverage.get(key);
      if (cached !== undefined) return cached;
      if (total <= 0) return 0;
      const have = articleTermsOf(kb, t, articleId);
      let got = 0;
      /** The variants found short of SOFT_MAX that soft matching may lift: [variant, share found]. */
      const short: [(typeof list)[number], number][] = [];
      for (const v of list) {
        let best = 0;
        for (let j = 0; j < v.terms.length; j++) if (have.has(v.terms[j]!)) best = Math.max(best, v.weights[j]!);
        got += best * v.idf;
        if (best < SOFT_MAX && softOf(v.origin)) short.push([v, best]);
      }
      // Words said otherwise, only while they can still bring the share to `enough`.
      let reachable = got + short.reduce((sum, [v, best]) => sum + (SOFT_MAX - best) * v.idf, 0);
      if (got < enough * total && reachable >= enough * total) {
        const words = articleWordsOf(kb, t, articleId);
        for (const [v, best] of short) {
          const soft = Math.max(best, softOf(v.origin)!.best(words));
          got += (soft - best) * v.idf;
          reachable -= (SOFT_MAX - soft) * v.idf;
          if (got >= enough * total || reachable < enough * total) break;
        }
      }
      const share = got / total;
      coverage.set(key, share);
      return share;
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
