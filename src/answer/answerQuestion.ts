import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { Sentence, SentenceRole } from '../nlp/types.js';
import { termOf } from '../nlp/terms.js';
import { wordVectors, type WordVectors } from '../nlp/wordVectors.js';
import { analyseQuestion, type AnalysedQuestion } from './questionAnalysis.js';
import { findAnswerSpan, type Span } from './answerTypes.js';
import { sourceOf, type AskResult, type AnswerSentence, type Passage } from './types.js';
import { expandQuery, variantsByOrigin, type WeightedTerm } from './queryExpansion.js';
import { confidenceFeatures, confidenceOf } from './confidence.js';
import { phrasesAbbreviatedBy } from './phraseAbbreviations.js';
import { DATE_PATTERN } from '../corpus/lineKinds.js';

/** Longer questions are cut here: past it, words add noise, not evidence. */
export const MAX_QUESTION_CHARS = 400;

export interface AnswerOptions {
  /** Below this confidence Archivist says the corpus does not answer (calibrated on SQuAD: see README). */
  threshold?: number;
  /** Candidates re-ranked after keyword retrieval. */
  candidates?: number;
  /** Restrict the candidates (used by evaluation and calibration). */
  filter?: (articleId: string, sentence: Sentence) => boolean;
}

/**
 * Below this confidence Archivist declines (`npm run calibrate` prints the data). SQuAD's best
 * balance is higher (0.55), but SQuAD questions repeat their sentence's words while people in
 * Discord paraphrase, and the conversational development questions' confidence runs lower.
 */
export const DEFAULT_THRESHOLD = 0.45;

/** Weights of the re-ranking features (grid-searched on 1,500 SQuAD dev questions, checked on the dev set). */
export const WEIGHTS = { context: 0.2, typeHit: 0.2, typeMiss: -0.1, bm25: 0.25, proximity: 0.1, quoted: 0.3, title: -0.05, focus: 0.1, offTopicMetadata: -0.2 };

export interface Scored {
  sentence: Sentence;
  score: number;
  /** BM25 relative to the best hit. */
  bm25: number;
  own: number;
  context: number;
  typeOk: boolean;
  /** The phrase of the expected type, when the question expects one and the sentence has it. */
  span: Span | undefined;
  /** The question's focus noun ("which hotel") is a word the corpus never uses and nothing here relates to it. */
  focusUnknown: boolean;
  /** A name in the question that the sentence's article never mentions. */
  nameMissing: boolean;
  /** A name in the question that the sentence and its neighbours do not mention, though its article does. */
  nameAway: boolean;
  useNeighbour: boolean;
}

/**
 * Extractive question answering: retrieve sentences by keywords, re-rank them on coverage of the
 * question's terms (weighted by rarity), context, expected answer type and proximity, and answer
 * with the best sentence verbatim — or decline when the evidence is weak.
 */
export function answerQuestion(kb: KnowledgeBase, question: string, options: AnswerOptions = {}): AskResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const asked = question.trim();
  const empty = (problem: string): AskResult => ({ question: asked, answered: false, answer: null, sentences: [], sources: [], confidence: 0, closest: [], problem });
  if (!asked) return empty('The question is empty.');
  const q = analyseQuestion(asked.slice(0, MAX_QUESTION_CHARS));
  if (q.terms.length === 0) return empty('The question has no words to search for (only common words or punctuation).');

  const scored = rankCandidates(kb, q, options);
  const best = bestOf(kb, scored);
  const closest = scored.slice(0, 3).map((s) => passage(kb, s));
  const confidence = best ? round(confidenceOf(confidenceFeatures(q, best))) : 0;
  if (!best || confidence < threshold) {
    return { question: asked, answered: false, answer: null, sentences: [], sources: [], confidence, closest };
  }
  const sentences = answerSentences(kb, best);
  const article = kb.article(best.sentence.articleId)!;
  return {
    question: asked,
    answered: true,
    answer: joinVerbatim(kb, sentences),
    sentences,
    sources: [sourceOf(article)],
    confidence,
    closest: [],
  };
}

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
function retrievalTerms(kb: KnowledgeBase, weighted: WeightedTerm[]): string[] {
  // A term no sentence has finds nothing: it must not take a rarer-term slot.
  const terms = [...new Set(weighted.map((w) => w.term))].filter((t) => kb.index.documentFrequency(t) > 0).sort((a, b) => kb.index.documentFrequency(a) - kb.index.documentFrequency(b));
  const common = kb.index.size * COMMON_TERM_SHARE;
  const rare = terms.filter((t, i) => i < 3 || kb.index.documentFrequency(t) <= common);
  return rare.slice(0, MAX_RETRIEVAL_TERMS);
}

