import { analyseText } from '../nlp/analyse.js';
import { searchTerms, foldWord, isAcronym, termOf, wordsByTerm } from '../nlp/terms.js';
import type { SentenceToken } from '../nlp/types.js';
import { spellOutShorthand } from './chatShorthand.js';

/** What kind of phrase answers the question, from its wh-word and head noun. */
/**
 * person: a name; place: a named place or body ("which country"); location: where something is
 * ("in Qatar"); description: what someone is ("who is Zalmay Khalilzad" → "the U.S. envoy …").
 */
export type AnswerType = 'date' | 'number' | 'age' | 'duration' | 'money' | 'person' | 'place' | 'location' | 'description' | 'reason' | 'any';

export interface AnalysedQuestion {
  text: string;
  expected: AnswerType;
  /** Content terms (normalised, de-duplicated), in question order. */
  terms: string[];
  /** The question's own words (lower case) behind each term, for soft matching with word vectors. */
  termWords: Map<string, string[]>;
  /** The head noun of "which X" / "what X" (the kind of thing asked for), as a term. */
  focus?: string;
  /** Phrases the user put in quotes: matched verbatim (case-insensitively). */
  quoted: string[];
  /** Folded words of the question, to tell answer words from words the question already says. */
  words: Set<string>;
  tokens: SentenceToken[];
  /** For a date question, what answers it: "in what year" a year; "what date/day/month/year" a calendar date, not an event ("when the talks begin"); "what time" a time on the clock. */
  dateKind?: 'year' | 'calendar' | 'clock';
  /** A person question that asks for one person ("the health minister's name", "who was the journalist"), not a group or a place. */
  individual?: true;
  /** The role whose holders a person question asks for ("negotiator" of "who is the taliban's chief negotiator", "women"), lower case. */
  role?: string;
  /** A rank written before that role ("deputy" of "who is the deputy head"), lower case: a role of another rank is another role. */
  roleRank?: string;
  /** What "how many" counts ("how many blankets" → blankets), as written (lower case). */
  counted?: string;
  /** The question wants an exact figure ("exactly how many"): "dozens" does not answer it; or an exact date: "September" does not. */
  exact?: true;
  /** A name typed alone ("Khalilzad"): read as "who is Khalilzad" (a description), as a search box would. */
  nameAlone?: true;
  /** The place whose part a location question asks for ("which part of Kabul", "where in Kabul"), lower case; "" for "the country", "the city". */
  partOf?: string;
}

const PLACE_NOUNS = /^(?:country|countries|city|cities|province|provinces|region|regions|state|states|place|town|village|district|capital|continent|area|location|venue|hotel|nation)$/;
const PERSON_NOUNS = /^(?:outlet|newspaper|paper|magazine|mag|tabloid|agency|organi[sz]ation|group|company|channel|network|broadcaster|publication|website|site|party|militia|body|person|people|man|woman|official|officials|leader|leaders|minister|president|secretary|envoy|spokesman|spokesperson|author|reporter|journalist|writer|player|coach|manager|chief|head|director|ceo|chairman|member|candidate|singer|actor|actress|diplomat|general|commander|founder|owner|name)$/;
const MONEY_WORDS = /^(?:worth|cost|costs|price|paid|pay|dollars?|euros?|pounds?|money|fund|funding|budget|value|valued|spend|spent)$/;
/** Words of the question form itself: never content. */
const QUESTION_WORDS = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how', 'whats', "what's", "who's", "where's", "when's", 'does', 'did', 'do', 'is', 'are', 'was', 'were']);

