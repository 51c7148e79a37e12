import type { Sentence, SentenceToken } from '../nlp/types.js';
import { foldWord, termOf } from '../nlp/terms.js';
import { wordVectors } from '../nlp/wordVectors.js';
import { ROLE_RANKS, type AnalysedQuestion } from './questionAnalysis.js';
import { CLOCK_WORDS, DATE_PATTERN } from '../corpus/lineKinds.js';
import { leansAwayFromPerson, leansToPerson, leansToPlace } from './nameKind.js';
import { isSubsequence } from '../shared/text.js';

export interface Span {
  start: number;
  end: number;
}

const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)$/;
const NUMBER_WORD = /^(?:once|twice|thrice|few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half|several|most|majority)$/;
const TEMPORAL_CLAUSE = /\b(?:when|once|as soon as|until|before|after)\s+(?:the\s+|a\s+|an\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){1,5}/iu;
const REASON = /\b(?:because|due to|after|as a result|in order to|so that|owing to|amid|following|thanks to|since|for fear|caused by|led to|leading to|result(?:ed|s)? (?:in|from)|reasons?|in an effort to|aimed at|in response to|so as to)\b/i;
/**
 * A length of time: a quantity and a unit ("more than a week", "two years", "a 30-year deal",
 * "less than a year after becoming pope"), or "for days". Not a unit alone ("just days after
 * Trump visited").
 */
const TIME_UNITS = 'second|minute|hour|day|week|fortnight|month|year|decade';
const DURATION_SOURCE = String.raw`\b(?:(?:(?:more|less) than|nearly|about|almost|over|at least)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+(?:\.\d+)?)[\s-]+(?:${TIME_UNITS})s?\b`;
const DURATION = new RegExp(String.raw`${DURATION_SOURCE}|\bfor (?:hours|days|weeks|months|years|decades)\b`, 'i');
/** …and for "how long after/before": the time between two events ("two weeks after", "days before"). */
const DURATION_BETWEEN = new RegExp(String.raw`${DURATION_SOURCE}|\b(?:hours|days|weeks|months|years)\s+(?:after|before|later|earlier|ago)\b`, 'i');
/**
 * Whether wink-nlp's DURATION is a length of time: "decades of hostility", "more than 40 years",
 * "since September" are; a unit alone placing an event ("just days after Trump visited") or
 * naming one ("a year deal") is not.
 */
function isLengthOfTime(text: string, after: string): boolean {
  if (UNIT_ALONE.test(text)) return false;
  return !(UNITS_ALONE.test(text) && /^\s+(?:ahead|before|after|earlier|later|ago)\b/i.test(after));
}

const UNIT_ALONE = new RegExp(`^(?:${TIME_UNITS})$`, 'i');
const UNITS_ALONE = new RegExp(`^(?:${TIME_UNITS})s$`, 'i');

const MONEY = /[$£€¥]\s?\d|\b\d[\d,.]*\s?(?:bn|m|million|billion)?\s?(?:dollars|euros|pounds|afghanis|rupees)\b/i;

/**
 * Whether the sentence gives a count (a cardinal number that is no year): when it does not answer
 * "how many", it counts something else ("how many civilians died" → "killing 28 policemen").
 */
export function givesACount(s: Sentence): boolean {
  return s.entities.some((e) => e.type === 'CARDINAL' && !/^(?:1[5-9]|20)\d\d$/.test(s.text.slice(e.start, e.end)));
}

/**
 * Where in the sentence a phrase of the expected answer type stands, if anywhere. Words the
 * question already contains do not count: "who said X" is not answered by X.
 */
export function findAnswerSpan(s: Sentence, q: AnalysedQuestion, leansOn?: Sentence): Span | undefined {
  const span = typedSpan(s, q, leansOn);
  return span && wholeTokens(s, span);
}

/**
 * A span widened to the tokens it cuts: a pattern of letters stops at "U" in "U.S. troops", and
 * the answer's bold would cut the abbreviation in half ("**…visited U**.S.").
 */
function wholeTokens(s: Sentence, span: Span): Span {
  let { start, end } = span;
  for (const t of s.tokens) {
    const tEnd = t.start + t.value.length;
    if (t.start < start && start < tEnd) start = t.start;
    if (t.start < end && end < tEnd) end = tEnd;
  }
  return start === span.start && end === span.end ? span : { start, end };
}

