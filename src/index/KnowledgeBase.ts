import type { Article, LoadResult, LoadWarning } from '../corpus/types.js';
import { readCorpus, type ReadCorpusOptions } from '../corpus/readCorpus.js';
import { storyCopyGroups } from '../corpus/storyCopies.js';
import type { Sentence } from '../nlp/types.js';
import { termsOf } from '../nlp/analyse.js';
import { wordVectors } from '../nlp/wordVectors.js';
import type { SentenceIndex } from './SentenceIndex.js';
import type { TokenStore } from './TokenStore.js';
import { IntColumn } from './IntColumn.js';
import type { StoredSentence } from './StoredSentence.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import { analyseArticleSteps } from './analyseArticle.js';
import { KnowledgeBaseBuilder } from './KnowledgeBaseBuilder.js';
import { AnalysisWorkersFailed } from './analysisPool.js';
import { buildInWorkers, defaultWorkerCount, largeEnough, workersForIdle } from './buildInWorkers.js';
import { EarlyWorkers } from './earlyWorkers.js';
import { prepareAnalysisWorkers } from './spawnAnalysisWorker.js';
import { runAll, runInSlices } from '../shared/runInSlices.js';

/**
 * A corpus folder with at least this many files gets its analysis workers started while it is
 * read (BBC: 2,225 files). Fewer files rarely hold the text a worker needs (MIN_CHARS_FOR_WORKERS).
 */
const EARLY_WORKERS_MIN_FILES = 1_000;

/**
 * Work between two yields to the event loop in an async build, ms. A query during a reload waits
 * for the slice in progress, plus a GC pause or the OS running a worker: with 15 ms slices the
 * bench's worst wait during a BBC reload reached 60 ms on a slow day; with 8 (and no step longer
 * than a few ms) it stayed at 20-28 ms against 43-123 ms in the same sitting, rebuilds no slower.
 */
const SLICE_MS = 8;

/** Sentences between two yields of wordRowSteps (~1 ms). */
const WORD_ROW_SENTENCES_PER_STEP = 256;

export interface BuildOptions {
  /** Longest stretch of work between two yields to the event loop (async build), ms. Default 8. */
  sliceMs?: number;
  /** Called as articles are processed: (done, total). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads for the NLP analysis (async build only); 0 analyses on this thread. Default:
   * none for a small corpus or a busy machine, else one per core idle beside this thread's (at most 4). When workers fail, the build runs here.
   */
  workers?: number;
}

/** What a knowledge base is made of; a snapshot stores exactly this. */
export interface KnowledgeBaseParts {
  articles: readonly Article[];
  warnings: readonly LoadWarning[];
  sentences: StoredSentence[];
  quotes: Quote[];
  events: TimelineEvent[];
  index: SentenceIndex;
  /** The tokens of every sentence, in columns (sentences read theirs from it). */
  tokens: TokenStore;
}

/**
 * The build on this thread as a sequence of small steps (one part of an article analysed, one
 * article's findings and indexing): the caller decides whether to run them straight through or
 * to yield between them. Each `yield` marks a point where the event loop may run.
 */
function* buildSteps(load: LoadResult, onProgress?: (done: number, total: number) => void): Generator<void, KnowledgeBaseParts> {
  const builder = new KnowledgeBaseBuilder(load);
  let done = 0;
  const total = load.articles.length;
  for (const article of load.articles) {
    yield* builder.appendSteps(article, yield* analyseArticleSteps(article));
    onProgress?.(++done, total);
    yield;
  }
  yield* builder.settleIndexSteps();
  yield;
  return builder.parts();
}

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

