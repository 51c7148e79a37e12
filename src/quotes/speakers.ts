/**
 * Speaker-name normalisation: one canonical name per person per article, and
 * lenient matching of a user's query ("khalilzad", "Zalmai Khalilzad") against
 * a canonical speaker.
 *
 * Rules:
 *  - Courtesy titles (Mr., Mrs., Ms., Miss, Dr.) are not part of a canonical
 *    name; honorifics that customarily form part of a name (Haji, Mawlawi,
 *    Gen., Sheikh, …) are kept when written.
 *  - Two names denote the same person when their surnames match (case- and
 *    accent-insensitive) and their given names, when both have any, are
 *    compatible (same initial and either equal, an initial, or a spelling
 *    variant such as Zalmai / Zalmay).
 *  - The canonical form is the longest compatible form seen in the article
 *    (most name tokens; ties go to the first one seen).
 */

import { spellOutSpeaker } from '../answer/chatShorthand.js';
import { DETERMINERS, TITLE_WORDS } from './quoteLexicon.js';
import { editDistance } from '../shared/editDistance.js';

/** Courtesy titles dropped from canonical names. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mx', 'sir', 'madam']);

/** Honorifics / ranks that may precede a name; ignored when comparing given names. */
const HONORIFICS = new Set([
  ...COURTESY,
  'haji', 'hajji', 'mawlawi', 'maulvi', 'mullah', 'mulla', 'sheikh', 'shaikh', 'sayed', 'syed', 'qari', 'hafiz',
  'gen', 'general', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'sen', 'rep', 'gov', 'prof', 'rev', 'pres',
  'president', 'senator', 'governor', 'minister', 'ambassador', 'judge', 'justice',
  // Offices written before a name in British news ("Chancellor Gordon Brown", "Foreign Secretary
  // Jack Straw", "Shadow Home Secretary David Davis"): BBC listed "Chancellor Gordon Brown" apart from "Gordon Brown".
  'chancellor', 'secretary', 'home', 'foreign', 'shadow', 'first', 'deputy', 'prime', 'former', 'chief', 'chairman', 'chairwoman', 'commissioner', 'spokesman', 'spokeswoman',
]);

/** Name suffixes ignored when taking a surname. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Bounded memo tables for the per-string functions below. Quote extraction asks for the same few
 * hundred names of an article over and over (every candidate speaker against every name seen);
 * each table is cleared when it reaches MEMO_LIMIT entries, so memory stays bounded on any corpus.
 * Cached arrays are never handed out for mutation (callers only read or slice them).
 */
const MEMO_LIMIT = 50_000;

function memo<T>(fn: (s: string) => T): (s: string) => T {
  const table = new Map<string, T>();
  return (s: string): T => {
    let v = table.get(s);
    if (v === undefined && !table.has(s)) {
      v = fn(s);
      if (table.size >= MEMO_LIMIT) table.clear();
      table.set(s, v);
    }
    return v as T;
  };
}

/** Lower-case, strip accents and punctuation (keeps letters, digits, spaces and hyphens). */
export const foldName: (s: string) => string = memo(foldNameUncached);

function foldNameUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const tokens: (name: string) => readonly string[] = memo((name) => name.trim().split(/\s+/).filter((t) => t.length > 0));

const tokenKey: (t: string) => string = memo((t) => foldName(t).replace(/-/g, ''));

/** A name token's comparison key (folded, hyphens removed): what a one-word query is matched on. */
export const nameTokenKey = tokenKey;

/** Remove courtesy titles (Mr., Ms., Dr. …) wherever they stand in a name. */
export const stripCourtesy: (name: string) => string = memo(stripCourtesyUncached);

function stripCourtesyUncached(name: string): string {
  return tokens(name)
    .filter((t) => !COURTESY.has(tokenKey(t)))
    .join(' ');
}

/** Name tokens without honorifics, courtesy titles, suffixes and a trailing possessive. */
const coreTokens: (name: string) => readonly string[] = memo(coreTokensUncached);

