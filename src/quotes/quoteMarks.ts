/** Quotation marks and sentences of a paragraph: spans between marks, the paragraph with quoted text masked, sentence ranges. */
import { OPEN_MARKS, CLOSE_MARKS, STRAIGHT, MASK } from './quoteLexicon.js';

export interface RawSpan {
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

export function scanParagraph(text: string, p: number): RawSpan[] {
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

export function maskParagraph(text: string, spans: RawSpan[]): string {
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
export function wordBeforeSpace(s: string): string | undefined {
  const spaces = trailingRunStart(s, s.length, isSpace);
  if (spaces === s.length) return undefined;
  const word = trailingRunStart(s, spaces, isLowerLetter);
  return word < spaces ? s.slice(word, spaces) : undefined;
}

/** Sentence ranges [start, end) over a masked paragraph (quoted content never splits). */
export function sentenceRanges(masked: string): Array<[number, number]> {
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