/** Lines that say nothing of what the article is: its prose, the page's other headlines, its share buttons and prompts. */
const OTHER_THAN_ARTICLE = new Set(['body', 'related', 'furniture']);
export class KnowledgeBase {
  readonly articles: readonly Article[];
  readonly sentences: readonly StoredSentence[];
  readonly index: SentenceIndex;
  readonly tokens: TokenStore;
  readonly warnings: readonly LoadWarning[];
  /** Every quotation, attributed, in article order. */
  readonly quotes: readonly Quote[];
  /** Every dated event, in article order (the timeline engine sorts). */
  readonly events: readonly TimelineEvent[];
  readonly builtAt = new Date();
  /** Worker threads that ran the NLP analysis of this build; 0 when it ran on the main thread (or came from a snapshot). */
  readonly analysisWorkers: number;
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly termCache = new Map<number, Set<string>>();
  private readonly wordIdCache = new Map<number, Int32Array>();
  /** Every sentence's word-vector rows, one sentence after another (sentence i's: [starts[i], starts[i + 1])), once wordRowSteps has run. */
  private wordRows: { rows: Int32Array; starts: Int32Array } | undefined;
  private readonly articleTermCache = new Map<string, Set<string>>();
  /** Per article with copies, its story's articles (made on first use: ~5 ms for BBC). */
  private copies: Map<string, Article[]> | undefined;

  private constructor(parts: KnowledgeBaseParts, analysisWorkers = 0) {
    this.analysisWorkers = analysisWorkers;
    this.articles = parts.articles;
    this.warnings = parts.warnings;
    this.sentences = parts.sentences;
    this.quotes = parts.quotes;
    this.events = parts.events;
    this.index = parts.index;
    this.tokens = parts.tokens;
    for (const article of parts.articles) this.entries.set(article.id, { article, sentenceIds: [] });
    for (const s of parts.sentences) this.entries.get(s.articleId)?.sentenceIds.push(s.id);
  }

  /** A knowledge base from parts built elsewhere (a snapshot). */
  static fromParts(parts: KnowledgeBaseParts): KnowledgeBase {
    return new KnowledgeBase(parts);
  }

  /** Builds in one go (tests, scripts). */
  static fromLoad(load: LoadResult, options: BuildOptions = {}): KnowledgeBase {
    const steps = buildSteps(load, options.onProgress);
    return new KnowledgeBase(runAll(steps));
  }

  /**
   * Builds in slices of at most `sliceMs` of work, yielding to the event loop between them, so
   * that a bot answering interactions stays responsive while a new corpus is indexed. The NLP
   * analysis of a large corpus runs on worker threads; this thread then only indexes.
   */
  static async build(load: LoadResult, options: BuildOptions = {}): Promise<KnowledgeBase> {
    return KnowledgeBase.buildWith(load, options);
  }

  /** build, with workers started early (while the corpus was read) when there are some. */
  private static async buildWith(load: LoadResult, options: BuildOptions, early?: EarlyWorkers): Promise<KnowledgeBase> {
    const sliceMs = options.sliceMs ?? SLICE_MS;
    const idle = await early?.idle; // the early workers are started once it resolves
    const workers = options.workers ?? (early ? (largeEnough(load) ? workersForIdle(idle!) : 0) : await defaultWorkerCount(load));
    if (workers > 0) {
      if (!early) await prepareAnalysisWorkers();
      try {
        const built = await buildInWorkers(load, workers, sliceMs, options.onProgress, early?.take);
        return new KnowledgeBase(built.parts, built.workersUsed);
      } catch (e) {
        if (!(e instanceof AnalysisWorkersFailed)) throw e;
        // Workers are an optimisation: without them the same build runs on this thread.
      }
    }
    return new KnowledgeBase(await runInSlices(buildSteps(load, options.onProgress), sliceMs));
  }

  /** Reads a corpus folder and builds its knowledge base without blocking the event loop for long. */
  static async load(dir: string, options: ReadCorpusOptions & BuildOptions = {}): Promise<KnowledgeBase> {
    // For a folder of many files, the analysis workers start while it is read (their cold start
    // then costs the build nothing); the build decides how many it uses once it knows the text.
    let early: EarlyWorkers | undefined;
    const onListed = (files: number) => {
      if (files >= EARLY_WORKERS_MIN_FILES && options.workers !== 0) early = new EarlyWorkers(options.workers);
    };
    try {
      return await KnowledgeBase.buildWith(await readCorpus(dir, { ...options, onListed }), options, early);
    } finally {
      await early?.release();
    }
  }

  /** The searchable terms of a sentence (cached: re-ranking asks for the same ones often). */
  sentenceTerms(id: number): Set<string> {
    let terms = this.termCache.get(id);
    if (!terms) {
      const s = this.sentences[id];
      terms = new Set(s ? this.tokens.searchTermsOf(s.text, s.firstToken, s.tokenCount) : []);
      if (this.termCache.size > 100_000) this.termCache.clear();
      this.termCache.set(id, terms);
    }
    return terms;
  }

