/**
 * "According to Trump, what …", "when did Khalilzad say …": the question asks what someone said,
 * and the sentence where that someone is the one saying it ("Trump said the U.S. and Taliban had
 * been engaged in negotiations", "…,” Khalilzad said on September 25") answers it rather than one
 * that only mentions them.
 */
import type { Sentence } from '../nlp/types.js';
import type { AnalysedQuestion } from './questionAnalysis.js';
import { SPEECH_VERBS } from '../quotes/quoteLexicon.js';
import { quotesBySentence } from '../quotes/quotesBySentence.js';
import { speakerMatches } from '../quotes/speakers.js';
import type { KnowledgeBase } from '../index/KnowledgeBase.js';

/** Verbs that report what someone said: /quote's reporting verbs (one-word ones match a token). */
const SAYING = new Set(SPEECH_VERBS);
const isSaying = (word: string): boolean => SAYING.has(word.toLowerCase());

/** Before a name that is no subject: "the trip to Kabul announced". */
const PLACE_PREPOSITION = /^(?:to|in|from|at|into|near|across|through|of|for|with|by|on)$/i;
/** …or that is said of: "when was Mueller announced" (passive; "did Khalilzad say" asks his words). */
const PASSIVE_AUXILIARY = /^(?:was|were|is|are|been|be)$/i;

/** The name the question asks a saying of: its words as typed (true-cased) and its last word's term. */
export interface SpeakerAsked {
  name: string;
  term: string;
}

/** The name the question asks a saying of ("according to Trump", "did Khalilzad say"), or undefined. */
export function speakerAsked(q: AnalysedQuestion): SpeakerAsked | undefined {
  const t = q.tokens;
  const capital = (i: number) => /^\p{Lu}/u.test(t[i]?.value ?? '');
  const named = (first: number, last: number): SpeakerAsked | undefined =>
    t[last]!.term ? { name: t.slice(first, last + 1).map((x) => x.value).join(' '), term: t[last]!.term } : undefined;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.value.toLowerCase();
    // "according to Donald Trump" → trump: the last word of the name.
    if (w === 'according' && /^to$/i.test(t[i + 1]?.value ?? '') && capital(i + 2)) {
      let j = i + 2;
      while (capital(j + 1)) j++;
      // "according to Ghani's aides": the aides, whose the name says.
      if (/^['’]s$/.test(t[j + 1]?.value ?? '') && t[j + 2]?.pos === 'NOUN') return { name: `${t.slice(i + 2, j + 1).map((x) => x.value).join(' ')}${t[j + 1]!.value} ${t[j + 2]!.value}`, term: t[j + 2]!.term };
      return named(i + 2, j);
    }
    // "did Khalilzad say", "Abdullah Abdullah said" — a verb: not "the United States", and not a
    // name after a preposition ("was the trip to Kabul announced") or in the passive.
    if (isSaying(w) && t[i]!.pos === 'VERB' && i > 0 && capital(i - 1) && t[i - 1]!.pos === 'PROPN') {
      let first = i - 1;
      while (first > 0 && capital(first - 1) && t[first - 1]!.pos === 'PROPN') first--;
      if (first > 0 && (PLACE_PREPOSITION.test(t[first - 1]!.value) || PASSIVE_AUXILIARY.test(t[first - 1]!.value))) continue;
      return named(first, i - 1);
    }
  }
  return undefined;
}

/** Whether the sentence has `term` (a name) saying something: "Trump said", "said Trump", "according to Trump". */
export function saysIt(s: Sentence, term: string): boolean {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.term !== term) continue;
    // "Ghani’s aides insist": his aides say it, not he.
    if (/^['’]s?$/.test(t[i + 1]?.value ?? '')) continue;
    for (let k = i + 1; k <= i + 3 && k < t.length; k++) if (isSaying(t[k]!.value)) return true;
    if (isSaying(t[i - 1]?.value ?? '')) return true;
    if (/^to$/i.test(t[i - 1]?.value ?? '') && /^according$/i.test(t[i - 2]?.value ?? '')) return true;
  }
  return false;
}

/**
 * Whether the sentence is part of quotations only of others than the speaker asked about, and has
 * the speaker saying nothing: "what did Abdullah Abdullah say to Khalilzad" is not answered by
 * Khalilzad's words at that meeting. A quotation of nobody known says nothing either way.
 */
export function quotesOthersOnly(kb: KnowledgeBase, s: Sentence, asked: SpeakerAsked): boolean {
  const quotes = quotesBySentence(kb).get(s.id);
  if (!quotes || saysIt(s, asked.term)) return false;
  return quotes.every((i) => {
    const speaker = kb.quotes[i]!.speaker;
    return speaker !== null && !speakerMatches(asked.name, speaker);
  });
}

/**
 * Whether the sentence is part of a quotation /quote attributes to the speaker asked about: "what
 * did Ghani say" — "Ghani repeated his call for a cease-fire…" (a call reported, no saying verb).
 */
export function quotesSpeaker(kb: KnowledgeBase, s: Sentence, asked: SpeakerAsked): boolean {
  return (quotesBySentence(kb).get(s.id) ?? []).some((i) => {
    const speaker = kb.quotes[i]!.speaker;
    return speaker !== null && speakerMatches(asked.name, speaker);
  });
}
