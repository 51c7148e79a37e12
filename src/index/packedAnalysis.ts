import type { SentenceEntity, SentenceRole } from '../nlp/types.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import type { ArticleAnalysis } from './analyseArticle.js';
import { Codes } from './Codes.js';
import type { SentenceFields } from './StoredSentence.js';
import { TokenStore, type TokenColumnsData } from './TokenStore.js';
import { IndexStats, type IndexStatsColumns } from './IndexStats.js';
import { titleTerms } from './titleTerms.js';
import { batchPostings, type BatchPostings } from './DocumentWriter.js';

/**
 * Article analyses in the form a worker thread posts back: tokens in columns (typed arrays)
 * instead of a million small objects, which are slow to copy between threads and to collect.
 */
export interface PackedAnalyses {
  roles: string[];
  /** Per article: its number of sentences. */
  sentenceCounts: Int32Array;
  /** Per sentence: role code, paragraph, position, start, end, number of tokens. */
  sentenceMeta: Int32Array;
  texts: string[];
  entities: SentenceEntity[][];
  tokens: TokenColumnsData;
  quotes: Quote[][];
  events: TimelineEvent[][];
  /** The sentences' postings in the keyword index (their search terms, counted). */
  postings: BatchPostings;
  /** Per article: its title's search terms joined by spaces. */
  titleTexts: string[];
  /** The batch's index statistics, to merge into the knowledge base's. */
  stats: IndexStatsColumns;
}

/** One article of a packed batch: sentences (local ids) with where their tokens sit in the batch's columns. */
export interface PackedArticle {
  sentences: { fields: SentenceFields; firstToken: number; tokenCount: number }[];
  quotes: Quote[];
  events: TimelineEvent[];
  titleText: string;
}

const META = 6;

export function packAnalyses(analyses: readonly ArticleAnalysis[]): PackedAnalyses {
  const roles = new Codes();
  const tokens = new TokenStore();
  const sentences = analyses.flatMap((a) => a.sentences);
  const sentenceMeta = new Int32Array(sentences.length * META);
  const stats = new IndexStats();
  const indexTerms: string[][] = [];
  sentences.forEach((s, i) => {
    sentenceMeta.set([roles.code(s.role), s.paragraph, s.position, s.start, s.end, s.tokens.length], i * META);
    tokens.append(s.text, s.tokens);
    indexTerms.push(stats.add(s.tokens));
  });
  tokens.trim();
  return {
    roles: roles.list,
    sentenceCounts: Int32Array.from(analyses, (a) => a.sentences.length),
    sentenceMeta,
    texts: sentences.map((s) => s.text),
    entities: sentences.map((s) => s.entities),
    tokens: tokens.toData(),
    quotes: analyses.map((a) => a.quotes),
    events: analyses.map((a) => a.events),
    postings: batchPostings(indexTerms),
    titleTexts: analyses.map((a) => titleTerms(a.sentences).join(' ')),
    stats: stats.toColumns(),
  };
}

/** The batch's articles in order; `articleIds` are the batch's articles. */
export function* readPacked(packed: PackedAnalyses, articleIds: readonly string[]): Generator<PackedArticle> {
  const m = packed.sentenceMeta;
  let s = 0;
  let token = 0;
  for (let a = 0; a < articleIds.length; a++) {
    const sentences: PackedArticle['sentences'] = [];
    for (let id = 0; id < packed.sentenceCounts[a]!; id++, s++) {
      const at = s * META;
      const tokenCount = m[at + 5]!;
      const fields: SentenceFields = {
        id,
        articleId: articleIds[a]!,
        role: packed.roles[m[at]!] as SentenceRole,
        paragraph: m[at + 1]!,
        position: m[at + 2]!,
        start: m[at + 3]!,
        end: m[at + 4]!,
        text: packed.texts[s]!,
        entities: packed.entities[s]!,
      };
      sentences.push({ fields, firstToken: token, tokenCount });
      token += tokenCount;
    }
    yield { sentences, quotes: packed.quotes[a]!, events: packed.events[a]!, titleText: packed.titleTexts[a]! };
  }
}

/** The typed arrays' buffers, to transfer rather than copy. */
export function transferablesOf(packed: PackedAnalyses): ArrayBuffer[] {
  const t = packed.tokens;
  const s = packed.stats;
  const p = packed.postings;
  return [packed.sentenceCounts, packed.sentenceMeta, t.starts, t.lengths, t.types, t.pos, t.terms, s.df, s.formTerms, s.caps, p.lengths, p.counts, p.docs, p.tfs].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