function coreTokensUncached(name: string): string[] {
  const out = tokens(name.replace(/[’']s$/u, ''))
    .map((t) => t.replace(/[,;:]+$/u, ''))
    .filter((t) => t.length > 0);
  let i = 0;
  while (i < out.length - 1 && HONORIFICS.has(tokenKey(out[i] ?? ''))) i++;
  let j = out.length;
  while (j - 1 > i && SUFFIXES.has(tokenKey(out[j - 1] ?? ''))) j--;
  return out.slice(i, j);
}

/** The surname as written: the last core token ("Mr. Khalilzad" → "Khalilzad"). */
export function surname(name: string): string {
  const core = coreTokens(name);
  return core[core.length - 1] ?? name.trim();
}

/** tokenKey(surname(name)), memoised: the key two names are compared on. */
const surnameKey: (name: string) => string = memo((name) => tokenKey(surname(name)));

/** Given names (core tokens before the surname). */
export function givenNames(name: string): readonly string[] {
  const core = coreTokens(name);
  return core.slice(0, -1);
}

/** A coarse spelling key for transliterated given names (Zalmai/Zalmay, Mohammad/Muhammad). */
const spellingKey: (s: string) => string = memo(spellingKeyUncached);

function spellingKeyUncached(s: string): string {
  return tokenKey(s)
    .replace(/y/g, 'i')
    .replace(/ee/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/[aeiou]/g, (v, off: number) => (off === 0 ? v : ''))
    .replace(/(.)\1+/g, '$1');
}

/** Two token keys one letter apart, one of them five letters or more ("zalmai" / "zalmay"). */
function oneLetterOff(a: string, b: string): boolean {
  return Math.max(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1;
}

/** A one-word query (its token key) for a given name (its token key): the same, or one letter off past the first. */
function sameGivenName(query: string, given: string): boolean {
  return query === given || (query[0] === given[0] && oneLetterOff(query, given));
}

function givenCompatible(a: string, b: string): boolean {
  const ka = tokenKey(a);
  const kb = tokenKey(b);
  if (ka === kb) return true;
  if (ka.length === 0 || kb.length === 0) return true;
  if (ka[0] !== kb[0]) return false;
  if (ka.length === 1 || kb.length === 1) return true; // an initial
  if (spellingKey(a) === spellingKey(b)) return true;
  return oneLetterOff(ka, kb);
}

/**
 * Keys that two names must share one of to denote the same person (`samePerson(a, b)` implies
 * `a.surname === b.surname || a.spelling === b.spelling`), for indexing names by person; empty
 * strings when the name has no surname.
 */
export function personKeys(name: string): { surname: string; spelling: string } {
  const sur = surnameKey(name);
  return { surname: sur, spelling: sur.length === 0 ? '' : spellingKey(sur) };
}

/** True when two written names can denote the same person. */
export function samePerson(a: string, b: string): boolean {
  const sa = surnameKey(a);
  const sb = surnameKey(b);
  if (sa.length === 0 || sb.length === 0) return false;
  if (sa !== sb && !(sa.length >= 5 && spellingKey(sa) === spellingKey(sb))) return false;
  const ga = givenNames(a);
  const gb = givenNames(b);
  if (ga.length === 0 || gb.length === 0) return true;
  // Compare first given names only; middle names may be omitted.
  return givenCompatible(ga[0] ?? '', gb[0] ?? '');
}

/** Does the string look like a person's name (capitalised tokens) rather than a role noun? */
export const looksLikeName: (name: string) => boolean = memo(looksLikeNameUncached);

function looksLikeNameUncached(name: string): boolean {
  const t = tokens(name);
  if (t.length === 0) return false;
  return t.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:al|el|ul|ud|bin|ibn|van|von|de|da|di|du|der|den|la|le|dos|das|of)(?:-|$)/u.test(w));
}

/**
 * The canonical form of `name` among the names seen in the article: the longest
 * form (most tokens, courtesy titles dropped) that denotes the same person; ties
 * go to the earliest in `knownNames`. Role nouns ("one recipient") come back as written.
 */
export function canonicalSpeaker(name: string, knownNames: string[]): string {
  const written = name.trim().replace(/[’']s$/u, '');
  if (!looksLikeName(written)) return written;
  const own = stripCourtesy(written) || written;
  const ownLen = coreTokens(own).length + (tokens(own).length - coreTokens(own).length) * 0.5;
  // Known forms win ties against the written form (a variant spelling maps to the article's first form).
  let best = own;
  let bestLen = ownLen - 0.25;
  for (const k of knownNames) {
    if (!looksLikeName(k) || !samePersonStrict(written, k)) continue;
    const cand = stripCourtesy(k.trim().replace(/[’']s$/u, ''));
    if (!cand) continue;
    const len = coreTokens(cand).length + (tokens(cand).length - coreTokens(cand).length) * 0.5;
    if (len > bestLen) {
      best = cand;
      bestLen = len;
    }
  }
  return best;
}

/** Like sameperson, but surnames must be equal (after folding) — used inside one article. */
function samePersonStrict(a: string, b: string): boolean {
  if (surnameKey(a) !== surnameKey(b)) return false;
  return samePerson(a, b);
}

/**
 * Does a user's query name the speaker? Case- and accent-insensitive; the surname
 * alone matches; given-name spelling variants (Zalmai/Zalmay) match; a role noun
 * speaker ("one recipient") matches when the folded strings are equal or the query
 * contains it.
 */
export function speakerMatches(typed: string, speaker: string): boolean {
  const query = spellOutSpeaker(typed);
  // "the taliban" names "Taliban militants" as "taliban" does.
  if (/^\s*the\s+\S/i.test(query) && !/^\s*the\s/i.test(speaker)) return speakerMatches(query.replace(/^\s*the\s+/i, ''), speaker);
  const q = foldName(query);
  const s = foldName(speaker);
  if (q.length === 0 || s.length === 0) return false;
  if (q === s) return true;
  // Whole words of each other ("spokesman" in "the taliban spokesman"), not letters: the speaker
  // "a" was inside every name with an "a" in it.
  const within = (a: string, b: string) => ` ${b} `.includes(` ${a} `);
  if (!looksLikeName(speaker)) return !namesOnlyItsPossessor(q, speaker) && (within(s, q) || within(q, s) || sameRole(q, s) || (!q.includes(' ') && s.split(' ').some((w) => clippedPlural(q, w))));
  // A single word: the surname ("Khalilzad"), or a given name as written or one letter off in a
  // long one ("zalmay", "Zalmai", "Muhammad" for Mohammad — not "zelma" or "Mahmoud"): someone who
  // types a first name without picking a suggestion means that person.
  if (!q.includes(' ')) {
    const key = tokenKey(query);
    if (key === tokenKey(surname(speaker))) return true;
    // A plural clipped from a group's one-word name ("talibs" for the Taliban), as chat writes it
    // — not from a person's ("roberts" is not Robertson).
    return givenNames(speaker).some((g) => sameGivenName(key, tokenKey(g))) || (coreTokens(speaker).length === 1 && clippedPlural(key, tokenKey(speaker)));
  }
  if (samePerson(query, speaker)) return true;
  // "us envoy khalilzad", "President Ghani": the office typed before the name is no given name.
  const named = withoutTitles(query);
  return named !== query && speakerMatches(named, speaker);
}

/** "talibs" of "taliban": a plural of five letters or more before its "s" that begins the name and stops short of it. */
function clippedPlural(key: string, name: string): boolean {
  return key.length >= 6 && key.endsWith('s') && name.length > key.length && name.startsWith(key.slice(0, -1));
}

/** "Ghani’s aides" are not Ghani: the (folded) query names only whose they are. */
function namesOnlyItsPossessor(q: string, speaker: string): boolean {
  const m = /^(.+?)['’]s\s+(.+)$/u.exec(speaker.trim());
  if (!m) return false;
  const owner = foldName(m[1]!);
  return (owner === q || owner.endsWith(` ${q}`)) && !foldName(m[2]!).includes(q);
}

/** The query without the office words typed before a name ("US envoy", "Former Secretary of State"); itself when nothing else is left. */
function withoutTitles(query: string): string {
  const words = query.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase())) i++;
  return i === 0 ? query : words.slice(i).join(' ');
}

/**
 * Two role nouns for the same kind of speaker: the same head noun, singular or plural ("aid
 * recipient" and "one recipient"; "refugees minister" and "the Minister of Refugees and
 * Repatriation": the head stands before "of"), and the query's other words all in the speaker's, unless the
 * speaker has none but a determiner ("Taliban official" is not "a U.S. official").
 */
function sameRole(q: string, s: string): boolean {
  const qw = contentWords(q);
  const sw = contentWords(s);
  if (qw.length === 0 || sw.length === 0) return false;
  const qh = headAt(qw);
  if (singularNoun(qw[qh]!) !== singularNoun(sw[headAt(sw)]!)) return false;
  if (sw.length === 1) return true;
  for (let i = 0; i < qw.length; i++) if (i !== qh && !ROLE_LINKS.has(qw[i]!) && !sw.includes(qw[i]!)) return false;
  return true;
}

/** Where a role's head noun stands: before its first preposition ("minister of refugees and repatriation"), else last. */
function headAt(words: readonly string[]): number {
  const at = words.findIndex((w, i) => i > 0 && ROLE_LINKS.has(w));
  return at > 0 ? at - 1 : words.length - 1;
}

/** Words that link a role's head to what it is of ("the Minister of Refugees and Repatriation"). */
const ROLE_LINKS = new Set(['of', 'for', 'and', 'in', 'at', 'on', 'to']);

// Module-level, not closures made per call: sameRole runs for every quotation's speaker a /quote
// query checks, and (run through tsx, which keeps function names) each closure made cost a
// defineProperty too — 6% of /quote on BBC. The words are memoised (and shared: read only): they
// were split again for every role speaker of every query, ~0.4 GB of garbage over 1,000 BBC queries.
const contentWords: (x: string) => readonly string[] = memo((x) => x.split(' ').filter((w) => w && !DETERMINERS.has(w)));
const singularNoun = (w: string): string => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

