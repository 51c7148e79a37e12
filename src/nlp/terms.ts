import { stem } from './wink.js';

/**
 * Term normalisation shared by the index and the queries: lower case, curly quotes folded,
 * abbreviation dots removed ("U.S." → "us"), month abbreviations expanded, then Porter-2 stems.
 *
 * Stop words are a short, deliberate list of function words. wink's own list also drops words
 * that carry answers in news text ("two", "down", "first"), so it is not used.
 */
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than as of at by for from in into onto on off to up with within without ' +
    'about above after again against all am any are aren be because been before being below between both can could ' +
    'did do does doing done during each few further had has have having he her here hers herself him himself his how ' +
    'i is it its itself just me more most my myself no not now once only other our ours ourselves out over own same she ' +
    'should some such that their theirs them themselves there these they this those through too under until very was ' +
    'we were what when where which while who whom whose why will would you your yours yourself yourselves s t ' +
    'also ever per via upon whether whats wat u ur rn tho pls please actually actual really just much many every according ' +
    'tell me say says said know want get got anyone anything something thing things going gonna ' +
    "isn't wasn't don't doesn't didn't won't can't couldn't shouldn't wouldn't n't " +
    // Contractions typed without the apostrophe, whole or as wink splits them (wont → wo + nt).
    'nt wo ca ve re ll im ive hes shes theres thats youre hasnt havent hadnt arent werent isnt wasnt dont doesnt didnt ' +
    'wont cant couldnt shouldnt wouldnt theyre theyve weve youve'
  ).split(/\s+/),
);

const MONTHS = new Map<string, string>(Object.entries({
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
}));

/**
 * Words whose British and American spellings differ in ways a stemmer does not fold, with their
 * inflections ("neighbours" / "neighbors", "organised" / "organized", "privatisation"): "-our" of
 * the words below (not "tour", "pour", "flour", "devour"), "-ence" of four nouns (not "conference",
 * "sentence"), "-yse" of "analyse" and its kind, and "-ise" but for the words spelt so in both
 * (ISE_IN_BOTH: "promise", "surprise", "advise", "exercise" and their prefixed forms).
 */
const OUR_WORDS = /^(un|dis|mis)?(neighb|lab|col|fav|hon|behavi|rum|harb|hum|arm|vig|endeav|sav|flav|od|glam|parl|savi|rig|val|clam|splend|ferv|ard|cand|tum|vap|demean)our(s|ed|ing|ers?|ites?|itism|able|ably|ful|fully|hoods?|less|ly|al|y)?$/;
const ENCE_WORDS = /^(def|off|lic|pret)ence(s)?$/;
const YSE_WORDS = /(?<=\p{L})(al)ys(e|es|ed|ing|er|ers)$/u;
const ISE_WORDS = /is(e|es|ed|ing|er|ers|ation|ations)$/;
/** Words spelt "-ise" in British and American English alike: never "-ize". */
const ISE_IN_BOTH = new Set(
  ('advise advertise anise appraise apprise arise braise bruise chaise chastise chemise circumcise clockwise comprise compromise concise ' +
    'crise cruise demise despise devise disguise elise enterprise excise exercise exorcise expertise franchise guise improvise incise likewise ' +
    'louise denise marquise merchandise mise mortise noise otherwise paradise poise porpoise praise precise premise promise raise ' +
    'reprise revise rise supervise surmise surprise televise tortoise treatise valise wise').split(' '),
);
/** Prefixes before a word of ISE_IN_BOTH ("unsurprising", "sunrise", "uprising", "overexercise"). */
const ISE_PREFIX = /^(?:un|re|dis|mis|over|under|up|sun|self|non|pre|super|tele|counter|out|sur|com)/;

function americanSpelling(w: string): string {
  const our = OUR_WORDS.exec(w);
  if (our) return `${our[1] ?? ''}${our[2]}or${our[3] ?? ''}`;
  if (w.length < 6) return w;
  const ence = ENCE_WORDS.exec(w);
  if (ence) return `${ence[1]}ense${ence[2] ?? ''}`;
  if (YSE_WORDS.test(w)) return w.replace(YSE_WORDS, '$1yz$2');
  const ise = ISE_WORDS.exec(w);
  if (!ise) return w;
  const base = `${w.slice(0, ise.index)}ise`;
  if (ISE_IN_BOTH.has(base) || ISE_IN_BOTH.has(base.replace(ISE_PREFIX, ''))) return w;
  return `${w.slice(0, ise.index)}iz${ise[1]}`;
}

