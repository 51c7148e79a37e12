/**
 * The corpora the benchmark runs on, and the questions it asks each of them.
 *  - shipped: the project's own corpus/ folder;
 *  - bbc: ../shared/data/bbc read by readCorpus (2,225 files) — or, when that folder is absent, a
 *    synthetic scale-up of the shipped corpus, labelled as such everywhere it is reported;
 *  - squad: SQuAD v1.1 dev via readSquad (48 articles, 10,570 questions with gold answers);
 *  - custom: any folder given with --corpus DIR.
 * Nothing is copied: the shared data is read in place.
 */
import { existsSync } from 'node:fs';
import type { Article, LoadResult } from '../src/corpus/types.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { readSquad, spreadSample } from '../src/eval/squad.js';
import type { KnowledgeBase } from '../src/index/KnowledgeBase.js';
import { rng } from './stats.js';

export const SHIPPED_DIR = 'corpus';
export const BBC_DIR = '../shared/data/bbc';

export type CorpusKey = 'shipped' | 'bbc' | 'squad' | 'custom';

/** A benchmark question. `answers` are gold answers (SQuAD); `articleId` is the article it was made from or about. */
export interface BenchQuestion {
  question: string;
  articleId: string;
  answers?: string[];
}

export interface LoadedCorpus {
  load: LoadResult;
  /** Seconds spent reading and cleaning files (ingestion), before NLP. */
  read_s: number;
  /** Gold questions (SQuAD only); the others make theirs from the built knowledge base. */
  questions?: BenchQuestion[];
}

export interface CorpusSpec {
  key: CorpusKey;
  label: string;
  /** True when the corpus is a stand-in (synthetic scale-up). */
  synthetic: boolean;
  notes: string[];
  /** Reads the corpus (one repetition of ingestion). */
  read(): Promise<LoadedCorpus>;
  /** The folder, when the corpus is a whole folder of files: the build is then timed as the bot loads one (KnowledgeBase.load). */
  folder?: string;
}

export interface SpecOptions {
  quick: boolean;
  /** Articles of the BBC subset in quick mode. */
  bbcSubset?: number;
  bbcDir?: string;
  squadPath?: string;
}

export function shippedSpec(dir = SHIPPED_DIR): CorpusSpec {
  return { key: 'shipped', label: `shipped corpus (${dir})`, synthetic: false, notes: [], read: () => readFolder(dir), folder: dir };
}

export function customSpec(dir: string): CorpusSpec {
  return { key: 'custom', label: `folder ${dir}`, synthetic: false, notes: [], read: () => readFolder(dir), folder: dir };
}

export function bbcSpec(opts: SpecOptions): CorpusSpec {
  const dir = opts.bbcDir ?? BBC_DIR;
  const subset = opts.quick ? (opts.bbcSubset ?? 300) : undefined;
  if (!existsSync(dir)) {
    const target = subset ?? 2225;
    return {
      key: 'bbc',
      label: `SYNTHETIC scale-up of the shipped corpus (${target} articles) — ${dir} not found`,
      synthetic: true,
      notes: [`${dir} is absent: the "bbc" figures come from a synthetic scale-up of the shipped corpus (its articles repeated with paragraphs rotated), not from BBC News.`],
      read: async () => {
        const shipped = await readFolder(SHIPPED_DIR);
        const t = performance.now();
        const load = scaleUp(shipped.load, target);
        return { load, read_s: shipped.read_s * (target / Math.max(1, shipped.load.articles.length)) + (performance.now() - t) / 1000 };
      },
    };
  }
  const notes: string[] = [];
  if (subset) notes.push(`--quick: a spread sample of ${subset} BBC articles; read_s is the full folder's read time pro-rated to the sample.`);
  return {
    key: 'bbc',
    label: subset ? `BBC News subset (${subset} of 2,225 articles)` : 'BBC News (../shared/data/bbc)',
    synthetic: false,
    notes,
    read: async () => {
      const full = await readFolder(dir);
      if (!subset || full.load.articles.length <= subset) return full;
      const articles = spreadSample(full.load.articles, subset);
      return { load: { articles, warnings: full.load.warnings }, read_s: full.read_s * (articles.length / full.load.articles.length) };
    },
    ...(subset ? {} : { folder: dir }),
  };
}