function rarest(kb: KnowledgeBase, terms: string[]): string {
  return terms.reduce((a, b) => (kb.index.documentFrequency(b) < kb.index.documentFrequency(a) ? b : a));
}

/** Candidate sentences for an analysed question, best first. */
export function rankCandidates(kb: KnowledgeBase, q: AnalysedQuestion, options: AnswerOptions = {}): Scored[] {
  const weighted = expandQuery(kb, q.terms, q.termWords);
  const groups = weightedByOrigin(kb, weighted, q.termWords);
  const total = q.terms.reduce((sum, t) => sum + kb.index.idf(t), 0);
  // A filter drops candidates after retrieval: fetch more so that enough remain.
  // An abbreviation the corpus never uses is looked up by the rarest word of its phrases (one the
  // corpus uses, "US", is found by itself: the single words of "United States" would only add noise).
  const phraseTerms = groups.filter((g) => kb.index.documentFrequency(g.origin) === 0).flatMap((g) => g.phrases.map((p) => rarest(kb, p)));
  const hits = kb.index.search([...retrievalTerms(kb, weighted), ...phraseTerms], options.candidates ?? (options.filter ? 200 : 60));
  const maxBm25 = hits[0]?.score ?? 1;
  const scored: Scored[] = [];
  const candidates = passageHits(kb, hits);
  addArticleCandidates(kb, q, hits, candidates);
  for (const [id, bm25] of candidates) {
    const sentence = kb.sentences[id]!;
    if (options.filter && !options.filter(sentence.articleId, sentence)) continue;
    scored.push(scoreSentence(kb, q, groups, total, sentence, bm25 / maxBm25, false));
  }
  scored.sort((a, b) => b.score - a.score);
  // Soft matching costs word-vector products: only the leading candidates get it. A related word
  // counts for less than the word itself, so it can lift a sentence but rarely from far behind.
  const soft = groups.some((g) => g.soft);
  if (!soft) return scored;
  const head = scored.slice(0, SOFT_CANDIDATES).map((c) => scoreSentence(kb, q, groups, total, c.sentence, c.bm25, true));
  return [...head, ...scored.slice(SOFT_CANDIDATES)].sort((a, b) => b.score - a.score);
}

/**
 * Keyword hits widened to passages: a sentence that leans on the one before ("And we are working
 * with Central Asia") is answered together with it, so it is a candidate whenever its predecessor
 * is, and its BM25 is the better of its own and its predecessor's.
 */
function passageHits(kb: KnowledgeBase, hits: readonly { id: number; score: number }[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const hit of hits) out.set(hit.id, Math.max(out.get(hit.id) ?? 0, hit.score));
  for (const hit of hits) {
    const next = kb.neighbour(hit.id, 1);
    if (next && leansOnPrevious(kb, next)) out.set(next.id, Math.max(out.get(next.id) ?? 0, hit.score));
  }
  return out;
}

/** Hits whose articles are looked into (see addArticleCandidates). */
const ARTICLE_HITS = 10;

/**
 * Sentences that keyword retrieval cannot find but the question points at through their article:
 * "why was there so much violence according to the Seligman article" names the article by its
 * byline, so that article's body sentences with a question word are candidates; "what date was
 * the article about X published" asks for a dateline, so the datelines of the articles found are.
 * They come with no BM25 of their own: coverage, context and answer type decide.
 */
function addArticleCandidates(kb: KnowledgeBase, q: AnalysedQuestion, hits: readonly { id: number }[], out: Map<number, number>): void {
  const asked = new Set(q.terms);
  const roles = (Object.keys(ROLE_TERMS) as SentenceRole[]).filter((role) => q.terms.some((t) => ROLE_TERMS[role]!.has(t)));
  const named = new Set<string>();
  const found = new Set<string>();
  for (const hit of hits.slice(0, ARTICLE_HITS)) {
    const s = kb.sentences[hit.id]!;
    found.add(s.articleId);
    if (s.role !== 'body' && s.role !== 'related') named.add(s.articleId);
  }
  for (const articleId of found) {
    for (const id of kb.sentenceIdsOf(articleId)) {
      if (out.has(id)) continue;
      const s = kb.sentences[id]!;
      const wanted = rolesOf(s).some((r) => roles.includes(r)) || (named.has(articleId) && s.role === 'body' && [...kb.sentenceTerms(id)].some((t) => asked.has(t)));
      if (wanted) out.set(id, 0);
    }
  }
}

