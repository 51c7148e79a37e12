import type { Article, LoadResult, LoadWarning } from '../corpus/types.js';
import { readCorpus, type ReadCorpusOptions } from '../corpus/readCorpus.js';
import type { Sentence, SentenceRole } from '../nlp/types.js';
import { analyseText } from '../nlp/analyse.js';
import { termsOf } from '../nlp/analyse.js';
import { searchTerms } from '../nlp/terms.js';
import { wordVectors } from '../nlp/wordVectors.js';
import { SentenceIndex } from './SentenceIndex.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import { quotesOf } from '../quotes/attachQuotes.js';
import { extractEvents } from '../timeline/extractEvents.js';

export interface ArticleEntry {
  article: Article;
  /** Ids of the article's sentences in reading order: title, extras, then body. */
  sentenceIds: number[];
}

/**
 * Everything Archivist knows, built once and never changed: articles, every sentence verbatim,
 * and the keyword index. A reload builds a new KnowledgeBase and swaps the reference, so readers
 * never see a half-built one and a failed reload leaves the one in service untouched.
 */
export class KnowledgeBase {
  readonly articles: readonly Article[];
  readonly sentences: readonly Sentence[];
  readonly index: SentenceIndex;
  readonly warnings: readonly LoadWarning[];
  /** Every quotation, attributed, in article order. */
  readonly quotes: readonly Quote[];
  /** Every dated event, in article order (the timeline engine sorts). */
  readonly events: readonly TimelineEvent[];
  readonly builtAt = new Date();
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly termCache = new Map<number, Set<string>>();
  private readonly wordIdCache = new Map<number, Int32Array>();
  private readonly articleTermCache = new Map<string, Set<string>>();

  private constructor(load: LoadResult) {
    this.articles = load.articles;
    this.warnings = load.warnings;
    const sentences: Sentence[] = [];
    for (const article of load.articles) {
      const ids: number[] = [];
      const add = (role: SentenceRole, paragraph: number, text: string) => {
        analyseText(text).forEach((a, position) => {
          const id = sentences.length;
          sentences.push({ id, articleId: article.id, role, paragraph, position, ...a });
          ids.push(id);
        });
      };
      add('title', 0, article.title);
      article.extras.forEach((x, i) => add(x.kind, i, x.text));
      article.paragraphs.forEach((p, i) => add('body', i, p));
      this.entries.set(article.id, { article, sentenceIds: ids });
    }
    this.sentences = sentences;
    const quotes: Quote[] = [];
    const events: TimelineEvent[] = [];
    for (const article of load.articles) {
      const own = this.entries.get(article.id)!.sentenceIds.map((id) => sentences[id]!);
      quotes.push(...quotesOf(article, own));
      events.push(...extractEvents(article, own));
    }
    this.quotes = quotes;
    this.events = events;
    const titleTerms = new Map(load.articles.map((a) => [a.id, termsOf(a.title)]));
    this.index = new SentenceIndex(sentences, (id) => titleTerms.get(id) ?? []);
  }

  static fromLoad(load: LoadResult): KnowledgeBase {
    return new KnowledgeBase(load);
  }

  static async load(dir: string, options?: ReadCorpusOptions): Promise<KnowledgeBase> {
    return new KnowledgeBase(await readCorpus(dir, options));
  }

  /** The searchable terms of a sentence (cached: re-ranking asks for the same ones often). */
  sentenceTerms(id: number): Set<string> {
    let terms = this.termCache.get(id);
    if (!terms) {
      terms = new Set(searchTerms(this.sentences[id]?.tokens ?? []));
      if (this.termCache.size > 100_000) this.termCache.clear();
      this.termCache.set(id, terms);
    }
    return terms;
  }

  /** Word-vector rows of a sentence's content words (cached), for soft matching. */
  sentenceWordIds(id: number): Int32Array {
    let ids = this.wordIdCache.get(id);
    if (!ids) {
      const vectors = wordVectors();
      const out: number[] = [];
      if (vectors) {
        for (const t of this.sentences[id]?.tokens ?? []) {
          if (t.type !== 'word' || t.stop) continue;
          const row = vectors.idOf(t.value);
          if (row >= 0) out.push(row);
        }
      }
      ids = Int32Array.from(out);
      if (this.wordIdCache.size > 100_000) this.wordIdCache.clear();
      this.wordIdCache.set(id, ids);
    }
    return ids;
  }

  /**
   * Terms that describe a whole article: its title, outlet, author and its metadata lines
   * (datelines, bylines, captions). A question naming "the VOA piece" or "the Sept 27 article"
   * uses them to say which article it means.
   */
  articleContextTerms(articleId: string): Set<string> {
    let terms = this.articleTermCache.get(articleId);
    if (!terms) {
      const a = this.article(articleId);
      const ids = this.sentenceIdsOf(articleId).filter((id) => this.sentences[id]!.role !== 'body' && this.sentences[id]!.role !== 'related');
      terms = new Set([...ids.flatMap((id) => [...this.sentenceTerms(id)]), ...termsOf([a?.outlet, a?.author].filter(Boolean).join('. '))]);
      this.articleTermCache.set(articleId, terms);
    }
    return terms;
  }

  article(id: string): Article | undefined {
    return this.entries.get(id)?.article;
  }

  sentenceIdsOf(articleId: string): readonly number[] {
    return this.entries.get(articleId)?.sentenceIds ?? [];
  }

  /** The sentence before or after, in the same paragraph of the same role (body prose flows on). */
  neighbour(id: number, direction: -1 | 1): Sentence | undefined {
    const s = this.sentences[id];
    const n = this.sentences[id + direction];
    if (!s || !n || n.articleId !== s.articleId || n.role !== s.role) return undefined;
    if (s.role !== 'body' && n.paragraph !== s.paragraph) return undefined;
    return n;
  }
}
