/**
 * /quote search over the knowledge base's attributed quotations.
 *
 * Speakers across articles: the per-article canonical names (see speakers.ts) are grouped by
 * person (`samePerson`: surname match plus compatible given names, so `Zalmai Khalilzad` and
 * `Zalmay Khalilzad` are one), and each group is shown under its most frequent full form. The
 * grouping is computed lazily once per knowledge base (WeakMap cache).
 *
 * Ranking, best first:
 *  1. speaker filter (case/accent-insensitive, surname or a given name alone works: `speakerMatches` against every
 *     written form of the person);
 *  2. kind: direct quotations, then indirect speech, then quoted phrases attributed to a speaker
 *     ("Khalilzad pointed out that “war is expensive.”"); an unattributed phrase (a scare quote,
 *     "dismissing it as an “American occupation”") only when nothing else matches, or when asked
 *     for explicitly through `kinds`. Without a topic these are tiers; with
 *     one, a later kind's relevance counts LATER_KIND_WEIGHT of a direct quotation's, so a statement
 *     reported on the topic comes before a quotation that only touches it;
 *  3. with a topic: relevance, the mean of the best and the average sentence score of the quotation
 *     (`topicMatcher`, the same term normalisation and word-vector soft matching as /ask). The best sentence finds
 *     the relevant line of a long quotation; the average prefers quotations that are on the topic
 *     throughout. A quotation is relevant only when its article covers at least
 *     ARTICLE_COVERAGE_FLOOR of the topic's term weight (SPEAKER_COVERAGE_FLOOR when a speaker is
 *     named) and its own score reaches QUOTE_SCORE_FLOOR;
 *     an unrelated topic yields no quotations rather than noise;
 *  4. without a topic (and for ties): date order, by the article's publication date (undated articles
 *     last), then position in the corpus.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { topicMatcher, type TopicMatcher } from '../answer/topicMatch.js';
import { spellOutSpeaker } from '../answer/chatShorthand.js';
import { quotesBySentence } from './quotesBySentence.js';
import type { Quote, QuoteKind } from './types.js';
import { articlesWith } from '../index/articlesWith.js';
import { holdsRole, roleLinksOf, roleQuery, type RoleLink } from './roleHolders.js';
import { foldName, givenNames, looksLikeName, nameTokenKey, personKeys, samePerson, speakerMatches, stripCourtesy } from './speakers.js';
import { runAll } from '../shared/runInSlices.js';
import { editDistance } from '../shared/editDistance.js';

export interface QuoteQuery {
  speaker?: string;
  topic?: string;
  /** Kinds to serve, in tier order. Default: direct, indirect, then attributed phrases; unattributed phrases only if nothing else matches. */
  kinds?: readonly QuoteKind[];
  limit?: number;
}

export interface QuoteHit {
  text: string;
  /** Cross-article canonical speaker (most frequent full form of the person), or null. */
  speaker: string | null;
  kind: QuoteKind;
  /** Part of what was said, quoted inside the article's own sentence (Quote.partial). */
  partial?: true;
  articleId: string;
  file: string;
  title: string;
  published: string | null;
  sentenceIds: number[];
  /** Topic relevance 0..1 (1 without a topic). */
  score: number;
  /**
   * Reported speech, or a quotation part of the article's own sentence (partial): the sentence it
   * stands in, verbatim, and where the statement lies in it — "…as the Taliban have stepped up
   * their attacks…, saying that [war is the only option…]" says who and how; shown instead of the
   * bare clause.
   */
  sentence?: ReportingSentence;
  /**
   * Other articles with the same quotation by the same speaker (a story syndicated or saved twice:
   * BBC News has 98 stories under two file names), listed here instead of as results of their own.
   */
  copies: { articleId: string; file: string }[];
}

export interface ReportingSentence {
  text: string;
  /** The statement's offsets in `text`. */
  start: number;
  end: number;
}

export interface SpeakerCount {
  name: string;
  quotes: number;
}

