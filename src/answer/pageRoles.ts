/** Lines about the page (byline, dateline, caption, note) and the question words that ask for them. */
import type { Sentence, SentenceRole } from '../nlp/types.js';
import { termOf } from '../nlp/terms.js';
import { DATE_PATTERN } from '../corpus/lineKinds.js';
import { AUXILIARY, type AnalysedQuestion } from './questionAnalysis.js';

/**
 * Words that ask about the page's share buttons and prompts only when the question names the page
 * ("can I share the piece to facebook from that page"): "what did khalilzad say on twitter" asks
 * about the story.
 */
const FURNITURE_WITH_PAGE = ['share', 'sharing', 'facebook', 'twitter', 'linkedin', 'liked'];
const FURNITURE_ONLY_WITH_PAGE = new Set(FURNITURE_WITH_PAGE.map(termOf));
const PAGE_NAMED = /\b(?:page|article|piece|story|site|button)s?\b/i;

/** Lines about the page rather than the story. */
export const METADATA_ROLES = new Set<SentenceRole>(['byline', 'dateline', 'caption', 'note', 'site', 'furniture']);
/**
 * Of those, the lines that hold names and dates of the page only: a caption or the outlet's own
 * lines say more ("Join our verified AMN Telegram channel" answers "what app…").
 */
export const PAGE_ONLY_ROLES = new Set<SentenceRole>(['byline', 'dateline', 'note', 'furniture']);

/**
 * Words that ask about a page's metadata rather than its prose: "who wrote" → the byline,
 * "photo" → the caption, "updated" → the dateline, "reprinted" → the note, "which site ran it" →
 * the line naming the outlet.
 */
export const ROLE_TERMS: Partial<Record<SentenceRole, Set<string>>> = {
  byline: new Set(['wrote', 'written', 'writer', 'author', 'byline', 'report', 'reporter', 'journalist', 'correspond'].map(termOf)),
  caption: new Set(['photo', 'photograph', 'photographer', 'picture', 'pic', 'image', 'pictured', 'caption', 'shot', 'credit'].map(termOf)),
  dateline: new Set(['published', 'updated', 'posted', 'date', 'dated', 'publication'].map(termOf)),
  note: new Set(['reprinted', 'republished', 'originally', 'published', 'source', 'syndicated', 'outlet'].map(termOf)),
  // "What does the headline say": the title ("title" alone is also a person's office).
  title: new Set(['headline', 'headlines', 'headlined'].map(termOf)),
  // Not "posted": "when was it posted" asks for the dateline.
  site: new Set(['site', 'website', 'outlet', 'publication', 'publisher', 'newspaper'].map(termOf)),
  // "Is there a share to twitter button on the page", "does the page ask whether u liked it" (the
  // words after "share" only with the page named: FURNITURE_WITH_PAGE).
  furniture: new Set(['button', 'buttons', 'subscribe', 'signup', 'footer', 'prompt', ...FURNITURE_WITH_PAGE].map(termOf)),
};

/** The metadata lines a question asks for: "who wrote" → bylines, "when was it published" → datelines and notes. */
export function rolesAskedBy(q: AnalysedQuestion): SentenceRole[] {
  const terms = pageTerms(q);
  return (Object.keys(ROLE_TERMS) as SentenceRole[]).filter((role) => [...terms].some((t) => ROLE_TERMS[role]!.has(t)));
}

/** Whether the sentence is a line of the kind the question's term asks about (1) or not (0). */
export function roleMatch(term: string, s: Sentence, q: AnalysedQuestion): number {
  return pageTerms(q).has(term) && hasRole(s, (role) => ROLE_TERMS[role]?.has(term) === true) ? 1 : 0;
}

/** "Date" asks for the page's date only when no verb of the story says what the date is of. */
const DATE_TERMS = new Set(['date', 'dated'].map(termOf));
/** Verbs that ask about the page itself: "what date was it published / filed / posted". */
const PAGE_VERBS = new Set(['published', 'posted', 'updated', 'written', 'wrote', 'dated', 'filed', 'uploaded', 'reprinted', 'printed', 'released', 'run', 'ran']);
/** Verbs of what the page shows, no story's: "what date does it say / give / show", "the date that appears on it". */
const SHOWING_VERBS = new Set(['say', 'says', 'said', 'show', 'shows', 'shown', 'give', 'gives', 'given', 'appear', 'appears', 'put', 'listed']);
/** "When'd it go up", "when did it come out": the page going online. */
const WENT_UP = /\b(?:go|goes|went|gone)\s+(?:up|live|online)\b|\b(?:come|came)\s+out\b/i;
const pageTermsCache = new WeakMap<AnalysedQuestion, ReadonlySet<string>>();

/**
 * The question's terms that ask about the page (ROLE_TERMS): "what date did Khalilzad fly to Doha"
 * asks the date of a flight, not the dateline's ("Published Dec 05, 2019" answered it), while
 * "what date was the piece published", "what's the date on the VOA story" and "what date was the
 * article about the envoy saying … published" (a story verb, but a verb of the page too) ask the
 * page's; "on what date did the story say the talks began" asks when the talks began.
 */
