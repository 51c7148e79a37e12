import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { isCommonWord, wordVectors } from '../nlp/wordVectors.js';
import { termOf } from '../nlp/terms.js';

export interface WeightedTerm {
  /** A term to look for. */
  term: string;
  /** The question term it stands for. */
  origin: string;
  /** 1 for the term itself, less for a near spelling or a related word. */
  weight: number;
}

/**
 * The question's terms plus, for terms the corpus never uses, the corpus terms one or two edits
 * away (typos: "withdrawl", "goverment") and, for short words, what they abbreviate ("govt",
 * "pak"). `words` gives the question's own word forms behind each term. With `numbers`, a small
 * number's other spellings too (numberForms: topics of /quote and /timeline; for /ask questions
 * SQuAD lost a question of 2,000 and the question sets gained none).
 */
export function expandQuery(kb: KnowledgeBase, terms: readonly string[], words?: ReadonlyMap<string, string[]>, yesNo = false, numbers = false): WeightedTerm[] {
  const out: WeightedTerm[] = [];
  for (const term of terms) {
    out.push({ term, origin: term, weight: 1 });
    if (numbers) out.push(...numberForms(kb, term));
    if (/\d/.test(term)) continue;
    if (yesNo) for (const word of words?.get(term) ?? []) out.push(...negatedForms(kb, term, word));
    const known = kb.index.documentFrequency(term) > 0;
    if (!known || kb.index.isName(term)) for (const word of words?.get(term) ?? []) out.push(...nameForms(kb, term, word));
    if (known) continue;
    if (term.length >= 5) {
      for (const near of kb.index.nearTerms(term, typoEdits(term))) out.push({ term: near, origin: term, weight: 0.8 });
    }
    for (const word of words?.get(term) ?? []) {
      if (isCommonWord(word)) continue;
      for (const full of kb.index.abbreviatedTerms(word)) out.push({ term: full, origin: term, weight: 0.7 });
    }
  }
  // A term the question asks for itself is not another's variant as well: "who founded the bayat
  // foundation" read "Foundation" as both "foundation" and a form of "founded", so a sentence
  // naming the foundation seemed to say who founded it.
  const asked = new Set(terms);
  return out.filter((w) => w.term === w.origin || !asked.has(w.term));
}

/**
 * For a yes-no question, the word with or without its negating prefix: "was the trip announced in
 * advance?" is answered by "an unannounced visit", "is the deal unfair" by what calls it fair. A
 * variant only where the corpus has the other form, weighted below the word itself. Not for other
 * questions, where "what is known about …" is not answered by what is unknown (SQuAD: −6 of 2,000).
 */
function negatedForms(kb: KnowledgeBase, origin: string, word: string): WeightedTerm[] {
  const w = word.toLowerCase();
  if (!/^\p{L}{4,}$/u.test(w)) return [];
  const other = w.startsWith('un') ? w.slice(2) : `un${w}`;
  if (other.length < 4) return [];
  const term = termOf(other);
  return term !== origin && kb.index.documentFrequency(term) > 0 ? [{ term, origin, weight: NEGATED_WEIGHT }] : [];
}

const NEGATED_WEIGHT = 0.8;

const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/**
 * A small number in its other spellings: "district 5" is "the fifth district", "3 sides" "three
 * sides" (digits, cardinal and ordinal words up to twelve), where the corpus has the other form.
 */
function numberForms(kb: KnowledgeBase, origin: string): WeightedTerm[] {
  const n = /^\d+$/.test(origin) ? Number(origin) : Math.max(CARDINALS.indexOf(origin), ORDINALS.indexOf(origin));
  if (!(n >= 1 && n < CARDINALS.length)) return [];
  const forms = [String(n), termOf(CARDINALS[n]!), termOf(ORDINALS[n]!)];
  return forms.filter((f) => f !== origin && kb.index.documentFrequency(f) > 0).map((term) => ({ term, origin, weight: NUMBER_FORM_WEIGHT }));
}

const NUMBER_FORM_WEIGHT = 0.8;

/** Edits a typo of `term` may be away from the word meant: one, two from 8 letters. */
export function typoEdits(term: string): number {
  return term.length >= 8 ? 2 : 1;
}

/** Forms of one name share its first letters and its word vector's neighbourhood (turks~turkish 0.62; austria~australia 0.47 is not one). */
const NAME_FORM_MIN_SIMILARITY = 0.55;
const NAME_FORM_WEIGHT = 0.8;

/**
 * Other forms of a name the question uses: "turks" → turkish, turkey; "afghans" → afghanistan.
 * Names get no general soft matching (Pakistan is not Afghanistan), but their own forms are one
 * name: corpus words sharing the first four letters that word vectors also put close.
 */
function nameForms(kb: KnowledgeBase, origin: string, word: string): WeightedTerm[] {
  const vectors = wordVectors();
  const id = vectors?.idOf(word) ?? -1;
  if (!vectors || id < 0) return clippedPluralForms(kb, origin, word);
  const out: WeightedTerm[] = [];
  for (const [form, term] of kb.index.formsSharingPrefix(word)) {
    if (term === origin || form === word) continue;
    const formId = vectors.idOf(form);
    if (formId >= 0 && vectors.similarityOfIds(id, formId) >= NAME_FORM_MIN_SIMILARITY) out.push({ term, origin, weight: NAME_FORM_WEIGHT });
  }
  return out;
}

/**
 * A plural the word vectors do not know, made of a name's first letters ("talibs" for the
 * Taliban, as the corpus itself once writes it): the one name the corpus writes starting so.
 */
function clippedPluralForms(kb: KnowledgeBase, origin: string, word: string): WeightedTerm[] {
  const stem = word.toLowerCase().replace(/s$/, '');
  if (stem.length < 5 || stem.length === word.length) return [];
  const names = new Set(kb.index.formsSharingPrefix(stem).filter(([form, t]) => t !== origin && form.startsWith(stem) && form.length > stem.length + 1 && kb.index.isName(t)).map(([, t]) => t));
  return names.size === 1 ? [{ term: [...names][0]!, origin, weight: NAME_FORM_WEIGHT }] : [];
}

/** The expanded terms grouped by the question term they stand for: origin → (term → best weight). */
export function variantsByOrigin(weighted: readonly WeightedTerm[]): Map<string, Map<string, number>> {
  const groups = new Map<string, Map<string, number>>();
  for (const w of weighted) {
    const g = groups.get(w.origin) ?? new Map<string, number>();
    g.set(w.term, Math.max(g.get(w.term) ?? 0, w.weight));
    groups.set(w.origin, g);
  }
  return groups;
}

