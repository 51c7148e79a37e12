/**
 * Chat shorthand in questions: Discord users write "why r there blankets", "help w the health
 * side", "… falls apart lol". Left as they are, "r", "w" and "lol" are question terms no sentence
 * has, and each lowers the share of the question an answer covers (the confidence): "why r there
 * blankets in the bayat aid package" scored 0.65 against 0.89 for "why are there …". Only
 * lower-case forms that are not English words or names are rewritten; "U.S." or "W. Bush" are not.
 */

/** Shorthand → what it stands for. */
const SPELLED_OUT = new Map<string, string>([
  ['r', 'are'],
  ['u', 'you'],
  ['ur', 'your'],
  ['w', 'with'],
  ['w/', 'with'],
  ['w/o', 'without'],
  ['b4', 'before'],
  ['bc', 'because'],
  ['bcuz', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['abt', 'about'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['whn', 'when'],
  ['wen', 'when'],
  ['hw', 'how'],
  ['thru', 'through'],
  ['tmrw', 'tomorrow'],
  ['yday', 'yesterday'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['ppl', 'people'],
  ['esp', 'especially'],
  ['approx', 'approximately'],
  ['govt', 'government'],
  ['dept', 'department'],
  ['depts', 'departments'],
  ['mag', 'magazine'],
  ['mags', 'magazines'],
  ['gov', 'government'],
  // Slang a news text does not use: "how many cops were killed" counts "28 Afghan policemen"
  // (word vectors put "cops" at 0.57 from "policemen", under the counted-noun bar).
  ['cops', 'police'],
  ['cop', 'policeman'],
  ['legit', 'legitimate'],
  ['prepping', 'preparing'],
  ['prepped', 'prepared'],
]);

/** Words that carry nothing a sentence could match: dropped. */
const FILLERS = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'pls', 'plz', 'tho', 'btw', 'imo', 'imho', 'idk', 'tbh', 'fyi', 'rn', 'ngl', 'smh', 'fr', 'bruh', 'thx', 'ofc', 'nah']);

/** "y" opens a question as "why" ("y did trump cancel the talks"). */
const WHY_AT_START = /^y(?=\s)/;
/** "acc to khalilzad", "acc. to the report": "according to" ("acc" alone may be an account). */
const ACCORDING_TO = /(^|\s)acc\.?(?=\s+to\b)/g;

/** "$20m", "6.8m", "5bn", "10k": an amount as news text writes it ("$20 million"). */
const SHORT_AMOUNT = /(^|[\s(~])([$£€]?\d+(?:\.\d+)?)(m|mn|bn|k)(?=[\s?.,!;:)]|$)/gi;
const AMOUNT_WORDS: Record<string, string> = { m: 'million', mn: 'million', bn: 'billion', k: 'thousand' };

/**
 * "the taliban n the other afghan groups": "n" for "and" before a determiner only — SQuAD's "any
 * integer n is prime" has a variable n, followed by a verb. (Of SQuAD's 10,570 questions one more
 * matches, "which mantle n the theory of plate tectonics", where "n" is a typo for "in".)
 */
const AND_BEFORE_DETERMINER = /(^|\s)n(?=\s+(?:the|a|an|his|her|their|its|our|my|your|other|all|both)\s)/g;

/** "The 90s", "the '90s": a decade of the twentieth century, as news text writes it ("the 1990s"). */
const SHORT_DECADE = /(^|[\s(])['’]?([2-9]0)s\b/g;

/** The question with chat shorthand spelled out and fillers dropped (white space kept as it was otherwise). */
export function spellOutShorthand(question: string): string {
  const out = question.replace(WHY_AT_START, 'why').replace(AND_BEFORE_DETERMINER, '$1and').replace(ACCORDING_TO, '$1according').replace(SHORT_DECADE, '$119$2s').replace(SHORT_AMOUNT, (_, lead: string, amount: string, unit: string) => `${lead}${amount} ${AMOUNT_WORDS[unit.toLowerCase()]}`);
  // A word ends at white space, the end, or punctuation that ends it ("lol.", "r?"), not at "u.s.".
  return out.replace(/(^|\s)([a-z0-9/]+)(?=\s|$|[?!,;:]|\.(?:\s|$))/g, (whole, space: string, word: string) => {
    if (FILLERS.has(word)) return space;
    const full = SPELLED_OUT.get(word);
    return full === undefined ? whole : space + full;
  });
}

/**
 * A speaker as typed, its office words' shorthand spelled out ("state dept", "State Dept." → "state
 * department"): only these, in any case — the question table would turn "wen jiabao" into "when
 * jiabao" and "gov schwarzenegger" into "government schwarzenegger".
 */
export function spellOutSpeaker(speaker: string): string {
  return speaker.replace(/(^|\s)(depts?|govt)\.?(?=\s|$)/gi, (_, space: string, word: string) => space + SPEAKER_SHORTHAND[word.toLowerCase()]!);
}

const SPEAKER_SHORTHAND: Record<string, string> = { dept: 'department', depts: 'departments', govt: 'government' };
