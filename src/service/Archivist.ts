import { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { LoadWarning } from '../corpus/types.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { sourceOf, type AskResult, type SourceRef } from '../answer/types.js';
import { buildTimeline } from '../timeline/buildTimeline.js';
import { listSpeakers, searchQuotes, speakersLike, suggestSpeakers, type ReportingSentence } from '../quotes/searchQuotes.js';
import type { DatePrecision, DateSpan } from '../timeline/types.js';
import type { QuoteKind } from '../quotes/types.js';
import { prepareToServe, warmUp } from './warmUp.js';

/** The citation fields every result line carries (an article's SourceRef without its id). */
export type Citation = Omit<SourceRef, 'id'>;

/** One quotation as the presenters show it (speaker, verbatim text, citation). */
export interface QuoteHit extends Citation {
  text: string;
  speaker: string | null;
  kind: QuoteKind;
  /** Part of what was said, quoted inside the article's own sentence. */
  partial?: true;
  /** Reported speech: the sentence it stands in, verbatim, and where the statement lies in it. */
  sentence?: ReportingSentence;
  articleId: string;
  /** Other articles with the same quotation by the same speaker (copies of one story): their ids. */
  alsoIn: string[];
}

/** One chronology line. */
export interface TimelineHit extends Citation {
  date: string;
  precision: DatePrecision;
  text: string;
  /** Where in `text` the date expression stands, when the text dates the event. */
  dated?: DateSpan;
  /** A date expression in the text, or the article's publication day (see TimelineEntry). */
  datedBy: 'text' | 'publication';
  /** A headline dated by its page: the page's line that gives the date, verbatim (TimelineEntry.dateline). */
  dateline?: string;
  /** A second reading of the date: coarser ("the start of 2025" → 2025) or another day the text also gives. */
  altDate?: string;
  articleId: string;
  /** Other articles that report the same event (their ids: the file, with #n for the n-th story of a page). */
  alsoIn: string[];
}

export interface SourceInfo extends SourceRef {
  sentences: number;
}

export interface SpeakerInfo {
  name: string;
  quotes: number;
}

export interface ReloadReport {
  ok: boolean;
  /** Why the reload failed (the previous corpus stays in service). */
  error?: string;
  added: string[];
  removed: string[];
  changed: string[];
  articles: number;
  sentences: number;
  warnings: LoadWarning[];
  ms: number;
}

export type KnowledgeBaseLoader = (dir: string) => Promise<KnowledgeBase>;

/**
 * The running product: the knowledge base in service and the engines over it. A reload builds a
 * new knowledge base while the old one keeps answering and swaps the reference in one step;
 * concurrent reloads share the one in progress.
 */
export class Archivist {
  private kb: KnowledgeBase;
  private reloading: Promise<ReloadReport> | undefined;

  constructor(
    readonly corpusDir: string,
    kb: KnowledgeBase,
    private readonly loader: KnowledgeBaseLoader = (dir) => KnowledgeBase.load(dir),
  ) {
    this.kb = kb;
  }

  static async open(corpusDir: string, loader?: KnowledgeBaseLoader): Promise<Archivist> {
    const load = loader ?? ((dir: string) => KnowledgeBase.load(dir));
    const kb = await load(corpusDir);
    await prepareToServe(kb);
    return new Archivist(corpusDir, kb, load);
  }

  get knowledgeBase(): KnowledgeBase {
    return this.kb;
  }

  get isReloading(): boolean {
    return this.reloading !== undefined;
  }

  ask(question: string): AskResult {
    return answerQuestion(this.kb, question);
  }

  /** Quotations, best first (quote engine): by speaker, on a topic, or both. */
  quote(opts: { speaker?: string; topic?: string }): QuoteHit[] {
    return this.quoteResults(opts).quotes;
  }

  /**
   * quote(), and when a speaker and a topic match nothing together, what the speaker said nearest
   * to the topic (`closest`, shown as such: searchQuotes).
   */
  quoteResults(opts: { speaker?: string; topic?: string }): { quotes: QuoteHit[]; closest: QuoteHit[] } {
    const query: { speaker?: string; topic?: string } = {};
    if (opts.speaker?.trim()) query.speaker = opts.speaker.trim();
    if (opts.topic?.trim()) query.topic = opts.topic.trim();
    const found = searchQuotes(this.kb, query);
    const hit = (q: (typeof found.quotes)[number]): QuoteHit => ({
      ...this.citationOf(q.articleId),
      text: q.text,
      speaker: q.speaker,
      kind: q.kind,
      ...(q.partial ? { partial: true as const } : {}),
      ...(q.sentence ? { sentence: q.sentence } : {}),
      articleId: q.articleId,
      alsoIn: q.copies.map((c) => c.articleId),
    });
    return { quotes: found.quotes.map(hit), closest: (found.closest ?? []).map(hit) };
  }

  /** Dated events in calendar order (timeline engine), optionally on a topic. */
  timeline(opts: { topic?: string } = {}): TimelineHit[] {
    const kb = this.kb;
    const topic = opts.topic?.trim();
    const { events } = buildTimeline(kb, topic ? { topic } : {});
    return events.map((e) => ({
      ...this.citationOf(e.articleId),
      date: e.date,
      precision: e.precision,
      text: e.text,
      ...(e.dated ? { dated: e.dated } : {}),
      datedBy: e.datedBy,
      ...(e.dateline !== undefined ? { dateline: e.dateline } : {}),
      ...(e.altDate !== undefined ? { altDate: e.altDate } : {}),
      articleId: e.articleId,
      alsoIn: e.citations.filter((c) => c.articleId !== e.articleId).map((c) => c.articleId),
    }));
  }

  /** How to cite an article (by its id): title, outlet, date, file. */
  citationOf(articleId: string): Citation {
    const a = this.kb.article(articleId);
    if (!a) return { file: articleId, title: articleId, outlet: null, published: null, url: null };
    const { id: _id, ...citation } = sourceOf(a);
    return citation;
  }

  /** The articles in service, in corpus order. */
  sources(): SourceInfo[] {
    const kb = this.kb;
    return kb.articles.map((a) => ({ ...sourceOf(a), sentences: kb.sentenceIdsOf(a.id).length }));
  }

  /** Known named speakers with their number of quotations, most quoted first (one entry per person across articles). */
  speakers(): SpeakerInfo[] {
    return listSpeakers(this.kb);
  }

  /** Autocomplete: speakers with a name part starting with `prefix`, most quoted first. */
  suggestSpeakers(prefix: string, limit = 25): SpeakerInfo[] {
    return suggestSpeakers(this.kb, prefix, limit);
  }

  /** Speakers a name that found no quotation may have meant (speakersLike). */
  speakersLike(name: string): SpeakerInfo[] {
    return speakersLike(this.kb, name);
  }

  /** Re-reads the corpus folder. A second call while one runs gets the same report. */
  reload(): Promise<ReloadReport> {
    this.reloading ??= this.doReload().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  private async doReload(): Promise<ReloadReport> {
    const started = performance.now();
    const old = this.kb;
    let next: KnowledgeBase;
    try {
      next = await this.loader(this.corpusDir);
    } catch (e) {
      return { ...emptyReport(old), ok: false, error: (e as Error).message, ms: Math.round(performance.now() - started) };
    }
    if (next.articles.length === 0) {
      return { ...emptyReport(next), ok: false, error: 'the corpus folder has no readable article', ms: Math.round(performance.now() - started) };
    }
    await warmUp(next);
    const before = new Map(old.articles.map((a) => [a.id, fingerprint(a)]));
    const after = new Map(next.articles.map((a) => [a.id, fingerprint(a)]));
    this.kb = next;
    return {
      ok: true,
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed: [...after].filter(([id, f]) => before.has(id) && before.get(id) !== f).map(([id]) => id),
      articles: next.articles.length,
      sentences: next.sentences.length,
      warnings: [...next.warnings],
      ms: Math.round(performance.now() - started),
    };
  }
}

function emptyReport(kb: KnowledgeBase): Omit<ReloadReport, 'ok' | 'ms'> {
  return { added: [], removed: [], changed: [], articles: kb.articles.length, sentences: kb.sentences.length, warnings: [...kb.warnings] };
}

function fingerprint(a: { title: string; paragraphs: string[]; published?: string }): string {
  return `${a.title}\u0000${a.published ?? ''}\u0000${a.paragraphs.join('\u0000')}`;
}