export function analyseQuestion(question: string): AnalysedQuestion {
  const text = spellOutShorthand(question.trim());
  const tokens = analyseText(text).flatMap((s) => s.tokens);
  const words = tokens.map((t) => foldWord(t.value)).filter(Boolean);
  const quoted = quotedPhrases(text);
  const expected = expectedType(words, tokens);
  const describing = expected === 'description';
  const partOf = expected === 'location' ? placeWhosePartIsAsked(text) : undefined;
  // "what kind of operation": kind/type/sort only say that a sort of operation is asked for.
  // Prepositions ("besides", "despite", "per") relate the content words; the answer need not repeat them.
  // Light verbs ("putting lives at risk", "used to grab") lend their meaning to their objects.
  // "What's Khalilzad's official title", "how does the piece describe him", "which part of Kabul":
  // the words that ask for a description or a part are none of it.
  let contentTokens = tokens.filter(
    (t, i) =>
      t.pos !== 'ADP' &&
      !(describing && DESCRIPTION_FRAME.test(t.value)) &&
      !(partOf !== undefined && /^(?:part|parts|section|side)$/i.test(t.value)) &&
      // "How big are the forces" asks for a size: no sentence need say "big" ("the big picture" does).
      !(SIZE_AFTER_HOW.test(t.value) && foldWord(tokens[i - 1]?.value ?? '') === 'how') &&
      !(t.pos === 'VERB' && LIGHT_VERBS.has(t.term)) &&
      !(QUESTION_WORDS.has(foldWord(t.value)) && !isAcronym(t.value)) &&
      !(CLASSIFIERS.test(t.value) && /^of$/i.test(tokens[i + 1]?.value ?? '')) &&
      // "What exact date", "exactly how many": how precise the answer must be, not what it is about.
      !((expected === 'number' || expected === 'date') && EXACTNESS.test(t.value)) &&
      !CHAT_WORDS.test(t.value) &&
      !(CHAT_BEFORE_OF.test(t.value) && /^of$/i.test(tokens[i + 1]?.value ?? '')) &&
      !(WORDING.test(t.value) && asksForWording(tokens, i)),
  );
  // "How do they refer to the Taliban, like what kind of group", "another way of referring to
  // stators": the words that ask how something is named are none of it (not "the passage refers to
  // a living man") — when the question says more than the one thing named ("how do they refer to
  // the taliban" alone would search for the Taliban and find any sentence about them).
  const naming = contentTokens.filter((t) => REFER.test(t.value) && /^to$/i.test(tokens[tokens.indexOf(t) + 1]?.value ?? '') && asksHowNamed(tokens, tokens.indexOf(t)));
  const others = searchTerms(contentTokens.filter((t) => !naming.includes(t)), { parts: false });
  if (naming.length > 0 && new Set(others).size >= 2) contentTokens = contentTokens.filter((t) => !naming.includes(t));
  const terms = [...new Set(searchTerms(contentTokens, { parts: false }))];
  const termWords = wordsByTerm(contentTokens);
  const focus = focusTerm(tokens);
  const dateKind = expected === 'date' ? dateKindOf(text) : undefined;
  const asked = expected === 'person' ? askedRole(tokens) : undefined;
  const counted = expected === 'number' ? countedNoun(tokens) : undefined;
  // "Counted from when exactly" asks for a start, which the article may give as "since the start of 2025".
  const exact = (expected === 'number' || (expected === 'date' && !/\b(?:from|since) when\b/.test(text.toLowerCase()))) && words.some((w) => EXACTNESS.test(w));
  return {
    text,
    expected,
    terms,
    termWords,
    quoted,
    words: new Set(words),
    tokens,
    ...(focus ? { focus } : {}),
    ...(dateKind ? { dateKind } : {}),
    ...(asked?.one ? { individual: true as const } : {}),
    ...(asked ? { role: asked.role } : {}),
    ...(asked?.rank ? { roleRank: asked.rank } : {}),
    ...(counted ? { counted } : {}),
    ...(exact ? { exact } : {}),
    ...(partOf !== undefined ? { partOf } : {}),
    ...(isNameAlone(tokens) ? { nameAlone: true as const } : {}),
  };
}

