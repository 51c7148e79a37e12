import { wordVectors } from '../nlp/wordVectors.js';

/**
 * Whether a capitalised word is more likely a place than a person, by its word vector: wink's
 * model tags neither people nor places, but the vectors put "Kabul" near cities and countries and
 * "Pompeo" near people (measured on the shipped corpus: every city and country of it leans to
 * places by 0.10–0.45; every person leans to people). Organisations fall between ("Taliban" +0.06)
 * and are not excluded. Words the table lacks are unknown (undefined).
 */
export function leansToPlace(word: string): boolean | undefined {
  return leans(word, PLACES, PEOPLE, placeCache);
}

/**
 * Whether a capitalised word is more likely a place or an organisation than a person ("Taliban",
 * "Delhi", "PBS" are; "Karzai", "Ghani", "Goren" are not), for questions that ask for one person
 * ("the health minister's name"). Undefined for words the table lacks.
 */
export function leansAwayFromPerson(word: string): boolean | undefined {
  return leans(word, PLACES_AND_BODIES, PEOPLE, bodyCache);
}

/** Whether a capitalised word is more likely a person's name than a place's or a body's ("John", "Abdullah"). */
export function leansToPerson(word: string): boolean | undefined {
  return leans(word, PEOPLE, PLACES_AND_BODIES, personCache);
}

/** Whether `word`'s vector is closer to the `toward` prototypes than to the `from` ones by LEAN_MARGIN. */
function leans(word: string, toward: string[], from: string[], cache: Map<number, boolean>): boolean | undefined {
  const vectors = wordVectors();
  const id = vectors?.idOf(word) ?? -1;
  if (!vectors || id < 0) return undefined;
  let cached = cache.get(id);
  if (cached === undefined) {
    const closest = (words: string[]) => Math.max(...prototypeIds(vectors, words).map((p) => vectors.similarityOfIds(id, p)));
    cached = closest(toward) - closest(from) >= LEAN_MARGIN;
    if (cache.size < 50_000) cache.set(id, cached);
  }
  return cached;
}

const LEAN_MARGIN = 0.1;
const PLACES = ['london', 'paris', 'germany', 'city', 'province', 'country', 'capital', 'region', 'district'];
const PEOPLE = ['john', 'smith', 'david', 'president', 'minister', 'mr', 'spokesman', 'he', 'she'];
const PLACES_AND_BODIES = [...PLACES, 'group', 'organization', 'company', 'agency', 'party', 'militants', 'newspaper', 'network', 'government'];
const placeCache = new Map<number, boolean>();
const bodyCache = new Map<number, boolean>();
const personCache = new Map<number, boolean>();
const prototypes = new Map<string[], number[]>();

function prototypeIds(vectors: NonNullable<ReturnType<typeof wordVectors>>, words: string[]): number[] {
  let ids = prototypes.get(words);
  if (!ids) prototypes.set(words, (ids = words.map((w) => vectors.idOf(w)).filter((i) => i >= 0)));
  return ids;
}
