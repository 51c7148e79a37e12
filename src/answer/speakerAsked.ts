/**
 * "According to Trump, what …", "when did Khalilzad say …": the question asks what someone said,
 * and the sentence where that someone is the one saying it ("Trump said the U.S. and Taliban had
 * been engaged in negotiations", "…,” Khalilzad said on September 25") answers it rather than one
 * that only mentions them.
 */
import type { Sentence } from '../nlp/types.js';
import type { AnalysedQuestion } from './questionAnalysis.js';
import { ROLE_HEADS, SPEECH_VERBS } from '../quotes/quoteLexicon.js';
import { isPersonName } from '../quotes/quoteNames.js';
import { quotesBySentence } from '../quotes/quotesBySentence.js';
import { speakerMatches } from '../quotes/speakers.js';
import type { KnowledgeBase } from '../index/KnowledgeBase.js';

/** Verbs that report what someone said: /quote's reporting verbs (one-word ones match a token). */
const SAYING = new Set(SPEECH_VERBS);
const isSaying = (word: string): boolean => SAYING.has(word.toLowerCase());

/** Before a name that is no subject of its verb: "the trip to Kabul announced". */
const NAME_PREPOSITION = /^(?:to|in|from|at|into|near|across|through|of|for|with|by|on)$/i;
/** …or that is said of: "when was Mueller announced", "what was the US told" (passive; "did Khalilzad say" asks his words). */
const PASSIVE_AUXILIARY = /^(?:was|were|is|are|been|be)$/i;

/** The name the question asks a saying of. */
export interface SpeakerAsked {
  /** Its words as typed (true-cased): "Donald Trump", "Ghani's aides", "U.S. officials". */
  name: string;
  /** The term of its head word: the name's last word ("trump"), or the noun after it ("aide"). */
  term: string;
  /** A person's name (not an organisation, a country, or a role such as "U.S. officials"). */
  person: boolean;
}

/** The name the question asks a saying of ("according to Trump", "did Khalilzad say"), or undefined. */
export function speakerAsked(q: AnalysedQuestion): SpeakerAsked | undefined {
  const t = q.tokens;
  const capital = (i: number) => /^\p{Lu}/u.test(t[i]?.value ?? '');
  // "Murphy-O'Connor": a hyphen between capitalised words joins one name.
  const words = (first: number, last: number) => t.slice(first, last + 1).map((x) => x.value).join(' ').replace(/ - /g, '-');
  const named = (first: number, last: number): SpeakerAsked | undefined => {
    if (!t[last]!.term) return undefined;
    const name = words(first, last);
    return { name, term: t[last]!.term, person: isPersonName(name) };
  };
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.value.toLowerCase();
    // "according to Donald Trump" → trump: the last word of the name.
    if (w === 'according' && /^to$/i.test(t[i + 1]?.value ?? '') && capital(i + 2)) {
      let j = i + 2;
      while (capital(j + 1) || (t[j + 1]?.value === '-' && capital(j + 2))) j += t[j + 1]!.value === '-' ? 2 : 1;
      const after = t[j + 1];
      // "according to Ghani's aides", "according to U.S. officials": the people the name says whose
      // they are — not "according to Khalilzad's remarks", which are his.
      const possessive = /^['’]s$/.test(after?.value ?? '');
      const role = possessive ? t[j + 2] : after;
      if (role && ROLE_HEADS.has(role.value.toLowerCase())) return { name: `${words(i + 2, j)}${possessive ? after!.value : ''} ${role.value}`, term: role.term, person: false };
      return named(i + 2, j);
    }
    // "did Khalilzad say", "Abdullah Abdullah said" — a verb: not "the United States", and not a
    // name after a preposition ("was the trip to Kabul announced") or in the passive.
    if (isSaying(w) && t[i]!.pos === 'VERB' && i > 0 && capital(i - 1) && t[i - 1]!.pos === 'PROPN') {
      let first = i - 1;
      while (first > 0 && capital(first - 1) && t[first - 1]!.pos === 'PROPN') first--;
      const before = /^the$/i.test(t[first - 1]?.value ?? '') ? first - 2 : first - 1;
      if (before >= 0 && (NAME_PREPOSITION.test(t[before]!.value) || PASSIVE_AUXILIARY.test(t[before]!.value))) continue;
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
 * What a sentence says of the one a question asks a saying of, from one look at its quotations:
 * - `speaks`: they say something in it — "Khalilzad said", or a quotation /quote gives them ("what
 *   did Ghani say" — "Ghani repeated his call for a cease-fire…", a call reported, no saying verb);
 * - `othersOnly`: it is part of quotations only of others, and they say nothing in it ("what did
 *   Abdullah Abdullah say to Khalilzad" is not answered by Khalilzad's words at that meeting). Only
 *   of a person: "U.S. officials" or "the Taliban" may speak through many. A quotation of nobody
 *   known says nothing either way.
 */
export function speakerIn(kb: KnowledgeBase, s: Sentence, asked: SpeakerAsked): { speaks: boolean; othersOnly: boolean } {
  const says = saysIt(s, asked.term);
  const quotes = (quotesBySentence(kb).get(s.id) ?? []).map((i) => kb.quotes[i]!.speaker);
  const theirs = quotes.map((speaker) => speaker !== null && sameSpeaker(asked, speaker));
  // "Bill Clinton said" is no saying of Hillary Clinton's: the given names asked must be there too.
  const given = asked.name.toLowerCase().split(/\s+/).slice(0, -1);
  const text = s.text.toLowerCase();
  const saysItAll = says && given.every((w) => text.includes(w));
  return {
    speaks: says || theirs.some(Boolean),
    othersOnly: asked.person && quotes.length > 0 && !saysItAll && quotes.every((speaker, k) => speaker !== null && !theirs[k]),
  };
}

/**
 * The one asked about is the quotation's speaker: as /quote matches a typed name, or — for a
 * person — when every word of the name asked stands among the speaker's ("Jack McConnell" is
 * "First Minister Jack McConnell", "Murphy-O'Connor" is "Cardinal Cormac Murphy-O'Connor"; "Hillary
 * Clinton" is not Bill Clinton, nor "Ghani" "Ghani’s aides": a possessive is a word of its own).
 */
function sameSpeaker(asked: SpeakerAsked, speaker: string): boolean {
  if (speakerMatches(asked.name, speaker)) return true;
  if (!asked.person) return false;
  const words = (name: string) => name.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
  const own = new Set(words(speaker));
  const wanted = words(asked.name);
  return wanted.length > 0 && wanted.every((w) => own.has(w));
}
