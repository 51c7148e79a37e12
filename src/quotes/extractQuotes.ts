/**
 * Quotation extraction and speaker attribution over an article's paragraphs.
 * Pure rules over text (no NLP library); see docs on `extractQuotes`.
 */
import type { QuoteKind } from './types.js';
import { canonicalSpeaker, looksLikeName } from './speakers.js';

/** Offsets into article.paragraphs[paragraph], covering the quoted text without the quote marks. */
export interface QuoteSpan {
  paragraph: number;
  start: number;
  end: number;
}

export interface ExtractedQuote {
  /** Verbatim: the span slices joined with one space. */
  text: string;
  speaker: string | null;
  kind: QuoteKind;
  spans: QuoteSpan[];
}

// ---------------------------------------------------------------------------
// Lexicons
// ---------------------------------------------------------------------------

const OPEN_MARKS = new Set(['“', '„', '«']);
const CLOSE_MARKS = new Set(['”', '»']);
const STRAIGHT = '"';
const MASK = '~';

/** Finite reporting verbs (attribution of quotes and indirect speech). */
const SPEECH_VERBS = [
  'went on to say', 'went on to add', 'pointed out', 'points out',
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes',
  'explained', 'explains', 'warned', 'warns', 'stressed', 'stresses', 'insisted', 'insists', 'argued', 'argues',
  'wrote', 'writes', 'remarked', 'declared', 'declares', 'announced', 'announces', 'claimed', 'claims',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'observed', 'commented', 'recalled', 'suggested', 'suggests', 'predicted', 'predicts', 'urged', 'cautioned',
  'concluded', 'conceded', 'confirmed', 'confirms', 'continued', 'replied', 'responded', 'reiterated',
  'maintained', 'maintain', 'maintains', 'assured', 'reassured', 'tweeted', 'mentioned', 'asserted', 'contended',
  'stating', // participle: only used for quote attribution through an earlier verb (skipped as subject verb)
];
/** Verbs that introduce a quoted term but not reported speech. */
const QUOTE_ONLY_VERBS = ['touted', 'described', 'called', 'hailed', 'dubbed', 'termed', 'labelled', 'labeled'];
/** Verbs whose object precedes the reported clause ("told reporters that", "reassured Afghanistan that"). */
const OBJECT_VERBS = new Set(['told', 'tells', 'assured', 'reassured', 'urged', 'warned', 'reminded']);
const PARTICIPLES = new Set(['stating']);

function verbRegex(words: string[]): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alts.join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');
}
const SPEECH_RE = verbRegex(SPEECH_VERBS);
const QUOTE_VERB_RE = verbRegex([...SPEECH_VERBS, ...QUOTE_ONLY_VERBS]);
/** SPEECH_RE without the global flag (a stateless `test`). */
const SPEECH_TEST_RE = new RegExp(SPEECH_RE.source, 'u');
/** A reporting verb shortly before a colon or comma that ends the text (`…, he said:`). */
const VERB_BEFORE_COLON_RE = new RegExp(`(?:${QUOTE_VERB_RE.source})[^,:]{0,40}[:,]\\s*$`, 'u');

const PREPOSITIONS = new Set([
  'in', 'of', 'for', 'to', 'from', 'with', 'at', 'by', 'on', 'about', 'against', 'between', 'than', 'like',
  'into', 'over', 'under', 'near', 'across', 'through', 'during', 'after', 'before', 'since', 'without',
  'within', 'among', 'toward', 'towards', 'via', 'per', 'as', 'and', 'or', 'nor', 'that', 'which', 'who',
]);

