import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, LoadWarning } from '../corpus/types.js';
import type { Sentence, SentenceRole } from '../nlp/types.js';
import { makeToken } from '../nlp/analyse.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import { KnowledgeBase } from './KnowledgeBase.js';
import { SentenceIndex, type SentenceIndexJson } from './SentenceIndex.js';

/**
 * A knowledge base written to disk, so that the bot starts in about a second instead of running
 * the NLP again. Sentences are stored in columns (token values, offsets, type and POS codes); the
 * normalised terms are recomputed on load by the same function that made them.
 */
export const SNAPSHOT_FORMAT = 'archivist-snapshot';
/** 4: the keyword index holds the parts of whole-token compounds ("mid-October" → mid, october). */
export const SNAPSHOT_VERSION = 4;

interface SentenceColumns {
  /** article index, role code, paragraph, position, start, end */
  m: [number, number, number, number, number, number];
  x: string;
  v: string[];
  o: number[];
  t: number[];
  p: number[];
  /** entities: type code, start, end */
  e: [number, number, number][];
}

interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** corpusFingerprint() of the folder it was built from. */
  fingerprint: string;
  builtAt: string;
  codes: { roles: string[]; types: string[]; pos: string[]; entities: string[] };
  articles: Article[];
  warnings: LoadWarning[];
  sentences: SentenceColumns[];
  quotes: Quote[];
  events: TimelineEvent[];
  index: SentenceIndexJson;
}

class Codes {
  readonly list: string[] = [];
  private readonly map = new Map<string, number>();
  code(s: string): number {
    let c = this.map.get(s);
    if (c === undefined) {
      c = this.list.length;
      this.list.push(s);
      this.map.set(s, c);
    }
    return c;
  }
}

export async function writeSnapshot(kb: KnowledgeBase, file: string, fingerprint: string): Promise<void> {
  const roles = new Codes();
  const types = new Codes();
  const pos = new Codes();
  const entities = new Codes();
  const articleIndex = new Map(kb.articles.map((a, i) => [a.id, i]));
  const sentences: SentenceColumns[] = kb.sentences.map((s) => ({
    m: [articleIndex.get(s.articleId)!, roles.code(s.role), s.paragraph, s.position, s.start, s.end],
    x: s.text,
    v: s.tokens.map((t) => t.value),
    o: s.tokens.map((t) => t.start),
    t: s.tokens.map((t) => types.code(t.type)),
    p: s.tokens.map((t) => pos.code(t.pos)),
    e: s.entities.map((e) => [entities.code(e.type), e.start, e.end]),
  }));
  const snapshot: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    fingerprint,
    builtAt: kb.builtAt.toISOString(),
    codes: { roles: roles.list, types: types.list, pos: pos.list, entities: entities.list },
    articles: [...kb.articles],
    warnings: [...kb.warnings],
    sentences,
    quotes: [...kb.quotes],
    events: [...kb.events],
    index: kb.index.toJSON(),
  };
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  // Written under a temporary name and renamed: a reader never sees half a snapshot.
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(snapshot));
  await fs.rename(tmp, file);
}

/** Reads a snapshot; throws with a clear reason when the file is not one this version wrote. */
export async function readSnapshot(file: string): Promise<{ kb: KnowledgeBase; fingerprint: string }> {
  const data = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<SnapshotFile>;
  if (data.format !== SNAPSHOT_FORMAT || data.version !== SNAPSHOT_VERSION) {
    throw new Error(`${file} is not an Archivist snapshot of version ${SNAPSHOT_VERSION}`);
  }
  const s = data as SnapshotFile;
  const sentences: Sentence[] = s.sentences.map((c, id) => {
    const [article, role, paragraph, position, start, end] = c.m;
    return {
      id,
      articleId: s.articles[article]!.id,
      role: s.codes.roles[role] as SentenceRole,
      paragraph,
      position,
      start,
      end,
      text: c.x,
      tokens: c.v.map((value, i) => makeToken(value, c.o[i]!, s.codes.types[c.t[i]!]!, s.codes.pos[c.p[i]!]!)),
      entities: c.e.map(([type, a, b]) => ({ type: s.codes.entities[type]!, value: c.x.slice(a, b), start: a, end: b })),
    };
  });
  const kb = KnowledgeBase.fromParts({
    articles: s.articles,
    warnings: s.warnings,
    sentences,
    quotes: s.quotes,
    events: s.events,
    index: SentenceIndex.fromJSON(s.index),
  });
  return { kb, fingerprint: s.fingerprint };
}
