export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression found in text and resolved to the calendar. */
export interface ResolvedDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to precision. */
  date: string;
  precision: DatePrecision;
  /** A second reading when the text contradicts itself (e.g. a relative and an explicit date disagree). */
  altDate?: string;
  /** The expression verbatim and its offsets in the input text. */
  text: string;
  start: number;
  end: number;
  /**
   * `a day ahead of X` dates X from the day of the sentence's main clause, which no expression in
   * the sentence gives: the publication day, set here (the main clause's own date).
   */
  mainClauseOn?: string;
}

/** A dated event: a verbatim sentence (or clause) of an article. */
export interface TimelineEvent {
  date: string;
  precision: DatePrecision;
  altDate?: string;
  /** Verbatim text of the event (the sentence or its clause). */
  text: string;
  articleId: string;
  sentenceId: number;
  /** How the date was found: an expression in the text, or the article's publication date. */
  source: 'text' | 'published';
  /** Where in `text` the date expression stands (events dated from the text): a sentence with two dates ("last year … this year") is two events. */
  dated?: DateSpan;
}

/** Offsets of a date expression in an event's text. */
export interface DateSpan {
  start: number;
  end: number;
}
