/** wink-nlp entity types we keep per sentence (wink has no PERSON/ORG/GPE). */
export interface SentenceEntity {
  type: string;
  /** Verbatim entity text. */
  value: string;
  /** Character offsets into the sentence text. */
  start: number;
  end: number;
}

export interface SentenceToken {
  /** Verbatim token. */
  value: string;
  /** Offset into the sentence text. */
  start: number;
  /** wink-nlp token type: word, number, punctuation, … */
  type: string;
  pos: string;
  /** Normalised term (lower-cased stem) or '' for punctuation. */
  term: string;
  stop: boolean;
  /**
   * The number of the token's text in this thread's lexicon (analyseText's lexemes: the same text,
   * the same number, for the life of the process), or -1 when the token was not made by
   * analyseText. Tables keyed by it (TokenStore's codes, IndexStats' word forms) skip a string
   * lookup per token. Absent in hand-made tokens (tests): read as -1.
   */
  lexeme?: number;
}

/** Where a sentence came from inside its article. */
export type SentenceRole = 'title' | 'body' | 'byline' | 'dateline' | 'caption' | 'note' | 'related' | 'site' | 'furniture';

/** One sentence, verbatim, with where it sits so that an answer is always the article's own text. */
export interface Sentence {
  /** Global index in the knowledge base's sentence store. */
  id: number;
  articleId: string;
  role: SentenceRole;
  /** Paragraph index in `article.paragraphs` (body), or in `article.extras` (extras); 0 for the title. */
  paragraph: number;
  /** Sentence index within the paragraph. */
  position: number;
  /** Character offsets of the sentence in its paragraph. */
  start: number;
  end: number;
  text: string;
  tokens: SentenceToken[];
  entities: SentenceEntity[];
}