  /** Positions (token indexes) of a sentence's first and last token whose term is in `terms`, or undefined. */
  termSpan(id: number, terms: ReadonlySet<string>): [number, number] | undefined {
    const s = this.sentences[id];
    return s && this.tokens.termSpan(s.firstToken, s.tokenCount, terms);
  }

  /** The value and POS tag of each token of a sentence whose term is `term`. */
  tokensWithTerm(id: number, term: string): { value: string; pos: string }[] {
    const s = this.sentences[id];
    return s ? this.tokens.tokensWithTerm(s.text, s.firstToken, s.tokenCount, term) : [];
  }

  /** A sentence's content terms (no stop words) in reading order. */
  termSequence(id: number): string[] {
    const s = this.sentences[id];
    return s ? this.tokens.contentTermsOf(s.firstToken, s.tokenCount) : [];
  }

  /**
   * Word-vector rows of a sentence's content words, for soft matching: from the table of every
   * sentence's once the warm-up has made it (wordRowSteps), else made now and cached.
   */
  sentenceWordIds(id: number): Int32Array {
    const all = this.wordRows;
    if (all && id >= 0 && id + 1 < all.starts.length) return all.rows.subarray(all.starts[id], all.starts[id + 1]);
    let ids = this.wordIdCache.get(id);
    if (!ids) {
      const out: number[] = [];
      this.pushWordRows(id, out);
      ids = Int32Array.from(out);
      if (this.wordIdCache.size > 100_000) this.wordIdCache.clear();
      this.wordIdCache.set(id, ids);
    }
    return ids;
  }

  /**
   * Makes sentenceWordIds' table of every sentence's rows, a few hundred sentences a step, for the
   * warm-up (BBC: 44,000 sentences, ~0.2 s, ~2 MB). Made per question instead, the rows of each
   * candidate sentence not met before were a quarter of BBC's /ask p50 (2.0–2.2 ms against
   * 1.4–1.7 ms with the table, 1,000 questions after a start).
   */
  *wordRowSteps(): Generator<void, void> {
    if (this.wordRows || !wordVectors()) return;
    const n = this.sentences.length;
    const starts = new Int32Array(n + 1);
    const rows = new IntColumn(12 * n);
    for (let id = 0; id < n; id++) {
      starts[id] = rows.length;
      this.pushWordRows(id, rows);
      if (id % WORD_ROW_SENTENCES_PER_STEP === WORD_ROW_SENTENCES_PER_STEP - 1) yield;
    }
    starts[n] = rows.length;
    rows.trim();
    this.wordRows = { rows: rows.values(), starts };
    this.wordIdCache.clear();
  }

  private pushWordRows(id: number, out: { push(row: number): unknown }): void {
    const vectors = wordVectors();
    const s = this.sentences[id];
    if (!vectors || !s) return;
    for (const word of this.tokens.contentWordsOf(s.text, s.firstToken, s.tokenCount)) {
      const row = vectors.idOf(word);
      if (row >= 0) out.push(row);
    }
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
      // Not the page's furniture: "Share on Twitter" says nothing of what the article is.
      const ids = this.sentenceIdsOf(articleId).filter((id) => !OTHER_THAN_ARTICLE.has(this.sentences[id]!.role));
      terms = new Set([...ids.flatMap((id) => [...this.sentenceTerms(id)]), ...termsOf([a?.outlet, a?.author].filter(Boolean).join('. '))]);
      this.articleTermCache.set(articleId, terms);
    }
    return terms;
  }

  article(id: string): Article | undefined {
    return this.entries.get(id)?.article;
  }

  /** The other articles with the same title and body (copies of one story: storyCopyGroups), in corpus order. */
  copiesOf(id: string): readonly Article[] {
    if (!this.copies) {
      this.copies = new Map();
      for (const group of storyCopyGroups(this.articles)) for (const a of group) this.copies.set(a.id, group);
    }
    return this.copies.get(id)?.filter((a) => a.id !== id) ?? [];
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