export function pageTerms(q: AnalysedQuestion): ReadonlySet<string> {
  let terms = pageTermsCache.get(q);
  if (!terms) {
    const words = q.tokens.map((t) => t.value.toLowerCase());
    const aboutPage = words.some((w) => PAGE_VERBS.has(w)) || WENT_UP.test(q.text);
    const storyVerb = q.tokens.some((t, i) => t.pos === 'VERB' && !PAGE_VERBS.has(words[i]!) && !SHOWING_VERBS.has(words[i]!) && !AUXILIARY.test(words[i]!));
    const otherWriting = writesOtherThanAPage(q);
    const pageNamed = PAGE_NAMED.test(q.text);
    terms = new Set(
      q.terms.filter((t) => Object.values(ROLE_TERMS).some((set) => set.has(t)) && !(storyVerb && !aboutPage && DATE_TERMS.has(t)) && !(otherWriting && WRITER_TERMS.has(t)) && !(FURNITURE_ONLY_WITH_PAGE.has(t) && !pageNamed)),
    );
    pageTermsCache.set(q, terms);
  }
  return terms;
}

const WRITER_TERMS = new Set(['wrote', 'written', 'writer', 'author', 'authored'].map(termOf));
/** What a page is called, and "report", which names one after its outlet ("the VOA report"). */
const WRITTEN_PAGES = /^(?:article|story|piece|post|op-?ed|column|page|report|item|blog|dispatch|byline)s?$/;

/**
 * Whether the question asks who wrote something in the story rather than the page: "which
 * official wrote that may 2021 newsletter", "who wrote the letter" — the first noun after the
 * writing word is no page. "Who wrote it", "who wrote the 09/11/2020 article" ask for the byline.
 */
function writesOtherThanAPage(q: AnalysedQuestion): boolean {
  const at = q.tokens.findIndex((t) => WRITER_TERMS.has(t.term));
  if (at < 0) return false;
  // The head of what was written, past its determiners and modifiers ("that may 2021 newsletter",
  // "the author of the letter"); "who wrote on the surprise stop" names nothing written.
  const rest = q.tokens.slice(at + 1);
  let i = rest.findIndex((t) => !(OBJECT_MODIFIERS.has(t.pos) || /^(?:of|that)$/i.test(t.value)));
  if (i < 0 || rest[i]!.pos !== 'NOUN') return false;
  // The last noun of the phrase: "the opinion piece", "the news story" are pages.
  while (rest[i + 1]?.pos === 'NOUN' || rest[i + 1]?.pos === 'PROPN') i++;
  return !WRITTEN_PAGES.test(rest[i]!.value.toLowerCase());
}

const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'AUX', 'PUNCT']);

/** "How long ago", "how old is the item", "how recent", "how many days back / old": the age of a page. */
const AGE_WORDS = /\bago\b|\bhow (?:old|recent|new)\b|\b(?:minutes|hours|days|weeks|months|years) (?:back|old)\b/i;

/**
 * Words a question uses for a related headline and its age ("that sidebar bit about …, how long
 * ago was it posted", "how many days old is the item"): said by the age the page lists it with.
 */
export const LISTED_AGE_TERMS = new Set(
  ['sidebar', 'bit', 'item', 'story', 'article', 'piece', 'post', 'posted', 'headline', 'link', 'page', 'list', 'latest', 'long', 'ago', 'old', 'recent', 'minute', 'hour', 'day', 'week', 'month', 'back', 'up'].map(termOf),
);

/**
 * Whether the question asks when a page went up ("when was it posted", "when'd it go up", "how
 * long ago", "how old is that item"), which a related headline's age answers; not "when did the
 * attack happen", of the story.
 */
export function asksWhenPosted(q: AnalysedQuestion): boolean {
  return AGE_WORDS.test(q.text) || WENT_UP.test(q.text) || rolesAskedBy(q).includes('dateline');
}

/**
 * Whether one of the sentence's roles passes `test`: its own, and for a byline that carries the
 * date ("By Lara Seligman 09/11/2020 12:40 PM EDT") the dateline's too. Asked of every candidate,
 * so it makes no list of roles.
 */
export function hasRole(s: Sentence, test: (role: SentenceRole) => boolean): boolean {
  return test(s.role) || (s.role === 'byline' && test('dateline') && DATE_PATTERN.test(s.text));
}

/**
 * Words for a page: "the Bayat story", "the piece". Not "report": stories tell of reports others
 * wrote ("who wrote the UN report"); "the VOA report" names a page by its outlet (articleReference).
 */
const PAGE_NOUNS = /\b(?:article|story|piece|post|op-?ed|column|page)s?\b/i;
/** Words that ask who wrote something: "who wrote", "the author of". Not "reporter": "who told reporters", "who did the reporter interview". */
const WRITER_WORDS = /\b(?:wrote|written|authored|writer|author|byline)s?\b/i;

/**
 * Whether the question asks who wrote a page ("who wrote the article about the Bayat Foundation's
 * aid", "who originally wrote the RFE/RL story"): only a byline says that. Not
 * "who wrote the letter" (no page) nor "which journalist interviewed him" (someone in the story).
 * `pageReferenced`: the question named an article, read apart from `q` (articleReference.ts).
 */
export function asksWhoWroteThePage(q: AnalysedQuestion, pageReferenced = false): boolean {
  return q.expected === 'person' && WRITER_WORDS.test(q.text) && (pageReferenced || PAGE_NOUNS.test(q.text));
}
