import { wordVectors } from '../nlp/wordVectors.js';

/**
 * Whether a capitalised word is more likely a place than a person, by its word vector: wink's
 * model tags neither people nor places, but the vectors put "Kabul" near cities and countries and
 * "Pompeo" near people (measured on the shipped corpus: every city and country of it leans to
 * places by 0.10–0.45; every person leans to people). Organisations fall between ("Taliban" +0.06)
 * and are not excluded. Words the table lacks are unknown (undefined).
 */
export function leansToPlace(word: string): boolean | undefined {
  const vectors = wordVectors();
  const id = vectors?.idOf(word) ?? -1;
  if (!vectors || id < 0) return undefined;
  let cached = cache.get(id);
  if (cached === undefined) {
    const place = Math.max(...prototypeIds(vectors, PLACES).map((p) => vectors.similarityOfIds(id, p)));
    const person = Math.max(...prototypeIds(vectors, PEOPLE).map((p) => vectors.similarityOfIds(id, p)));
    cached = place - person >= PLACE_MARGIN;
    if (cache.size < 50_000) cache.set(id, cached);
  }
  return cached;
}

const PLACE_MARGIN = 0.1;
const PLACES = ['london', 'paris', 'germany', 'city', 'province', 'country', 'capital', 'region', 'district'];
const PEOPLE = ['john', 'smith', 'david', 'president', 'minister', 'mr', 'spokesman', 'he', 'she'];
const cache = new Map<number, boolean>();
const prototypes = new Map<string[], number[]>();

function prototypeIds(vectors: NonNullable<ReturnType<typeof wordVectors>>, words: string[]): number[] {
  let ids = prototypes.get(words);
  if (!ids) prototypes.set(words, (ids = words.map((w) => vectors.idOf(w)).filter((i) => i >= 0)));
  return ids;
}
