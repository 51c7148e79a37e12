/** Capitalised name sequences: the name pattern, cleaning a captured sequence, person or organisation. */
import { LEADING_STOP, TITLE_WORDS, NOT_NAMES, ORG_WORDS } from './quoteLexicon.js';
import { looksLikeName } from './speakers.js';

const HON = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Gen|Sen|Rep|Gov|Col|Lt|Capt|Maj|Prof|Sgt|Adm|Rev|St|Jr|Sr)\.`;
const INITIALS = String.raw`(?:\p{Lu}\.)+`;
const CAP = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{Lu}[\p{L}\p{M}]*)*`;
const PART = String.raw`(?:al|el|ul|ud|bin|ibn|van|von|de|da|di|du|der|den|la|le|dos|das)`;
const TOK = String.raw`(?:${HON}|${INITIALS}|${PART}-${CAP}|${CAP})`;
const NAME = String.raw`${TOK}(?:[ \t]+(?:(?:${PART}|of)[ \t]+)?${TOK})*`;
export const NAME_AT_END = new RegExp(String.raw`(?<![\p{L}\p{N}.’'-])(${NAME})\s*$`, 'u');
export const NAME_AT_START = new RegExp(String.raw`^(${NAME})(?![\p{L}\p{N}])`, 'u');
export const NAME_GLOBAL = new RegExp(String.raw`(?<![\p{L}\p{N}.’'-])${NAME}(?![\p{L}\p{N}])`, 'gu');

export function wordsOf(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function bare(w: string): string {
  return w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, (m) => (/\..*\./.test(w) ? m : ''));
}

const cleanNameMemo = new Map<string, string | null>();

/** Strip discourse words and office titles from a captured capitalised sequence; null when nothing name-like is left. */
export function cleanName(raw: string): string | null {
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

export function isOrgName(name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.some((w) => ORG_WORDS.has(w.toLowerCase()))) return true;
  return ws.length === 1 && /^[\p{Lu}.]{2,}$/u.test(name);
}

const personNameMemo = new Map<string, boolean>();

export function isPersonName(name: string): boolean {
  let v = personNameMemo.get(name);
  if (v === undefined) {
    v = looksLikeName(name) && !isOrgName(name);
    if (personNameMemo.size >= 50_000) personNameMemo.clear();
    personNameMemo.set(name, v);
  }
  return v;
}