/** Minimum quotation relevance (mean of best and average sentence score) for a topical search. */
export const QUOTE_SCORE_FLOOR = 0.2;
/** Minimum share of the topic's term weight that the quotation's article must contain. */
export const ARTICLE_COVERAGE_FLOOR = 0.5;
/**
 * The same when a speaker is named: the speaker already narrows the search to what one person
 * said, so a topic half said in other words still finds it ("freeing taliban prisoners" for "the
 * release of prisoners", "taking the aid beyond the capital" for "will soon be expanded to other
 * provinces"; question sets: quote 66 → 70 of 93) — if the article has every name of the topic.
 * Lower (0.25–0.3) let in "football world cup" for "the world and the region were united".
 */
export const SPEAKER_COVERAGE_FLOOR = 0.4;

const DEFAULT_KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'phrase'];
/** With a topic, a quotation of a later kind (indirect speech after direct quotations) counts this share of its relevance. */
export const LATER_KIND_WEIGHT = 0.8;

// ---------------------------------------------------------------------------
// Cross-article speakers (lazy, once per knowledge base)
// ---------------------------------------------------------------------------

interface Person {
  name: string;
  /** Every written (per-article canonical) form of the person. */
  forms: Map<string, number>;
  /** Quotations attributed to the person, all kinds. */
  count: number;
  /** Direct + indirect quotations (what listSpeakers reports). */
  statements: number;
}

interface SpeakerTable {
  people: Person[];
  /** Per-article speaker string → person. */
  byForm: Map<string, Person>;
  /** Named speakers for listSpeakers, most quoted first. */
  list: SpeakerCount[];
  /** Indices (into kb.quotes, ascending) of each person's quotations, all kinds. */
  quotesOf: Map<Person, number[]>;
  /**
   * People by the keys a query must share with one of their forms to match it (see
   * `matchingPeople`): folded form, surname key, surname spelling key, the first letter of each
   * given name (a one-word query may be one: `sameGivenName`); `roles` holds the people with a
   * form that is not a name (matched by substring, so always checked).
   */
  byKey?: { folded: Map<string, Person[]>; surname: Map<string, Person[]>; spelling: Map<string, Person[]>; given: Map<string, Person[]>; roles: Person[] };
}

const speakerCache = new WeakMap<KnowledgeBase, SpeakerTable>();

function nameTokens(name: string): number {
  return stripCourtesy(name).split(/\s+/).filter(Boolean).length;
}

/** A named person or named body (capitalised name), as opposed to a role noun ("one recipient"). */
function isNamed(speaker: string): boolean {
  return looksLikeName(speaker);
}

function speakerTable(kb: KnowledgeBase): SpeakerTable {
  const cached = speakerCache.get(kb);
  if (cached) return cached;
  runAll(speakerTableSteps(kb));
  return speakerCache.get(kb)!;
}

/** Speaker forms handled between two yields of speakerTableSteps (a few ms). */
const FORMS_PER_STEP = 250;

/**
 * Builds the knowledge base's speaker table (~0.2 s on BBC's 15,000 quotations) in steps, for a
 * warm-up that yields between them (src/service/warmUp.ts); a query meanwhile builds it whole.
 */