/** The candidate to answer with and its confidence features (for calibration). */
export function bestOf(kb: KnowledgeBase, scored: Scored[]): Scored | undefined {
  const best = preferBodyOverTitle(scored);
  return best && preferWholePassage(kb, scored, best);
}

/**
 * When the sentence after the best one leans on it ("…there have also been challenges." → "He
 * said corruption has been a key problem…") and scores nearly as well, answer with both: the
 * second sentence often carries the detail the first only announces.
 */
function preferWholePassage(kb: KnowledgeBase, scored: Scored[], best: Scored): Scored {
  const next = kb.neighbour(best.sentence.id, 1);
  if (!next || !leansOnPrevious(kb, next)) return best;
  const candidate = scored.find((s) => s.sentence.id === next.id);
  return candidate && candidate.score >= best.score - PASSAGE_MARGIN ? candidate : best;
}

const PASSAGE_MARGIN = 0.2;

function scoreSentence(kb: KnowledgeBase, q: AnalysedQuestion, groups: TermGroup[], total: number, sentence: Sentence, bm25: number, withSoft: boolean): Scored {
  const own = termSet(kb, sentence);
  const prev = kb.neighbour(sentence.id, -1);
  const next = kb.neighbour(sentence.id, 1);
  const prevTerms = prev ? termSet(kb, prev) : EMPTY;
  const nextTerms = next ? termSet(kb, next) : EMPTY;
  const articleTerms = kb.articleContextTerms(sentence.articleId);
  const ownWords = withSoft ? kb.sentenceWordIds(sentence.id) : NO_IDS;
  const prevWords = withSoft && prev ? kb.sentenceWordIds(prev.id) : NO_IDS;
  const nextWords = withSoft && next ? kb.sentenceWordIds(next.id) : NO_IDS;
  let ownWeight = 0;
  let contextWeight = 0;
  let prevWeight = 0;
  let focusUnknown = false;
  let nameMissing = false;
  let nameAway = false;
  const leans = prev !== undefined && leansOnPrevious(kb, sentence);
  const asksAboutLine = METADATA_ROLES.has(sentence.role) && groups.some((g) => roleMatch(g.origin, sentence));
  for (const g of groups) {
    const idf = kb.index.idf(g.origin);
    let inOwn = Math.max(groupMatch(g, own), roleMatch(g.origin, sentence));
    // A dateline, byline or caption means nothing without its article: when the question asks
    // about the page ("who wrote the VOA piece on Khalilzad"), the article's own words (title,
    // other metadata) count as the line's own.
    if (inOwn < 1 && asksAboutLine) inOwn = Math.max(inOwn, groupMatch(g, articleTerms));
    if (inOwn < 1 && withSoft) inOwn = Math.max(inOwn, g.soft?.best(ownWords) ?? 0);
    const inPrev = groupMatch(g, prevTerms);
    if (leans) inOwn = Math.max(inOwn, inPrev);
    let inAround = Math.max(inPrev, groupMatch(g, nextTerms), groupMatch(g, articleTerms));
    if (inAround < 1 && withSoft && g.soft) inAround = Math.max(inAround, g.soft.best(prevWords), g.soft.best(nextWords));
    ownWeight += idf * inOwn;
    contextWeight += idf * Math.max(0, inAround - inOwn);
    if (inOwn === 0 && inAround === 0 && g.origin === q.focus && kb.index.documentFrequency(g.origin) === 0) focusUnknown = true;
    // A name the question gives ("the UN envoy", "president of Pakistan") that neither the sentence,
    // its neighbours nor its article mention: the sentence is about someone or somewhere else.
    if (inOwn === 0 && inAround === 0 && kb.index.isName(g.origin)) {
      if (groupMatch(g, articleTermsOf(kb, sentence.articleId)) === 0 || otherNameInItsPlace(q, g, sentence)) nameMissing = true;
      else nameAway = true;
    }
    prevWeight += idf * Math.max(0, inPrev - inOwn);
  }
  const ownCov = total > 0 ? ownWeight / total : 0;
  const ctxCov = total > 0 ? contextWeight / total : 0;
  const span = q.expected === 'any' ? undefined : findAnswerSpan(sentence, q);
  const typeOk = q.expected === 'any' || span !== undefined;
  const lower = sentence.text.toLowerCase();
  // A quoted title names the article: it is found in a metadata line the question asks about too.
  const title = asksAboutLine ? (kb.article(sentence.articleId)?.title.toLowerCase() ?? '') : '';
  const quotedHit = q.quoted.some((p) => lower.includes(p.toLowerCase()) || title.includes(p.toLowerCase()));
  let score = ownCov + WEIGHTS.context * ctxCov + WEIGHTS.bm25 * bm25 + WEIGHTS.proximity * proximity(sentence, own, q);
  if (q.expected !== 'any') score += typeOk ? WEIGHTS.typeHit : WEIGHTS.typeMiss;
  // …while the title it quotes does not answer "who wrote" or "when was it published".
  if (quotedHit && !(sentence.role === 'title' && asksAboutPage(q))) score += WEIGHTS.quoted;
  // "Which country…": the sentence that answers names the kind of thing asked for.
  if (q.focus && own.has(q.focus)) score += WEIGHTS.focus;
  if (sentence.role === 'title') score += WEIGHTS.title;
  // A dateline, byline or caption answers questions about the page ("who wrote", "when was it
  // updated", "where was the photo taken"), not about the story: "how many provinces" is not
  // answered by "Tuesday May 4th, 2021 0 Views".
  if (METADATA_ROLES.has(sentence.role) && !asksAboutLine) score += WEIGHTS.offTopicMetadata;
  const useNeighbour = leans || (prev !== undefined && prevWeight > 0.25 * total);
  return { sentence, score, bm25, own: ownCov, context: ctxCov, typeOk, span, focusUnknown, nameMissing, nameAway, useNeighbour };
}

