/** The question's terms grouped with their variants: typo fixes, name forms, abbreviated phrases, related words. */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { variantsByOrigin, type WeightedTerm } from './queryExpansion.js';
import { phrasesAbbreviatedBy } from './phraseAbbreviations.js';
import { SoftTerm } from './softMatch.js';

/** One question term with every way a sentence may say it. */
export interface TermGroup {
  origin: string;
  variants: Map<string, number>;
  /** The variants with a weight above 0, heaviest first (ties in `variants`' order): the first one a sentence has is its match. */
  ranked: [string, number][];
  /** Multi-word names the question word abbreviates ("un" → United Nations): all their terms must appear. */
  phrases: string[][];
  soft: SoftTerm | undefined;
}

/** A phrase an abbreviation stands for counts almost as the word itself. */
export const PHRASE_WEIGHT = 0.9;

/** How well a set of terms matches one question term: its best variant, or a whole phrase it abbreviates. */
export function groupMatch(g: TermGroup, terms: Set<string>): number {
  const best = bestVariant(g.ranked, terms);
  if (best >= PHRASE_WEIGHT) return best;
  return g.phrases.some((p) => p.every((t) => terms.has(t))) ? PHRASE_WEIGHT : best;
}

/** Expansion variants grouped by the question term they come from. */
export function weightedByOrigin(kb: KnowledgeBase, weighted: WeightedTerm[], words: ReadonlyMap<string, string[]>): TermGroup[] {
  const groups = variantsByOrigin(weighted);
  // Names get no soft matching: similar vectors make "Pakistan" look like "Afghanistan", but a name
  // stands for one place, person or body, not for its neighbours.
  return [...groups].map(([origin, variants]) => ({
    origin,
    variants,
    ranked: [...variants].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]),
    phrases: abbreviatedPhrases(kb, origin, words.get(origin)),
    soft: kb.index.isName(origin) ? undefined : SoftTerm.of(words.get(origin)),
  }));
}

/** Phrases for a question word the corpus never uses or writes as a name ("UN", "IE", "centcom"). */
function abbreviatedPhrases(kb: KnowledgeBase, origin: string, words: string[] | undefined): string[][] {
  if (!words || (kb.index.documentFrequency(origin) > 0 && !kb.index.isName(origin))) return [];
  return words.flatMap((w) => phrasesAbbreviatedBy(kb, w));
}

/**
 * The weight of the heaviest variant `terms` has, or 0 (variants `ranked` heaviest first: the
 * first found; a sentence's terms are checked for each group, for itself, its neighbours and its
 * article, so this runs thousands of times per question).
 */
export function bestVariant(ranked: readonly [string, number][], terms: Set<string>): number {
  for (let i = 0; i < ranked.length; i++) if (terms.has(ranked[i]![0])) return ranked[i]![1];
  return 0;
}
