import type { ItemToken } from 'wink-nlp';
import { nlp } from './wink.js';
import { isStopWord, searchTerms, termOf } from './terms.js';
import type { SentenceEntity, SentenceToken } from './types.js';

export interface AnalysedSentence {
  /** Offsets in the analysed text; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  tokens: SentenceToken[];
  entities: SentenceEntity[];
}

/** Entity types worth keeping per sentence (the answer types questions ask for). */
const KEPT_ENTITIES = new Set(['DATE', 'CARDINAL', 'MONEY', 'PERCENT', 'ORDINAL', 'DURATION', 'TIME', 'URL', 'EMAIL']);

/**
 * Splits one paragraph into sentences with wink-nlp and returns each sentence verbatim with its
 * tokens (normalised terms) and entities. Callers pass one paragraph at a time: wink does not
 * treat single line breaks as boundaries, so paragraphs must be split before this.
 */
export function analyseText(text: string): AnalysedSentence[] {
  if (!text.trim()) return [];
  const its = nlp().its;
  const doc = nlp().readDoc(text);
  const tokens = doc.tokens();
  const known = lexemesOf(nlp());
  const lexemes = (tokens.out(its.uniqueId) as unknown as number[]).map((uid, i) => known.get(uid) ?? newLexeme(known, uid, tokens.itemAt(i)));
  const values = lexemes.map((x) => x.value);
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink has no offsets API: recover them from preceding spaces and values, checked against the text.
  const starts: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = offset + spaces[i]!.length;
    if (text.startsWith(value, at)) {
      starts[i] = at;
    } else {
      const found = text.indexOf(value, offset);
      at = found >= 0 ? found : at;
      starts[i] = at;
    }
    offset = Math.min(text.length, at + value.length);
  }
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entityTypes = doc.entities().out(its.type) as string[];
  const out: AnalysedSentence[] = [];
  let e = 0;
  for (const [first, last] of sentenceSpans) {
    // Skip white-space-only tokens (wink emits "\n\n" tokens) at the edges.
    let a = first;
    let b = last;
    while (a <= b && !values[a]!.trim()) a++;
    while (b >= a && !values[b]!.trim()) b--;
    if (a > b) continue;
    const start = starts[a]!;
    const end = starts[b]! + values[b]!.length;
    const sentenceTokens: SentenceToken[] = [];
    for (let i = a; i <= b; i++) {
      const value = values[i]!;
      if (!value.trim()) continue;
      const { type, term, stop, id } = lexemes[i]!;
      sentenceTokens.push({ value, start: starts[i]! - start, type, pos: pos[i]!, term, stop, lexeme: id });
    }
    const entities: SentenceEntity[] = [];
    while (e < entitySpans.length && entitySpans[e]![0] <= b) {
      const [ea, eb] = entitySpans[e]!;
      const type = entityTypes[e]!;
      if (ea >= a && KEPT_ENTITIES.has(type)) {
        const s = starts[ea]!;
        const t = starts[eb]! + values[eb]!.length;
        entities.push({ type, value: text.slice(s, t), start: s - start, end: t - start });
      }
      e++;
    }
    out.push({ start, end, text: text.slice(start, end), tokens: sentenceTokens, entities });
  }
  return out;
}

/** What a token is regardless of where it stands: the same for every occurrence of its wink lexeme. */
interface Lexeme {
  /** Lexemes are numbered 0, 1, 2, … in the order this thread first meets them (SentenceToken.lexeme). */
  id: number;
  value: string;
  type: string;
  term: string;
  stop: boolean;
}

/**
 * wink numbers each distinct token text in its lexicon cache (`its.uniqueId`; `its.value` and
 * `its.type` are read from that entry), so a token's value, type, term and stop flag are a function
 * of that number. Looking them up by it skips a string-keyed lookup per token (and per worker,
 * the term of each new word) — ~5% of the analysis. Grows like wink's own cache, which keeps
 * every word it has met; one table per wink instance (its numbers), dropped with it (dropNlp).
 */
const knownLexemes = new WeakMap<object, Map<number, Lexeme>>();

function lexemesOf(instance: object): Map<number, Lexeme> {
  let known = knownLexemes.get(instance);
  if (!known) knownLexemes.set(instance, (known = new Map()));
  return known;
}

function newLexeme(known: Map<number, Lexeme>, uid: number, token: ItemToken): Lexeme {
  const its = nlp().its;
  const value = token.out(its.value) as string;
  const type = token.out(its.type) as string;
  const { term, stop } = makeToken(value, 0, type, '');
  const lexeme = { id: known.size, value, type, term, stop };
  known.set(uid, lexeme);
  return lexeme;
}

/** A token with its normalised term: what a token's term and stop flag are (analyseText remembers them per lexeme). */
export function makeToken(value: string, start: number, type: string, pos: string): SentenceToken {
  const term = type === 'punctuation' || type === 'symbol' ? '' : termOf(value);
  return { value, start, type, pos, term, stop: isStopWord(value), lexeme: -1 };
}

/** Terms of a piece of text (a query, a topic) with the same normalisation as the index. */
export function termsOf(text: string): string[] {
  return analyseText(text).flatMap((s) => searchTerms(s.tokens));
}
