/**
 * Who an article gives a role to, so that `/quote speaker:us envoy` finds what Khalilzad said:
 * "U.S. envoy Zalmay Khalilzad", "Zalmay Khalilzad, the U.S. envoy for Afghanistan,", "Afghan
 * President Ashraf Ghani", "Haji Mohammad Ismail, Deputy Head of Bayat Foundation". A speaker typed
 * as a role asks for the people the corpus names in it; their quotations are found under their
 * names (the quotation is attributed to Khalilzad, not to "the envoy").
 */
import { termOf } from '../nlp/terms.js';
import { NAME_GLOBAL, cleanName, isPersonName } from './quoteNames.js';
import { ROLE_HEADS, TITLE_WORDS } from './quoteLexicon.js';

export interface RoleLink {
  /** The role's words, lower case, dots dropped ("us", "envoy", "for", "afghanistan"). */
  words: string[];
  /** Its head noun's term ("envoy", "presid"). */
  head: string;
  /** The person's name as the article writes it. */
  name: string;
}

/** A role typed as a speaker: its head's term and its other words (lower case, dots dropped). */
export interface RoleQuery {
  head: string;
  words: string[];
}

/** Title words that modify a role and are no role themselves ("former", "US", "special"). */
const MODIFIERS = new Set([
  'of', 'the', 'former', 'acting', 'u.s.', 'us', 'un', 'afghan', 'american', 'senior', 'special', 'deputy', 'vice', 'peace',
  'state', 'general', 'foreign', 'defense', 'defence', 'interior', 'prime', 'supreme', 'executive', 'attorney', 'justice',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'this', 'that']);

/** A clause, not an appositive: a relative pronoun, or a verb before the role. */
const RELATIVE = /^(?:who|whose|whom|which|where|when|that|while|although|though|as|after|before|because|if)\b|\b(?:is|was|are|were|has|had|have|met|said|says|told)\b/iu;

const fold = (w: string) => w.toLowerCase().replace(/\./g, '');

function isRoleWord(lower: string): boolean {
  return !MODIFIERS.has(lower) && (ROLE_HEADS.has(lower) || TITLE_WORDS.has(lower));
}

/** The role a speaker query names, when it ends in one ("us envoy", "the afghan president", "secretary of state"). */
export function roleQuery(speaker: string): RoleQuery | undefined {
  const words = speaker.trim().split(/\s+/).map((w) => w.toLowerCase()).filter((w) => !DETERMINERS.has(w));
  const at = headAt(words);
  // After the head only its complement ("secretary of state"): "envoy khalilzad" names someone.
  if (at === undefined || (at < words.length - 1 && words[at + 1] !== 'of' && words[at + 1] !== 'for')) return undefined;
  return { head: termOf(words[at]!), words: words.filter((_, i) => i !== at).map(fold) };
}

/** Where a role's head stands: its last role word before "of"/"for" ("deputy head of bayat foundation" → head). */
function headAt(lower: readonly string[]): number | undefined {
  const cut = lower.findIndex((w) => w === 'of' || w === 'for');
  for (let i = (cut >= 0 ? cut : lower.length) - 1; i >= 0; i--) if (isRoleWord(lower[i]!)) return i;
  return undefined;
}

/** Words that make a role another one: a deputy prime minister is no prime minister, a vice president no president. */
const RANKS = new Set(['deputy', 'vice', 'former', 'acting', 'assistant', 'ex', 'interim', 'associate']);

/**
 * Whether a link holds the role asked: the same head, every other word of the query among the
 * role's, and no rank the query does not give ("us president" is not "vice president of search
 * properties … in the US").
 */
export function holdsRole(link: RoleLink, q: RoleQuery): boolean {
  return link.head === q.head && q.words.every((w) => link.words.includes(w)) && link.words.every((w) => !RANKS.has(w) || q.words.includes(w));
}

/** The roles an article's body paragraphs give named people. */
export function roleLinksOf(paragraphs: readonly string[]): RoleLink[] {
  const out: RoleLink[] = [];
  const link = (roleWords: string[], name: string) => {
    const lower = roleWords.map((w) => w.toLowerCase());
    const at = headAt(lower);
    if (at !== undefined) out.push({ words: lower.map(fold), head: termOf(lower[at]!), name });
  };
  for (const text of paragraphs) {
    for (const m of text.matchAll(NAME_GLOBAL)) {
      const name = cleanName(m[0]);
      const prefix = name === null ? '' : m[0].slice(0, m[0].length - name.length).trim();
      // "the Minister of Refugees" names a ministry, not a person.
      if (!name || !isPersonName(name) || /\bof$/u.test(prefix)) continue;
      // Titles the name pattern took in ("Secretary of State Mike Pompeo") and lower-case ones before it ("special envoy Zalmay Khalilzad").
      const before = text.slice(Math.max(0, m.index - 40), m.index).split(/\s+/).filter(Boolean);
      const lower: string[] = [];
      for (let i = before.length - 1; i >= 0 && lower.length < 3; i--) {
        const w = before[i]!;
        // "head of Yukos": a title before "of" is the role of someone else.
        if (/^(?:of|the|for)$/i.test(w)) break;
        if (!/^\p{Ll}/u.test(w) && !/^U\.?S\.?$/u.test(w)) break;
        if (!(TITLE_WORDS.has(w.toLowerCase()) || ROLE_HEADS.has(w.toLowerCase()))) break;
        lower.unshift(w);
      }
      const premodifier = [...lower, ...prefix.split(/\s+/).filter(Boolean)];
      if (premodifier.length > 0) link(premodifier, name);
      // Appositive: "Zalmay Khalilzad, the U.S. envoy for Afghanistan, has said".
      // Not a clause ("Tony Blair, who met the US president,", "Mr Smith, whose wife is a doctor,").
      const app = /^,\s+(?:(?:the|a|an)\s+)?([^,]{3,80}),/u.exec(text.slice(m.index + m[0].length));
      if (app && !RELATIVE.test(app[1]!)) link(app[1]!.trim().split(/\s+/), name);
    }
  }
  return out;
}