function typedSpan(s: Sentence, q: AnalysedQuestion, leansOn?: Sentence): Span | undefined {
  const fresh = (start: number, end: number) => {
    const words = s.text.slice(start, end).split(/\s+/).map(foldWord).filter(Boolean);
    return words.length > 0 && words.some((w) => !q.words.has(w) && !abbreviatedInQuestion(w, q));
  };
  const entity = (types: string[], isNew = fresh) => s.entities.find((e) => types.includes(e.type) && isNew(e.start, e.end));
  switch (q.expected) {
    case 'date': {
      if (q.dateKind === 'clock') {
        // "What time was it posted" is answered by "12:40 PM" or "overnight", not by "Friday".
        const m = CLOCK_TIME.exec(s.text);
        return m && fresh(m.index, m.index + m[0].length) ? { start: m.index, end: m.index + m[0].length } : undefined;
      }
      if (q.dateKind === 'year') {
        // "In what year…" is answered by a year, not by "Monday" or "last week".
        const y = s.tokens.find((t) => YEAR_OR_DECADE.test(t.value) && fresh(t.start, t.start + t.value.length));
        return y && { start: y.start, end: y.start + y.value.length };
      }
      // "When did Biden announce the Sept 11 pullout plan" is not answered by "by September 11 of
      // 2021": the day the question names, with only its year added.
      // "September 11" and "2021" are two entities to the tagger: the year after such a date is its.
      const named = s.entities.filter((d) => d.type === 'DATE' && yearAddedOnly(s.text.slice(d.start, d.end), q));
      const yearOfNamed = (at: number) => named.some((d) => d.start <= at && at <= d.end + YEAR_AFTER.exec(s.text.slice(d.end))![0].length);
      const newDate = (start: number, end: number) => fresh(start, end) && !yearAddedOnly(s.text.slice(start, end), q) && !yearOfNamed(start);
      const m = DATE_PATTERN.exec(s.text);
      if (m && newDate(m.index, m.index + m[0].length)) return { start: m.index, end: m.index + m[0].length };
      // "What exact date…" is not answered by "since September": the date must name its day.
      if (q.exact) {
        return entity(['DATE'], (start, end) => newDate(start, end) && DAY_OF_DATE.test(s.text.slice(start, end)));
      }
      const e = entity(['DATE'], newDate);
      if (e) return e;
      const t = s.tokens.find((t) => (MONTH_WORD.test(t.value.toLowerCase()) || /^(?:19|20)\d\d$/.test(t.value)) && fresh(t.start, t.start + t.value.length) && !yearOfNamed(t.start));
      if (t) return { start: t.start, end: t.start + t.value.length };
      // "When would a cease-fire come up?" — "when the intra-Afghan negotiations begin": an event, not a date.
      // "What dates were proposed" asks for dates: "until all foreign troops have withdrawn" is none.
      if (q.dateKind === 'calendar') return undefined;
      const clause = TEMPORAL_CLAUSE.exec(s.text);
      return clause && fresh(clause.index, clause.index + clause[0].length) ? { start: clause.index, end: clause.index + clause[0].length } : undefined;
    }
    case 'money': {
      const m = MONEY.exec(s.text);
      if (m) return { start: m.index, end: m.index + m[0].length };
      return entity(['MONEY']);
    }
    case 'age': {
      // "52-year-old", "aged 52", "52 years old", "Goren, 34,", "at the age of 52", "at age 39", "52 years of age".
      const m = /\b\d{1,3}[- ]years?[- ]old\b|\baged? \d{1,3}\b|,\s\d{1,3},|\bage (?:of )?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\b|\b\d{1,3} years of age\b/i.exec(s.text);
      return m ? { start: m.index, end: m.index + m[0].length } : undefined;
    }
    case 'duration': {
      // "How long after Trump's trip did Khalilzad arrive?" asks for the time between: "just days after".
      const between = /\bhow long (?:after|before|ago)\b/i.test(q.text);
      const e = entity(['DURATION', 'TIME'], (start, end) => fresh(start, end) && (between || isLengthOfTime(s.text.slice(start, end), s.text.slice(end))));
      if (e) return e;
      const m = (between ? DURATION_BETWEEN : DURATION).exec(s.text);
      return m && fresh(m.index, m.index + m[0].length) ? { start: m.index, end: m.index + m[0].length } : undefined;
    }
    case 'number': {
      // "How many were injured" is not answered by "killed 39 people", nor "how many died" by "wounded".
      if (otherCasualtiesOnly(s, q)) return undefined;
      // "How many returned from Iran alone" is not answered by a figure for "Iran and Pakistan".
      if (countsOthersWith(s, q)) return undefined;
      // A count: "how many provinces" is not answered by "a day", nor "how many of the 6.8
      // million" by "approximately 6.8 million": the number itself must be new.
      const newNumber = (start: number, end: number) => {
        // A currency sign is no part of the number: "$20 million" is not new to "the $20m aid".
        const words = s.text.slice(start, end).split(/\s+/).map((w) => foldWord(w.replace(/^[$£€¥]+/, ''))).filter((w) => /\d/.test(w) || NUMBER_WORD.test(w));
        return words.length === 0 ? fresh(start, end) : words.some((w) => !q.words.has(w));
      };
      // "How many blankets" is not answered by "dozens of needy families": the number must count what is asked.
      const counts = (start: number, end: number) => !pronounOne(s, start) && (q.counted === undefined || countsNoun(s, end, q.counted)) && !(q.exact && VAGUE_NUMBER.test(s.text.slice(start, end)));
      const e = entity(['CARDINAL', 'MONEY', 'PERCENT'], (start, end) => newNumber(start, end) && counts(start, end));
      if (e) return e;
      // "by September 11 of 2021" is a date, not a count.
      const inDate = (at: number) => /^(?:19|20)\d\d$/.test(s.text.slice(at, at + 4)) || s.entities.some((d) => d.type === 'DATE' && d.start <= at && at < d.end);
      const t = s.tokens.find((t) => (t.type === 'number' || NUMBER_WORD.test(t.value.toLowerCase())) && !inDate(t.start) && fresh(t.start, t.start + t.value.length) && counts(t.start, t.start + t.value.length));
      return t ? { start: t.start, end: t.start + t.value.length } : undefined;
    }
    case 'person':
      // "What was the soldier's name" is not answered by "Kabul"; "which group" may be by "Taliban",
      // but "who was the journalist" is not, nor "the health minister's name" by "New Delhi": a
      // name whose last word leans to places or bodies and none of whose words leans to people
      // ("John Fox" does).
      // An office before the name is not the answer: "Secretary of State Mike Pompeo" → "Mike Pompeo".
      return (
        properNounRun(s, roleHolder(s, q, fresh, leansOn), (words) => words.every((w) => leansToPlace(w) === true) || ((q.individual === true || q.role !== undefined) && notAPerson(words)), isOfficeWord) ??
        // "Who was supposed to free the prisoners" is answered by "the Afghan government", "a new
        // chapter of cooperation between Afghanistan and who" by "the international community":
        // a body of people, unless the question asks for one person or the holders of a role.
        (q.individual || q.role !== undefined ? undefined : collectiveRun(s, fresh))
      );
    case 'place':
      return properNounRun(s, fresh);
    case 'location':
      return q.partOf !== undefined ? partOfPlace(s, q.partOf) : locativeRun(s, fresh);
    case 'description':
      return appositive(s, q);
    case 'reason': {
      const m = REASON.exec(s.text);
      if (m) return { start: m.index, end: Math.min(s.text.length, m.index + 60) };
      const at = purposeInfinitive(s);
      return at === undefined ? undefined : { start: at, end: Math.min(s.text.length, at + 60) };
    }
    default:
      return undefined;
  }
}