/**
 * A headline summarises its story; the body sentence that repeats it carries the details
 * ("in Kabul" → "in Kabul’s fifth district"). When the best candidate is a title and a body
 * sentence of the same article scores nearly as well, answer with the body sentence.
 */
function preferBodyOverTitle(scored: Scored[]): Scored | undefined {
  const best = scored[0];
  if (!best || best.sentence.role !== 'title') return best;
  const body = scored.find((s) => s.sentence.role === 'body' && s.sentence.articleId === best.sentence.articleId);
  return body && body.score >= best.score - TITLE_MARGIN ? body : best;
}

const TITLE_MARGIN = 0.2;

const EMPTY = new Set<string>();
const METADATA_ROLES = new Set<SentenceRole>(['byline', 'dateline', 'caption', 'note']);

const articleTermCaches = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** Every term of an article's sentences (built on first use per article: only names need it). */
function articleTermsOf(kb: KnowledgeBase, articleId: string): Set<string> {
  let cache = articleTermCaches.get(kb);
  if (!cache) articleTermCaches.set(kb, (cache = new Map()));
  let terms = cache.get(articleId);
  if (!terms) {
    terms = new Set();
    for (const id of kb.sentenceIdsOf(articleId)) for (const t of kb.sentenceTerms(id)) terms.add(t);
    cache.set(articleId, terms);
  }
  return terms;
}

function termSet(kb: KnowledgeBase, s: Sentence): Set<string> {
  return kb.sentenceTerms(s.id);
}

const NO_IDS = new Int32Array(0);

/** Candidates re-scored with word-vector soft matching. */
const SOFT_CANDIDATES = 12;

/** Similarities below this are noise (truce~banana 0.1, keep~maintain 0.73, deal~agreement 0.86; tuned on SQuAD dev and the dev set). */
const SOFT_MIN = 0.7;
/** A related word counts for less than the word itself. */
const SOFT_WEIGHT = 0.6;
/** Near-synonyms and forms of one name (truce~ceasefire 0.92, afghan~afghanistan 0.82) count almost fully. */
const NEAR_SYNONYM = 0.8;
const NEAR_SYNONYM_WEIGHT = 0.85;

