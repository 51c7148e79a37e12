import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { SentenceToken } from '../nlp/types.js';
import { runAll } from '../shared/runInSlices.js';
import type { WeightedTerm } from './queryExpansion.js';

/** A run of capitalised words in the corpus ("United Nations", "Central Command"), as terms. */
interface NameRun {
  words: string[];
  terms: string[];
}

interface PhraseTable {
  /** Initials of the run's capitalised words → runs: "un" → United Nations. */
  byInitials: Map<string, NameRun[]>;
  /** First three letters of a two-word run → runs, for clipped compounds: "centcom" → Central Command. */
  byClip: Map<string, NameRun[]>;
  /** Runs already filed (while the table is being filled), and the next sentence to read. */
  seen: Set<string>;
  next: number;
}

const tables = new WeakMap<KnowledgeBase, PhraseTable>();

/** Small words a name may contain that its initials skip ("Bureau of Investigation" → BI); "and"/"the" join separate names. */
const NAME_FILLERS = /^(?:of|for|de|del|da|von|van)$/;

/**
 * Multi-word names an abbreviation in the question stands for: initialisms ("UN" → United
 * Nations, "IE" → Islamic Emirate) and clipped compounds ("centcom" → Central Command). Only runs
 * of capitalised words count, so "un" never becomes "under new" rules. Each phrase is returned as
 * the terms that must all appear.
 */
export function phrasesAbbreviatedBy(kb: KnowledgeBase, word: string): string[][] {
  const w = word.toLowerCase();
  if (!/^[a-z]{2,10}$/.test(w)) return [];
  const table = phraseTable(kb);
  const out = new Map<string, string[]>();
  if (w.length <= 5) for (const run of table.byInitials.get(w) ?? []) out.set(run.terms.join(' '), run.terms);
  if (w.length >= 5) {
    for (const run of table.byClip.get(w.slice(0, 3)) ?? []) {
      const [a, b] = run.words as [string, string];
      for (let i = 3; i <= w.length - 2; i++) {
        if (a.startsWith(w.slice(0, i)) && b.startsWith(w.slice(i)) && a.length > i) {
          out.set(run.terms.join(' '), run.terms);
          break;
        }
      }
    }
  }
  return [...out.values()];
}

/**
 * The other way round: a name of the question that the corpus may write as its initialism
 * ("United States" → "U.S.", "United Nations" → "UN"), as a variant of each of the name's terms.
 * Only names whose initialism news text uses for nothing else: any two capitalised words have
 * initials, and on SQuAD "Uniting Church" found "UC" (University of California) and "St.
 * Augustine" found "SA". The initialism must also be a name in the corpus.
 */
export function initialismVariants(kb: KnowledgeBase, tokens: readonly SentenceToken[]): WeightedTerm[] {
  const out: WeightedTerm[] = [];
  for (const run of capitalisedRuns(tokens)) {
    const name = ` ${run.words.join(' ')} `;
    for (const [full, initials] of KNOWN_INITIALISMS) {
      // Whole words: "United Statesman" is not the United States.
      const at = name.indexOf(` ${full} `);
      if (at < 0 || !kb.index.isName(initials)) continue;
      const from = name.slice(0, at).split(' ').length - 1;
      for (const origin of run.terms.slice(from, from + full.split(' ').length).filter(Boolean)) out.push({ term: initials, origin, weight: INITIALISM_WEIGHT });
    }
  }
  return out;
}

/** Names news text writes as initialisms that stand for nothing else (lower case, as terms index them). */
const KNOWN_INITIALISMS: ReadonlyMap<string, string> = new Map([
  ['united states', 'us'], ['united kingdom', 'uk'], ['united nations', 'un'], ['european union', 'eu'],
  ['united arab emirates', 'uae'], ['international monetary fund', 'imf'], ['north atlantic treaty organization', 'nato'],
  ['federal bureau of investigation', 'fbi'], ['central intelligence agency', 'cia'], ['national football league', 'nfl'],
  ['national basketball association', 'nba'], ['islamic state', 'isis'], ['african union', 'au'],
]);