/**
 * A name that answers "who is the taliban's chief negotiator" stands by the role when the sentence
 * mentions the role at all ("U.S. soldier John Smith", "Haji Mohammad Ismail, Deputy Head of…",
 * "Khalilzad, the U.S. special peace envoy"): "…negotiators are holding historic peace talks in
 * Qatar, a Mideast country…" mentions negotiators and names none of them, nor does "…killed 12
 * people in Kabul, including a U.S. soldier" name the soldier by "President Donald Trump". A
 * sentence that never mentions the role may still name its holder ("Napoleon led the army").
 */
function roleHolder(s: Sentence, q: AnalysedQuestion, fresh: (a: number, b: number) => boolean, leansOn?: Sentence): (a: number, b: number) => boolean {
  if (q.role === undefined) return fresh;
  // "…,” Ismail said." after "Haji Mohammad Ismail, Deputy Head of Bayat Foundation, said …": still not the head.
  const taken = leansOn ? otherRankHolders(leansOn, q.role, q.roleRank) : NO_WORDS;
  if (taken.size > 0) {
    const own = fresh;
    fresh = (a, b) => own(a, b) && !s.text.slice(a, b).split(/\s+/).some((w) => taken.has(foldWord(w)));
  }
  const { asked, other } = roleMentions(s, q.role, q.roleRank);
  if (asked.length > 0) return (a, b) => fresh(a, b) && nearAny(a, b, asked);
  // "Haji Mohammad Ismail, Deputy Head of Bayat Foundation" does not answer who the head is.
  return other.length === 0 ? fresh : (a, b) => fresh(a, b) && !nearAny(a, b, other);
}

/** Whether the text from `a` to `b` stands within ROLE_NEAR_CHARS of one of the mentions. */
function nearAny(a: number, b: number, mentions: readonly (readonly [number, number])[]): boolean {
  return mentions.some(([start, end]) => Math.min(Math.abs(start - b), Math.abs(a - end)) <= ROLE_NEAR_CHARS);
}