/** Up to four words, each a capitalised proper noun (after true-casing): a name typed alone. */
function isNameAlone(tokens: SentenceToken[]): boolean {
  const words = tokens.filter((t) => t.type !== 'punctuation');
  return words.length > 0 && words.length <= 4 && words.every((t) => /^\p{Lu}/u.test(t.value) && t.pos === 'PROPN');
}

/** "which part of Kabul", "what part of the country", "where in Kabul". */
const PART_OF = /\b(?:(?:which|what)\s+(?:part|parts|section|side)\s+of|where\s+in)\s+(?:the\s+)?([\p{L}-]+)/iu;
/** Words for a place in general: "which part of the country" asks about whichever the sentence names. */
const ANY_PLACE = /^(?:country|city|capital|province|region|state|nation|town|area)$/i;

function placeWhosePartIsAsked(text: string): string | undefined {
  const place = PART_OF.exec(text)?.[1]?.toLowerCase();
  if (place === undefined) return undefined;
  return ANY_PLACE.test(place) ? '' : place;
}

/**
 * "Names of the other senior officials khalilzad met", "what are the names of the ministers":
 * people's names asked for by the word, with no "who" — a role after "names of" (askedRole's), not
 * "the names of the member states" or "of the paper mills".
 */
function asksForNamesOfPeople(tokens: SentenceToken[]): boolean {
  const k = tokens.findIndex((_, i) => namesOf(tokens, i));
  return k >= 0 && roleAfter(tokens, k) !== undefined;
}

/** Whether "names of" (or "name of") starts at token `k`. */
function namesOf(tokens: SentenceToken[], k: number): boolean {
  return /^names?$/i.test(tokens[k]!.value) && /^of$/i.test(tokens[k + 1]?.value ?? '');
}

/**
 * Whether the question's first "who" opens a relative clause after what it describes, and another
 * question word asks the question: "one of the ppl who got bayat aid said 'may god bless you'...
 * bless them for what" asks what for, not who. Without a question word after it, the "who" asks:
 * "according to the article who is the US envoy".
 */
function relativeWho(tokens: SentenceToken[]): boolean {
  const i = tokens.findIndex((t) => /^(?:who|whom|whose)$/i.test(t.value));
  const before = tokens[i - 1];
  const describes = i > 0 && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || /^(?:those|anyone|someone|everyone|one|ones)$/i.test(before.value));
  return describes && tokens.slice(i + 1).some((t) => /^(?:what|which|where|when|why|how)$/i.test(t.value));
}

/** "What year…", "in which years…". */
const ASKS_FOR_YEAR = /\b(?:what|which)\s+(?:\w+\s+)?years?\b/i;
/** "What date…", "which year…", "on what day…": a calendar date, not a moment described by an event. */
const ASKS_FOR_CALENDAR = /\b(?:what|which)\s+(?:\w+\s+)?(?:dates?|years?|days?|months?)\b/i;

/** "What time was it posted", "what time of day": a time on the clock ("12:40 PM", "overnight"), not a date; not "during what time" (an era). */
const ASKS_FOR_CLOCK = /(?<!\bduring\s)\b(?:what|which)\s+time\b(?!\s+(?:period|periods|frame|span|of\s+(?:the\s+)?year))|\btime of (?:the )?day\b|\bwhat hour\b/i;

function dateKindOf(text: string): AnalysedQuestion['dateKind'] {
  if (ASKS_FOR_CLOCK.test(text)) return 'clock';
  if (ASKS_FOR_YEAR.test(text)) return 'year';
  return ASKS_FOR_CALENDAR.test(text) ? 'calendar' : undefined;
}

const EXACTNESS = /^(?:exact|exactly|precise|precisely)$/i;

const SIZE_AFTER_HOW = /^(?:big|bigger|large|larger|small|huge|tall|high|wide|deep|heavy)$/i;

const LIGHT_VERBS = new Set(['put', 'take', 'make', 'give', 'go', 'come', 'use', 'let'].map(termOf));

