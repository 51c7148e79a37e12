/**
 * Quotation extraction and speaker attribution over an article's paragraphs.
 * Pure rules over text (no NLP library); see docs on `extractQuotes`. The steps live beside it:
 * quoteLexicon (word lists), quoteNames (name pattern), quoteMarks (marks, masking, sentences),
 * quoteKind (direct or phrase), speechSubjects (who speaks), quoteContext (mentions, roles,
 * pronouns), quoteTags (attribution by tag), indirectSpeech (reported clauses).
 */
import { VERB_BEFORE_COLON_RE } from './quoteLexicon.js';
import { type RawSpan, scanParagraph, maskParagraph } from './quoteMarks.js';
import { classify } from './quoteKind.js';
import type { Subject } from './speechSubjects.js';
import { POS, buildContext, resolveSubject, sentenceOf } from './quoteContext.js';
import { ASKED, leadingSubject, trailingSubject } from './quoteTags.js';
import { type Indirect, findIndirect } from './indirectSpeech.js';
import type { QuoteKind } from './types.js';
import { canonicalSpeaker } from './speakers.js';

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
  /** A direct quotation that does not stand alone in its sentence (see Quote.partial). */
  partial?: true;
  spans: QuoteSpan[];
}

interface Draft {
  pos: number;
  spans: QuoteSpan[];
  kind: QuoteKind;
  partial?: true;
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
      const kind = classify(text, standalone);
      return { chain, first, last, spans, text, kind, partial: kind === 'direct' && !standalone };
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
    drafts.push({ pos: it.pos, spans: c.spans, kind: c.kind, ...(c.partial ? { partial: true as const } : {}), speaker });
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
    ...(d.partial ? { partial: true as const } : {}),
    spans: d.spans,
  }));
}