/** The capitalised words beside a mention of the role with another rank: the name of someone who holds another role. */
function otherRankHolders(s: Sentence, role: string, rank: string | undefined): Set<string> {
  const { other } = roleMentions(s, role, rank);
  const words = new Set<string>();
  for (const t of s.tokens) {
    if (t.type !== 'word' || !/^\p{Lu}/u.test(t.value) || OFFICE_WORDS.test(t.value)) continue;
    if (nearAny(t.start, t.start + t.value.length, other)) words.add(foldWord(t.value));
  }
  return words;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Where the sentence mentions the role, in the form asked: "several players dove for it" are not
 * "the player who recovered the ball"; `asked` of the rank asked, `other` of another ("Deputy
 * Head" is not the head, nor "Head" the deputy head).
 */
export function roleMentions(s: Sentence, role: string, rank?: string): { asked: (readonly [number, number])[]; other: (readonly [number, number])[] } {
  const asked: (readonly [number, number])[] = [];
  const other: (readonly [number, number])[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Folding costs: only words long enough to be the role ("head's" folds to "head").
    if (t.value.length < role.length || foldWord(t.value).replace(/['’]s$/, '') !== role) continue;
    const before = i > 0 ? foldWord(toks[i - 1]!.value) : '';
    const sameRank = rank === undefined ? !ROLE_RANKS.test(before) : before === rank;
    (sameRank ? asked : other).push([t.start, t.start + t.value.length]);
  }
  return { asked, other };
}

/** How far (in characters) a role's holder may stand from it: ", the U.S. special peace " is 25. */
const ROLE_NEAR_CHARS = 30;

/**
 * Where a purpose clause starts: "to" and a verb after a noun or a comma — "blankets to help
 * families cope", "a cease-fire with foreign troops to facilitate their drawdown" — not after a
 * verb, where it completes the verb ("agreed to convene", "want to end").
 */
function purposeInfinitive(s: Sentence): number | undefined {
  const toks = s.tokens;
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (t.value.toLowerCase() !== 'to' || toks[i + 1]!.pos !== 'VERB') continue;
    const before = toks[i - 1]!;
    if (PURPOSE_AFTER.has(before.pos) || before.value === ',') return t.start;
  }
  return undefined;
}

/** Parts of speech a purpose "to" follows (an object or the end of one). */
const PURPOSE_AFTER = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

const CLOCK_WORD = new RegExp(`^(?:${CLOCK_WORDS})$`);

/** A year as a word: 1000–2099. */
const YEAR = String.raw`(?:1\d\d\d|20\d\d)`;
const YEAR_WORD = new RegExp(`^${YEAR}$`);
const YEAR_OR_DECADE = new RegExp(`^${YEAR}s?$`);
/** What may stand between a month-day and its year: ", 2021", " of 2021" (empty when no year follows). */
const YEAR_AFTER = new RegExp(String.raw`^(?:,?\s*(?:of\s+)?(?=${YEAR}\b))?`);

/** Whether a date names a month or day the question names and adds nothing but a year to it. */
function yearAddedOnly(date: string, q: AnalysedQuestion): boolean {
  const words = date.split(/[\s,]+/).map(foldWord).filter(Boolean);
  const asked = (w: string) => q.words.has(w) || abbreviatedInQuestion(w, q);
  const named = words.some((w) => (MONTH_WORD.test(w) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(w)) && asked(w));
  return named && words.every((w) => asked(w) || YEAR_WORD.test(w) || /^(?:of|the|on|in|by)$/.test(w));
}

/** A run of capitalised words that names a place or a body rather than one person (see 'person' in findAnswerSpan). */
function notAPerson(words: string[]): boolean {
  return leansAwayFromPerson(words[words.length - 1]!) === true && !words.some((w) => leansToPerson(w) === true);
}

/**
 * Whether the number ending at `end` may count `noun` (a question's "how many <noun>"): the first
 * noun after it ("28 Afghan policemen", "dozens of needy families") is that noun or a word vectors
 * put near it; a number no noun follows ("there had been 30 to start off with") may count anything.
 * Generic counts ("how many people", "how many times") take any number.
 */
/**
 * "One" standing for a noun ("a possibility, and a dangerous one", "the only one", "this one"):
 * a determiner before it, adjectives between. It counts nothing: "how many prisoners" was
 * answered by "a dangerous one".
 */
function pronounOne(s: Sentence, start: number): boolean {
  const tokens = s.tokens;
  let i = tokens.findIndex((t) => t.start === start);
  if (i < 0 || !/^ones?$/i.test(tokens[i]!.value)) return false;
  for (let adjectives = 0; i > 0 && tokens[i - 1]!.pos === 'ADJ' && adjectives < 2; adjectives++) i--;
  return i > 0 && /^(?:a|an|the|this|that|these|those|another|each|every|any|no|which|only|other)$/i.test(tokens[i - 1]!.value);
}

function countsNoun(s: Sentence, end: number, noun: string): boolean {
  if (GENERIC_COUNTED.test(noun)) return true;
  let seen = 0;
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < end) continue;
    // "30-year deal" counts years: the hyphen joins the number to its noun.
    if (t.value === '-' && t.start === end) continue;
    // "dozens of members of the Afghan security forces" counts forces: "of", "the" and the
    // partitives on the way do not use up the words allowed between the number and its noun.
    const partitive = t.pos === 'NOUN' && PARTITIVES.test(t.value);
    // "one such difficult decision" counts decisions: "such" (tagged an adverb) stands in the phrase.
    if (/^such$/i.test(t.value)) continue;
    if (!(partitive || t.pos === 'DET' || /^of$/i.test(t.value)) && ++seen > COUNTED_WITHIN) return true;
    // "One future is …": the tagger read "future" as an adjective; an adjective that ends its
    // phrase before a verb is the noun counted (not "three wounded were …", who are people, nor
    // "400 more were released", where the noun is left out).
    const headAdjective = t.pos === 'ADJ' && /^(?:AUX|VERB)$/.test(tokens[i + 1]?.pos ?? '') && !KILLED.test(t.value) && !INJURED.test(t.value) && !QUANTITY_ADJECTIVES.test(t.value);
    if (headAdjective) return sameNoun(t, noun);
    if (t.pos === 'NOUN' && !partitive) {
      // A compound's head is its last noun ("security forces"); either noun may be the one asked.
      let head = i;
      while (tokens[head + 1]?.pos === 'NOUN') head++;
      return sameNoun(t, noun) || (head > i && sameNoun(tokens[head]!, noun));
    }
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'DET' || /^of$/i.test(t.value))) return true;
  }
  return true;
}