/**
 * Phrases the user put in quotes: double quotes, or single quotes around two words or more
 * ("the 'world opposes the return of the taliban' article"; an apostrophe in "goren's" is none).
 */
export function quotedPhrases(text: string): string[] {
  const double = [...text.matchAll(/["“]([^"”]{2,})["”]/g)].map((m) => m[1]!.trim());
  const single = [...text.matchAll(/(?:^|[\s(])['‘]([^'‘’]{3,}?)['’](?=$|[\s?.,!;:)])/g)].map((m) => m[1]!.trim()).filter((p) => /\s/.test(p));
  return [...double, ...single];
}

const CLASSIFIERS = /^(?:kinds?|types?|sorts?|forms?)$/i;
/**
 * Words of talk, not of the news: "what else", "the daesh guy", "what is he supposed to do", "is
 * that legit", "roughly how many", "apart from the embassy", "what happens to the prisoners" (a
 * follow-up "and then what happened?" has nothing left to search for, and says so). Question sets
 * with "happen": 3 more answered, one unanswerable less declined. A news sentence that answers does not
 * say them, and searched for they only lower the share of the question it covers. Lower case only
 * ("Guy" is a name).
 */
const CHAT_WORDS = /^(?:else|guy|guys|dude|dudes|folks|supposed|roughly|apart|aside|happen|happens|happened|happening)$/;
/** …and before "of": "a lot of the taliban's leaders", "a bunch of aid" (an amount, said otherwise in the news). */
const CHAT_BEFORE_OF = /^(?:lot|lots|bunch)$/i;

const WORDING = /^words?$/i;
const REFER = /^(?:refer|refers|referred|referring)$/i;
const NAMING_VERBS = /^(?:use|uses|used|using|call|calls|called|calling|describe|describes|described|describing|say|says|said|refer|refers|referred)$/i;
/** "How do they refer to …" (a "how" question), "another way of referring to …". */
function asksHowNamed(tokens: SentenceToken[], i: number): boolean {
  return /^how$/i.test(tokens[0]?.value ?? '') || (/^of$/i.test(tokens[i - 1]?.value ?? '') && /^ways?$/i.test(tokens[i - 2]?.value ?? ''));
}
/**
 * "What word does he use for the Taliban", "the one word it uses", "in khalilzad's own words",
 * "sum it up in like 4 words": the question asks how something is worded, and the sentence that
 * words it need not say "word".
 */
function asksForWording(tokens: SentenceToken[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.value.toLowerCase());
  const prev = before.at(-1) ?? '';
  if (/^(?:what|which)$/.test(prev)) {
    // "What word does he use for the Taliban" asks for his wording; "what word was Luther criticized
    // for adding" for a word the sentence names as one ("the word “alone”").
    return tokens.slice(i + 1).some((t) => NAMING_VERBS.test(t.value));
  }
  return /^(?:one|own|few|a|single|exact|same|\d+|two|three|four|five)$/.test(prev) || before.includes('in');
}

/**
 * "Who is Zalmay Khalilzad?", "What is UNAMA?", "What was the TTP?": who/what + is/was + nothing
 * but a name (capitalised words, a title, "the" before an organisation's name).
 */
function asksWhatSomeoneIs(tokens: SentenceToken[]): boolean {
  // A name typed alone ("Khalilzad", "ashraf ghani" true-cased) asks who or what it is.
  if (isNameAlone(tokens)) return true;
  const words = tokens.filter((t) => t.type !== 'punctuation');
  let i = 0;
  if (/^(?:who|what)$/i.test(words[0]?.value ?? '') && /^(?:is|was|are|were|'s|’s)$/i.test(words[1]?.value ?? '')) i = 2;
  else if (/^(?:who|what)['’]s$/i.test(words[0]?.value ?? '')) i = 1;
  else return false;
  const isWhat = /^what/i.test(words[0]!.value);
  if (isWhat && /^the$/i.test(words[i]?.value ?? '')) i++;
  const name = words.slice(i);
  // "What is Kenya's HDI" asks for a value, not what Kenya is.
  if (name.some((t) => /['’]s$/.test(t.value) || /^['’]s$/.test(t.value))) return false;
  return name.length > 0 && name.length <= 5 && name.every((t) => /^\p{Lu}/u.test(t.value) || (!isWhat && /^(?:mr|ms|mrs|dr)\.?$/i.test(t.value)));
}

/** Words before a title noun that say which title, not whose: "official", "actual", "full". */
const TITLE_QUALIFIERS = 'official|current|full|exact|actual|real|proper';
const TITLE_QUALIFIER = new RegExp(`^(?:${TITLE_QUALIFIERS})$`, 'i');
/** The words of a question that asks what someone is called ("official title", "describe"). */
const DESCRIPTION_FRAME = new RegExp(`^(?:describes?|described|describing|title|job|position|${TITLE_QUALIFIERS})$`, 'i');
const TITLE_NOUN = /^(?:title|job|position)$/i;

/**
 * "What's Khalilzad's title", "what is Ghani's official position", "what title does the RFE/RL
 * reprint give Khalilzad": someone's title, which the corpus gives as an appositive or an office
 * before the name. Not "what is the bill's title".
 */
function asksForSomeonesTitle(tokens: SentenceToken[]): boolean {
  const words = tokens.filter((t) => t.type !== 'punctuation');
  if (!/^(?:what|whats|what['’]s)$/i.test(words[0]?.value ?? '')) return false;
  const k = words.findIndex((t) => TITLE_NOUN.test(t.value));
  let j = k - 1;
  while (j > 0 && TITLE_QUALIFIER.test(words[j]!.value)) j--;
  // "What title does the RFE/RL reprint give Khalilzad": the title given to the name after "give".
  if (k > 0 && j === 0) {
    const give = words.findIndex((t, i) => i > k && /^(?:give|gives|gave|given)$/i.test(t.value));
    if (give > 0 && isProperName(words[give + 1])) return true;
  }
  return k > 0 && j >= 2 && /^['’]s$/.test(words[j]!.value) && isProperName(words[j - 1]);
}

/** A capitalised proper noun (the question is true-cased before it is read). */
function isProperName(t: SentenceToken | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.value) && t.pos === 'PROPN';
}

/**
 * "How does the piece describe Khalilzad", "how is Ghani described": what the corpus calls someone
 * (the name right after "describe", or between "is" and "described"); not "how did Khalilzad
 * describe the smaller groups", where he describes something else.
 */
function asksHowSomeoneIsDescribed(tokens: SentenceToken[]): boolean {
  const words = tokens.filter((t) => t.type !== 'punctuation');
  if (!/^how$/i.test(words[0]?.value ?? '')) return false;
  const active = words.findIndex((t) => /^describes?$/i.test(t.value));
  if (active > 0) return isProperName(words[active + 1]);
  const passive = words.findIndex((t) => /^described$/i.test(t.value));
  return passive > 2 && /^(?:is|was|are|were)$/i.test(words[1]!.value) && words.slice(2, passive).every(isProperName);
}

/** "What does UNAMA stand for", "what is the AFC short for": the words an abbreviation stands for. */
function asksWhatItStandsFor(words: string[]): boolean {
  const i = words.findIndex((w, k) => /^(?:stand|stands|short)$/.test(w) && words[k + 1] === 'for');
  return i > 0 || words.includes('acronym') || words.includes('abbreviation');
}

/** The first noun within three words after "which" or "what" ("which hotel"; "what kind of operation" → operation). */
function focusTerm(tokens: SentenceToken[]): string | undefined {
  const i = tokens.findIndex((t) => /^(?:which|what)$/i.test(t.value));
  if (i < 0) return undefined;
  for (const t of tokens.slice(i + 1, i + 5)) {
    if (CLASSIFIERS.test(t.value) || /^of$/i.test(t.value)) continue;
    if (t.pos === 'NOUN' && t.term && !t.stop) return t.term;
    if (t.pos === 'VERB' || t.pos === 'AUX') return undefined;
  }
  return undefined;
}

const OTHER_WH = /^(?:who|whom|whose|what|which|where|why|how)$/;
/** Auxiliaries that open a yes-no question ("did…", "is…", "might…"). */
export const AUXILIARY = /^(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|might|may|must)$/;

/**
 * Whether "when" is what the question asks ("When did…", "…and when?") rather than a clause
 * around another question word ("Who fumbled when tackled by Stewart?", "When John Fox left,
 * who replaced him?", "What colour were the jerseys when Elway played?").
 */
function asksWhen(words: string[]): boolean {
  const i = words.indexOf('when');
  if (i < 0) return false;
  if (!words.some((w, k) => k !== i && OTHER_WH.test(w))) return true;
  return i === 0 && AUXILIARY.test(words[1] ?? '');
}

/**
 * The words of the noun phrase right after "what"/"which", where the noun that says what is asked
 * stands: "what year", "what is the exact date", "which former secretary of state", "what's the
 * health minister's name". It stops at a verb ("what did the leader say" asks for words, not a
 * person) and at "of" ("which bound of time" asks for a bound; "what kind of year" reads on).
 */
function askedPhrase(tokens: SentenceToken[], wh: string): string[] {
  const start = tokens.findIndex((t) => foldWord(t.value) === wh);
  const out: string[] = [];
  for (let k = start + 1; k < tokens.length && out.length < 4; k++) {
    const t = tokens[k]!;
    const w = foldWord(t.value);
    if (!w) continue;
    if (w === 'of') {
      if (CLASSIFIERS.test(tokens[k - 1]?.value ?? '')) continue;
      break;
    }
    if (t.pos === 'VERB' || (t.pos === 'AUX' && !/^(?:is|was|are|were|'s|’s)$/.test(w))) break;
    out.push(w);
  }
  return out;
}

/** The noun "how many" counts: "how many kilos of flour" → kilos, "how many afghan girls" → girls. */
function countedNoun(tokens: SentenceToken[]): string | undefined {
  const i = tokens.findIndex((t, k) => foldWord(t.value) === 'how' && foldWord(tokens[k + 1]?.value ?? '') === 'many');
  if (i < 0) return undefined;
  for (let k = i + 2; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k]!;
    // The last of a run of nouns: "how many peace plans" counts plans.
    if (t.pos === 'NOUN' && tokens[k + 1]?.pos !== 'NOUN') return t.value.toLowerCase();
    // Up to the noun: "how many afghan girls", "how many us troops", "how many of the refugees".
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'punctuation') return undefined;
  }
  return undefined;
}

/** One person's roles: a question naming one asks for a person, not a group or a place. */
const INDIVIDUAL_NOUNS = /^(?:person|man|woman|guy|official|leader|minister|president|secretary|envoy|spokesman|spokeswoman|spokesperson|author|reporter|journalist|interviewer|writer|player|coach|manager|chief|head|director|ceo|chairman|candidate|singer|actor|actress|diplomat|general|commander|founder|owner|negotiator|soldier|ambassador|governor|mayor)$/;

/**
 * The role of the people the words after the question word, up to its first verb, name: "whats
 * the name of the daesh guy" → guy, "who was the der spiegel journalist", "who is the taliban's
 * chief negotiator" → negotiator (the run's last noun), "who are the four women" → women; none for
 * "who interviewed him" (a person or a body may have). `one`: a singular role, one person.
 */
function askedRole(tokens: SentenceToken[]): { role: string; one: boolean; rank?: string } | undefined {
  // "Names of the other senior officials …" asks for the officials as "which officials" does.
  const start = tokens.findIndex((t, k) => /^(?:who|whom|who's|what|whats|what's|which)$/.test(foldWord(t.value)) || namesOf(tokens, k));
  return start < 0 ? undefined : roleAfter(tokens, start);
}

/** The role named after token `start` (a question word, or "names of"), as askedRole reads it. */
function roleAfter(tokens: SentenceToken[], start: number): { role: string; one: boolean; rank?: string } | undefined {
  // "Who heads the foundation" asks for its head.
  if (/^(?:heads|headed)$/i.test(tokens[start + 1]?.value ?? '')) return { role: 'head', one: true };
  for (let k = start + 1; k < tokens.length && k <= start + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') break;
    // A common noun: "General" in "General Question Time" is part of a name.
    if (t.pos !== 'NOUN' || tokens[k + 1]?.pos === 'NOUN') continue;
    const noun = foldWord(t.value).replace(/['’]s$/, '');
    const before = foldWord(tokens[k - 1]?.value ?? '');
    const rank = ROLE_RANKS.test(before) ? { rank: before } : {};
    if (INDIVIDUAL_NOUNS.test(noun)) return { role: noun, one: true, ...rank };
    if (INDIVIDUAL_NOUNS.test(singularRole(noun))) return { role: noun, one: false, ...rank };
  }
  return undefined;
}

/** Words that make a role another one: the deputy head is not the head. */
export const ROLE_RANKS = /^(?:deputy|vice|assistant|acting|former|ex|interim|co|associate|junior|sub)$/;

function singularRole(noun: string): string {
  return noun.replace(/men$/, 'man').replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : ''));
}

/** "Another name for X", "the name given to X", "the name for X": a term, not a proper name. */
function asksForAWord(words: string[]): boolean {
  const i = words.indexOf('name');
  return words[i - 1] === 'another' || /^(?:for|given|used)$/.test(words[i + 1] ?? '');
}

/** "Where does that come from", "where did the figure come from": what says so. */
const SOURCE_ASKED = /\bwhere (?:do|does|did) (?:(?:that|this|it|these|those)(?: (?:number|figure|claim|quote|info|information|data|estimate|stat|report)s?)?|the (?:number|figure|claim|quote|info|information|data|estimate|stat|report)s?(?: \S+){0,2}?) (?:really |actually )?(?:come|comes|came) from\b/;

/**
 * "How much do/does/did X care/trust/…": a verb of how much something matters after the subject,
 * followed by what it is about or nothing — not a noun ("did fears of a slowdown knock off", "did
 * the fear index rise", "did the reform trust give": the tagger reads "care" and "trust" as nouns
 * either way, so the place tells).
 */
function asksHowMuchItMatters(tokens: readonly SentenceToken[]): boolean {
  const how = tokens.findIndex((t, i) => /^how$/i.test(t.value) && /^much$/i.test(tokens[i + 1]?.value ?? ''));
  if (how < 0 || !/^(?:do|does|did)$/i.test(tokens[how + 2]?.value ?? '')) return false;
  for (let k = how + 4; k < Math.min(tokens.length, how + 8); k++) {
    if (!DEGREE_VERBS.test(tokens[k]!.value.toLowerCase())) continue;
    const after = tokens[k + 1];
    return after === undefined || after.type === 'punctuation' || ['ADP', 'DET', 'PRON', 'SCONJ'].includes(after.pos);
  }
  return false;
}

/** Verbs of how much something matters, not of an amount: "how much does the US care about …". */
const DEGREE_VERBS = /^(?:care|cares|matter|matters|like|likes|love|loves|hate|hates|trust|trusts|value|values|worry|worries|fear|fears|mind|minds|prioriti[sz]e|prioriti[sz]es)$/;

/** "How old is [that/the …] item": a page, whose age is when it went up. */
const PAGE_AFTER_OLD = /^(?:is|was|are|were|'s|’s)\b(?: (?:the|that|this|those|these))?(?: [\p{L}'’-]+)?(?: [\p{L}'’-]+)? (?:items?|story|stories|article|articles|piece|pieces|posts?|headlines?|reports?|news)(?= (?:about|on|in|from|that|which|with|by|of|at|for)\b|[?,.!]|$)/u;

function expectedType(words: string[], tokens: SentenceToken[]): AnswerType {
  const at = (w: string) => words.indexOf(w);
  const after = (i: number, n = 3) => words.slice(i + 1, i + 1 + n);
  const how = at('how');
  if (how >= 0) {
    const next = words[how + 1] ?? '';
    if (next === 'much' && words.some((w) => MONEY_WORDS.test(w))) return 'money';
    // "How much does the US care about …" asks how much it matters, not a number.
    if (next === 'much' && asksHowMuchItMatters(tokens)) return 'any';
    // "How far will X go" asks for an extent, not a distance.
    if (next === 'far' && !words.some((w) => /^(?:away|from|distance|miles?|km|kilometres?|kilometers?)$/.test(w))) return 'any';
    // "How long ago did the story go up" asks when: "3 days ago".
    if (next === 'long' && words[how + 2] === 'ago') return 'date';
    if (/^(?:long|often)$/.test(next)) return 'duration';
    // "How old is that Bloomberg item" asks when it went up, not anyone's age.
    if (next === 'old') return PAGE_AFTER_OLD.test(words.slice(how + 2, how + 6).join(' ')) ? 'date' : 'age';
    if (/^(?:many|much|big|large|small|far|old|high|tall|few)$/.test(next)) return 'number';
  }
  // Before the head noun's type: "whats Khalilzad's official title" asks for no official.
  if (asksWhatItStandsFor(words) || asksForSomeonesTitle(tokens)) return 'description';
  for (const wh of ['what', 'which', 'whats', "what's"]) {
    const i = at(wh);
    if (i < 0) continue;
    const head = after(i);
    const phrase = askedPhrase(tokens, wh);
    const heads = (noun: RegExp) => phrase.some((w) => noun.test(w));
    // "Over what time span": a length of time ("the first six months"), not a date ("what time period" often asks for an era).
    if (heads(/^(?:span|timespan)s?$/)) return 'duration';
    if (heads(/^(?:date|year|day|month|time)s?$/)) return 'date';
    if (head.some((w) => /^(?:number|percentage|percent|amount|total|size)s?$/.test(w))) return 'number';
    // "Which part of Kabul": a district, "southern Afghanistan" — a location, not a name.
    if (heads(/^(?:part|parts|section|side)$/) && PART_OF.test(words.join(' '))) return 'location';
    if (heads(PLACE_NOUNS)) return 'place';
    // "Another name for…", "the name given to…" ask for a word ("pedagogy", "tutor"), not someone's name.
    if (head.includes('name') && asksForAWord(words)) return 'any';
    if (heads(PERSON_NOUNS)) return 'person';
  }
  if (asksForNamesOfPeople(tokens)) return 'person';
  if (asksWhen(words)) return 'date';
  if (asksWhatSomeoneIs(tokens) || asksHowSomeoneIsDescribed(tokens)) return 'description';
  // A "who" or "where" after another question word opens a relative clause: "What did the man who
  // invented it say?", "What happened in the city where he was born?".
  // So does a "who" after what it describes ("the ppl who got aid"): it asks nothing itself.
  const relative = relativeWho(tokens);
  const asked = (forms: string[]) => forms.some((f) => at(f) >= 0 && !words.slice(0, at(f)).some((w) => OTHER_WH.test(w) && !(relative && /^(?:who|whom|whose)$/.test(w))));
  if (!relative && asked(['who', 'whom', "who's", 'whose'])) return 'person';
  // "Where does that (number) come from" asks for a source ("According to the newsletter"), not a place.
  if (SOURCE_ASKED.test(words.join(' '))) return 'any';
  if (asked(['where', "where's"])) return 'location';
  if (at('why') >= 0) return 'reason';
  return 'any';
}
