import type { Article, LoadResult } from '../corpus/types.js';
import type { Sentence, SentenceToken } from '../nlp/types.js';
import { searchTerms } from '../nlp/terms.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import type { ArticleAnalysis } from './analyseArticle.js';
import type { PackedArticle } from './packedAnalysis.js';
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
    const stored = analysis.sentences.map((s) => {
      const first = this.tokens.append(s.text, s.tokens);
      return { sentence: new StoredSentence({ ...fieldsOf(s), id: s.id + offset }, this.tokens, first, s.tokens.length), tokens: s.tokens };
    });
    this.add(stored, analysis.quotes, analysis.events, offset);
  }

  /** Appends the next article from a worker's packed batch, whose token columns are `columns` (from `columnsOf`). */
  appendPacked(article: PackedArticle, columns: ForeignColumns): void {
    const offset = this.sentences.length;
    const stored = article.sentences.map(({ fields, firstToken, tokenCount }) => {
      const first = this.tokens.appendColumns(columns, firstToken, tokenCount);
      const sentence = new StoredSentence({ ...fields, id: fields.id + offset }, this.tokens, first, tokenCount);
      return { sentence, tokens: sentence.tokens };
    });
    this.add(stored, article.quotes, article.events, offset);
  }

  /** A batch's token columns, ready for appendPacked. */
  columnsOf(data: TokenColumnsData): ForeignColumns {
    return this.tokens.columnsFrom(data);
  }

  parts(): KnowledgeBaseParts {
    this.tokens.trim();
    const { articles, warnings } = this.load;
    return { articles, warnings, sentences: this.sentences, quotes: this.quotes, events: this.events, index: this.index, tokens: this.tokens };
  }

  private add(stored: { sentence: StoredSentence; tokens: SentenceToken[] }[], quotes: Quote[], events: TimelineEvent[], offset: number): void {
    for (const q of quotes) {
      q.sentenceIds = q.sentenceIds.map((id) => id + offset);
      this.quotes.push(q);
    }
    for (const e of events) {
      e.sentenceId += offset;
      this.events.push(e);
    }
    const titleTerms = stored.filter((s) => s.sentence.role === 'title').flatMap((s) => searchTerms(s.tokens));
    for (const { sentence, tokens } of stored) {
      this.sentences.push(sentence);
      this.index.add(sentence.id, tokens, titleTerms);
    }
  }
}

function fieldsOf(s: Sentence): SentenceFields {
  const { id, articleId, role, paragraph, position, start, end, text, entities } = s;
  return { id, articleId, role, paragraph, position, start, end, text, entities };
}