/** A counted noun as the question writes it, maybe abbreviated ("yrs" for years). */
function sameNoun(t: SentenceToken, noun: string): boolean {
  const word = t.value.toLowerCase();
  if (t.term === termOf(noun) || (noun.length >= 3 && noun.length < word.length && noun[0] === word[0] && isSubsequence(noun, word))) return true;
  if ((CIVILIANS.test(noun) && COMBATANTS.test(word)) || (COMBATANTS.test(noun) && CIVILIANS.test(word))) return false;
  const vectors = wordVectors();
  const a = vectors?.idOf(noun) ?? -1;
  const b = a >= 0 ? vectors!.idOf(word) : -1;
  return b >= 0 && vectors!.similarityOfIds(a, b) >= COUNTED_SIMILARITY;
}

const KILLED = /^(?:kill|killed|killing|kills|dead|died|die|dies|deaths?|fatalit(?:y|ies)|lives)$/i;
const INJURED = /^(?:injur(?:e|ed|es|y|ies|ing)|wound(?:ed|s|ing)?|hurt)$/i;

/** Per question: whether it counts the dead, the injured, or neither (or both). */
const casualtiesAsked = new WeakMap<AnalysedQuestion, 'killed' | 'injured' | null>();

/** The question counts the dead (or the injured) and the sentence speaks only of the injured (or the dead). */
function otherCasualtiesOnly(s: Sentence, q: AnalysedQuestion): boolean {
  let counted = casualtiesAsked.get(q);
  if (counted === undefined) {
    const killed = [...q.words].some((w) => KILLED.test(w));
    counted = killed === [...q.words].some((w) => INJURED.test(w)) ? null : killed ? 'killed' : 'injured';
    casualtiesAsked.set(q, counted);
  }
  if (counted === null) return false;
  const [asked, other] = counted === 'killed' ? [KILLED, INJURED] : [INJURED, KILLED];
  let saysOther = false;
  for (const t of s.tokens) {
    if (asked.test(t.value)) return false;
    if (other.test(t.value)) saysOther = true;
  }
  return saysOther;
}

/** Per question: the name it asks about alone ("from Iran alone", "only Iran"), lower case, or null. */
const aloneAsked = new WeakMap<AnalysedQuestion, string | null>();

/** The name a question restricts its count to: "Iran alone", "Iran only", "only Iran", "just Iran". */
function nameAlone(q: AnalysedQuestion): string | null {
  let name = aloneAsked.get(q);
  if (name === undefined) {
    name = null;
    const t = q.tokens;
    for (let i = 0; i < t.length && name === null; i++) {
      const w = t[i]!.value.toLowerCase();
      if ((w === 'alone' || w === 'only') && capitalisedAt(t, i - 1)) name = t[i - 1]!.value.toLowerCase();
      else if ((w === 'only' || w === 'just') && capitalisedAt(t, i + 1)) name = t[i + 1]!.value.toLowerCase();
    }
    aloneAsked.set(q, name);
  }
  return name;
}

/**
 * The question counts for one name alone and the sentence gives its figure for that name and
 * another together: "returned from Iran and Pakistan" (or "Pakistan and Iran", "Iran or Pakistan").
 */
function countsOthersWith(s: Sentence, q: AnalysedQuestion): boolean {
  const name = nameAlone(q);
  if (name === null) return false;
  const t = s.tokens;
  const joiner = (i: number) => /^(?:and|or|&)$/i.test(t[i]?.value ?? '');
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.value.toLowerCase() !== name) continue;
    if ((joiner(i + 1) && capitalisedAt(t, i + 2)) || (joiner(i - 1) && capitalisedAt(t, i - 2))) return true;
  }
  return false;
}