export function squadSpec(path?: string): CorpusSpec | undefined {
  const probe = path ?? '../shared/data/squad/dev-v1.1.json';
  if (!existsSync(probe)) return undefined;
  return {
    key: 'squad',
    label: 'SQuAD v1.1 dev (48 articles)',
    synthetic: false,
    notes: [],
    read: async () => {
      const t = performance.now();
      const squad = readSquad(probe)!;
      return { load: squad.load, read_s: (performance.now() - t) / 1000, questions: squad.questions };
    },
  };
}

async function readFolder(dir: string): Promise<LoadedCorpus> {
  const t = performance.now();
  const load = await readCorpus(dir);
  return { load, read_s: (performance.now() - t) / 1000 };
}

/** The shipped articles repeated until `target` articles, each copy with its paragraphs rotated. */
export function scaleUp(load: LoadResult, target: number): LoadResult {
  const src = load.articles;
  const articles: Article[] = [];
  for (let i = 0; src.length > 0 && articles.length < target; i++) {
    const a = src[i % src.length]!;
    const copy = Math.floor(i / src.length);
    const k = a.paragraphs.length ? copy % a.paragraphs.length : 0;
    const paragraphs = [...a.paragraphs.slice(k), ...a.paragraphs.slice(0, k)];
    articles.push({ ...a, id: `synthetic/${copy}/${a.id}`, file: `synthetic/${copy}/${a.file}`, paragraphs });
  }
  return { articles, warnings: [] };
}

/**
 * Questions made from the corpus's own titles and sentences, deterministically: a quarter from
 * titles, the rest from body sentences; each takes up to 14 words of the text and drops about a
 * third of them (never all), like a reader half-remembering a line.
 */
export function makeQuestions(kb: KnowledgeBase, n: number, seed = 6): BenchQuestion[] {
  const random = rng(seed);
  const titles = kb.sentences.filter((s) => s.role === 'title' && wordsOf(s.text).length >= 3);
  const bodies = kb.sentences.filter((s) => s.role === 'body' && wordsOf(s.text).length >= 6);
  const nTitles = Math.min(Math.floor(n / 4), titles.length === 0 ? 0 : n);
  const picks = [...cycle(titles, nTitles), ...cycle(bodies.length ? bodies : titles, n - nTitles)];
  return picks.map((s) => {
    const words = wordsOf(s.text).slice(0, 14);
    let kept = words.filter(() => random() >= 0.33);
    if (kept.length < Math.min(3, words.length)) kept = words.slice(0, 3);
    return { question: kept.join(' ').replace(/[.,;:!]+$/, '') + '?', articleId: s.articleId };
  });
}

/** Quote queries: a speaker, a topic, or both (speakers by frequency, topics from titles). */
export function makeQuoteQueries(kb: KnowledgeBase, n: number): { speaker?: string; topic?: string }[] {
  const counts = new Map<string, number>();
  for (const q of kb.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const speakers = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const topics = makeTopics(kb, n);
  return Array.from({ length: n }, (_, i) => {
    const speaker = speakers.length ? speakers[i % Math.min(speakers.length, 200)] : undefined;
    const topic = topics[i % Math.max(1, topics.length)];
    if (i % 3 === 0 && speaker) return { speaker };
    if (i % 3 === 1 || !speaker) return { topic };
    return { speaker, topic };
  });
}

/** Timeline topics: two or three longer words from a title. */
export function makeTopics(kb: KnowledgeBase, n: number): string[] {
  const titles = kb.sentences.filter((s) => s.role === 'title');
  return cycle(titles, n).map((s, i) => {
    const words = wordsOf(s.text).filter((w) => w.replace(/[^\p{L}\p{N}]/gu, '').length >= 4);
    const take = 2 + (i % 2);
    const start = words.length > take ? i % (words.length - take + 1) : 0;
    return (words.slice(start, start + take).join(' ') || s.text).replace(/[.,;:!?'"]+/g, '');
  });
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** n items spread over the list, cycling when the list is shorter than n. */
function cycle<T>(items: readonly T[], n: number): T[] {
  if (items.length === 0 || n <= 0) return [];
  if (items.length >= n) return spreadSample([...items], n);
  return Array.from({ length: n }, (_, i) => items[i % items.length]!);
}
