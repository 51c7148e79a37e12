/** Reported (indirect) speech: the clause a reporting verb introduces. */
import { OBJECT_VERBS, PARTICIPLES, PREPOSITIONS } from './quoteLexicon.js';
import { wordsOf } from './quoteNames.js';
import { type Subject, subjectBefore, subjectAfter, accordingSubject } from './speechSubjects.js';
import { POS, type Ctx } from './quoteContext.js';
import type { QuoteKind } from './types.js';

export interface Indirect {
  paragraph: number;
  start: number;
  end: number;
  subject: Subject;
}

/**
 * A call, demand or claim reported without a clause: "repeated his call for a cease-fire", "called
 * for calm", "called on the Taliban to…", "urged neighboring states to…", "demanded the release
 * of…", "claimed to have killed…". Past forms only: "calls for" and "demands" are as often
 * nouns ("rejected calls for a windfall tax", "the demands of a booming economy").
 */
const CALL_RE = /(?<=\s)(?:(?:repeated|renewed|reiterated)\s+(?:his|her|their|its)\s+calls?\s+for|called\s+for|called\s+on|appealed\s+for|appealed\s+to|urged|demanded|claimed(?=\s+to\s))\s/u;

const TIME_WORDS = /^(?:on|in|at|during|this|last|earlier|later|yesterday|today|tonight|on\s+\w+|\p{Lu}\p{Ll}+day)\b/u;

