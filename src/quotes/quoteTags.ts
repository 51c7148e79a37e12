/** Attribution of a quotation by the tag before or after it in its sentence. */
import { PARTICIPLES, QUOTE_VERB_RE } from './quoteLexicon.js';
import { wordsOf } from './quoteNames.js';
import { type Subject, subjectBefore, subjectAfter, accordingSubject } from './speechSubjects.js';
import { POS, type Ctx, sentenceOf } from './quoteContext.js';

export const ASKED = Symbol('asked');

/** "Khalilzad said: “…", "he warned “…", "Another added, “…", "According to X, “…". */
export function leadingSubject(ctx: Ctx, p: number, open: number): Subject | typeof ASKED | null {
  const m = ctx.masked[p] ?? '';
  const [s0] = sentenceOf(ctx, p, open);
  const prefix = m.slice(s0, open);
  if (/^\s*(?:(?:But|And)\s+)?(?:when\s+)?asked\b[^,]*$/iu.test(prefix)) return ASKED;
  const verbs = [...prefix.matchAll(QUOTE_VERB_RE)];
  // "Khalilzad said according to the Taliban, they “are working on…”": the words are the
  // Taliban's, relayed; the source named after the verb, just before the quotation, speaks.
  const acc = /according\s+to\s+([^,]+),\s*(?:(?:they|he|she|it|we)\s+)?$/iu.exec(prefix);
  if (acc && acc[1] !== undefined) {
    const lastVerb = verbs[verbs.length - 1];
    if (!lastVerb || (lastVerb.index ?? 0) < acc.index) return accordingSubject(acc[1], p * POS + s0 + acc.index + acc[0].indexOf(acc[1]));
  }
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i];
    if (!v) continue;
    if (PARTICIPLES.has(v[0].toLowerCase())) continue;
    const subj = subjectBefore(prefix.slice(0, v.index ?? 0), p * POS + s0);
    if (subj) return subj;
  }
  return null;
}

/** A post in lower case before a name, a few words without punctuation ending in a word for the post: "chairman and chief executive", "the club's managing director". */
const POST_BEFORE_NAME = /^\s*(?:[\p{L}’'-]+\s+){0,5}(?:chairman|chairwoman|chair|executive|director|chief|president|minister|secretary|spokes(?:man|woman|person)|manager|coach|editor|analyst|economist|boss|head|founder|leader|officer|captain|lawyer|correspondent|striker|midfielder|defender|goalkeeper|winger)\s+$/iu;

/** "“…,” Khalilzad said", "“…,” said one recipient", "“…” Khalilzad said." */
export function trailingSubject(ctx: Ctx, p: number, close: number): Subject | null {
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
  // The tag must begin with its subject: "” would mean …, X said" is not a tag — but for the post
  // written before a name after a quotation closed by a comma ("…,” chairman and chief executive
  // Richard Parsons said.", BBC News; not "….” Riggs spokesman Mark Hendrix said the settlement…").
  const pre = core.slice(0, subj.at - (base + lead));
  const commaClosed = /,\s*$/u.test((ctx.paragraphs[p] ?? '').slice(Math.max(0, close - 2), close));
  return /^\s*(?:(?:and|but|then|so)\s+)?$/iu.test(pre) || (commaClosed && subj.kind === 'name' && POST_BEFORE_NAME.test(pre)) ? subj : null;
}
