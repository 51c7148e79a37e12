import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of the process. Loading the model costs ~120 ms and ~100 MB, so it
 * is created on first use and shared. Pipes: sentence boundaries, POS (for names) and NER
 * (DATE, CARDINAL, MONEY, PERCENT, …); no negation or sentiment, which nothing here uses.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

/**
 * The model as every wink-nlp instance here must be given it. wink-eng-lite-web-model's
 * `metaCER()` (called by each new instance) stringifies a module variable and assigns the result
 * back to it, so each call returns the JSON of the previous call's string: the n-th instance of a
 * process gets a string ~4^n times larger than the first (330 MB for the 10th) and the 11th throws
 * "Invalid string length". The first call's result, kept, is what every instance should get.
 */
export const winkModel: typeof model = (() => {
  const load = model.metaCER as () => unknown; // typed `unknown` by wink-nlp
  let first: unknown;
  return Object.assign(Object.create(null) as typeof model, model, { metaCER: () => (first ??= load()) });
})();

/** The pipes of that instance (the benchmark measures wink-nlp alone with them). */
export const WINK_PIPES = ['sbd', 'pos', 'ner'] as const;

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(winkModel, [...WINK_PIPES]);
  return instance;
}

/**
 * Forgets the instance: the next nlp() makes a fresh one (its own copy of the model's lexicon, so
 * it splits text as a new process would). An analysis worker kept between builds does this.
 */
export function dropNlp(): void {
  instance = undefined;
}

/** wink's Porter-2 stemmer, usable on single words outside a document. */
export const stem: (word: string) => string = (model as unknown as { addons: { stem: (w: string) => string } }).addons.stem;