/** An initialism counts almost as the name written out (as PHRASE_WEIGHT the other way). */
const INITIALISM_WEIGHT = 0.9;

/** Built once per knowledge base: ahead of time (phraseTableSteps), or on the first abbreviation asked about. */
function phraseTable(kb: KnowledgeBase): PhraseTable {
  runAll(phraseTableSteps(kb));
  return tables.get(kb)!;
}

/** Sentences read between two yields of phraseTableSteps (~2–5 ms on news text). */
const SENTENCES_PER_STEP = 200;

/**
 * Fills the knowledge base's phrase table (one pass over its tokens, ~0.4 s on 44,000 sentences),
 * yielding every few hundred sentences so that a caller can spread the work (src/service/warmUp).
 * A table left half-built is finished by the next call, wherever it stopped.
 */
export function* phraseTableSteps(kb: KnowledgeBase): Generator<void, void> {
  let table = tables.get(kb);
  if (!table) tables.set(kb, (table = { byInitials: new Map(), byClip: new Map(), seen: new Set(), next: 0 }));
  while (table.next < kb.sentences.length) {
    const end = Math.min(table.next + SENTENCES_PER_STEP, kb.sentences.length);
    for (; table.next < end; table.next++) {
      const s = kb.sentences[table.next]!;
      // Page furniture names nothing: "Share This Post" is no "TP".
      if (s.role !== 'furniture') addRuns(table, kb.tokens.tokensOnce(s.text, s.firstToken, s.tokenCount));
    }
    if (table.next < kb.sentences.length) yield;
  }
  table.seen.clear();
}

function addRuns(table: PhraseTable, tokens: readonly SentenceToken[]): void {
  for (const run of capitalisedRuns(tokens)) {
    const key = run.words.join(' ');
    if (table.seen.has(key)) continue;
    table.seen.add(key);
    const initials = run.words.filter((x) => !NAME_FILLERS.test(x)).map((x) => x[0]).join('');
    push(table.byInitials, initials, { words: run.words, terms: run.terms.filter(Boolean) });
    // Clipped compounds take two adjacent words of a run ("U.S. Central Command" → central command).
    for (let i = 0; i + 1 < run.words.length; i++) {
      if (!run.terms[i] || !run.terms[i + 1]) continue;
      const pair = { words: run.words.slice(i, i + 2), terms: run.terms.slice(i, i + 2) };
      push(table.byClip, pair.words[0]!.slice(0, 3), pair);
    }
  }
}

function push(map: Map<string, NameRun[]>, key: string, run: NameRun): void {
  const list = map.get(key);
  if (list) list.push(run);
  else map.set(key, [run]);
}

/** Runs of two to five capitalised words (fillers allowed inside), not counting a sentence's first word. */
function capitalisedRuns(tokens: readonly SentenceToken[]): NameRun[] {
  const runs: NameRun[] = [];
  let words: string[] = [];
  let terms: string[] = [];
  const close = () => {
    while (words.length && NAME_FILLERS.test(words[0]!)) {
      words.shift();
      terms.shift();
    }
    while (words.length && NAME_FILLERS.test(words.at(-1)!)) {
      words.pop();
      terms.pop();
    }
    if (words.length >= 2 && words.length <= 5 && terms.some(Boolean)) runs.push({ words, terms });
    words = [];
    terms = [];
  };
  tokens.forEach((t, i) => {
    const capital = t.type === 'word' && /^\p{Lu}/u.test(t.value) && i > 0;
    if (capital || (words.length > 0 && t.type === 'word' && NAME_FILLERS.test(t.value))) {
      words.push(t.value.toLowerCase());
      terms.push(t.stop ? '' : t.term);
    } else close();
  });
  close();
  return runs;
}
