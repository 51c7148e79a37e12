/** Pairs of the question's neighbouring content words that a sentence also has side by side. */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { AnalysedQuestion } from './questionAnalysis.js';

/**
 * The question's consecutive content words as pairs ("head coach", "NFL Commissioner", "Super
 * Bowl"), each weighted by the rarity of its two terms. A sentence that keeps the question's
 * phrasing, not only its words, is more likely the one the question was asked about: "Who is
 * the Commissioner of the NFL" → "NFL Commissioner Roger Goodell said…" rather than "…the
 * champion of the National Football League (NFL)". Stop words between the two are skipped, and
 * either order counts ("Stadium in Miami" / "Miami's Sun Life Stadium").
 */
export class TermPairs {
  /** a → b → the index of the pair "a b" (and b → a → the same). */
  private readonly index = new Map<string, Map<string, number>>();
  private readonly weights: number[] = [];
  private readonly total: number;
  /** Per pair: the coverage call that last found it (coverage runs for every candidate: no Set each time). */
  private readonly seenIn: number[] = [];
  private calls = 0;

  constructor(kb: KnowledgeBase, q: AnalysedQuestion) {
    const seq = q.tokens.filter((t) => t.term && !t.stop).map((t) => t.term);
    for (let i = 0; i + 1 < seq.length; i++) {
      const a = seq[i]!;
      const b = seq[i + 1]!;
      if (a === b || this.pairOf(a, b) !== undefined) continue;
      this.link(a, b, this.weights.length);
      this.link(b, a, this.weights.length);
      this.weights.push(kb.index.idf(a) + kb.index.idf(b));
      this.seenIn.push(0);
    }
    this.total = this.weights.reduce((x, y) => x + y, 0);
  }

  /** The weighted share of the question's pairs that the sentence has side by side (0 to 1). */
  coverage(kb: KnowledgeBase, sentenceId: number): number {
    if (this.total === 0) return 0;
    const call = ++this.calls;
    const seq = kb.termSequence(sentenceId);
    let hit = 0;
    for (let i = 0; i + 1 < seq.length; i++) {
      const k = this.pairOf(seq[i]!, seq[i + 1]!);
      if (k === undefined || this.seenIn[k] === call) continue;
      this.seenIn[k] = call;
      hit += this.weights[k]!;
    }
    return hit / this.total;
  }

  private pairOf(a: string, b: string): number | undefined {
    return this.index.get(a)?.get(b);
  }

  private link(a: string, b: string, k: number): void {
    let next = this.index.get(a);
    if (!next) this.index.set(a, (next = new Map()));
    next.set(b, k);
  }
}
