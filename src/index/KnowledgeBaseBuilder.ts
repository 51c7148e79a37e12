import type { Article, LoadResult } from '../corpus/types.js';
import type { Sentence } from '../nlp/types.js';
import { titleTerms } from './titleTerms.js';
import type { IndexStatsColumns } from './IndexStats.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import type { ArticleAnalysis } from './analyseArticle.js';
import type { PackedArticle } from './packedAnalysis.js';
import type { BatchPostings } from './DocumentWriter.js';
import { SentenceIndex } from './SentenceIndex.js';
import { StoredSentence, type SentenceFields } from './StoredSentence.js';
import { TokenStore, type ForeignColumns, type TokenColumnsData } from './TokenStore.js';
import type { KnowledgeBaseParts } from './KnowledgeBase.js';

/**
 * Gathers analysed articles, in corpus order, into the parts of a knowledge base: it gives their
 * sentences global ids (analyses number them from 0 per article), moves their tokens into the
 * token store and indexes them. Wherever the analysis ran (this thread or a worker), the result
 * is the same.
 */
export class KnowledgeBaseBuilder {
  private readonly sentences: StoredSentence[] = [];
  private readonly quotes: Quote[] = [];
  private readonly events: TimelineEvent[] = [];
  private readonly index = new SentenceIndex();
  private readonly tokens = new TokenStore();

  constructor(private readonly load: LoadResult) {}

  /** Appends the next article of the corpus with its analysis (made on this thread). */
  append(article: Article, analysis: ArticleAnalysis): void {
    const offset = this.sentences.length;
    const title = titleTerms(analysis.sentences).join(' ');
    for (const s of analysis.sentences) {
      const first = this.tokens.append(s.text, s.tokens);
      const sentence = new StoredSentence({ ...fieldsOf(s), id: s.id + offset }, this.tokens, first, s.tokens.length);
      this.sentences.push(sentence);
      this.index.add(sentence.id, s.tokens, title);
    }
    this.addFindings(analysis.quotes, analysis.events, offset);
  }

  /**
   * Indexes the sentences of a worker's packed batch, which come next, from its postings (before
   * its articles are appended with appendPacked).
   */
  indexBatch(postings: BatchPostings): void {
    this.index.addBatch(this.sentences.length, postings);
  }

  /**
   * Appends the next article from a worker's packed batch, whose token columns are `columns`
   * (from `columnsOf`), whose index statistics were merged (`mergeStats`) and whose sentences
   * were indexed (`indexBatch`).
   */
  appendPacked(article: PackedArticle, columns: ForeignColumns): void {
    const offset = this.sentences.length;
    for (const { fields, firstToken, tokenCount } of article.sentences) {
      const first = this.tokens.appendColumns(columns, firstToken, tokenCount);
      const sentence = new StoredSentence({ ...fields, id: fields.id + offset }, this.tokens, first, tokenCount);
      this.sentences.push(sentence);
      this.index.addTitle(sentence.id, article.titleText);
    }
    this.addFindings(article.quotes, article.events, offset);
  }

  /** A batch's token columns, ready for appendPacked. */
  columnsOf(data: TokenColumnsData): ForeignColumns {
    return this.tokens.columnsFrom(data);
  }

  /** Merges a worker batch's index statistics, before indexBatch with the batch's `postings`. */
  mergeStats(stats: IndexStatsColumns, postings?: BatchPostings): void {
    this.index.mergeStats(stats, postings?.plain ?? false);
  }

  parts(): KnowledgeBaseParts {
    this.tokens.trim();
    const { articles, warnings } = this.load;
    return { articles, warnings, sentences: this.sentences, quotes: this.quotes, events: this.events, index: this.index, tokens: this.tokens };
  }

  /** An article's quotes and events, their local sentence ids shifted by `offset`. */
  private addFindings(quotes: Quote[], events: TimelineEvent[], offset: number): void {
    for (const q of quotes) {
      q.sentenceIds = q.sentenceIds.map((id) => id + offset);
      this.quotes.push(q);
    }
    for (const e of events) {
      e.sentenceId += offset;
      this.events.push(e);
    }
  }
}

function fieldsOf(s: Sentence): SentenceFields {
  const { id, articleId, role, paragraph, position, start, end, text, entities } = s;
  return { id, articleId, role, paragraph, position, start, end, text, entities };
}
