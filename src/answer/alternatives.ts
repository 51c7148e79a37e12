/**
 * "Is Anadolu an independent outlet or govt-run", "on schedule or behind?", "have they stopped or
 * is it still going on": a question that offers two answers is answered by a sentence that says
 * one of them. Counted whole, the words of both made every sentence look half-covered (five right
 * answers of one question set were declined at 0.36–0.43); here a sentence is measured against the
 * shared words and the better covered of the two alternatives.
 */
import type { AnalysedQuestion } from './questionAnalysis.js';

export interface Alternatives {
  /** Question terms of the first alternative (the words just before "or") and of the second (after it). */
  first: ReadonlySet<string>;
  second: ReadonlySet<string>;
}

/** Words that end the second alternative. */
const END = /^[?.!,;:]$/;
/** Longest alternative read after "or". */
const MAX_WORDS = 6;

/** The question's two alternatives around its one "or", when it has one outside quoted phrases. */
export function alternativesOf(q: AnalysedQuestion): Alternatives | undefined {
  const t = q.tokens;
  const ors = t.flatMap((x, i) => (/^or$/i.test(x.value) ? [i] : []));
  // A question of a type ("what is X or Y called", "which interview or outlet") asks for that, not a choice.
  if (ors.length !== 1 || q.quoted.length > 0 || q.expected !== 'any') return undefined;
  const at = ors[0]!;
  const terms = new Set(q.terms);
  const content = (i: number) => t[i]!.term !== '' && !t[i]!.stop && terms.has(t[i]!.term);
  // After "or": up to the end of the clause.
  const second: string[] = [];
  let words = 0;
  for (let i = at + 1; i < t.length && !END.test(t[i]!.value) && words < MAX_WORDS; i++, words++) if (content(i)) second.push(t[i]!.term);
  if (second.length === 0) return undefined;
  // Before it: as many content words as the second has ("an independent outlet or govt-run" → "outlet").
  const first: string[] = [];
  for (let i = at - 1; i >= 0 && first.length < second.length && !END.test(t[i]!.value); i--) if (content(i)) first.unshift(t[i]!.term);
  if (first.length === 0) return undefined;
  const a = new Set(first.filter((x) => !second.includes(x)));
  const b = new Set(second.filter((x) => !first.includes(x)));
  return a.size > 0 && b.size > 0 ? { first: a, second: b } : undefined;
}

/**
 * Coverage measured against the shared terms and the better covered alternative, each alternative
 * weighing as much as the heavier one (against all terms when the sentence has neither): `weights`
 * gives each term's idf and `matched` how much of it the sentence has (0–1).
 */
export function alternativeCoverage(alt: Alternatives, weights: ReadonlyMap<string, number>, matched: ReadonlyMap<string, number>): { own: number; total: number } {
  let shared = 0;
  let sharedTotal = 0;
  let a = 0;
  let aTotal = 0;
  let b = 0;
  let bTotal = 0;
  for (const [term, w] of weights) {
    const m = (matched.get(term) ?? 0) * w;
    if (alt.first.has(term)) {
      a += m;
      aTotal += w;
    } else if (alt.second.has(term)) {
      b += m;
      bTotal += w;
    } else {
      shared += m;
      sharedTotal += w;
    }
  }
  const best = Math.max(aTotal > 0 ? a / aTotal : 0, bTotal > 0 ? b / bTotal : 0);
  // A sentence that says neither answer offered ("which interview or outlet" asked, neither said)
  // is measured against both, as any other question.
  if (best === 0) return { own: shared, total: sharedTotal + aTotal + bTotal };
  const heavier = Math.max(aTotal, bTotal);
  return { own: shared + best * heavier, total: sharedTotal + heavier };
}
