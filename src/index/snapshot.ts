import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, LoadWarning } from '../corpus/types.js';
import type { SentenceRole } from '../nlp/types.js';
import type { Quote } from '../quotes/types.js';
import type { TimelineEvent } from '../timeline/types.js';
import { KnowledgeBase } from './KnowledgeBase.js';
import { SentenceIndex, type SentenceIndexJson } from './SentenceIndex.js';
import { Codes } from './Codes.js';
import { StoredSentence, type SentenceFields } from './StoredSentence.js';
import { TokenStore } from './TokenStore.js';

/**
 * A knowledge base written to disk, so that the bot starts in about a second instead of running
 * the NLP again. Sentences and tokens are stored in columns, and tokens stay columns when read
 * back (the TokenStore), each with its term's code. An older version is refused and rebuilt.
 */
export const SNAPSHOT_FORMAT = 'archivist-snapshot';
/**
 * 4: tokens as one set of columns; 5: tokens keep their terms, the keyword index also holds the
 * parts of whole-token compounds ("mid-October" → mid, october) and contractions typed without an
 * apostrophe are stop words, so an older index would answer differently; 6: the title field is kept
 * per article beside minisearch (TitleField), no longer in minisearch's postings.
 */
export const SNAPSHOT_VERSION = 6;

interface SentenceColumns {
  article: number[];
  role: number[];
  paragraph: number[];
  position: number[];
  start: number[];
  end: number[];
  firstToken: number[];
  tokenCount: number[];
  text: string[];
  /** Per sentence: [type code, start, end] per entity, plus its value when it is not the sentence text there. */
  entities: ([number, number, number] | [number, number, number, string])[][];
}

interface TokenColumnsJson {
  codes: string[];
  starts: number[];
  lengths: number[];
  types: number[];
  pos: number[];
  terms: number[];
  odd: [number, string][];
}

interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** corpusFingerprint() of the folder it was built from. */
  fingerprint: string;
  builtAt: string;
  codes: { roles: string[]; entities: string[] };
  articles: Article[];
  warnings: LoadWarning[];
  sentences: SentenceColumns;
  tokens: TokenColumnsJson;
  quotes: Quote[];
  events: TimelineEvent[];
  index: SentenceIndexJson;
}

export async function writeSnapshot(kb: KnowledgeBase, file: string, fingerprint: string): Promise<void> {
  const roles = new Codes();
  const entities = new Codes();
  const articleIndex = new Map(kb.articles.map((a, i) => [a.id, i]));
  const sentences: SentenceColumns = { article: [], role: [], paragraph: [], position: [], start: [], end: [], firstToken: [], tokenCount: [], text: [], entities: [] };
  for (const s of kb.sentences) {
    sentences.article.push(articleIndex.get(s.articleId)!);
    sentences.role.push(roles.code(s.role));
    sentences.paragraph.push(s.paragraph);
    sentences.position.push(s.position);
    sentences.start.push(s.start);
    sentences.end.push(s.end);
    sentences.firstToken.push(s.firstToken);
    sentences.tokenCount.push(s.tokenCount);
    sentences.text.push(s.text);
    sentences.entities.push(
      s.entities.map((e) => (s.text.slice(e.start, e.end) === e.value ? [entities.code(e.type), e.start, e.end] : [entities.code(e.type), e.start, e.end, e.value])),
    );
  }
  const t = kb.tokens.toData();
  const snapshot: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    fingerprint,
    builtAt: kb.builtAt.toISOString(),
    codes: { roles: roles.list, entities: entities.list },
    articles: [...kb.articles],
    warnings: [...kb.warnings],
    sentences,
    tokens: { codes: t.codes, starts: [...t.starts], lengths: [...t.lengths], types: [...t.types], pos: [...t.pos], terms: [...t.terms], odd: t.odd },
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
  const tokens = new TokenStore({
    codes: s.tokens.codes,
    starts: Int32Array.from(s.tokens.starts),
    lengths: Int32Array.from(s.tokens.lengths),
    types: Int32Array.from(s.tokens.types),
    pos: Int32Array.from(s.tokens.pos),
    terms: Int32Array.from(s.tokens.terms),
    odd: s.tokens.odd,
  });
  const c = s.sentences;
  const sentences = c.text.map((text, id) => {
    const fields: SentenceFields = {
      id,
      articleId: s.articles[c.article[id]!]!.id,
      role: s.codes.roles[c.role[id]!] as SentenceRole,
      paragraph: c.paragraph[id]!,
      position: c.position[id]!,
      start: c.start[id]!,
      end: c.end[id]!,
      text,
      entities: c.entities[id]!.map(([type, a, b, value]) => ({ type: s.codes.entities[type]!, value: value ?? text.slice(a, b), start: a, end: b })),
    };
    return new StoredSentence(fields, tokens, c.firstToken[id]!, c.tokenCount[id]!);
  });
  const kb = KnowledgeBase.fromParts({
    articles: s.articles,
    warnings: s.warnings,
    sentences,
    tokens,
    quotes: s.quotes,
    events: s.events,
    index: SentenceIndex.fromJSON(s.index),
  });
  return { kb, fingerprint: s.fingerprint };
}