/** Whether the i-th token is there and written with a capital (a name, for these checks). */
function capitalisedAt(tokens: readonly SentenceToken[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && /^\p{Lu}/u.test(t.value);
}

/**
 * Who a casualty count counts: word vectors put "civilians" near "policemen" (0.74) and "troops"
 * (0.74), but "how many civilians died" is not answered by "killing a total of 28 Afghan policemen".
 */
const CIVILIANS = /^(?:civilians?|non-?combatants?|bystanders?)$/i;
const COMBATANTS = /^(?:soldiers?|troops?|police|policem[ae]n|officers?|militants?|fighters?|insurgents?|combatants?|forces?|guards?|servicem[ae]n|personnel|marines?|commandos?|militiam[ae]n|rebels?)$/i;

/** Words from a number to its noun: "28 Afghan policemen", "dozens of needy families". */
const COUNTED_WITHIN = 5;
/** Adjectives that stand for a left-out noun after a number: "400 more", "1,500 additional". */
const QUANTITY_ADJECTIVES = /^(?:more|fewer|less|other|others|additional|further|extra|remaining|new|many|few|several|most)$/i;
const COUNTED_SIMILARITY = 0.6;
/** Nouns that count through "of": "members of the security forces", "a total of 28 policemen". */
const PARTITIVES = /^(?:members?|number|total|lots?|couple|series|groups?|dozens?|hundreds?|thousands?|millions?)$/i;
/** A time on the clock, or of the day. */
const CLOCK_TIME = /\b\d{1,2}(?::\d\d)?\s?(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d\d\b|\b\d{1,2} o['’]clock\b|\b(?:morning|afternoon|evening|night|midnight|noon|midday|overnight|dawn|dusk)\b/i;

/** A date that names its day: "September 23", "23 September", "on Monday", "yesterday". */
const DAY_OF_DATE = /\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?!\d)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow)\b/i;

/** Numbers that are not figures: "exactly how many" is not answered by them. */
const VAGUE_NUMBER = /^(?:a |an )?(?:few|several|some|many|dozens|hundreds|thousands|millions|scores|numerous|a number)$/i;
/** Counts any number may answer. */
const GENERIC_COUNTED = /^(?:people|ppl|persons?|times|things|ones|cases|members)$/;

/** "Pakistan" is not new to a question that says "pak". */
function abbreviatedInQuestion(word: string, q: AnalysedQuestion): boolean {
  for (const w of q.words) if (w.length >= 3 && w.length < word.length && word.startsWith(w)) return true;
  return false;
}

/** Offices and ranks a person holds (HEAD_OFFICE), as words of an alternation. */
const OFFICE_HEADS = 'president|minister|secretary|envoy|ambassador|spokes(?:man|woman|person)|senator|governor|commander|chief|director|chair(?:man|woman)?|mayor|judge|justice|leader|officer|ceo|founder|king|queen|prince|princess|sheikh|pope|representative|general|gen|lt|col|sgt|capt|maj';
/** Offices and ranks written before a name ("Secretary of State", "Afghan President", "Gen."), with their modifiers ("former", "deputy", "foreign"). */
const OFFICE_WORDS = new RegExp(`^(?:${OFFICE_HEADS}|former|vice|prime|deputy|foreign|defen[cs]e|interior|special|head|acting|senior|state|attorney|speaker|supreme|executive)\\.?$`, 'i');

/** A word of an office before a name, or a capitalised adjective ("Afghan" in "Afghan President Ashraf Ghani"). */
function isOfficeWord(t: SentenceToken): boolean {
  return OFFICE_WORDS.test(t.value) || t.pos === 'ADJ';
}

const COMPASS = '(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)';
const PLACE_PART = '(?:district|province|region|area|neighbou?rhood|quarter|suburb|outskirts|part|zone|city|centre|center|county|valley)s?';

/**
 * The part of a place a "which part of Kabul" / "where in Kabul" question asks for: "Kabul’s fifth
 * district", "southern Afghanistan", "the north of Kabul", "District 5 of Kabul". `place` is the
 * place asked about, lower case, or "" for "the country", which any capitalised name stands for.
 */
function partOfPlace(s: Sentence, place: string): Span | undefined {
  // Cheap checks first: a word of a part and the place's name (most candidates have neither).
  if (!PART_WORD.test(s.text)) return undefined;
  const { name, patterns } = partPatterns(place);
  if (name && !name.test(s.text)) return undefined;
  for (const re of patterns) {
    const m = re.exec(s.text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

const PART_WORD = new RegExp(`${COMPASS}|${PLACE_PART}|outskirts|heart`, 'i');

/** The patterns of partOfPlace for one place, compiled once (a question reads tens of candidates). */
const PART_PATTERNS = new Map<string, { name: RegExp | undefined; patterns: RegExp[] }>();
function partPatterns(place: string): { name: RegExp | undefined; patterns: RegExp[] } {
  let compiled = PART_PATTERNS.get(place);
  if (!compiled) {
    const name = place === '' ? '\\p{Lu}[\\p{L}-]+' : escapeRegExp(place);
    const patterns = [
      `\\b${name}['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}${PLACE_PART}\\b`,
      `\\b${COMPASS}\\s+${name}\\b`,
      `\\bthe\\s+(?:${COMPASS}|outskirts|heart|centre|center)\\s+(?:[\\p{L}-]+\\s+)?of\\s+${name}\\b`,
      `\\b${PLACE_PART}\\s+[\\p{L}\\d-]+\\s+of\\s+${name}\\b`,
    ].map((source) => new RegExp(source, place === '' ? 'u' : 'iu'));
    compiled = { name: place === '' ? undefined : new RegExp(name, 'i'), patterns };
    if (PART_PATTERNS.size > 100) PART_PATTERNS.clear();
    PART_PATTERNS.set(place, compiled);
  }
  return compiled;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LOCATIVE = /^(?:in|at|to|from|near|inside|outside|across|into|within|around|throughout|along|between|towards?|off|beneath|under|over|through|via)$/i;

/** A place after a locative preposition ("in Qatar", "at an Istanbul nightclub" → Istanbul). */
function locativeRun(s: Sentence, fresh: (a: number, b: number) => boolean): Span | undefined {
  const toks = s.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    if (!LOCATIVE.test(toks[i]!.value)) continue;
    let j = i + 1;
    while (j < toks.length && /^(?:the|a|an)$/i.test(toks[j]!.value)) j++;
    const first = toks[j];
    if (!first || !/^\p{Lu}/u.test(first.value) || first.type !== 'word') continue;
    let k = j;
    while (k + 1 < toks.length && toks[k + 1]!.type === 'word' && /^\p{Lu}/u.test(toks[k + 1]!.value)) k++;
    const start = first.start;
    const end = toks[k]!.start + toks[k]!.value.length;
    // "in January", "on Monday": a time, not a place.
    if (toks.slice(j, k + 1).every((x) => MONTH_WORD.test(x.value.toLowerCase()))) continue;
    if (fresh(start, end)) return { start, end };
  }
  return undefined;
}

/**
 * "X, the U.S. special envoy for Afghanistan, …", "X is a …" or "the Tehrik-i-Taliban Pakistan
 * (TTP)": what the sentence says X is, or what the abbreviation X stands for.
 */
function appositive(s: Sentence, q: AnalysedQuestion): Span | undefined {
  const names = q.tokens.filter((t) => /^\p{Lu}/u.test(t.value) && t.type === 'word').map((t) => t.value.toLowerCase());
  const lower = s.text.toLowerCase();
  for (const name of names) {
    const expanded = expansionOf(s, name);
    if (expanded) return expanded;
  }
  for (const name of [...names].reverse()) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const rest = s.text.slice(at + name.length);
      // Up to the next comma or semicolon (a period may belong to an abbreviation: U.S.).
      const m = /^(?:[’']s)?(?:,\s+|\s+(?:is|was|has been)\s+)((?:the|a|an)\s+[^,;]*[^,;.\s])/i.exec(rest) ?? ROLE_APPOSITIVE.exec(rest);
      if (m?.[1]) {
        const start = at + name.length + m[0].length - m[1].length;
        return { start, end: start + m[1].length };
      }
    }
  }
  for (const name of names) {
    const titled = titleBefore(s, name);
    if (titled) return titled;
  }
  return undefined;
}

/**
 * The office written before a name, as a description of the person: "Afghan President Ashraf
 * Ghani", "Secretary of State Mike Pompeo", "U.S. special envoy Zalmay Khalilzad". Back from the
 * name: its given names, then office words (OFFICE_WORDS, "of" between two of them) of which one
 * names an office (HEAD_OFFICE), then at most one capitalised word qualifying them ("Afghan",
 * "U.S."), never a weekday or month ("On Tuesday President Ghani"). Not in a headline, whose
 * every word is capitalised ("Pompeo Meets Afghan President Ghani").
 */
function titleBefore(s: Sentence, name: string): Span | undefined {
  if (s.role === 'title') return undefined;
  const toks = s.tokens;
  const capitalised = (t: SentenceToken) => t.type === 'word' && /^\p{Lu}/u.test(t.value) && !CALENDAR_WORD.test(t.value);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.value.toLowerCase() !== name) continue;
    let j = i - 1;
    while (j >= 0 && capitalised(toks[j]!) && toks[j]!.pos === 'PROPN' && !OFFICE_WORDS.test(toks[j]!.value)) j--; // given names
    let first = -1;
    let office = false;
    for (; j >= 0; j--) {
      const t = toks[j]!;
      if (OFFICE_WORDS.test(t.value)) {
        office ||= HEAD_OFFICE.test(t.value);
        first = j;
      } else if (t.value !== 'of' || first < 0 || j === 0 || !OFFICE_WORDS.test(toks[j - 1]!.value)) break;
    }
    if (!office) continue;
    if (j >= 0 && capitalised(toks[j]!) && (toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'PROPN')) first = j;
    return { start: toks[first]!.start, end: toks[i]!.start + toks[i]!.value.length };
  }
  return undefined;
}

/** Weekdays and months, capitalised but no part of an office ("On Tuesday President Ghani"). */
const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Offices a person holds (not their modifiers: "former", "deputy", "foreign" say no office alone). */
const HEAD_OFFICE = new RegExp(`^(?:${OFFICE_HEADS})\\.?$`, 'i');
/**
 * An appositive without an article that names a post: "…, said Jonny Evans, news editor at
 * Macworld magazine." (BBC News) — a role noun within its first five words.
 */
const ROLE_APPOSITIVE = new RegExp(String.raw`^,\s+((?:[\p{L}’'.&-]+\s+){0,4}?(?:${OFFICE_HEADS}|editor|analyst|economist|professor|lecturer|manager|head|expert|correspondent|reporter|researcher|coach|captain|partner|owner|adviser|advisor|consultant)\b[^,;]*[^,;.\s])`, 'iu');

/**
 * The capitalised words before "(ABBR)" whose initials spell it, in order: "the National Science
 * Foundation Network (NSFNET)", "the Department for Culture, Media and Sport (DCMS)".
 */
function expansionOf(s: Sentence, abbreviation: string): Span | undefined {
  const at = s.text.toLowerCase().indexOf(`(${abbreviation})`);
  if (at < 0 || abbreviation.length < 2) return undefined;
  // Words as written, so that "Tehrik-i-Taliban" is one word with one initial; quotes and brackets are not part of them.
  const before = [...s.text.slice(0, at).matchAll(/[^\s,;:"“”()[\]]+/g)].map((m) => ({ value: m[0], start: m.index! }));
  let initials = '';
  let first = -1;
  for (let i = before.length - 1; i >= 0 && before.length - i <= abbreviation.length * 2; i--) {
    const w = before[i]!.value;
    if (/^\p{Lu}/u.test(w)) {
      const next = w[0]!.toLowerCase() + initials;
      if (!isSubsequence(next, abbreviation)) break;
      initials = next;
      if (abbreviation.startsWith(initials[0]!)) first = i;
    } else if (!EXPANSION_SMALL_WORDS.test(w)) {
      break;
    }
  }
  if (first < 0) return undefined;
  const last = before[before.length - 1]!;
  return { start: before[first]!.start, end: last.start + last.value.length };
}

/** Nouns for a body of people that may answer "who" ("the Afghan government", "the international community"). */
const COLLECTIVE = /^(?:government|governments|administration|community|authorities|officials|forces|police|army|military|council|ministry|parliament|court|committee|coalition|alliance|militants|insurgents|rebels|negotiators|leadership|side|sides|countries|nations)$/i;

/** Verbs after a body of people that make it the teller, not the one the question asks about. */
const REPORTING_AFTER = /^(?:said|say|says|told|tell|tells|added|stated|reported|announced)$/i;

/**
 * A body of people named by a common noun with its modifiers and determiner ("the Afghan
 * government", "the international community", "Afghan security forces"), new to the question.
 */
function collectiveRun(s: Sentence, fresh: (a: number, b: number) => boolean): Span | undefined {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    // A noun, not a verb wink took for one ("the new law forces companies to…": an object follows),
    // and not the one who tells ("officials said the man was arrested" does not answer who was).
    const next = toks[i + 1];
    if (!COLLECTIVE.test(toks[i]!.value) || toks[i]!.pos !== 'NOUN' || REPORTING_AFTER.test(next?.value ?? '') || /^(?:NOUN|DET|PRON)$/.test(next?.pos ?? '')) continue;
    let a = i;
    while (a > 0 && i - a < 3 && /^(?:ADJ|PROPN|NOUN)$/.test(toks[a - 1]!.pos) && toks[a - 1]!.type === 'word') a--;
    if (a > 0 && /^(?:the|a|an|its|their|our)$/i.test(toks[a - 1]!.value)) a--;
    const start = toks[a]!.start;
    const end = toks[i]!.start + toks[i]!.value.length;
    if (fresh(start, end)) return { start, end };
  }
  return undefined;
}

/** Small words inside a name an abbreviation stands for ("Department for Culture, Media and Sport"). */
const EXPANSION_SMALL_WORDS = /^(?:of|for|and|the|de|du|des|la|le|in|on|&)$/i;

/**
 * The first run of capitalised proper nouns that the question does not already name, without
 * the leading words `skipLeading` passes (a run that is nothing else is no name).
 */
function properNounRun(s: Sentence, fresh: (a: number, b: number) => boolean, wrongKind?: (words: string[]) => boolean, skipLeading?: (t: SentenceToken) => boolean): Span | undefined {
  const toks = s.tokens;
  // The sentence's first word is capitalised whatever it is ("“Many of the leaders…").
  const firstWord = toks.findIndex((t) => t.type === 'word');
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Scripts without capitals (Arabic, Persian, Chinese…) give no case to go by: their words may be names.
    if (!(t.pos === 'PROPN' || (i > firstWord && /^[\p{Lu}\p{Lo}]/u.test(t.value) && t.type === 'word'))) continue;
    let j = i;
    while (j + 1 < toks.length && (toks[j + 1]!.pos === 'PROPN' || /^[\p{Lu}\p{Lo}]/u.test(toks[j + 1]!.value)) && toks[j + 1]!.type === 'word') j++;
    const runEnd = j;
    if (skipLeading) {
      while (i <= j && skipLeading(toks[i]!)) i++;
      if (i > j) {
        i = runEnd;
        continue;
      }
    }
    const start = toks[i]!.start;
    const end = toks[j]!.start + toks[j]!.value.length;
    // A capitalised adjective alone ("Afghan groups") names neither a person nor a place, nor does a day or month.
    const run = toks.slice(i, j + 1);
    // Nor do the words of a clock time ("12:40 PM EDT").
    const notAName = run.every((x) => x.pos === 'ADJ') || run.every((x) => MONTH_WORD.test(x.value.toLowerCase())) || run.every((x) => CLOCK_WORD.test(x.value));
    if (!notAName && fresh(start, end) && !wrongKind?.(run.map((x) => x.value))) return { start, end };
    i = j;
  }
  return undefined;
}