/**
 * Word-vector soft matching for one question term: the best similarity between the question's
 * words for it and a sentence's words, remembered per corpus word for the rest of the question.
 */
class SoftTerm {
  private readonly seen = new Map<number, number>();

  constructor(
    private readonly vectors: WordVectors,
    private readonly queryIds: number[],
  ) {}

  static of(words: string[] | undefined): SoftTerm | undefined {
    const vectors = wordVectors();
    if (!vectors || !words) return undefined;
    const ids = words.map((w) => vectors.idOf(w)).filter((id) => id >= 0);
    return ids.length ? new SoftTerm(vectors, ids) : undefined;
  }

  /** 0, or SOFT_WEIGHT × the best similarity when it reaches SOFT_MIN. */
  best(wordIds: Int32Array): number {
    let best = 0;
    for (const id of wordIds) {
      let sim = this.seen.get(id);
      if (sim === undefined) {
        sim = 0;
        for (const q of this.queryIds) sim = Math.max(sim, this.vectors.similarityOfIds(q, id));
        this.seen.set(id, sim);
      }
      if (sim > best) best = sim;
    }
    if (best < SOFT_MIN) return 0;
    return best * (best >= NEAR_SYNONYM ? NEAR_SYNONYM_WEIGHT : SOFT_WEIGHT);
  }
}

/**
 * Words that ask about a page's metadata rather than its prose: "who wrote" → the byline,
 * "photo" → the caption, "updated" → the dateline, "reprinted" → the note.
 */
const ROLE_TERMS: Partial<Record<SentenceRole, Set<string>>> = {
  byline: new Set(['wrote', 'written', 'writer', 'author', 'byline', 'report', 'reporter', 'journalist', 'correspond'].map(termOf)),
  caption: new Set(['photo', 'photograph', 'photographer', 'picture', 'pic', 'image', 'pictured', 'caption', 'shot', 'credit'].map(termOf)),
  dateline: new Set(['published', 'updated', 'posted', 'date', 'dated', 'publication'].map(termOf)),
  note: new Set(['reprinted', 'republished', 'originally', 'published', 'source', 'syndicated'].map(termOf)),
};

/** The question asks about a page's metadata: its author, date, photo or source. */
function asksAboutPage(q: AnalysedQuestion): boolean {
  return q.terms.some((t) => Object.values(ROLE_TERMS).some((terms) => terms.has(t)));
}

function roleMatch(term: string, s: Sentence): number {
  return rolesOf(s).some((role) => ROLE_TERMS[role]?.has(term)) ? 1 : 0;
}

/** A byline that carries the date ("By Lara Seligman 09/11/2020 12:40 PM EDT") is a dateline too. */
function rolesOf(s: Sentence): SentenceRole[] {
  return s.role === 'byline' && DATE_PATTERN.test(s.text) ? ['byline', 'dateline'] : [s.role];
}

interface TermGroup {
  origin: string;
  variants: Map<string, number>;
  /** Multi-word names the question word abbreviates ("un" → United Nations): all their terms must appear. */
  phrases: string[][];
  soft: SoftTerm | undefined;
}

/** A phrase an abbreviation stands for counts almost as the word itself. */
const PHRASE_WEIGHT = 0.9;

/** How well a set of terms matches one question term: its best variant, or a whole phrase it abbreviates. */
function groupMatch(g: TermGroup, terms: Set<string>): number {
  const best = bestSimilarity(g.variants, terms);
  if (best >= PHRASE_WEIGHT) return best;
  return g.phrases.some((p) => p.every((t) => terms.has(t))) ? PHRASE_WEIGHT : best;
}

/** Expansion variants grouped by the question term they come from. */
function weightedByOrigin(kb: KnowledgeBase, weighted: WeightedTerm[], words: ReadonlyMap<string, string[]>): TermGroup[] {
  const groups = variantsByOrigin(weighted);
  // Names get no soft matching: similar vectors make "Pakistan" look like "Afghanistan", but a name
  // stands for one place, person or body, not for its neighbours.
  return [...groups].map(([origin, variants]) => ({
    origin,
    variants,
    phrases: abbreviatedPhrases(kb, origin, words.get(origin)),
    soft: kb.index.isName(origin) ? undefined : SoftTerm.of(words.get(origin)),
  }));
}

