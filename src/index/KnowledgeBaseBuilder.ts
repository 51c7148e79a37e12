import type { Article, LoadResult } from '../corpus/types.js';
import type { Sentence } from '../nlp/types.js';
import { titleTerms } from './titleTerms.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import { analysedChars, type ArticleAnalysis } from './analyseArticle.js';
import type { PackedAnalyses, PackedArticle } from './packedAnalysis.js';
import type { WorkerStrings } from './batchStrings.js';
import { SentenceIndex } from './SentenceIndex.js';
import { countsCapitals } from './IndexStats.js';
import { StoredSentence, type SentenceFields } from './StoredSentence.js';
import { TokenStore, type ForeignColumns } from './TokenStore.js';
import type { KnowledgeBaseParts } from './KnowledgeBase.js';
import { runAll } from '../shared/runInSlices.js';

/** Sentences indexed between two yields of appendSteps (~2 ms). */
const SENTENCES_PER_STEP = 40;

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
  private readonly tokens: TokenStore;

  constructor(private readonly load: LoadResult) {
    this.tokens = new TokenStore(undefined, expectedTokens(load));
  }

  /** Appends the next article of the corpus with its analysis (made on this thread). */
  append(article: Article, analysis: ArticleAnalysis): void {
    runAll(this.appendSteps(article, analysis));
  }

  /** append in steps of SENTENCES_PER_STEP sentences (a long article took up to 20 ms in one go). */
  *appendSteps(article: Article, analysis: ArticleAnalysis): Generator<void, void> {
    const offset = this.sentences.length;
    const title = titleTerms(analysis.sentences).join(' ');
    let n = 0;
    for (const s of analysis.sentences) {
      if (++n % SENTENCES_PER_STEP === 0) yield;
      const first = this.tokens.append(s.text, s.tokens);
      const sentence = new StoredSentence({ ...fieldsOf(s), id: s.id + offset }, this.tokens, first, s.tokens.length);
      this.sentences.push(sentence);
      this.index.add(sentence.id, s.tokens, title, countsCapitals(s.role, s.tokens));
    }
    this.addFindings(analysis.quotes, analysis.events, offset);
  }

  /**
   * Takes in a worker's packed batch before its articles are appended with appendPacked: its new
   * strings into `strings` (its worker's), its index statistics merged, its sentences indexed.
   * Returns its token columns, for appendPacked.
   */
  beginPacked(packed: PackedAnalyses, strings: WorkerStrings): ForeignColumns {
    return runAll(this.beginPackedSteps(packed, strings));
  }

  /** beginPacked in steps of a few ms, for a build that yields to the event loop between them. */
  *beginPackedSteps(packed: PackedAnalyses, strings: WorkerStrings): Generator<void, ForeignColumns> {
    strings.receive(packed.strings);
    this.index.mergeStats(packed.stats, strings, packed.postings.plain);
    yield;
    const terms = packed.postings.terms;
    yield* this.index.addCountedSteps(this.sentences.length, packed.postings, (t) => strings.postings(terms[t]!, this.termDocuments));
    yield;
    return this.tokens.columnsWith(packed.tokens, Int32Array.from(packed.tokens.codes, (id) => strings.code(id, this.codeOf)));
  }

  private readonly termDocuments = (term: string) => this.index.termDocuments(term);
  private readonly codeOf = (s: string) => this.tokens.codeOf(s);

  /**
   * Appends the next article from a worker's packed batch, whose token columns are `columns`
   * (from beginPacked).
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

  /** The index's deferred work (SentenceIndex.settleSteps), in steps of its own before `parts`. */
  settleIndexSteps(): Generator<void, void> {
    return this.index.settleSteps();
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

/**
 * About how many tokens a corpus has, a little over (news text: one per 5.0-5.4 characters in BBC,
 * SQuAD and the shipped corpus), so that the token columns are made long enough at once: doubled
 * as they filled, BBC's five columns were copied in the same step, which held the event loop for
 * 15-40 ms during a reload.
 */
function expectedTokens(load: LoadResult): number {
  let chars = 0;
  for (const a of load.articles) chars += analysedChars(a);
  return Math.ceil(chars / 4.5) + 1024;
}