/** Capitalised words that begin a sentence/clause but are not part of a name. */
const LEADING_STOP = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'meanwhile', 'however', 'also', 'then', 'yet', 'still', 'now',
  'later', 'earlier', 'separately', 'on', 'in', 'at', 'when', 'while', 'after', 'before', 'asked', 'according',
  'speaking', 'as', 'if', 'though', 'although', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their',
  'our', 'my', 'your', 'some', 'many', 'most', 'both', 'all', 'each', 'other', 'once', 'again', 'since',
  'during', 'despite', 'following', 'like', 'near', 'for', 'from', 'with', 'by', 'to', 'of', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'there', 'here', 'context', 'challenges', 'ahead',
]);
/** Role/office words that may precede a name ("Former Secretary of State Hillary Clinton"). */
const TITLE_WORDS = new Set([
  'former', 'president', 'vice', 'prime', 'minister', 'secretary', 'deputy', 'foreign', 'defense', 'defence',
  'interior', 'chief', 'special', 'envoy', 'representative', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'governor', 'commander', 'head', 'director', 'chairman', 'chairwoman', 'acting',
  'senior', 'state', 'u.s.', 'us', 'un', 'afghan', 'american', 'attorney', 'general', 'peace', 'of', 'the',
  'mayor', 'judge', 'justice', 'leader', 'speaker', 'supreme', 'executive', 'officer', 'ceo', 'founder',
]);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'another', 'one',
  'officials', 'latest', 'news', 'god',
]);
/** Words that mark an organisation, institution, place-like or collective name (not a "he"/"she"). */
const ORG_WORDS = new Set([
  'department', 'ministry', 'agency', 'foundation', 'government', 'council', 'office', 'embassy', 'emirate',
  'republic', 'committee', 'union', 'nations', 'forces', 'force', 'command', 'army', 'police', 'party', 'bank',
  'fund', 'organization', 'organisation', 'institute', 'university', 'court', 'parliament', 'assembly',
  'congress', 'senate', 'house', 'times', 'post', 'news', 'press', 'radio', 'television', 'tv', 'taliban',
  'daesh', 'qaeda', 'group', 'movement', 'front', 'network', 'association', 'commission', 'authority',
  'service', 'services', 'company', 'corporation', 'inc', 'ltd', 'media', 'channel', 'security',
  'intelligence', 'federation', 'alliance', 'coalition', 'administration', 'pentagon', 'kremlin', 'reuters',
  'afp', 'ap', 'un', 'unhcr', 'nato', 'eu', 'us', 'u.s.', 'uk', 'state', 'states', 'kingdom', 'province',
  'district', 'city', 'county', 'region', 'country', 'world', 'international', 'community', 'center',
  'centre', 'board', 'club', 'team', 'staff', 'spiegel', 'der', 'bbc', 'cnn', 'pbs', 'voa',
]);
/** Head nouns of role subjects ("one recipient", "officials", "the U.S. envoy"). */
const ROLE_HEADS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'envoy', 'envoys',
  'minister', 'ministers', 'president', 'analyst', 'analysts', 'recipient', 'recipients', 'resident',
  'residents', 'witness', 'witnesses', 'source', 'sources', 'diplomat', 'diplomats', 'officer', 'officers',
  'commander', 'commanders', 'leader', 'leaders', 'expert', 'experts', 'statement', 'report', 'ministry',
  'villager', 'villagers', 'farmer', 'farmers', 'beneficiary', 'beneficiaries', 'survivor', 'survivors',
  'doctor', 'doctors', 'teacher', 'teachers', 'student', 'students', 'woman', 'women', 'man', 'men',
  'mother', 'father', 'member', 'members', 'representative', 'representatives', 'ambassador', 'governor',
  'police', 'observer', 'observers', 'critic', 'critics', 'lawmaker', 'lawmakers', 'senator', 'chief',
  'head', 'director', 'activist', 'activists', 'worker', 'workers', 'authorities', 'agency', 'department',
  'government', 'people', 'militants', 'insurgents', 'militant', 'insurgent', 'negotiator', 'negotiators',
  'mediator', 'mediators', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'secretary',
  'commission', 'committee', 'council', 'office', 'embassy', 'newsletter', 'foundation', 'military', 'army',
  'daughter', 'son', 'wife', 'husband', 'family', 'relative', 'relatives', 'neighbor', 'neighbors',
  'neighbour', 'neighbours', 'shopkeeper', 'shopkeepers', 'trader', 'traders', 'merchant', 'merchants',
  'driver', 'drivers', 'citizen', 'citizens', 'refugee', 'refugees', 'returnee', 'returnees', 'migrant',
  'migrants', 'victim', 'victims', 'mayor', 'judge', 'lawyer', 'lawyers', 'prosecutor', 'prosecutors',
  'researcher', 'researchers', 'scientist', 'scientists', 'economist', 'economists', 'journalist',
  'journalists', 'reporter', 'reporters', 'correspondent', 'participant', 'participants', 'protester',
  'protesters', 'demonstrator', 'demonstrators', 'voter', 'voters', 'owner', 'owners', 'employee',
  'employees', 'nurse', 'nurses', 'patient', 'patients', 'parent', 'parents', 'elder', 'elders', 'cleric',
  'clerics', 'scholar', 'scholars', 'chairman', 'deputy', 'coordinator', 'manager', 'founder', 'organizers',
  'organisers', 'spokespeople', 'representative', 'diplomat', 'soldier', 'soldiers', 'general',
]);
const PLURAL_ROLES = new Set(['people', 'police', 'men', 'women', 'authorities', 'staff', 'military', 'army']);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'one', 'another', 'some', 'several', 'many', 'most', 'two', 'three', 'four', 'five',
  'other', 'both', 'all', 'few', 'its', 'his', 'her', 'their', 'our',
]);
const CLAUSE_VERBS_SIMPLE = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'need', 'needs', 'want', 'wants', 'get',
  'got', 'go', 'goes', 'went', 'come', 'comes', 'came', 'make', 'makes', 'made', 'take', 'takes', 'took',
  'see', 'sees', 'saw', 'know', 'knows', 'knew', 'think', 'thinks', 'thought', 'believe', 'believes', 'say',
  'says', 'said', 'tell', 'told', 'give', 'gives', 'gave', 'keep', 'keeps', 'kept', 'let', 'lets', 'mean',
  'means', 'meant', 'hope', 'hopes', 'feel', 'feels', 'felt', 'seem', 'seems', 'become', 'becomes', 'became',
  'remain', 'remains', 'leave', 'left', 'put', 'puts', 'bring', 'brings', 'brought', 'help', 'helps', 'work',
  'works', 'live', 'lives', 'bless', 'thank', 'deserve', 'deserves', 'include', 'includes', 'lead', 'leads',
  'led', 'run', 'runs', 'ran', 'win', 'wins', 'won', 'lose', 'loses', 'lost', 'fight', 'fights', 'fought',
  'stand', 'stands', 'stood', 'try', 'tries', 'find', 'finds', 'found', 'show', 'shows', 'hold', 'holds',
  'held', 'pay', 'pays', 'paid', 'build', 'builds', 'built', 'support', 'supports', 'end', 'ends', 'start',
  'starts', 'begin', 'begins', 'began', 'stop', 'stops', 'happen', 'happens', 'allow', 'allows', 'agree',
  'agrees', 'ask', 'asks', 'use', 'uses', 'wish', 'love', 'like', 'hate', 'fear', 'fears',
]);

// ---------------------------------------------------------------------------
// Name pattern
// ---------------------------------------------------------------------------

const HON = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Gen|Sen|Rep|Gov|Col|Lt|Capt|Maj|Prof|Sgt|Adm|Rev|St|Jr|Sr)\.`;
const INITIALS = String.raw`(?:\p{Lu}\.)+`;
const CAP = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{Lu}[\p{L}\p{M}]*)*`;
const PART = String.raw`(?:al|el|ul|ud|bin|ibn|van|von|de|da|di|du|der|den|la|le|dos|das)`;
const TOK = String.raw`(?:${HON}|${INITIALS}|${PART}-${CAP}|${CAP})`;
const NAME = String.raw`${TOK}(?:[ \t]+(?:(?:${PART}|of)[ \t]+)?${TOK})*`;
const NAME_AT_END = new RegExp(String.raw`(?<![\p{L}\p{N}.’'-])(${NAME})\s*$`, 'u');
const NAME_AT_START = new RegExp(String.raw`^(${NAME})(?![\p{L}\p{N}])`, 'u');
const NAME_GLOBAL = new RegExp(String.raw`(?<![\p{L}\p{N}.’'-])${NAME}(?![\p{L}\p{N}])`, 'gu');

function wordsOf(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function bare(w: string): string {
  return w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, (m) => (/\..*\./.test(w) ? m : ''));
}

const cleanNameMemo = new Map<string, string | null>();

/** Strip discourse words and office titles from a captured capitalised sequence; null when nothing name-like is left. */
function cleanName(raw: string): string | null {
  let v = cleanNameMemo.get(raw);
  if (v === undefined) {
    v = cleanNameUncached(raw);
    if (cleanNameMemo.size >= 50_000) cleanNameMemo.clear();
    cleanNameMemo.set(raw, v);
  }
  return v;
}

