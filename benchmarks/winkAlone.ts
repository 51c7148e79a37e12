/**
 * wink-nlp alone on the corpus's own text, on this thread, in the same process as the build it is
 * set beside: the in-run reference for the build's tokens/s. The issue puts its 300k tokens/s
 * target beside wink-nlp's published 525-650k; on a slower or busier machine both move, and their
 * ratio is what says how much the build adds to wink-nlp's own work.
 *
 * Each text the build analyses (titles, extra lines, paragraphs) goes through `readDoc` of a fresh
 * wink-nlp instance, once untimed (the tokenizer's cache warm, as the build's main thread is after
 * its first repetition), then once timed. Two pipelines: the product's (sbd, pos, ner) and
 * wink-nlp's default (every pipe: what its published figure measures). A suite measures once after
 * each build repetition (`WinkAlone.measure`), so that wink-nlp's figure and the build's come from
 * the same minutes: this machine's speed moved by half within an hour, and a ratio measured after
 * all the builds moved with it. The instances are dropped after each measure (~45 MB each), so the
 * builds run without them.
 */
import winkNLP from 'wink-nlp';
import type { Article } from '../src/corpus/types.js';
import { articleParts, partPieces } from '../src/index/analyseArticle.js';
import { WINK_PIPES, winkModel } from '../src/nlp/wink.js';
import { dist, round } from './stats.js';

export interface WinkFigures {
  /** Tokens wink-nlp counted over the texts (its own tokens, punctuation included). */
  tokens: number;
  /** The product's pipes, one thread, warm: tokens per second. */
  tokens_per_s: number;
  /** wink-nlp's default pipeline (all pipes), one thread, warm. */
  default_pipe_tokens_per_s: number;
  /** Timed passes per pipeline (the median is reported): one after each build repetition. */
  passes: number;
}

/** wink-nlp alone, measured after each build repetition of a suite (see the file's comment). */
export class WinkAlone {
  private readonly texts: string[];
  private readonly ours: number[] = [];
  private readonly all: number[] = [];
  private tokens = 0;

  constructor(articles: readonly Article[]) {
    this.texts = articles.flatMap((a) => articleParts(a).flatMap((part) => partPieces(a, part).map(([, text]) => text)));
  }

  /** One warm-up and one timed pass of each pipeline, on fresh instances. */
  measure(): void {
    const ours = timedPass(winkNLP(winkModel, [...WINK_PIPES]), this.texts);
    this.ours.push(ours.seconds);
    this.tokens = ours.tokens;
    this.all.push(timedPass(winkNLP(winkModel), this.texts).seconds);
  }

  /** The medians of the measures so far (one is made if none was). */
  figures(): WinkFigures {
    if (this.ours.length === 0) this.measure();
    const rate = (times: number[]) => Math.round(this.tokens / Math.max(1e-9, dist(times).p50));
    return { tokens: this.tokens, tokens_per_s: rate(this.ours), default_pipe_tokens_per_s: rate(this.all), passes: this.ours.length };
  }
}

/** One untimed pass (the instance's tokenizer cache warm), then one timed. */
function timedPass(nlp: ReturnType<typeof winkNLP>, texts: readonly string[]): { tokens: number; seconds: number } {
  const pass = () => {
    let tokens = 0;
    for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
    return tokens;
  };
  pass();
  const t = performance.now();
  const tokens = pass();
  return { tokens, seconds: (performance.now() - t) / 1000 };
}

/** The build's end-to-end tokens/s as a fraction of wink-nlp's alone (default pipeline), 3 decimals. */
export function buildVersusWink(buildTokensPerS: number, wink: WinkFigures): number {
  return round(buildTokensPerS / Math.max(1, wink.default_pipe_tokens_per_s), 3);
}