export function* speakerTableSteps(kb: KnowledgeBase): Generator<void, void> {
  if (speakerCache.has(kb)) return;
  let step = 0;
  const formCounts = new Map<string, number>();
  for (const q of kb.quotes) if (q.speaker) formCounts.set(q.speaker, (formCounts.get(q.speaker) ?? 0) + 1);
  // Most frequent forms first so that a group's seed is its most common, then fullest, form.
  const tokens = new Map<string, number>();
  for (const form of formCounts.keys()) {
    tokens.set(form, nameTokens(form));
    if (++step % FORMS_PER_STEP === 0) yield;
  }
  const forms = [...formCounts].sort((a, b) => b[1] - a[1] || tokens.get(b[0])! - tokens.get(a[0])! || a[0].localeCompare(b[0]));
  yield;
  const people: Person[] = [];
  const byForm = new Map<string, Person>();
  // Indexes over each group's seed (first) form, standing for a scan of every group: a named form
  // can only join a group whose seed shares a surname or spelling key with it (samePerson), a role
  // noun only the first group of the same folded role. `index` is a group's position in `people`.
  const index = new Map<Person, number>();
  const bySurname = new Map<string, Person[]>();
  const bySpelling = new Map<string, Person[]>();
  const byRole = new Map<string, Person>();
  const file = (map: Map<string, Person[]>, key: string, p: Person) => {
    if (key.length === 0) return;
    const l = map.get(key);
    if (l) l.push(p);
    else map.set(key, [p]);
  };
  for (const [form, n] of forms) {
    if (++step % FORMS_PER_STEP === 0) yield;
    let person: Person | undefined;
    if (isNamed(form)) {
      // Same person as every form already in the group (a bare surname must not bridge two people).
      const keys = personKeys(form);
      const groups = new Set([...(bySurname.get(keys.surname) ?? []), ...(bySpelling.get(keys.spelling) ?? [])]);
      person = [...groups]
        .sort((a, b) => index.get(a)! - index.get(b)!)
        .find((p) => [...p.forms.keys()].every((f) => samePerson(f, form)));
    } else {
      person = byRole.get(foldName(form));
    }
    if (!person) {
      person = { name: form, forms: new Map(), count: 0, statements: 0 };
      index.set(person, people.length);
      people.push(person);
      if (isNamed(form)) {
        const keys = personKeys(form);
        file(bySurname, keys.surname, person);
        file(bySpelling, keys.spelling, person);
      } else if (!byRole.has(foldName(form))) {
        byRole.set(foldName(form), person);
      }
    }
    person.forms.set(form, n);
    person.count += n;
    byForm.set(form, person);
  }
  // Display name: the most frequent full form (most name tokens, then most quotations).
  for (const p of people) {
    const ranked = [...p.forms].sort((a, b) => tokens.get(b[0])! - tokens.get(a[0])! || b[1] - a[1] || a[0].localeCompare(b[0]));
    p.name = ranked[0]?.[0] ?? p.name;
    if (++step % FORMS_PER_STEP === 0) yield;
  }
  yield;
  for (const q of kb.quotes) {
    if (q.speaker) {
      const p = byForm.get(q.speaker);
      if (p) p.statements++;
    }
  }
  yield;
  const list = people
    .filter((p) => isNamed(p.name) && p.statements > 0)
    .map((p) => ({ name: p.name, quotes: p.statements }))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  yield;
  const quotesOf = new Map<Person, number[]>();
  kb.quotes.forEach((q, i) => {
    const p = q.speaker === null ? undefined : byForm.get(q.speaker);
    if (!p) return;
    const l = quotesOf.get(p);
    if (l) l.push(i);
    else quotesOf.set(p, [i]);
  });
  // A query may have built the table whole meanwhile: keep the one it uses.
  if (speakerCache.has(kb)) return;
  const table: SpeakerTable = { people, byForm, list, quotesOf };
  speakerCache.set(kb, table);
  yield;
  yield* keyIndexSteps(table);
}

/** The cross-article canonical name of a per-article speaker. */
export function canonicalAcrossArticles(kb: KnowledgeBase, speaker: string | null): string | null {
  if (speaker === null) return null;
  return speakerTable(kb).byForm.get(speaker)?.name ?? speaker;
}

/**
 * Known named speakers with their number of statements (direct and indirect quotations; scare-quoted
 * phrases are not counted), most quoted first. Role nouns ("one recipient", "officials",
 * "the report") are not listed: they are not names a user can ask for across articles, though a
 * search for them still works.
 */
export function listSpeakers(kb: KnowledgeBase): SpeakerCount[] {
  return speakerTable(kb).list.map((s) => ({ ...s }));
}

/** Autocomplete: named speakers with a name part (or the whole name) starting with `prefix`, most quoted first. */
export function suggestSpeakers(kb: KnowledgeBase, prefix: string, limit = 25): SpeakerCount[] {
  const p = foldName(prefix);
  const list = speakerTable(kb).list;
  const max = Math.max(0, Math.floor(limit));
  if (p.length === 0) return list.slice(0, max).map((s) => ({ ...s }));
  const out: SpeakerCount[] = [];
  for (const s of list) {
    if (out.length >= max) break;
    const folded = foldName(s.name);
    const parts = folded.split(/[\s-]+/);
    if (folded.startsWith(p) || parts.some((w) => w.startsWith(p))) out.push({ ...s });
  }
  return out;
}

/**
 * Speakers a name that found no quotation may have meant: those it starts a name part of
 * ("Khal" → Zalmay Khalilzad), else those its first word does ("Khal prisoners", a topic typed
 * into the speaker). Empty for an empty name.
 */