function cleanNameUncached(raw: string): string | null {
  let t = raw.trim().replace(/[’']s$/u, '').split(/\s+/);
  while (t.length > 0 && LEADING_STOP.has((t[0] ?? '').toLowerCase())) t = t.slice(1);
  // Office titles before a name: keep stripping while something name-like remains after.
  let i = 0;
  while (i < t.length - 1 && TITLE_WORDS.has((t[i] ?? '').toLowerCase())) i++;
  if (i > 0 && i < t.length) t = t.slice(i);
  while (t.length > 0 && (t[0] ?? '').toLowerCase() === 'of') t = t.slice(1);
  if (t.length === 0) return null;
  if (t.length === 1 && NOT_NAMES.has((t[0] ?? '').toLowerCase())) return null;
  if (t.every((w) => TITLE_WORDS.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()))) return null;
  return t.join(' ');
}

function isOrgName(name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.some((w) => ORG_WORDS.has(w.toLowerCase()))) return true;
  return ws.length === 1 && /^[\p{Lu}.]{2,}$/u.test(name);
}

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

interface RawSpan {
  paragraph: number;
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph length when unclosed. */
  close: number;
  closed: boolean;
  start: number;
  end: number;
}

/** Any character that can open a quotation (scanParagraph finds nothing without one). */
const ANY_OPEN = /[“„«"]/u;

const STRAIGHT_CODE = STRAIGHT.charCodeAt(0);
/** OPEN_MARKS and CLOSE_MARKS by UTF-16 code (each mark is one unit). */
const OPEN_CODES = new Set([...OPEN_MARKS].map((m) => m.charCodeAt(0)));
const CLOSE_CODES = new Set([...CLOSE_MARKS].map((m) => m.charCodeAt(0)));
const isOpenMark = (c: number) => c >= 0xab && OPEN_CODES.has(c);
const isCloseMark = (c: number) => c >= 0xbb && CLOSE_CODES.has(c);

function scanParagraph(text: string, p: number): RawSpan[] {
  const out: RawSpan[] = [];
  if (!ANY_OPEN.test(text)) return out;
  let openAt = -1;
  const push = (close: number, closed: boolean) => {
    let s = openAt + 1;
    let e = close;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s && text[e - 1] === ',') e--;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    out.push({ paragraph: p, open: openAt, close, closed, start: s, end: e });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (openAt < 0) {
      if (isOpenMark(c) || c === STRAIGHT_CODE) openAt = i;
    } else if (isCloseMark(c) || c === STRAIGHT_CODE) {
      push(i, true);
    } else if (isOpenMark(c)) {
      // A new opening mark inside an open quotation: the previous one was never closed.
      push(i, false);
      openAt = i;
    }
  }
  if (openAt >= 0) push(text.length, false);
  return out;
}

function maskParagraph(text: string, spans: RawSpan[]): string {
  // UTF-16 units, so offsets stay aligned with the original paragraph. Spans come in text order.
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    const from = Math.max(at, s.open + 1);
    const to = Math.min(s.close, text.length);
    if (to <= from) continue;
    out += text.slice(at, from) + MASK.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'col', 'lt', 'capt', 'maj', 'prof', 'sgt', 'adm', 'rev',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'approx', 'est',
]);

/** Sentence ranges [start, end) over a masked paragraph (quoted content never splits). */
/**
 * The start of the longest end of s[0, end) whose characters (code points) all pass `test`: the
 * capture of /(CLASS+)$/u found by a walk back from the end instead of a try at every start.
 */
function trailingRunStart(s: string, end: number, test: (ch: string, code: number) => boolean): number {
  let i = end;
  while (i > 0) {
    let j = i - 1;
    const c = s.charCodeAt(j);
    if (c >= 0xdc00 && c <= 0xdfff && j > 0) {
      const high = s.charCodeAt(j - 1);
      if (high >= 0xd800 && high <= 0xdbff) j--;
    }
    if (!test(j === i - 1 ? '' : s.slice(j, i), c)) break;
    i = j;
  }
  return i;
}

const LETTER_OR_DOT = /^[\p{L}.]$/u;
const LOWER_LETTER = /^\p{Ll}$/u;
const SPACE = /^\s$/u;
/** [\p{L}.] for one code point (`pair` is its two UTF-16 units when astral, else ''; `code` its last unit). */
function isLetterOrDot(pair: string, code: number): boolean {
  if (pair === '' && code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DOT.test(pair || String.fromCharCode(code));
}
function isLowerLetter(pair: string, code: number): boolean {
  if (pair === '' && code < 128) return code >= 97 && code <= 122;
  return LOWER_LETTER.test(pair || String.fromCharCode(code));
}
function isSpace(pair: string, code: number): boolean {
  if (pair === '' && code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(pair || String.fromCharCode(code));
}

/** The lower-case word right before the trailing white space of s (what /([\p{Ll}]+)\s+$/u captures), or undefined. */
function wordBeforeSpace(s: string): string | undefined {
  const spaces = trailingRunStart(s, s.length, isSpace);
  if (spaces === s.length) return undefined;
  const word = trailingRunStart(s, spaces, isLowerLetter);
  return word < spaces ? s.slice(word, spaces) : undefined;
}

function sentenceRanges(masked: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const re = /[.!?]+(?=[)\]’'"”»]*\s+[\p{Lu}\p{N}“"‘'(«])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked)) !== null) {
    const dot = m.index;
    const before = masked.slice(start, dot);
    const word = before.slice(trailingRunStart(before, before.length, isLetterOrDot));
    if (m[0] === '.' && (ABBREV.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || word.includes('.'))) continue;
    let end = dot + m[0].length;
    while (end < masked.length && /[)\]’'"”»]/u.test(masked[end] ?? '')) end++;
    out.push([start, end]);
    start = end;
    while (start < masked.length && /\s/u.test(masked[start] ?? '')) start++;
  }
  if (start < masked.length) out.push([start, masked.length]);
  return out;
}

// ---------------------------------------------------------------------------
// Kind
// ---------------------------------------------------------------------------