/**
 * Irregular past forms and plurals a stemmer leaves apart from their base ("won" / "win", "paid" /
 * "pay", "children" / "child"): questions ask "what did he win", articles say "he won". Forms that
 * are also other words ("found", "left", "saw", "rose", "fed", "lent", "lay", "bound", the nouns
 * "thought" and "shot") are not here.
 */
const IRREGULAR = new Map<string, string>(
  (
    'arose:arise arisen:arise awoke:awake beaten:beat became:become began:begin begun:begin bent:bend bled:bleed blew:blow blown:blow ' +
    'broke:break broken:break bred:breed brought:bring built:build bought:buy caught:catch chose:choose chosen:choose clung:cling ' +
    'came:come crept:creep dealt:deal dug:dig drew:draw drawn:draw drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall ' +
    'felt:feel fought:fight fled:flee flew:fly flown:fly forbade:forbid forbidden:forbid forgot:forget forgotten:forget forgave:forgive ' +
    'forgiven:forgive froze:freeze frozen:freeze gave:give given:give went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide ' +
    'hidden:hide held:hold kept:keep knelt:kneel laid:lay led:lead lost:lose made:make meant:mean met:meet paid:pay proven:prove ' +
    'rode:ride ridden:ride rang:ring rung:ring risen:rise ran:run seen:see sought:seek sold:sell sent:send shook:shake shaken:shake ' +
    'shone:shine shown:show shrank:shrink shrunk:shrink sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide ' +
    'spoke:speak spoken:speak spent:spend spun:spin sprang:spring sprung:spring stood:stand stole:steal stolen:steal stuck:stick ' +
    'struck:strike stricken:strike strove:strive striven:strive swore:swear sworn:swear swept:sweep swam:swim swum:swim swung:swing ' +
    'took:take taken:take taught:teach tore:tear torn:tear threw:throw thrown:throw understood:understand woke:wake ' +
    'woken:wake wore:wear worn:wear wove:weave woven:weave wept:weep won:win withdrew:withdraw withdrawn:withdraw wrote:write ' +
    'written:write overcame:overcome overthrew:overthrow overthrown:overthrow undertook:undertake undertaken:undertake ' +
    'men:man women:woman children:child feet:foot teeth:tooth mice:mouse geese:goose'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Words the stemmer folds into another word's term, kept apart: "aides" (Ghani's) are no "aid", a
 * "university" no "universe". Only words whose every form is listed: "organization" apart from
 * "organ" would split it from "organize", "organizing" (SQuAD lost a question), "experiment" from
 * "experimenting".
 */
const KEPT_APART = new Map<string, string>(
  'aide:aide aides:aide university:universiti universities:universiti'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const cache = new Map<string, string>();

/**
 * The characters that may make a Latin letter accented, as a character class: the Latin letters
 * past ASCII (Latin-1 Supplement, Extended-A and -B, Extended Additional) and combining marks
 * (an accent typed decomposed). accentFolding.ts finds accented words with it.
 */
export const ACCENT_CHARS = '[\\u00C0-\\u024F\\u1E00-\\u1EFF\\u0300-\\u036F]';
/** Text that may hold an accented Latin letter. */
const MAYBE_ACCENTED = new RegExp(ACCENT_CHARS);
/** Marks after a Latin base letter, once decomposed (NFD): Cyrillic "й" and Greek "ά" keep theirs. */
const LATIN_MARKS = /([A-Za-z])[\u0300-\u036F]+/g;
/** Latin letters with a stroke, which do not decompose. */
const STROKED = new Map([['ł', 'l'], ['Ł', 'L'], ['ø', 'o'], ['Ø', 'O'], ['đ', 'd'], ['Đ', 'D'], ['ħ', 'h'], ['Ħ', 'H']]);
const STROKED_LETTER = /[łŁøØđĐħĦ]/g;

/**
 * `text` with the accents of its Latin letters dropped ("Khalīlzad" → "Khalilzad", "Wałęsa" →
 * "Walesa"); other scripts' marks are their letters' own and stay. Index terms are folded so
 * (foldWord), and so is a question's word that wink-nlp would split at its accented letter
 * ("Khal", "ī", "lzad") when the corpus has the word unaccented (accentFolding.ts).
 */
export function foldAccents(text: string): string {
  if (!MAYBE_ACCENTED.test(text)) return text;
  return text.normalize('NFD').replace(LATIN_MARKS, '$1').normalize('NFC').replace(STROKED_LETTER, (c) => STROKED.get(c) ?? c);
}

/** Lower-cased, folded form of a word before stemming ('' when it is not a word or number). */
export function foldWord(word: string): string {
  let w = word.toLowerCase().replace(/[’‘`]/g, "'").replace(/^'+|'+$/g, '');
  // Latin letters lose their accents ("café"): a word typed with or without them is one term.
  w = foldAccents(w);
  w = w.replace(/'s$/, '');
  if (/^(?:[a-z]\.){2,}[a-z]?\.?$/.test(w)) w = w.replace(/\./g, ''); // u.s. → us, u.n. → un
  w = w.replace(/\.$/, '');
  w = MONTHS.get(w) ?? w; // Maps: a plain object would answer "constructor" with Object's own
  if (!/[\p{L}\p{N}]/u.test(w)) return '';
  return w;
}

/** The index term of a word: folded, stemmed; '' when it is punctuation. */
export function termOf(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = foldWord(word);
  if (w && /^\p{L}+$/u.test(w) && w.length > 2) {
    const apart = KEPT_APART.get(americanSpelling(w));
    if (apart !== undefined) w = apart;
    else {
      w = IRREGULAR.get(w) ?? w;
      w = americanSpelling(w);
      w = stem(w);
    }
  } else if (/^[\d,.]+$/.test(w)) {
    w = w.replace(/,/g, ''); // 350,000 → 350000: numbers match however they are grouped
  }
  if (cache.size < 200_000) cache.set(word, w);
  return w;
}

const stopCache = new Map<string, boolean>();

/** A word in capitals of 2 to 5 letters is an acronym, not a stop word: "WHO" (the World Health Organization), "IT". */
const ACRONYM = /^[A-Z]{2,5}$/;

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/**
 * Stop verbs whose other forms share their term: "wanting", "wanted", "knows", "saying" are stop
 * words too. Otherwise a topic "taliban wanting a deal" searched for the term "want", which no
 * sentence that says "want" (a stop word, not indexed) has.
 */
const STOP_VERBS = new Set(['want', 'know', 'get', 'tell', 'say']);

export function isStopWord(word: string): boolean {
  let stop = stopCache.get(word);
  if (stop === undefined) {
    stop = !isAcronym(word) && (STOP_WORDS.has(foldWord(word)) || STOP_VERBS.has(termOf(word)));
    if (stopCache.size < 200_000) stopCache.set(word, stop);
  }
  return stop;
}

/** The words (lower case, each once) behind each term of some tokens' non-stop terms, in the order they occur. */
export function wordsByTerm(tokens: readonly { value: string; term: string; stop: boolean }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of tokens) {
    if (!t.term || t.stop) continue;
    const word = t.value.toLowerCase();
    const list = out.get(t.term);
    if (!list) out.set(t.term, [word]);
    else if (!list.includes(word)) list.push(word);
  }
  return out;
}

interface TermToken {
  value: string;
  start: number;
  term: string;
  stop: boolean;
}

/**
 * The searchable terms of a token sequence: non-stop terms, plus the joined form of hyphenated
 * compounds ("cease-fire" → cease, fire, ceasefire) so that either spelling matches, and the parts
 * of compounds the tokenizer keeps whole ("mid-October" → mid-october, mid, october). Questions
 * leave the parts out (`parts: false`): a question's compound is one term, matched whole, and its
 * parts would count it three times.
 */
export function searchTerms(tokens: readonly TermToken[], options: { parts?: boolean } = {}): string[] {
  const parts = options.parts ?? true;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.term && !t.stop) out.push(t.term);
    // One token with inner hyphens ("mid-October", "4,000-5,000"): its parts are terms too.
    if (parts && t.term.includes('-')) for (const part of t.value.split('-')) if (part && !isStopWord(part)) out.push(termOf(part));
    const dash = tokens[i + 1];
    const next = tokens[i + 2];
    if (t.term && dash?.value === '-' && next?.term && dash.start === t.start + t.value.length && next.start === dash.start + 1) {
      const joined = termOf(t.value + next.value);
      if (joined) out.push(joined);
    }
  }
  return out;
}
