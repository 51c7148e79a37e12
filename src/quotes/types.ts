/** direct: a quoted statement; phrase: a short scare-quoted term; indirect: reported speech ("X said that …"). */
export type QuoteKind = 'direct' | 'phrase' | 'indirect';

/** A quotation found in an article, attributed at build time. */
export interface Quote {
  /** The quotation verbatim, without its enclosing quote marks (joined with a single space across paragraphs). */
  text: string;
  /** Canonical speaker name within the article (e.g. "Zalmay Khalilzad"), or null when unattributable. */
  speaker: string | null;
  kind: QuoteKind;
  /** A direct quotation inside a sentence of the article's own ("The U.S. is “prepared to assist if assistance is needed,” he said"): part of what was said. */
  partial?: true;
  articleId: string;
  /** Ids (Sentence.id) of the sentences the quotation spans. */
  sentenceIds: number[];
}