export function speakersLike(kb: KnowledgeBase, name: string, limit = 5): SpeakerCount[] {
  const whole = name.trim();
  if (!whole) return [];
  const like = suggestSpeakers(kb, whole, limit);
  if (like.length > 0) return like;
  const first = whole.split(/\s+/)[0]!;
  const byFirst = first === whole ? [] : suggestSpeakers(kb, first, limit);
  return byFirst.length > 0 ? byFirst : speakersSpeltLike(kb, whole, limit);
}

/**
 * "khalilzaad", "kalilzad": speakers with a name part a letter or two from a typed word (one edit
 * for words of up to six letters, two for longer ones), nearest first, then most quoted.
 */
function speakersSpeltLike(kb: KnowledgeBase, name: string, limit: number): SpeakerCount[] {
  const typed = foldName(name).split(/[\s-]+/).filter((w) => w.length >= 4);
  if (typed.length === 0) return [];
  const near: { s: SpeakerCount; d: number; i: number }[] = [];
  speakerTable(kb).list.forEach((s, i) => {
    const parts = foldName(s.name).split(/[\s-]+/);
    let best = Infinity;
    for (const w of typed) {
      const max = w.length <= 6 ? 1 : 2;
      for (const p of parts) {
        const d = editDistance(w, p, max);
        if (d <= max) best = Math.min(best, d);
      }
    }
    if (best < Infinity) near.push({ s, d: best, i });
  });
  return near.sort((a, b) => a.d - b.d || a.i - b.i).slice(0, Math.max(0, Math.floor(limit))).map((x) => ({ ...x.s }));
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

interface Candidate {
  quote: Quote;
  order: number;
  score: number;
}

const UNDATED = '9999-99-99';

function dateKey(kb: KnowledgeBase, articleId: string): string {
  return kb.article(articleId)?.published ?? UNDATED;
}

const dateRankCache = new WeakMap<KnowledgeBase, Map<string, number>>();
/** The rank of UNDATED per rank table (an article the kb does not know sorts as undated). */
const undatedRank = new WeakMap<Map<string, number>, number>();

/**
 * Per article, the rank of its dateKey among the corpus's date keys in `localeCompare` order
 * (equal keys, equal rank), lazily once per knowledge base: comparing ranks orders quotations
 * exactly as comparing the keys with localeCompare, without collating strings in every comparison.
 */
function dateRanks(kb: KnowledgeBase): Map<string, number> {
  let ranks = dateRankCache.get(kb);
  if (!ranks) {
    const keys = [...new Set([UNDATED, ...kb.articles.map((a) => dateKey(kb, a.id))])].sort((a, b) => a.localeCompare(b));
    const keyRank = new Map<string, number>();
    let rank = 0;
    keys.forEach((k, i) => {
      if (i > 0 && keys[i - 1]!.localeCompare(k) !== 0) rank++;
      keyRank.set(k, rank);
    });
    ranks = new Map(kb.articles.map((a) => [a.id, keyRank.get(dateKey(kb, a.id))!]));
    undatedRank.set(ranks, keyRank.get(UNDATED)!);
    dateRankCache.set(kb, ranks);
  }
  return ranks;
}

function keyIndex(table: SpeakerTable): NonNullable<SpeakerTable['byKey']> {
  return table.byKey ?? runAll(keyIndexSteps(table));
}

/** keyIndex in steps of FORMS_PER_STEP people, for the warm-up (a query meanwhile builds it whole). */
function* keyIndexSteps(table: SpeakerTable): Generator<void, NonNullable<SpeakerTable['byKey']>> {
  const idx = { folded: new Map<string, Person[]>(), surname: new Map<string, Person[]>(), spelling: new Map<string, Person[]>(), given: new Map<string, Person[]>(), roles: [] as Person[] };
  const file = (map: Map<string, Person[]>, key: string, p: Person) => {
    if (key.length === 0) return;
    const l = map.get(key);
    if (!l) map.set(key, [p]);
    else if (l[l.length - 1] !== p) l.push(p);
  };
  let n = 0;
  for (const p of table.people) {
    if (++n % FORMS_PER_STEP === 0) yield;
    let role = false;
    for (const f of [p.name, ...p.forms.keys()]) {
      file(idx.folded, foldName(f), p);
      if (!looksLikeName(f)) role = true;
      const keys = personKeys(f);
      file(idx.surname, keys.surname, p);
      file(idx.spelling, keys.spelling, p);
      // By first letter: a given name one letter off (sameGivenName) starts with the same one.
      if (looksLikeName(f)) for (const g of givenNames(f)) file(idx.given, nameTokenKey(g).slice(0, 1), p);
    }
    if (role) idx.roles.push(p);
  }
  table.byKey ??= idx;
  return table.byKey;
}

/**
 * The people with a form that `speakerMatches(query, form)`: for a name form it needs the folded
 * strings equal, or the query's one token equal to the surname key, or (samePerson) a shared
 * surname or surname spelling key; a role-noun form matches by substring, so people with one are
 * always checked. The candidates are then checked exactly, in table order.
 */
function matchingPeople(table: SpeakerTable, speakerQuery: string): Person[] {
  const idx = keyIndex(table);
  const keys = personKeys(speakerQuery);
  const cands = new Set<Person>([
    ...(idx.folded.get(foldName(speakerQuery)) ?? []),
    ...(idx.surname.get(nameTokenKey(speakerQuery)) ?? []),
    ...(idx.surname.get(keys.surname) ?? []),
    ...(idx.spelling.get(keys.spelling) ?? []),
    ...(speakerQuery.includes(' ') ? [] : (idx.given.get(nameTokenKey(speakerQuery).slice(0, 1)) ?? [])),
    ...idx.roles,
  ]);
  return table.people.filter((p) => cands.has(p) && anyFormMatches(p, speakerQuery));
}

/** Whether the query names the person by its name or one of its forms. */
function anyFormMatches(p: Person, speakerQuery: string): boolean {
  if (speakerMatches(speakerQuery, p.name)) return true;
  for (const f of p.forms.keys()) if (speakerMatches(speakerQuery, f)) return true;
  return false;
}

/**
 * `closest`: when a speaker and a topic are given and no quotation of the speaker is on the topic,
 * the speaker's quotations that touch it at all (any of its words, or one said in other words),
 * best first, at most CLOSEST_QUOTES.
 */
export function searchQuotes(kb: KnowledgeBase, query: QuoteQuery = {}): { quotes: QuoteHit[]; closest?: QuoteHit[] } {
  const table = speakerTable(kb);
  const speakerQuery = spellOutSpeaker(query.speaker?.trim() ?? '');
  const topic = query.topic?.trim() ?? '';
  const explicitKinds = query.kinds && query.kinds.length > 0 ? [...new Set(query.kinds)] : undefined;
  const tiers: readonly QuoteKind[] = explicitKinds ?? DEFAULT_KINDS;
  const limit = query.limit !== undefined && query.limit >= 0 ? Math.floor(query.limit) : Infinity;

  // "us envoy": the people the corpus names in that role, found under their names.
  const holders = speakerQuery ? roleHoldersAsked(kb, table, speakerQuery) : NO_PEOPLE;
  /** The people the speaker query asks for: by name or form, or by a role they hold. */
  const peopleAsked = () => new Set([...matchingPeople(table, speakerQuery), ...holders]);
  // Per person (or per speaker string outside the table): every quotation of a person asks the same question.
  const personVerdicts = new Map<Person | string, boolean>();
  const speakerOk = (q: Quote): boolean => {
    if (!speakerQuery) return true;
    if (q.speaker === null) return false;
    const person = table.byForm.get(q.speaker);
    let ok = personVerdicts.get(person ?? q.speaker);
    if (ok === undefined) {
      ok = person ? holders.has(person) || anyFormMatches(person, speakerQuery) : speakerMatches(speakerQuery, q.speaker);
      personVerdicts.set(person ?? q.speaker, ok);
    }
    return ok;
  };

  const tm = topicMatcher(kb, topic || undefined);
  const coverageFloor = speakerQuery ? SPEAKER_COVERAGE_FLOOR : ARTICLE_COVERAGE_FLOOR;
  const topical = tm.terms.length > 0;
  const candidates: Candidate[] = [];
  const consider = (quote: Quote, order: number): void => {
    if (!speakerOk(quote)) return;
    let score = 1;
    if (topical) {
      if (quote.sentenceIds.length === 0) return;
      score = topicScore(tm, quote);
      if (score < QUOTE_SCORE_FLOOR) return;
      // Checked second: the article's words said otherwise cost more than the quotation's.
      const coverage = tm.articleCoverage(quote.articleId, ARTICLE_COVERAGE_FLOOR);
      if (coverage < coverageFloor) return;
      // Under the whole topic's floor, the names it gives must be there: "russia sanctions" is not
      // answered by "the sanctions’ blacklist" (the Taliban's), however much "sanctions" weighs.
      if (coverage < ARTICLE_COVERAGE_FLOOR && tm.names.some((t) => !articlesWith(kb, t).has(quote.articleId))) return;
    }
    candidates.push({ quote, order, score });
  };
  const sentenceIds = tm.candidates();
  if (topical && sentenceIds) {
    // Only quotations touching a sentence that can score above 0: any other scores 0, below the
    // floor. Visited in kb order, as a full scan would.
    const bySentence = quotesBySentence(kb);
    const orders = new Set<number>();
    for (const id of sentenceIds) for (const i of bySentence.get(id) ?? []) orders.add(i);
    for (const order of [...orders].sort((a, b) => a - b)) consider(kb.quotes[order]!, order);
  } else if (speakerQuery) {
    // Only the quotations of matching people (every attributed quotation has a person in the table).
    const orders: number[] = [];
    for (const p of peopleAsked()) {
      personVerdicts.set(p, true);
      orders.push(...(table.quotesOf.get(p) ?? []));
    }
    for (const order of orders.sort((a, b) => a - b)) consider(kb.quotes[order]!, order);
  } else {
    kb.quotes.forEach(consider);
  }

  const ranks = dateRanks(kb);
  const fallbackRank = undatedRank.get(ranks) ?? 0;
  const rankOf = (articleId: string): number => ranks.get(articleId) ?? fallbackRank;
  // By default a phrase is served with the other kinds only when someone is named as saying it.
  const served = (c: Candidate) => explicitKinds !== undefined || c.quote.kind !== 'phrase' || c.quote.speaker !== null;
  const byKind = (kinds: readonly QuoteKind[], pool: readonly Candidate[]) => {
    if (topical) {
      // With a topic, relevance comes first: a reported statement on the topic before a quotation
      // that only touches it (blind quote set: 9 → 10 of 14 in the top 3; 0.6-0.9 all give 10).
      const weight = (c: Candidate) => c.score * (c.quote.kind === kinds[0] ? 1 : LATER_KIND_WEIGHT);
      const tier = pool.filter((c) => kinds.includes(c.quote.kind));
      tier.sort((a, b) => weight(b) - weight(a) || rankOf(a.quote.articleId) - rankOf(b.quote.articleId) || a.order - b.order);
      return tier;
    }
    const out: Candidate[] = [];
    for (const kind of kinds) {
      const tier = pool.filter((c) => c.quote.kind === kind);
      tier.sort((a, b) => b.score - a.score || rankOf(a.quote.articleId) - rankOf(b.quote.articleId) || a.order - b.order);
      out.push(...tier);
    }
    return out;
  };
  let ranked = byKind(tiers, candidates.filter(served));
  if (ranked.length === 0 && !explicitKinds) ranked = byKind(['phrase'], candidates);

  const quotes = toHits(kb, table, ranked, limit);
  // Someone was named and nothing they said passes the topic's floors: what they said nearest to
  // it, marked as such (the topic said in other words: "back-channel talks" for "informal talks").
  if (quotes.length === 0 && topical && speakerQuery) {
    const near: Candidate[] = [];
    for (const p of peopleAsked()) {
      for (const order of table.quotesOf.get(p) ?? []) {
        const quote = kb.quotes[order]!;
        if (!tiers.includes(quote.kind) || quote.sentenceIds.length === 0) continue;
        const score = topicScore(tm, quote);
        if (score > 0) near.push({ quote, order, score });
      }
    }
    near.sort((a, b) => b.score - a.score || rankOf(a.quote.articleId) - rankOf(b.quote.articleId) || a.order - b.order);
    return { quotes, closest: toHits(kb, table, near, Math.min(limit, CLOSEST_QUOTES)) };
  }
  return { quotes };
}

const NO_PEOPLE: ReadonlySet<Person> = new Set();

/** Per knowledge base: each article's role links (roleHolders.ts), and the people each role query found. */
const roleCaches = new WeakMap<KnowledgeBase, { links: Map<string, RoleLink[]>; holders: Map<string, ReadonlySet<Person>> }>();

/**
 * The people an article names in the role a speaker query asks for ("us envoy" → Zalmay
 * Khalilzad), looked for in the articles that use the role's head word only; kept per query.
 */
function roleHoldersAsked(kb: KnowledgeBase, table: SpeakerTable, speakerQuery: string): ReadonlySet<Person> {
  const asked = roleQuery(speakerQuery);
  if (!asked) return NO_PEOPLE;
  let cache = roleCaches.get(kb);
  if (!cache) roleCaches.set(kb, (cache = { links: new Map(), holders: new Map() }));
  const key = `${asked.head} ${asked.words.join(' ')}`;
  const known = cache.holders.get(key);
  if (known) return known;
  const out = new Set<Person>();
  for (const articleId of articlesWith(kb, asked.head)) {
    let links = cache.links.get(articleId);
    if (!links) cache.links.set(articleId, (links = roleLinksOf(kb.article(articleId)?.paragraphs ?? [])));
    for (const link of links) {
      if (!holdsRole(link, asked)) continue;
      const person = personNamed(table, link.name);
      if (person) out.add(person);
    }
  }
  cache.holders.set(key, out);
  return out;
}

/**
 * The one person a role link's name is: the form a quotation was attributed under, else the one
 * person the name matches ("John Howard" is not Michael Howard; "Ghani" alone, when one person).
 */
function personNamed(table: SpeakerTable, name: string): Person | undefined {
  const exact = table.byForm.get(name);
  if (exact) return exact;
  const people = matchingPeople(table, name).filter((p) => !name.includes(' ') || samePerson(name, p.name));
  return people.length === 1 ? people[0] : undefined;
}

/** The one sentence a reported statement stands in, when it says more than the statement. */
function reportingSentence(kb: KnowledgeBase, quote: Quote): ReportingSentence | undefined {
  if (quote.sentenceIds.length !== 1) return undefined;
  const text = kb.sentences[quote.sentenceIds[0]!]?.text ?? '';
  const start = text.indexOf(quote.text);
  return start >= 0 && text !== quote.text ? { text, start, end: start + quote.text.length } : undefined;
}

/** A quotation's topic relevance: the mean of its best and its average sentence score (see searchQuotes, 3.). */
function topicScore(tm: TopicMatcher, quote: Quote): number {
  const scores = quote.sentenceIds.map((id) => tm.score(id));
  return (Math.max(...scores) + scores.reduce((a, b) => a + b, 0) / scores.length) / 2;
}

/** Quotations shown as nearest to a topic that none matches (searchQuotes' `closest`). */
export const CLOSEST_QUOTES = 3;

/** Ranked candidates as hits, a quotation repeated by copies of its story listed once (its copies with it). */
function toHits(kb: KnowledgeBase, table: SpeakerTable, ranked: readonly Candidate[], limit: number): QuoteHit[] {
  const quotes: QuoteHit[] = [];
  const seen = new Map<string, QuoteHit>();
  for (const { quote, score } of ranked) {
    const speaker = quote.speaker === null ? null : (table.byForm.get(quote.speaker)?.name ?? quote.speaker);
    const key = `${speaker ?? ''}\n${quote.text.replace(/\s+/gu, ' ')}`;
    const a = kb.article(quote.articleId);
    const file = a?.file ?? quote.articleId;
    const first = seen.get(key);
    if (first) {
      if (first.articleId !== quote.articleId) first.copies.push({ articleId: quote.articleId, file });
      continue;
    }
    if (quotes.length >= limit) continue; // still looking for copies of those taken
    const hit: QuoteHit = {
      text: quote.text,
      speaker,
      kind: quote.kind,
      ...(quote.partial ? { partial: true as const } : {}),
      articleId: quote.articleId,
      file,
      title: a?.title ?? '',
      published: a?.published ?? null,
      sentenceIds: [...quote.sentenceIds],
      score,
      copies: [],
    };
    // Reported speech, and a quotation that is part of the article's own sentence ("But Khalilzad
    // noted that … and that “If there is peace …”"), are shown in the sentence that says who and how.
    const sentence = quote.kind === 'indirect' || quote.partial ? reportingSentence(kb, quote) : undefined;
    if (sentence) hit.sentence = sentence;
    seen.set(key, hit);
    quotes.push(hit);
  }
  return quotes;
}
