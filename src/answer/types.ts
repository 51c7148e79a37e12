import type { Article } from '../corpus/types.js';
import type { SentenceRole } from '../nlp/types.js';

/** The citation of an article, as every engine returns it. */
export interface SourceRef {
  id: string;
  file: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export function sourceOf(a: Article): SourceRef {
  return { id: a.id, file: a.file, title: a.title, outlet: a.outlet ?? null, published: a.published ?? null, url: a.url ?? null };
}

export interface AnswerSentence {
  id: number;
  articleId: string;
  /** Verbatim. */
  text: string;
  /** Where in its article the sentence stands: body prose, the title, a page line (byline, dateline…) or a related headline the page lists. */
  role: SentenceRole;
  /** The answering phrase inside `text`, for display (bold); absent when none stands out. */
  highlight?: { start: number; end: number };
  /** Shown only as the answer's context (the sentence it leans on, or its continuation); the other sentence is the answer. */
  context?: true;
}

export interface Passage {
  text: string;
  source: SourceRef;
  score: number;
}

export interface AskResult {
  question: string;
  answered: boolean;
  /** The answer sentence(s), verbatim from the article; null when not answered. */
  answer: string | null;
  sentences: AnswerSentence[];
  sources: SourceRef[];
  /** 0..1: how well the best evidence covers the question. */
  confidence: number;
  /** When not answered: the closest passages found, best first. */
  closest: Passage[];
  /** When answered: the ids of copies of the cited article (the same story under other files). */
  alsoIn: string[];
  /** When the question itself could not be used (empty, only punctuation): why. */
  problem?: string;
  /** When the question was longer than /ask reads (MAX_QUESTION_CHARS): how many of its characters were read. */
  readChars?: number;
  /** When a word of the question was read otherwise than typed (nameSpelling.ts, accentFolding.ts): the question as read. */
  readAs?: string;
}
