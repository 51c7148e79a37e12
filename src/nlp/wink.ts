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
  return Object.assign(Object.create(null) as typeof model, model, {
    metaCER: () => (first ??= load()),
    featureFn: lexiconOnlyFeatures(model.featureFn as FeatureFn),
  });
})();

/** wink-nlp's lexicon cache, as its feature functions are given it (the methods used here). */
interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}
type FeatureFn = (...args: unknown[]) => Record<string, (text: string, category: number, cache: WinkCache) => unknown>;

/**
 * wink-nlp adds every word it does not know to its instance's lexicon cache, and its tokenizer
 * then takes a word it has met before as known: after an instance had read "Blunkett's" whole
 * once, it kept "Blunkett's," as one token where a fresh instance splits "Blunkett" + "'s" (41 of
 * 1,118 BBC and shipped texts tokenised differently after half of BBC). So how a text was split
 * depended on what the process had read before: a /reload, a fresh start and the analysis worker
 * disagreed, and a name's possessive could go unfound. The tokenizer asks `cache.lookup`; here it
 * answers "unknown" for every word outside the model's own lexicon (as a fresh instance would for
 * a word it has not met), so a text splits the same whatever was read before. The cache object is
 * reached the one way wink-nlp hands it out: as the third argument of the model's feature
 * functions (called when an unknown word is added); `nlp()` makes one such call on creation.
 */
function lexiconOnlyFeatures(featureFn: FeatureFn): FeatureFn {
  // Per cache, the view its feature functions keep getting: the cache with wink's own lookup
  // (the `pos` feature looks up the word just added, lower-cased).
  const views = new WeakMap<WinkCache, WinkCache>();
  const viewOf = (cache: WinkCache): WinkCache => {
    let view = views.get(cache);
    if (!view) {
      const lookup = cache.lookup.bind(cache);
      const modelSize = cache.intrinsicSize();
      view = Object.create(cache, { lookup: { value: lookup } }) as WinkCache;
      views.set(cache, view);
      cache.lookup = (text) => {
        const found = lookup(text);
        return found !== null && found.length === 1 && found[0]! >= modelSize ? null : found;
      };
    }
    return view;
  };
  return (...args) => {
    const features = featureFn(...args);
    for (const [name, f] of Object.entries(features)) {
      features[name] = (text, category, cache) =>
        f(text, category, typeof cache?.lookup === 'function' ? viewOf(cache) : cache);
    }
    return features;
  };
}

/** The pipes of that instance (the benchmark measures wink-nlp alone with them). */
export const WINK_PIPES = ['sbd', 'pos', 'ner'] as const;

export function nlp(): ReturnType<typeof winkNLP> {
  if (!instance) {
    instance = winkNLP(winkModel, [...WINK_PIPES]);
    // A word no lexicon has, so that its features are computed now and the guard above is in
    // place before the first real text (see lexiconOnlyFeatures).
    instance.readDoc(UNKNOWN_WORD);
  }
  return instance;
}

const UNKNOWN_WORD = 'qxzvjk';

/**
 * Forgets the instance: the next nlp() makes a fresh one (its own copy of the model's lexicon, so
 * it splits text as a new process would). An analysis worker kept between builds does this.
 */
export function dropNlp(): void {
  instance = undefined;
}

/** wink's Porter-2 stemmer, usable on single words outside a document. */
export const stem: (word: string) => string = (model as unknown as { addons: { stem: (w: string) => string } }).addons.stem;
