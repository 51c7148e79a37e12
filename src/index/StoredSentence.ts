import type { Sentence, SentenceEntity, SentenceRole, SentenceToken } from '../nlp/types.js';
import type { TokenStore } from './TokenStore.js';

/** The fields of a sentence other than its tokens. */
export type SentenceFields = Omit<Sentence, 'tokens'>;

/**
 * A sentence of a knowledge base whose tokens live in the base's TokenStore: `tokens` makes the
 * token objects when read (each read makes new ones; callers that read often cache what they
 * derive, as KnowledgeBase.sentenceTerms does). It serialises like a plain Sentence.
 */
export class StoredSentence implements Sentence {
  readonly id: number;
  readonly articleId: string;
  readonly role: SentenceRole;
  readonly paragraph: number;
  readonly position: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entities: SentenceEntity[];
  readonly #store: TokenStore;
  readonly #firstToken: number;
  readonly #tokenCount: number;

  constructor(fields: SentenceFields, store: TokenStore, firstToken: number, tokenCount: number) {
    this.id = fields.id;
    this.articleId = fields.articleId;
    this.role = fields.role;
    this.paragraph = fields.paragraph;
    this.position = fields.position;
    this.start = fields.start;
    this.end = fields.end;
    this.text = fields.text;
    this.entities = fields.entities;
    this.#store = store;
    this.#firstToken = firstToken;
    this.#tokenCount = tokenCount;
  }

  get tokens(): SentenceToken[] {
    return this.#store.tokensOf(this.text, this.#firstToken, this.#tokenCount);
  }

  /** Index of the sentence's first token in the store. */
  get firstToken(): number {
    return this.#firstToken;
  }

  get tokenCount(): number {
    return this.#tokenCount;
  }

  toJSON(): Sentence {
    const { id, articleId, role, paragraph, position, start, end, text, tokens, entities } = this;
    return { id, articleId, role, paragraph, position, start, end, text, tokens, entities };
  }
}
