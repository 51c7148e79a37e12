import type { Sentence, SentenceEntity, SentenceRole } from '../nlp/types.js';
import { makeToken } from '../nlp/analyse.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import type { ArticleAnalysis } from './analyseArticle.js';

/**
 * Article analyses in the form a worker thread posts back: tokens in columns (typed arrays and
 * one array of strings) instead of a million small objects, which are slow to copy between
 * threads. Normalised terms are not sent: `makeToken` recomputes them on arrival, from a cache.
 */
export interface PackedAnalyses {
  /** Strings coded in the columns below: roles, token types and POS tags. */
  codes: string[];
  /** Per article: its number of sentences. */
  sentenceCounts: Int32Array;
  /** Per sentence: role code, paragraph, position, start, end, number of tokens. */
  sentenceMeta: Int32Array;
  texts: string[];
  entities: SentenceEntity[][];
  /** Per token, all sentences in turn. */
  values: string[];
  tokenStarts: Int32Array;
  tokenTypes: Uint16Array;
  tokenPos: Uint16Array;
  quotes: Quote[][];
  events: TimelineEvent[][];
}

const META = 6;

export function packAnalyses(analyses: readonly ArticleAnalysis[]): PackedAnalyses {
  const codes: string[] = [];
  const codeOf = new Map<string, number>();
  const code = (s: string): number => {
    let c = codeOf.get(s);
    if (c === undefined) {
      c = codes.push(s) - 1;
      codeOf.set(s, c);
    }
    return c;
  };
  const sentences = analyses.flatMap((a) => a.sentences);
  const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const sentenceMeta = new Int32Array(sentences.length * META);
  const values: string[] = new Array(tokenCount);
  const tokenStarts = new Int32Array(tokenCount);
  const tokenTypes = new Uint16Array(tokenCount);
  const tokenPos = new Uint16Array(tokenCount);
  let k = 0;
  sentences.forEach((s, i) => {
    sentenceMeta.set([code(s.role), s.paragraph, s.position, s.start, s.end, s.tokens.length], i * META);
    for (const t of s.tokens) {
      values[k] = t.value;
      tokenStarts[k] = t.start;
      tokenTypes[k] = code(t.type);
      tokenPos[k] = code(t.pos);
      k++;
    }
  });
  return {
    codes,
    sentenceCounts: Int32Array.from(analyses, (a) => a.sentences.length),
    sentenceMeta,
    texts: sentences.map((s) => s.text),
    entities: sentences.map((s) => s.entities),
    values,
    tokenStarts,
    tokenTypes,
    tokenPos,
    quotes: analyses.map((a) => a.quotes),
    events: analyses.map((a) => a.events),
  };
}

/** The analyses back, one per article, in order; `articleIds` are the batch's articles. */
export function unpackAnalyses(packed: PackedAnalyses, articleIds: readonly string[]): ArticleAnalysis[] {
  const { codes, sentenceMeta: m } = packed;
  const out: ArticleAnalysis[] = [];
  let s = 0;
  let k = 0;
  articleIds.forEach((articleId, a) => {
    const sentences: Sentence[] = [];
    for (let id = 0; id < packed.sentenceCounts[a]!; id++, s++) {
      const at = s * META;
      const tokens = new Array(m[at + 5]!);
      for (let i = 0; i < tokens.length; i++, k++) {
        tokens[i] = makeToken(packed.values[k]!, packed.tokenStarts[k]!, codes[packed.tokenTypes[k]!]!, codes[packed.tokenPos[k]!]!);
      }
      sentences.push({
        id,
        articleId,
        role: codes[m[at]!] as SentenceRole,
        paragraph: m[at + 1]!,
        position: m[at + 2]!,
        start: m[at + 3]!,
        end: m[at + 4]!,
        text: packed.texts[s]!,
        tokens,
        entities: packed.entities[s]!,
      });
    }
    out.push({ sentences, quotes: packed.quotes[a]!, events: packed.events[a]! });
  });
  return out;
}

/** The typed arrays' buffers, to transfer rather than copy. */
export function transferablesOf(packed: PackedAnalyses): ArrayBuffer[] {
  return [packed.sentenceCounts, packed.sentenceMeta, packed.tokenStarts, packed.tokenTypes, packed.tokenPos].map((a) => a.buffer as ArrayBuffer);
}
