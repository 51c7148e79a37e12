import type { Article, LoadResult } from '../corpus/types.js';
import type { Sentence } from '../nlp/types.js';
import { searchTerms } from '../nlp/terms.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import type { ArticleAnalysis } from './analyseArticle.js';
import { SentenceIndex } from './SentenceIndex.js';
import type { KnowledgeBaseParts } from './KnowledgeBase.js';

/**
 * Gathers analysed articles, in corpus order, into the parts of a knowledge base: it gives their
 * sentences global ids (analyses number them from 0 per article) and indexes them. Wherever the
 * analysis ran (this thread or a worker), the result is the same.
 */
export class KnowledgeBaseBuilder {
  private readonly sentences: Sentence[] = [];
  private readonly quotes: Quote[] = [];
  private readonly events: TimelineEvent[] = [];
  private readonly index = new SentenceIndex();

  constructor(private readonly load: LoadResult) {}

  /** Appends the next article of the corpus with its analysis. */
  append(article: Article, analysis: ArticleAnalysis): void {
    const offset = this.sentences.length;
    for (const s of analysis.sentences) {
      s.id += offset;
      this.sentences.push(s);
    }
    for (const q of analysis.quotes) {
      q.sentenceIds = q.sentenceIds.map((id) => id + offset);
      this.quotes.push(q);
    }
    for (const e of analysis.events) {
      e.sentenceId += offset;
      this.events.push(e);
    }
    const titleTerms = analysis.sentences.filter((s) => s.role === 'title').flatMap((s) => searchTerms(s.tokens));
    for (const s of analysis.sentences) this.index.add(s, titleTerms);
  }

  parts(): KnowledgeBaseParts {
    const { articles, warnings } = this.load;
    return { articles, warnings, sentences: this.sentences, quotes: this.quotes, events: this.events, index: this.index };
  }
}
