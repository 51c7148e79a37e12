/**
 * wink-nlp alone on the corpus's own text, on this thread, in the same process as the build it is
 * set beside: the in-run reference for the build's tokens/s. The issue puts its 300k tokens/s
 * target beside wink-nlp's published 525-650k; on a slower or busier machine both move, and their
 * ratio is what says how much the build adds to wink-nlp's own work.
 *
 * Each text the build analyses (titles, extra lines, paragraphs) goes through `readDoc` of a fresh
 * wink-nlp instance, once untimed (JIT and the tokenizer's cache warm, as the build's main thread
 * is after its first repetition), then TIMED_PASSES times, timed. Two pipelines: the product's
 * (sbd, pos, ner) and wink-nlp's default (every pipe: what its published figure measures).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article } from '../src/corpus/types.js';
import { articleParts } from '../src/index/analyseArticle.js';
import { WINK_PIPES } from '../src/nlp/wink.js';
import { dist, round } from './stats.js';

/** Timed passes over the text per pipeline (the median is reported): single passes varied by a third. */
const TIMED_PASSES = 3;

export interface WinkFigures {
  /** Tokens wink-nlp counted over the texts (its own tokens, punctuation included). */
  tokens: number;
  /** The product's pipes, one thread, warm: tokens per second. */
  tokens_per_s: number;
  /** wink-nlp's default pipeline (all pipes), one thread, warm. */
  default_pipe_tokens_per_s: number;
}

export function benchWinkAlone(articles: readonly Article[]): WinkFigures {
  const texts = articles.flatMap((a) => articleParts(a).map(([, , text]) => text));
  const ours = timed(winkNLP(model, [...WINK_PIPES]), texts);
  const all = timed(winkNLP(model), texts);
  return { tokens: ours.tokens, tokens_per_s: ours.perSecond, default_pipe_tokens_per_s: all.perSecond };
}

function timed(nlp: ReturnType<typeof winkNLP>, texts: readonly string[]): { tokens: number; perSecond: number } {
  const pass = () => {
    let tokens = 0;
    for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
    return tokens;
  };
  pass();
  const times: number[] = [];
  let tokens = 0;
  for (let i = 0; i < TIMED_PASSES; i++) {
    const t = performance.now();
    tokens = pass();
    times.push((performance.now() - t) / 1000);
  }
  return { tokens, perSecond: Math.round(tokens / Math.max(1e-9, dist(times).p50)) };
}

/** The build's end-to-end tokens/s as a fraction of wink-nlp's alone (default pipeline), 3 decimals. */
export function buildVersusWink(buildTokensPerS: number, wink: WinkFigures): number {
  return round(buildTokensPerS / Math.max(1, wink.default_pipe_tokens_per_s), 3);
}
