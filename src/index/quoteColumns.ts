/**
 * A snapshot's quotations as columns: BBC's 15,000 quotations as objects were 3.0 MB of the
 * snapshot's 13.7 MB of JSON, half of it the quotations' texts — nearly every one a slice of its
 * first sentence's paragraph, stored here as two offsets — and the rest field names repeated
 * 15,000 times. Read back, each text is that slice of the article's string, as a sentence's is.
 */
import type { Article } from '../corpus/types.js';
import type { Sentence } from '../nlp/types.js';
import type { Quote, QuoteKind } from '../quotes/types.js';
import { partText } from './analyseArticle.js';
import { Codes } from './Codes.js';

export interface QuoteColumns {
  /** Per quotation: [start, end] in its first sentence's part (partText), or the text itself when it is no slice of it (a quotation across paragraphs). */
  text: ([number, number] | string)[];
  /** Per quotation: its speaker's code in `speakers`, or -1 for none. */
  speaker: number[];
  speakers: string[];
  /** Per quotation: its kind's code in `kinds`. */
  kind: number[];
  kinds: string[];
  /** Per quotation: its article's index in the snapshot's articles. */
  article: number[];
  /** Per quotation: its first sentence's id, and how many consecutive ones it spans (-1: its ids are in `scattered`). */
  firstSentence: number[];
  sentenceCount: number[];
  scattered: [number, number[]][];
  /** The quotations that are part of their article's sentence (Quote.partial). */
  partial: number[];
}

/** The columns of `quotes`; `sentences` by id, `articleIndex` the articles' positions in the snapshot. */
export function toQuoteColumns(quotes: readonly Quote[], articles: readonly Article[], articleIndex: ReadonlyMap<string, number>, sentences: readonly Sentence[]): QuoteColumns {
  const speakers = new Codes();
  const kinds = new Codes();
  const c: QuoteColumns = { text: [], speaker: [], speakers: speakers.list, kind: [], kinds: kinds.list, article: [], firstSentence: [], sentenceCount: [], scattered: [], partial: [] };
  quotes.forEach((q, i) => {
    const article = articleIndex.get(q.articleId)!;
    const ids = q.sentenceIds;
    const first = sentences[ids[0] ?? -1];
    const source = first ? partText(articles[article]!, first.role, first.paragraph) : undefined;
    const at = source?.indexOf(q.text, first!.start) ?? -1;
    c.text.push(at >= 0 ? [at, at + q.text.length] : q.text);
    c.speaker.push(q.speaker === null ? -1 : speakers.code(q.speaker));
    c.kind.push(kinds.code(q.kind));
    c.article.push(article);
    const consecutive = ids.every((id, k) => id === ids[0]! + k);
    c.firstSentence.push(ids[0] ?? -1);
    c.sentenceCount.push(consecutive ? ids.length : -1);
    if (!consecutive) c.scattered.push([i, [...ids]]);
    if (q.partial) c.partial.push(i);
  });
  return c;
}

/** The quotations back from their columns; throws (`refuse`) on columns that do not fit the articles and sentences. */
export function fromQuoteColumns(c: QuoteColumns, articles: readonly Article[], sentences: readonly Sentence[], refuse: (why: string) => Error): Quote[] {
  const scattered = new Map(c.scattered);
  const partial = new Set(c.partial);
  return c.text.map((written, i) => {
    const article = articles[c.article[i]!];
    const count = c.sentenceCount[i]!;
    const firstId = c.firstSentence[i]!;
    // Checked before anything is made of them: a damaged file is refused, not turned into a huge array.
    const fits = Number.isInteger(count) && (count < 0 || count === 0 || (firstId >= 0 && firstId + count <= sentences.length));
    const sentenceIds = !fits ? undefined : count >= 0 ? Array.from({ length: count }, (_, k) => firstId + k) : scattered.get(i);
    const first = sentences[sentenceIds?.[0] ?? -1];
    if (!article || !sentenceIds || sentenceIds.some((id) => !sentences[id]) || (sentenceIds.length > 0 && !first)) throw refuse(`quotation ${i} does not fit its article`);
    let text: string;
    if (typeof written === 'string') text = written;
    else if (!Array.isArray(written) || written.length !== 2) throw refuse(`quotation ${i} has no text`);
    else {
      const source = first ? partText(article, first.role, first.paragraph) : undefined;
      const [start, end] = written;
      if (source === undefined || !(0 <= start && start <= end && end <= source.length)) throw refuse(`quotation ${i} does not fit its source`);
      text = source.slice(start, end);
    }
    const speaker = c.speaker[i]! < 0 ? null : c.speakers[c.speaker[i]!];
    const kind = c.kinds[c.kind[i]!] as QuoteKind | undefined;
    if (speaker === undefined || kind === undefined) throw refuse(`quotation ${i} has an unknown speaker or kind`);
    return { text, speaker, kind, ...(partial.has(i) ? { partial: true as const } : {}), articleId: article.id, sentenceIds };
  });
}
