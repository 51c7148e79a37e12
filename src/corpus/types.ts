/**
 * A clean news article: what ingestion produces from one story of one corpus file.
 * Everything downstream (sentences, quotes, events) points back here for citations.
 */
export interface Article {
  /** Stable id: the file path relative to the corpus root, plus `#n` (n ≥ 2) for the n-th story of a page. */
  id: string;
  /** Path relative to the corpus root, with forward slashes. */
  file: string;
  title: string;
  outlet?: string;
  author?: string;
  /** ISO calendar date (YYYY-MM-DD) of publication, when the page gives one. */
  published?: string;
  /** ISO date of the last update, when the page gives one. */
  updated?: string;
  url?: string;
  /** Body paragraphs, verbatim (only surrounding white space trimmed). */
  paragraphs: string[];
  /**
   * Lines kept out of the body but still searchable and citable verbatim: bylines,
   * datelines, photo captions and credits, reprint notes, related-headline teasers, the page
   * line the outlet was read from ("Headline | Site", a "Join our … channel" promo), and the page's
   * share buttons and prompts ("Share on Facebook", "Subscribe To Our Newsletter").
   */
  extras: ArticleExtra[];
}

/** 'furniture': the page's share buttons and prompts ("Share on Facebook", "Like this article?"), answered only when asked about. */
export type ExtraKind = 'byline' | 'dateline' | 'caption' | 'note' | 'related' | 'site' | 'furniture';

export interface ArticleExtra {
  kind: ExtraKind;
  text: string;
  /**
   * A related headline's age as the page lists it ("3 days ago"), which `text` starts with:
   * analysed as a sentence of its own, before the headline's (analyseArticle.ts).
   */
  age?: string;
}

export interface LoadWarning {
  file: string;
  reason: string;
  /** true when the file produced no article at all. */
  skipped: boolean;
}

export interface LoadResult {
  articles: Article[];
  warnings: LoadWarning[];
}
