import { nlp } from './wink.js';

/**
 * A word's lemma by wink-nlp's lemmatiser ("added" → "add", "ads" → "ad", "defeated" → "defeat"),
 * the word read alone and tagged as such. Remembered per word: answering asks for the same few
 * again and again.
 */
export function lemmaOf(word: string): string {
  const lower = word.toLowerCase();
  let lemma = lemmas.get(lower);
  if (lemma === undefined) {
    const its = nlp().its;
    // Typed for .out() of an item; wink-nlp applies it to tokens the same way.
    const out = nlp().readDoc(lower).tokens().out(its.lemma as unknown as typeof its.value) as string[];
    lemma = out.length === 1 ? out[0]!.toLowerCase() : lower;
    lemmas.set(lower, lemma);
  }
  return lemma;
}

const lemmas = new Map<string, string>();