function hasVerb(text: string): boolean {
  for (const raw of text.split(/\s+/)) {
    const w = raw.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '');
    if (w.length === 0) continue;
    if (CLAUSE_VERBS_SIMPLE.has(w)) return true;
    if (/(?:n['’]t|['’](?:re|ve|ll|m|d))$/u.test(w)) return true;
    if (/^(?:it|that|there|he|she|what|who|here)['’]s$/u.test(w)) return true;
    if (w.length > 4 && /(?:ed|ing)$/u.test(w)) return true;
  }
  return false;
}

/**
 * direct: a quotation standing as its own sentence (opens the sentence or is
 * introduced by a reporting verb with a colon/comma) or spanning paragraphs, or an
 * embedded fragment of more than four words containing a verb.
 * phrase: an embedded fragment of ≤ 4 words or without a verb (scare quotes, terms).
 */
function classify(text: string, standalone: boolean): QuoteKind {
  if (standalone) return 'direct';
  const n = wordsOf(text).length;
  if (n <= 4) return 'phrase';
  if (!hasVerb(text) && n < 12) return 'phrase';
  return 'direct';
}

// ---------------------------------------------------------------------------
// Subjects
// ---------------------------------------------------------------------------

type Subject =
  | { kind: 'name'; text: string; at: number }
  | { kind: 'pronoun'; text: string; at: number }
  | { kind: 'role'; text: string; at: number };

const TRAILING_ADVERBS =
  /(?:^|[\s,]+)(?:also|further|later|then|again|once again|however|previously|earlier|repeatedly|recently|reportedly|separately|has|have|had|will|would|did|does|do|just|already|even|still|is|was|were|are|never|always|often|once|has also|had also|last week|this week|on \w+day|\w+day)[\s,]*$/iu;

function stripTrailingAdverbs(s: string): string {
  let cur = s.replace(/\s+$/u, '');
  for (let k = 0; k < 4; k++) {
    const m = TRAILING_ADVERBS.exec(cur);
    if (!m || m[0].trim().length === 0) break;
    cur = cur.slice(0, m.index);
  }
  return cur;
}

function nameAtEnd(s: string, base: number): Subject | null {
  const m = NAME_AT_END.exec(s);
  if (!m || m[1] === undefined) return null;
  const before = s.slice(0, m.index);
  const prev = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (/[’']s\s*$/u.test(before)) return null;
  if (prev !== undefined && PREPOSITIONS.has(prev) && !/[,;:]\s*$/u.test(before.replace(/[\p{L}]+\s*$/u, ''))) {
    // "officials in Afghanistan": the name is inside a prepositional phrase.
    if (!/^\s*$/u.test(before.replace(/[\p{L}]+\s*$/u, ''))) return null;
  }
  const raw = m[1];
  const first = raw.split(/\s+/)[0] ?? '';
  if (first === 'Another' && raw.trim() === 'Another') return { kind: 'role', text: 'another', at: base + m.index };
  const name = cleanName(raw);
  if (!name) return null;
  return { kind: 'name', text: name, at: base + m.index + raw.lastIndexOf(name.split(' ')[0] ?? '') };
}

function roleAtEnd(s: string, base: number): Subject | null {
  const seg = s.slice(lastSegmentStart(s));
  const segStart = s.length - seg.length;
  const ws = seg.trim().split(/\s+/).filter((w) => w.length > 0);
  const head = ws[ws.length - 1];
  if (head === undefined) return null;
  const h = bare(head);
  if (!ROLE_HEADS.has(h)) return null;
  let i = ws.length - 1;
  while (i > 0 && ws.length - i < 6) {
    const w = ws[i - 1] ?? '';
    const lw = bare(w);
    if (PREPOSITIONS.has(lw) || SPEECH_VERBS.includes(lw) || LEADING_STOP.has(lw) && !DETERMINERS.has(lw)) break;
    i--;
    if (DETERMINERS.has(lw)) break;
  }
  const text = ws.slice(i).join(' ');
  const at = base + segStart + seg.indexOf(ws[i] ?? '');
  return { kind: 'role', text: lowerDeterminer(text), at };
}

/** Where the text after the last of , ; : — – ( ) “ ” " starts (what /([^…]*)$/u captures, without trying every start). */
function lastSegmentStart(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    switch (s.charCodeAt(i)) {
      case 0x2c: // ,
      case 0x3b: // ;
      case 0x3a: // :
      case 0x2014: // —
      case 0x2013: // –
      case 0x28: // (
      case 0x29: // )
      case 0x201c: // “
      case 0x201d: // ”
      case 0x22: // "
        return i + 1;
    }
  }
  return 0;
}

function lowerDeterminer(t: string): string {
  const first = t.split(' ')[0] ?? '';
  return DETERMINERS.has(first.toLowerCase()) ? first.toLowerCase() + t.slice(first.length) : t;
}

function roleAtStart(s: string, base: number): Subject | null {
  const ws = s.split(/\s+/).filter((w) => w.length > 0);
  for (let k = 0; k < Math.min(ws.length, 6); k++) {
    const w = ws[k] ?? '';
    const lw = bare(w);
    if (k > 0 && (PREPOSITIONS.has(lw) || /[,;:]$/u.test(ws[k - 1] ?? ''))) break;
    if (ROLE_HEADS.has(lw)) {
      const next = bare(ws[k + 1] ?? '');
      if (ROLE_HEADS.has(next)) continue;
      const text = ws.slice(0, k + 1).join(' ').replace(/[,;:]$/u, '');
      return { kind: 'role', text: lowerDeterminer(text), at: base + s.indexOf(ws[0] ?? '') };
    }
  }
  return null;
}

const INTRO_RE =
  /^\s*(?:(?:But|And|So|Yet|Meanwhile|However|Also|Separately|Still|Then)\b,?\s*)?(?:(?:When\s+asked|Asked|On|In|At|According\s+to|After|Before|During|Speaking|While|As|Despite|Following|Though|Although|Since|With|Meanwhile|However)\b[^,]*,\s*)?/u;

/** Subject of a reporting verb, from the text that precedes the verb in its clause. */
function subjectBefore(s: string, base: number): Subject | null {
  const cur = stripTrailingAdverbs(s);
  const pro = /(?:^|[^\p{L}])(he|she|they|He|She|They)\s*$/u.exec(cur);
  if (pro && pro[1] !== undefined) return { kind: 'pronoun', text: pro[1].toLowerCase(), at: base + cur.lastIndexOf(pro[1]) };
  // Appositive: "Khalilzad, a veteran diplomat, said".
  if (/,\s*$/u.test(cur)) {
    const body = cur.replace(/,\s*$/u, '');
    const k = body.lastIndexOf(',');
    if (k > 0) {
      const app = body.slice(k + 1);
      if (wordsOf(app).length <= 14 && !SPEECH_TEST_RE.test(app)) {
        const head = body.slice(0, k);
        const r = nameAtEnd(head, base) ?? roleAtEnd(head, base);
        if (r) return r;
      }
    }
    return null;
  }
  const n = nameAtEnd(cur, base);
  if (n) return n;
  const r = roleAtEnd(cur, base);
  if (r) return r;
  // Clause start: "A Taliban official speaking on condition of anonymity said".
  const intro = INTRO_RE.exec(cur);
  const off = intro ? intro[0].length : 0;
  const rest = cur.slice(off);
  if (wordsOf(rest).length === 0 || wordsOf(rest).length > 12) return null;
  const p2 = /^(he|she|they|He|She|They)\b/u.exec(rest);
  if (p2 && p2[1] !== undefined) return { kind: 'pronoun', text: p2[1].toLowerCase(), at: base + off };
  const nm = NAME_AT_START.exec(rest);
  if (nm && nm[1] !== undefined && !ROLE_HEADS.has(bare(/^\s*(\S+)/u.exec(rest.slice(nm[1].length))?.[1] ?? ''))) {
    const after = rest.slice(nm[1].length);
    const name = cleanName(nm[1]);
    if (name && !/^[’']s/u.test(after) && /^\s*(?:,|\s\p{Ll}|$)/u.test(after)) {
      return { kind: 'name', text: name, at: base + off + nm[1].indexOf(name.split(' ')[0] ?? '') };
    }
  }
  return roleAtStart(rest, base + off);
}

/** Inverted subject after a verb: "said one recipient", "say analysts", "said Khalilzad". */
function subjectAfter(s: string, base: number): Subject | null {
  const m = /^\s+([^,.;:!?“”"]*)/u.exec(s);
  const seg = (m?.[1] ?? '').trim();
  if (seg.length === 0 || wordsOf(seg).length > 7) return null;
  const off = base + s.indexOf(seg);
  const p = /^(he|she|they)\b/iu.exec(seg);
  if (p && p[1] !== undefined) return { kind: 'pronoun', text: p[1].toLowerCase(), at: off };
  const nm = NAME_AT_START.exec(seg);
  if (nm && nm[1] !== undefined) {
    const name = cleanName(nm[1]);
    if (name) return { kind: 'name', text: name, at: off };
  }
  const ws = seg.split(/\s+/);
  const first = (ws[0] ?? '').toLowerCase();
  if (DETERMINERS.has(first) || ws.some((w) => ROLE_HEADS.has(bare(w)))) {
    // Role noun phrase up to the first preposition.
    const cut: string[] = [];
    for (const w of ws) {
      if (cut.length > 0 && PREPOSITIONS.has(bare(w))) break;
      cut.push(w);
    }
    return { kind: 'role', text: lowerDeterminer(cut.join(' ')), at: off };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Article-level context: mentions and role → name map
// ---------------------------------------------------------------------------

const POS = 1_000_000;

interface Mention {
  pos: number;
  name: string;
  person: boolean;
  plural: boolean;
}

interface RoleLink {
  head: string;
  name: string;
  pos: number;
}

function roleHeadOf(phrase: string): string | null {
  const cut = phrase.split(/\s+(?:for|of|in|to|at|on|from|with|who|which|and)\s+/u)[0] ?? phrase;
  const ws = cut.trim().split(/\s+/);
  const h = bare(ws[ws.length - 1] ?? '');
  return ROLE_HEADS.has(h) ? h : null;
}

interface Ctx {
  paragraphs: string[];
  masked: string[];
  sentences: Array<Array<[number, number]>>;
  /** Per paragraph, per sentence: the SPEECH_RE matches in the sentence (offsets within it). */
  speech: RegExpMatchArray[][][];
  mentions: Mention[];
  roles: RoleLink[];
  names: string[];
}

const personNameMemo = new Map<string, boolean>();

function isPersonName(name: string): boolean {
  let v = personNameMemo.get(name);
  if (v === undefined) {
    v = looksLikeName(name) && !isOrgName(name);
    if (personNameMemo.size >= 50_000) personNameMemo.clear();
    personNameMemo.set(name, v);
  }
  return v;
}

function buildContext(paragraphs: string[], masked: string[]): Ctx {
  const ctx: Ctx = { paragraphs, masked, sentences: masked.map(sentenceRanges), speech: [], mentions: [], roles: [], names: [] };
  for (let p = 0; p < masked.length; p++) {
    const m = masked[p] ?? '';
    // All capitalised name sequences (for canonical forms).
    for (const nm of m.matchAll(NAME_GLOBAL)) {
      const name = cleanName(nm[0]);
      const person = name !== null && isPersonName(name);
      if (person) ctx.names.push(name);
      const idx = nm.index ?? 0;
      // Premodifier titles: "envoy Zalmay Khalilzad", "chief Gen. Frank McKenzie".
      const prevWord = wordBeforeSpace(m.slice(Math.max(0, idx - 30), idx));
      if (person && prevWord && ROLE_HEADS.has(prevWord)) {
        ctx.roles.push({ head: prevWord, name, pos: p * POS + idx });
      }
      // Appositive: "Zalmay Khalilzad, the U.S. envoy for Afghanistan, has said".
      const after = m.slice(idx + nm[0].length);
      const app = /^,\s+([^,]{3,120}),/u.exec(after);
      if (person && app && app[1] !== undefined) {
        const head = roleHeadOf(app[1]);
        if (head) ctx.roles.push({ head, name, pos: p * POS + idx });
      }
      // Subject-like mention: a multi-word name followed by a verb-looking word.
      if (person && name.includes(' ')) {
        const v = /^\s*(?:,[^,]{1,120},)?\s*(?:(?:has|have|had|is|was|will|would|also|then|later)\s+)*([\p{Ll}]+)/u.exec(after);
        const w = v?.[1] ?? '';
        if (/(?:ed|s)$/u.test(w) || SPEECH_VERBS.includes(w) || CLAUSE_VERBS_SIMPLE.has(w)) {
          ctx.mentions.push({ pos: p * POS + idx, name, person: true, plural: false });
        }
      }
    }
    // Subjects of reporting verbs.
    const speech: RegExpMatchArray[][] = [];
    ctx.speech.push(speech);
    for (const [s0, s1] of ctx.sentences[p] ?? []) {
      const sent = m.slice(s0, s1);
      const verbs = [...sent.matchAll(SPEECH_RE)];
      speech.push(verbs);
      for (const v of verbs) {
        const vi = v.index ?? 0;
        const subj = subjectBefore(sent.slice(0, vi), p * POS + s0);
        if (!subj) continue;
        if (subj.kind === 'name') {
          ctx.mentions.push({ pos: subj.at, name: subj.text, person: isPersonName(subj.text), plural: false });
        } else if (subj.kind === 'role') {
          const linked = linkRole(ctx, subj.text, subj.at);
          if (linked) ctx.mentions.push({ pos: subj.at, name: linked, person: true, plural: false });
          else ctx.mentions.push({ pos: subj.at, name: subj.text, person: false, plural: isPluralRole(subj.text) });
        }
      }
    }
  }
  ctx.mentions.sort((a, b) => a.pos - b.pos);
  return ctx;
}

function isPluralRole(role: string): boolean {
  const ws = role.split(/\s+/);
  const h = bare(ws[ws.length - 1] ?? '');
  return PLURAL_ROLES.has(h) || (/s$/u.test(h) && !/ss$/u.test(h)) || /\btaliban\b/iu.test(role);
}

/** A definite role subject ("the U.S. envoy") names the person last introduced with that role. */
function linkRole(ctx: Ctx, role: string, pos: number): string | null {
  if (!/^the\s/iu.test(role)) return null;
  const head = roleHeadOf(role.replace(/^the\s+/iu, ''));
  if (!head) return null;
  const cands = ctx.roles.filter((r) => r.head === head);
  const before = cands.filter((r) => r.pos < pos);
  return (before[before.length - 1] ?? cands[0])?.name ?? null;
}

function resolvePronoun(ctx: Ctx, pronoun: string, pos: number): string | null {
  const prior = ctx.mentions.filter((m) => m.pos < pos);
  for (let i = prior.length - 1; i >= 0; i--) {
    const m = prior[i];
    if (!m) continue;
    if (pronoun === 'they') {
      if (m.plural || (!m.person && isOrgName(m.name))) return m.name;
    } else if (m.person && !m.plural) {
      return m.name;
    }
  }
  return null;
}

/** Turn a subject into a speaker string (not yet canonical). */
function resolveSubject(ctx: Ctx, subj: Subject, lastRole: string | null): string | null {
  if (subj.kind === 'pronoun') return resolvePronoun(ctx, subj.text, subj.at);
  if (subj.kind === 'name') return subj.text;
  if (subj.text === 'another' || subj.text === 'Another') {
    const m = lastRole ? /^(?:one|a|an)\s+(.+)$/u.exec(lastRole) : null;
    return m?.[1] !== undefined ? `another ${m[1]}` : 'another';
  }
  return linkRole(ctx, subj.text, subj.at) ?? subj.text;
}

// ---------------------------------------------------------------------------
// Attribution
// ---------------------------------------------------------------------------

function sentenceOf(ctx: Ctx, p: number, offset: number): [number, number] {
  for (const r of ctx.sentences[p] ?? []) if (offset >= r[0] && offset < r[1]) return r;
  const len = (ctx.masked[p] ?? '').length;
  return [0, len];
}

const ASKED = Symbol('asked');

/** "Khalilzad said: “…", "he warned “…", "Another added, “…", "According to X, “…". */
function leadingSubject(ctx: Ctx, p: number, open: number): Subject | typeof ASKED | null {
  const m = ctx.masked[p] ?? '';
  const [s0] = sentenceOf(ctx, p, open);
  const prefix = m.slice(s0, open);
  if (/^\s*(?:(?:But|And)\s+)?(?:when\s+)?asked\b[^,]*$/iu.test(prefix)) return ASKED;
  const verbs = [...prefix.matchAll(QUOTE_VERB_RE)];
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i];
    if (!v) continue;
    if (PARTICIPLES.has(v[0].toLowerCase())) continue;
    const subj = subjectBefore(prefix.slice(0, v.index ?? 0), p * POS + s0);
    if (subj) return subj;
  }
  const acc = /according\s+to\s+([^,]+),\s*$/iu.exec(prefix);
  if (acc && acc[1] !== undefined) return accordingSubject(acc[1], p * POS + s0 + (acc.index ?? 0));
  return null;
}

function accordingSubject(x: string, at: number): Subject {
  const t = x.trim().replace(/\s+on\s+\p{Lu}\p{Ll}+day$/u, '');
  const nm = NAME_AT_START.exec(t);
  if (nm && nm[1] === t) {
    const name = cleanName(t);
    if (name && isPersonName(name)) return { kind: 'name', text: name, at };
  }
  return { kind: 'role', text: lowerDeterminer(t), at };
}

/** "“…,” Khalilzad said", "“…,” said one recipient", "“…” Khalilzad said." */
function trailingSubject(ctx: Ctx, p: number, close: number): Subject | null {
  const m = ctx.masked[p] ?? '';
  if (close >= m.length) return null;
  const [, s1] = sentenceOf(ctx, p, close);
  let after = m.slice(close + 1, Math.max(s1, close + 1));
  const nextOpen = after.search(/[“"„«]/u);
  if (nextOpen >= 0) after = after.slice(0, nextOpen);
  const base = p * POS + close + 1;
  const v = QUOTE_VERB_RE.exec(after);
  QUOTE_VERB_RE.lastIndex = 0;
  if (!v) return null;
  const vi = v.index;
  const subjText = after.slice(0, vi);
  const lead = /^[\s,.;:!?—–-]*/u.exec(subjText)?.[0].length ?? 0;
  const core = subjText.slice(lead);
  if (core.trim().length === 0) return subjectAfter(after.slice(vi + v[0].length), base + vi + v[0].length);
  if (wordsOf(core).length > 12) return null;
  const subj = subjectBefore(core, base + lead);
  if (!subj) return null;
  // The tag must begin with its subject: "” would mean …, X said" is not a tag.
  const pre = core.slice(0, subj.at - (base + lead));
  return /^\s*(?:(?:and|but|then|so)\s+)?$/iu.test(pre) ? subj : null;
}

// ---------------------------------------------------------------------------
// Indirect speech
// ---------------------------------------------------------------------------

interface Indirect {
  paragraph: number;
  start: number;
  end: number;
  subject: Subject;
}

const TIME_WORDS = /^(?:on|in|at|during|this|last|earlier|later|yesterday|today|tonight|on\s+\w+|\p{Lu}\p{Ll}+day)\b/u;

function trimClause(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s,:;–—-]/u.test(text[s] ?? '')) s++;
  while (e > s && /[\s.,;:!?]/u.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** Reported speech in sentence `k` of paragraph `p`, which spans [s0, s1). */
function findIndirect(ctx: Ctx, p: number, k: number, s0: number, s1: number, quoteKinds: Array<{ open: number; kind: QuoteKind }>): Indirect | null {
  const m = ctx.masked[p] ?? '';
  const sent = m.slice(s0, s1);
  const base = p * POS + s0;
  const clauseOk = (cs: number, ce: number): boolean => {
    if (wordsOf(m.slice(cs, ce)).length < 4) return false;
    if (/^[“"„«]/u.test(m.slice(cs, ce))) return false;
    return !quoteKinds.some((q) => q.open >= cs && q.open < ce && q.kind === 'direct');
  };
  for (const v of ctx.speech[p]?.[k] ?? []) {
    const vi = v.index ?? 0;
    const verb = v[0].toLowerCase().replace(/\s+/g, ' ');
    if (PARTICIPLES.has(verb)) continue;
    const afterV = sent.slice(vi + v[0].length);
    const beforeV = sent.slice(0, vi);
    // Tag: "…, Khalilzad said." / "…, officials said, …"
    if (/^(?:\s+(?:on\s+\w+|this\s+week|last\s+week|\p{Lu}\p{Ll}+day))?\s*(?:[,.;!?]|$)/u.test(afterV)) {
      const comma = beforeV.lastIndexOf(',');
      if (comma > 0) {
        const subj = subjectBefore(beforeV.slice(comma + 1), base + comma + 1);
        if (subj) {
          const [cs, ce] = trimClause(m, s0, s0 + comma);
          if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: subj };
        }
      }
      continue;
    }
    // Inverted tag: "…, say analysts." / "…, said one official."
    if (/,\s*$/u.test(beforeV)) {
      const tail = /^\s+[^,.;:!?]*[.!?]?\s*$/u.test(afterV);
      const subj = tail ? subjectAfter(afterV, base + vi + v[0].length) : null;
      if (subj) {
        const [cs, ce] = trimClause(m, s0, s0 + beforeV.lastIndexOf(','));
        if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: subj };
        continue;
      }
    }
    // Forward: "X said (that) CLAUSE", "X told reporters that CLAUSE", "X went on to say CLAUSE".
    const subj = subjectBefore(beforeV, base);
    if (!subj) continue;
    let cstart = -1;
    const that = /^((?:\s+[^\s,.;:!?“”"]+){0,8}?)\s+that\s+/u.exec(afterV);
    if (that && (OBJECT_VERBS.has(verb) || (that[1] ?? '').trim() === '' || TIME_WORDS.test((that[1] ?? '').trim()))) {
      cstart = vi + v[0].length + that[0].length;
    } else if (!OBJECT_VERBS.has(verb)) {
      const nxt = /^\s+([\p{L}]+)/u.exec(afterV);
      const w = nxt?.[1]?.toLowerCase() ?? '';
      if (nxt && !PREPOSITIONS.has(w) && !TIME_WORDS.test(w) && !['to', 'so', 'not', 'nothing', 'it', 'this'].includes(w) || w === 'it') {
        cstart = vi + v[0].length;
      }
    }
    if (cstart < 0) continue;
    const [cs, ce] = trimClause(m, s0 + cstart, s1);
    if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: subj };
    return null;
  }
  // "According to X, CLAUSE" / "CLAUSE, according to X."
  const a1 = /^(\s*According\s+to\s+([^,]+),)/u.exec(sent);
  if (a1 && a1[1] !== undefined && a1[2] !== undefined) {
    const [cs, ce] = trimClause(m, s0 + a1[1].length, s1);
    if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: accordingSubject(a1[2], base + a1[0].indexOf(a1[2])) };
  }
  const a2 = /,\s+according\s+to\s+([^,.]+?)(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s*[.!?]?\s*$/u.exec(sent);
  if (a2 && a2[1] !== undefined) {
    const [cs, ce] = trimClause(m, s0, s0 + a2.index);
    if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: accordingSubject(a2[1], base + a2.index) };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

interface Draft {
  pos: number;
  spans: QuoteSpan[];
  kind: QuoteKind;
  speaker: string | null;
}

/**
 * Find every quotation in the paragraphs and attribute it.
 *
 * Quotations: text between “…” / "…" (also „…“ and «…»); an unclosed quotation ends
 * at its paragraph's end and, when the next paragraph opens with a quote mark,
 * continues there (news convention). Single quotes inside belong to the outer quote.
 * Spans exclude the marks, surrounding white space and a trailing comma.
 *
 * Attribution, first match wins:
 *  1. a tag after the (last) closing mark in the same sentence: `,” X said`, `,” he added`,
 *     `” X said.`, `,” X, a veteran diplomat, said`, `,” X told reporters`, `,” said one recipient`;
 *  2. a reporting verb before the (first) opening mark in the same sentence, subject right
 *     before it: `X said: “`, `X told PBS “`, `he warned “`, `X pointed out that “`,
 *     `Another added, “`, `According to X, “`; a quotation inside an `Asked …` clause is the
 *     interviewer's and stays unattributed;
 *  3. direct quotations only: a quotation opening its sentence after another attributed
 *     quotation in the same paragraph takes that speaker; one opening a paragraph takes the
 *     last speaker of the previous paragraph (quotation or reported speech).
 * Subjects: names (capitalised sequences, honorifics and particles allowed, office titles and
 * discourse words stripped); pronouns he/she → the most recent person named as a subject before
 * it, they → the most recent plural/organisation subject; definite role nouns ("the U.S. envoy")
 * → the person introduced with that role (appositive or title before the name); other role
 * nouns are kept as written ("one recipient", "officials"); "Another" after "one X" → "another X".
 * Speakers are canonicalised per article to the longest form of the name seen.
 *
 * Indirect speech (kind "indirect") is reported for sentences whose reported clause holds no
 * direct quotation: `X said (that) …`, `X went on to say …`, `X told reporters that …`,
 * `…, X said.`, `…, say analysts.`, `According to X, …`, `…, according to X.`; the text is the
 * clause verbatim without its final punctuation. Results are in reading order.
 */
export function extractQuotes(paragraphs: string[]): ExtractedQuote[] {
  const raw = paragraphs.map((t, p) => scanParagraph(t, p));
  const masked = paragraphs.map((t, p) => maskParagraph(t, raw[p] ?? []));
  const ctx = buildContext(paragraphs, masked);

  // Chain paragraph-spanning quotations.
  const chains: RawSpan[][] = [];
  let pending: RawSpan[] | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const spans = raw[p] ?? [];
    spans.forEach((s, i) => {
      const opensPara = i === 0 && /^\s*$/u.test((paragraphs[p] ?? '').slice(0, s.open));
      if (pending && i === 0 && opensPara && (pending[pending.length - 1]?.paragraph ?? -2) === p - 1) {
        pending.push(s);
      } else {
        if (pending) chains.push(pending);
        pending = [s];
      }
      if (s.closed || i < spans.length - 1) {
        if (pending) chains.push(pending);
        pending = null;
      }
    });
  }
  if (pending) chains.push(pending);

  // Classify.
  const chainInfo = chains
    .map((chain) => {
      const first = chain[0] as RawSpan;
      const last = chain[chain.length - 1] as RawSpan;
      const spans = chain.filter((s) => s.end > s.start).map((s) => ({ paragraph: s.paragraph, start: s.start, end: s.end }));
      const text = spans.map((s) => (paragraphs[s.paragraph] ?? '').slice(s.start, s.end)).join(' ');
      const m = masked[first.paragraph] ?? '';
      const [s0] = sentenceOf(ctx, first.paragraph, first.open);
      const prefix = m.slice(s0, first.open);
      const standalone =
        chain.length > 1 ||
        /^[\s(]*$/u.test(prefix) ||
        (/[:,]\s*$/u.test(prefix) && VERB_BEFORE_COLON_RE.test(prefix));
      return { chain, first, last, spans, text, kind: classify(text, standalone) };
    })
    .filter((c) => c.spans.length > 0);

  // Indirect speech.
  const indirects: Indirect[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const qk = chainInfo
      .flatMap((c) => c.chain.filter((s) => s.paragraph === p).map((s) => ({ open: s.open, kind: c.kind })));
    for (const [k, [s0, s1]] of (ctx.sentences[p] ?? []).entries()) {
      const ind = findIndirect(ctx, p, k, s0, s1, qk);
      if (ind) indirects.push(ind);
    }
  }

  // Speaker events for continuation rules, in reading order.
  const events: Array<{ pos: number; speaker: string | null }> = [];
  const drafts: Draft[] = [];
  let lastRole: string | null = null;
  const items = [
    ...chainInfo.map((c) => ({ pos: c.first.paragraph * POS + c.first.open, q: c, ind: null as Indirect | null })),
    ...indirects.map((i) => ({ pos: i.paragraph * POS + i.start, q: null, ind: i })),
  ].sort((a, b) => a.pos - b.pos);

  for (const it of items) {
    if (it.ind) {
      const sp = resolveSubject(ctx, it.ind.subject, lastRole);
      if (it.ind.subject.kind === 'role') lastRole = it.ind.subject.text;
      drafts.push({ pos: it.pos, spans: [{ paragraph: it.ind.paragraph, start: it.ind.start, end: it.ind.end }], kind: 'indirect', speaker: sp });
      events.push({ pos: it.pos, speaker: sp });
      continue;
    }
    const c = it.q;
    if (!c) continue;
    let subj: Subject | null = null;
    let asked = false;
    const lead = leadingSubject(ctx, c.first.paragraph, c.first.open);
    if (lead === ASKED) asked = true;
    else {
      if (c.last.closed) subj = trailingSubject(ctx, c.last.paragraph, c.last.close);
      if (!subj) subj = lead;
    }
    let speaker: string | null = null;
    if (subj) {
      speaker = resolveSubject(ctx, subj, lastRole);
      if (subj.kind === 'role' && subj.text !== 'another') lastRole = subj.text;
    } else if (!asked && c.kind === 'direct') {
      const p = c.first.paragraph;
      const [s0] = sentenceOf(ctx, p, c.first.open);
      const opensSentence = /^[\s(]*$/u.test((masked[p] ?? '').slice(s0, c.first.open));
      const samePara = events.filter((e) => Math.floor(e.pos / POS) === p && e.pos < it.pos);
      const prevPara = events.filter((e) => Math.floor(e.pos / POS) === p - 1);
      const opensPara = /^\s*$/u.test((paragraphs[p] ?? '').slice(0, c.first.open));
      if (opensSentence && samePara.length > 0) speaker = samePara[samePara.length - 1]?.speaker ?? null;
      else if (opensPara && prevPara.length > 0) speaker = prevPara[prevPara.length - 1]?.speaker ?? null;
    }
    drafts.push({ pos: it.pos, spans: c.spans, kind: c.kind, speaker });
    if (c.kind === 'direct' || speaker) events.push({ pos: it.pos, speaker });
  }

  // Canonical names per article.
  // Deduplicated in first-seen order: canonicalSpeaker gives ties to the earliest form, so a
  // repeated name never changes the outcome, only the cost.
  const known = [...new Set([...ctx.names, ...ctx.mentions.filter((m) => m.person).map((m) => m.name)])];
  const canonical = new Map<string, string>();
  const canonicalOf = (speaker: string): string => {
    let c = canonical.get(speaker);
    if (c === undefined) {
      c = canonicalSpeaker(speaker, known);
      canonical.set(speaker, c);
    }
    return c;
  };
  return drafts.map((d) => ({
    text: d.spans.map((s) => (paragraphs[s.paragraph] ?? '').slice(s.start, s.end)).join(' '),
    speaker: d.speaker === null ? null : canonicalOf(d.speaker),
    kind: d.kind,
    spans: d.spans,
  }));
}
