import type { SentenceEntity, SentenceRole } from '../nlp/types.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import type { ArticleAnalysis } from './analyseArticle.js';
import { Codes } from './Codes.js';
import type { SentenceFields } from './StoredSentence.js';
import { TokenStore, type PackedTokenColumns } from './TokenStore.js';
import { StringTable, type AddedStrings } from './batchStrings.js';
import { IndexStats, countsCapitals, type IndexStatsColumns } from './IndexStats.js';
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
  tokens: PackedTokenColumns;
  quotes: Quote[][];
  events: TimelineEvent[][];
  /** The sentences' postings in the keyword index (their search terms, counted; terms as string ids). */
  postings: PackedPostings;
  /** The strings this batch added to its worker's StringTable (the ids above name them and earlier ones). */
  strings: AddedStrings;
  /** Per article: its title's search terms joined by spaces. */
  titleTexts: string[];
  /** The batch's index statistics, to merge into the knowledge base's. */
  stats: IndexStatsColumns;
}

export interface PackedPostings extends Omit<BatchPostings, 'terms'> {
  terms: Int32Array;
}

/** One article of a packed batch: sentences (local ids) with where their tokens sit in the batch's columns. */
export interface PackedArticle {
  sentences: { fields: SentenceFields; firstToken: number; tokenCount: number }[];
  quotes: Quote[];
  events: TimelineEvent[];
  titleText: string;
}

const META = 6;

/**
 * The analyses of a batch, packed; `table` numbers its strings (a worker keeps one for all its
 * batches, whose strings then go once: see batchStrings.ts).
 */
export function packAnalyses(analyses: readonly ArticleAnalysis[], table = new StringTable()): PackedAnalyses {
  const roles = new Codes();
  const tokens = new TokenStore();
  const sentences = analyses.flatMap((a) => a.sentences);
  const sentenceMeta = new Int32Array(sentences.length * META);
  const stats = new IndexStats();
  const indexTerms: string[][] = [];
  let postings: BatchPostings | undefined;
  // The batch's document frequencies are its postings' counts (see IndexStats.deriveDf), counted
  // from the sentences' terms only from a sentence whose terms are not plain.
  stats.deriveDf(() => (postings ? postings.terms.map((t, i): [string, number] => [t, postings!.counts[i]!]) : documentFrequencies(indexTerms)));
  sentences.forEach((s, i) => {
    sentenceMeta.set([roles.code(s.role), s.paragraph, s.position, s.start, s.end, s.tokens.length], i * META);
    tokens.append(s.text, s.tokens);
    indexTerms.push(stats.add(s.tokens, countsCapitals(s.role, s.tokens)));
  });
  tokens.trim();
  postings = batchPostings(indexTerms);
  const statsColumns = stats.toColumns(table);
  // While derived, the stats' terms are the postings' terms, in the same order: numbered once.
  const postingTerms = stats.derivesDf ? statsColumns.terms : Int32Array.from(postings.terms, (t) => table.id(t));
  return {
    roles: roles.list,
    sentenceCounts: Int32Array.from(analyses, (a) => a.sentences.length),
    sentenceMeta,
    texts: sentences.map((s) => s.text),
    entities: sentences.map((s) => s.entities),
    tokens: tokens.toPacked(table),
    quotes: analyses.map((a) => a.quotes),
    events: analyses.map((a) => a.events),
    postings: { ...postings, terms: postingTerms },
    titleTexts: analyses.map((a) => titleTerms(a.sentences).join(' ')),
    stats: statsColumns,
    strings: table.takeAdded(), // last: after every string of the batch is numbered
  };
}

/** Each term's number of documents, in the order the terms first occur (as IndexStats counts them). */
function documentFrequencies(documents: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of documents) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
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
  const columns = [packed.sentenceCounts, packed.sentenceMeta, t.codes, t.starts, t.lengths, t.types, t.pos, t.terms];
  const arrays = [...columns, s.terms, s.df, s.forms, s.formTerms, s.caps, p.terms, p.lengths, p.counts, p.docs, p.tfs];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]; // the stats' and postings' terms may be one array
}