function trimClause(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s,:;–—-]/u.test(text[s] ?? '')) s++;
  while (e > s && /[\s.,;:!?]/u.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/**
 * "…as the Taliban have stepped up their attacks in more than 20 provinces, saying that war is the
 * only option…": with no reporting verb before it, the participle's subject is the one who did what
 * the clause before it says — taken only when that clause opens with a name (or "the" and a name)
 * and a perfect ("have stepped up", "has rejected"), where it is plain.
 */
function namedDoer(before: string, base: number): Subject | null {
  const m = /(?:^|\b(?:as|while|after|when|since|because|and|but)\s+)((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:have|has|had)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b[^,;]*$/u.exec(before);
  return m ? subjectBefore(`${m[1]} `, base + m.index + m[0].indexOf(m[1]!)) : null;
}

/** "… to emphasize that CLAUSE": a purpose clause that says something (not "to say that": "safe to say", "expected to say"). */
const PURPOSE_RE = /\s(?:in\s+order\s+)?to\s+(?:emphasi[sz]e|stress|underline|underscore|reiterate|insist|argue|warn|explain)\s+that\s+/u;

/**
 * The subject that opens a sentence, before `end`: its words up to the first comma (a relative or
 * appositive clause may follow: "The US special envoy, who arrived in Kabul …, met …"), when they
 * are few enough to be a subject.
 */
function sentenceSubject(sent: string, end: number, base: number): Subject | null {
  const comma = sent.indexOf(',');
  const head = sent.slice(0, comma >= 0 && comma < end ? comma : end);
  if (head.trim().split(/\s+/).length > 6) return null;
  return subjectBefore(`${head} `, base);
}

/**
 * Someone naming or judging something in their own words, right after their name: "Khalilzad
 * called the forces, numbering more than 350,000, the country’s national wealth", "X described
 * the talks as …", "X termed it …". Not "was called", "called in troops", "called his brother
 * minutes before the blast" (namesSomething).
 */
const NAMING_RE = /^(\s*[^,]{1,60}?)\s(called|termed|dubbed|described|labell?ed)\s(?!(?:for|on|off|in|up|back|out|from)\b)/u;
/** The object and what it is called: a second phrase opened by a determiner or a possessive, not after a preposition ("called his brother minutes before the blast"). */
function namesSomething(verb: string, after: string): boolean {
  const clause = after.split(/[.;:!?]/u)[0] ?? '';
  if (/^(?:described|labell?ed)$/.test(verb)) return /\sas\s/u.test(clause);
  const words = clause.trim().split(/\s+/u);
  if (!OPENS_PHRASE.test(words[0] ?? '')) return false;
  return words.some((w, i) => i >= 2 && OPENS_PHRASE.test(w) && !PREPOSITIONS.has((words[i - 1] ?? '').replace(/[,;]$/u, '').toLowerCase()));
}
const OPENS_PHRASE = /^(?:the|a|an|his|her|their|its|this|that|these|those|\p{Lu}\p{L}+['’]s)$/u;
const NOT_NAMING_AFTER = /(?:^|\s)(?:was|were|is|are|been|be|being|not)\s*$/u;

/** ", adding that CLAUSE" and the like: the clause goes on with the speaker of an earlier reporting verb. */
const GOES_ON_RE = /,\s*(?:adding|saying|noting|stressing|warning|arguing|insisting)\s+that\s+/u;

/**
 * The subject of the last reporting verb before `end` in `sent` (not a participle): "Khalilzad told"
 * (subject before the verb) or "said Dr Nielsen" (after it, up to `end`).
 */
function earlierSpeaker(sent: string, earlier: readonly RegExpMatchArray[], end: number, base: number): Subject | null {
  for (let j = earlier.length - 1; j >= 0; j--) {
    const e = earlier[j]!;
    if (PARTICIPLES.has(e[0].toLowerCase())) continue;
    const at = e.index ?? 0;
    const after = at + e[0].length;
    const before = sent.slice(0, at);
    // After its verb only in an inverted tag ('“…,” said Dr Nielsen,'): "Leading plaintiff, the
    // University of California, announced the news, adding…" names no speaker there.
    const inverted = /[”"]\s*$/u.test(before) && after < end;
    return subjectBefore(before, base) ?? (inverted ? subjectAfter(sent.slice(after, end), base + after) : null);
  }
  return null;
}

/** Reported speech in sentence `k` of paragraph `p`, which spans [s0, s1). */
export function findIndirect(ctx: Ctx, p: number, k: number, s0: number, s1: number, quoteKinds: Array<{ open: number; kind: QuoteKind }>): Indirect | null {
  const m = ctx.masked[p] ?? '';
  const sent = m.slice(s0, s1);
  const base = p * POS + s0;
  const clauseOk = (cs: number, ce: number): boolean => {
    if (wordsOf(m.slice(cs, ce)).length < 4) return false;
    if (/^[“"„«]/u.test(m.slice(cs, ce))) return false;
    return !quoteKinds.some((q) => q.open >= cs && q.open < ce && q.kind === 'direct');
  };
  const verbs = ctx.speech[p]?.[k] ?? [];
  for (const v of verbs) {
    const vi = v.index ?? 0;
    const verb = v[0].toLowerCase().replace(/\s+/g, ' ');
    if (PARTICIPLES.has(verb)) continue;
    const afterV = sent.slice(vi + v[0].length);
    const beforeV = sent.slice(0, vi);
    // "Insurgent officials say, however, a cease-fire … will be on the agenda": an aside before the clause.
    const aside = /^,\s*(?:however|though|meanwhile|too|also|in turn|for (?:their|his|her|its) part)\s*,\s+(?:that\s+)?(?=\p{L})/u.exec(afterV);
    // Tag: "…, Khalilzad said." / "…, officials said, …"
    if (!aside && /^(?:\s+(?:on\s+\w+|this\s+week|last\s+week|\p{Lu}\p{Ll}+day))?\s*(?:[,.;!?]|$)/u.test(afterV)) {
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
    if (aside) {
      cstart = vi + v[0].length + aside[0].length;
    } else if (that && (OBJECT_VERBS.has(verb) || (that[1] ?? '').trim() === '' || TIME_WORDS.test((that[1] ?? '').trim()))) {
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
  // "“…,” Khalilzad told reporters Friday, noting that the discussions in Qatar will include four
  // women." / "…,” said Dr Nielsen, adding that they have largely defined…": the speaker of an
  // earlier reporting verb of the sentence goes on. After another verb only when the clause opens
  // with a name and a perfect (namedDoer), and not beside a call (the call is what is reported).
  const goesOn = GOES_ON_RE.exec(sent);
  if (goesOn) {
    const subj = earlierSpeaker(sent, verbs.filter((v) => (v.index ?? 0) < goesOn.index), goesOn.index, base) ?? (CALL_RE.test(sent) ? null : namedDoer(sent.slice(0, goesOn.index), base));
    if (subj) {
      const [cs, ce] = trimClause(m, s0 + goesOn.index + goesOn[0].length, s1);
      if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: subj };
    }
  }
  // "X (repeated his) call(ed) for Y", "X urged Y": what was asked for, with the asking, from the verb on.
  const call = CALL_RE.exec(sent);
  if (call) {
    // An adverb of the asking is part of it: "has repeatedly urged neighboring states to…".
    const from = call.index - (/\p{L}+ly\s+$/u.exec(sent.slice(0, call.index))?.[0].length ?? 0);
    const subj = subjectBefore(sent.slice(0, from), base);
    if (subj) {
      const [cs, ce] = trimClause(m, s0 + from, s1);
      if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: subj };
    }
  }
  // "The US special envoy, who arrived …, met with President Ghani … to emphasize that CLAUSE": the
  // sentence's subject says it, by what it did.
  const purpose = PURPOSE_RE.exec(sent);
  if (purpose) {
    const subj = sentenceSubject(sent, purpose.index, base);
    if (subj) {
      const [cs, ce] = trimClause(m, s0 + purpose.index + purpose[0].length, s1);
      if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: subj };
    }
  }
  // "According to X, CLAUSE" / "CLAUSE, according to X."
  const a1 = /^(\s*According\s+to\s+([^,]+),)/u.exec(sent);
  if (a1 && a1[1] !== undefined && a1[2] !== undefined) {
    const [cs, ce] = trimClause(m, s0 + a1[1].length, s1);
    // "According to the newsletter, Khalilzad called the forces … the country’s national wealth":
    // what the clause's subject called something is his, the source relaying it.
    const clause = sent.slice(a1[1].length);
    const naming = NAMING_RE.exec(clause);
    const namer =
      naming?.[1] !== undefined && naming[2] !== undefined && !NOT_NAMING_AFTER.test(naming[1]) && namesSomething(naming[2], clause.slice(naming[0].length))
        ? subjectBefore(sent.slice(0, a1[1].length + naming[1].length), base)
        : null;
    if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: namer && namer.kind !== 'pronoun' ? namer : accordingSubject(a1[2], base + a1[0].indexOf(a1[2])) };
  }
  // The source may be written with an abbreviation's dots: "according to a U.S. State Department statement."
  const a2 = /,\s+according\s+to\s+((?:[^,.]|\.(?=\s*\S))+?)(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s*[.!?]?\s*$/u.exec(sent);
  if (a2 && a2[1] !== undefined) {
    const [cs, ce] = trimClause(m, s0, s0 + a2.index);
    if (clauseOk(cs, ce)) return { paragraph: p, start: cs, end: ce, subject: accordingSubject(a2[1], base + a2.index) };
  }
  return null;
}