/** Phrases for a question word the corpus never uses or writes as a name ("UN", "IE", "centcom"). */
function abbreviatedPhrases(kb: KnowledgeBase, origin: string, words: string[] | undefined): string[][] {
  if (!words || (kb.index.documentFrequency(origin) > 0 && !kb.index.isName(origin))) return [];
  return words.flatMap((w) => phrasesAbbreviatedBy(kb, w));
}

function bestSimilarity(variants: Map<string, number>, terms: Set<string>): number {
  let best = 0;
  for (const [term, weight] of variants) if (weight > best && terms.has(term)) best = weight;
  return best;
}

/**
 * The sentence puts another name where the question has this one: "the UN special envoy" asked,
 * "the US special envoy" found. The word after the name in the question follows a different
 * capitalised word in the sentence.
 */
function otherNameInItsPlace(q: AnalysedQuestion, g: TermGroup, sentence: Sentence): boolean {
  const qt = q.tokens;
  const at = qt.findIndex((t) => g.variants.has(t.term) || t.term === g.origin);
  const after = qt[at + 1];
  if (at < 0 || !after?.term || after.stop) return false;
  const st = sentence.tokens;
  for (let i = 1; i < st.length; i++) {
    const before = st[i - 1]!;
    if (st[i]!.term === after.term && before.type === 'word' && /^\p{Lu}/u.test(before.value) && !g.variants.has(before.term) && !g.phrases.some((p) => p.includes(before.term))) return true;
  }
  return false;
}

/** 1 when the question's matched terms sit close together, falling towards 0 as they spread. */
function proximity(sentence: Sentence, own: Set<string>, q: AnalysedQuestion): number {
  const wanted = new Set(q.terms.filter((t) => own.has(t)));
  if (wanted.size < 2) return 0;
  const positions = sentence.tokens.map((t, i) => (wanted.has(t.term) ? i : -1)).filter((i) => i >= 0);
  const spread = positions[positions.length - 1]! - positions[0]! + 1;
  return Math.min(1, (wanted.size * 2) / spread);
}

/** Sentences that lean on the one before: they open with a pronoun. */
const REFERENCE_START = /^(?:["“‘']?\s*)(?:(?:and|but|so|yet|also)\s+)?(?:he|she|they|it|this|that|these|those|his|her|their|its|we|our)\b/i;

/**
 * A sentence that cannot stand alone: it opens with a pronoun or a connective and a pronoun ("He
 * said…", "And we…"), or it continues a quotation the sentence before opened ("“Over the long
 * history… mistakes made. The issue of sanctuaries… was not dealt with,” he said.").
 */
export function leansOnPrevious(kb: KnowledgeBase, s: Sentence): boolean {
  if (REFERENCE_START.test(s.text)) return true;
  const prev = kb.neighbour(s.id, -1);
  return prev !== undefined && prev.paragraph === s.paragraph && opensQuotation(prev.text) && !/^\s*[“"]/.test(s.text);
}

/** The text opens a quotation it does not close (curly quotes, or an odd number of straight ones). */
function opensQuotation(text: string): boolean {
  const open = text.lastIndexOf('“');
  if (open >= 0) return text.indexOf('”', open) < 0;
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

function answerSentences(kb: KnowledgeBase, best: Scored): AnswerSentence[] {
  const out: AnswerSentence[] = [];
  const prev = best.useNeighbour ? kb.neighbour(best.sentence.id, -1) : undefined;
  if (prev) out.push({ id: prev.id, articleId: prev.articleId, text: prev.text });
  const main: AnswerSentence = { id: best.sentence.id, articleId: best.sentence.articleId, text: best.sentence.text };
  if (best.span) main.highlight = best.span;
  out.push(main);
  return out;
}

/** Sentences joined as the article has them (adjacent sentences of one paragraph keep their spacing). */
function joinVerbatim(kb: KnowledgeBase, sentences: AnswerSentence[]): string {
  return sentences.map((s) => s.text).join(sentences.length > 1 && kb.sentences[sentences[0]!.id]!.paragraph !== kb.sentences[sentences[1]!.id]!.paragraph ? '\n' : ' ');
}

function passage(kb: KnowledgeBase, s: Scored): Passage {
  return { text: s.sentence.text, source: sourceOf(kb.article(s.sentence.articleId)!), score: round(s.score) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
