import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of the process. Loading the model costs ~120 ms and ~100 MB, so it
 * is created on first use and shared. Pipes: sentence boundaries, POS (for names) and NER
 * (DATE, CARDINAL, MONEY, PERCENT, …); no negation or sentiment, which nothing here uses.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

/** The pipes of that instance (the benchmark measures wink-nlp alone with them). */
export const WINK_PIPES = ['sbd', 'pos', 'ner'] as const;

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, [...WINK_PIPES]);
  return instance;
}

/** wink's Porter-2 stemmer, usable on single words outside a document. */
export const stem: (word: string) => string = (model as unknown as { addons: { stem: (w: string) => string } }).addons.stem;
