import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { Article, LoadWarning } from '../corpus/types.js';
import type { SentenceRole } from '../nlp/types.js';
import { fromQuoteColumns, toQuoteColumns, type QuoteColumns } from './quoteColumns.js';
import type { TimelineEvent } from '../timeline/types.js';
import { KnowledgeBase } from './KnowledgeBase.js';
import { SentenceIndex, type SentenceIndexJson } from './SentenceIndex.js';
import { Codes } from './Codes.js';
import { StoredSentence, type SentenceFields } from './StoredSentence.js';
import { TokenStore } from './TokenStore.js';
import { partText } from './analyseArticle.js';
import { runInSlices, yieldToEventLoop } from '../shared/runInSlices.js';

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
 * per article beside minisearch (TitleField), no longer in minisearch's postings; 7: the token
 * columns are raw bytes after the JSON (see the layout above COLUMNS); 8: irregular past forms and plurals
 * have their base's term ("won" → win), so an older index's terms would not match a question's;
 * 9: the keyword index's postings are raw bytes after the token columns, and the JSON is ASCII;
 * 10: a sentence's text is not written when it is its source's from start to end; 11: a dated
 * event carries where its date expression stands (TimelineEvent.dated), which /timeline shows; 12: the page line that names the outlet is kept as an extra (role 'site'); 13: Latin letters lose their
 * accents in terms (foldWord), so an older index's terms of accented words would not match; 14: a
 * word in capitals of 2-5 letters ("WHO", "IT") is an acronym, no stop word, and is indexed; 15:
 * wink-nlp splits a text the same whatever it read before (src/nlp/wink.ts), so an older index's
 * tokens could differ from what this version reads; 16: a sentence with two dates is two events of
 * the whole sentence, no longer of its clauses; 17: a quotation relayed "according to X" is X's;
 * 18: "X insist", "X indicated", "X claimed to…" are reported speech; 19: a direct quotation inside
 * the article's own sentence is marked partial; 20: ", adding that…" after a reporting verb is reported speech;
 * 21: "X urged … to", "X called on … to" (and an adverb before the call) are reported speech;
 * 22: the other forms of stop verbs ("wanted", "knowing", "saying") are stop words, not indexed;
 * 23: "a day ahead of X" with no day of its own in the sentence is also an event at publication;
 * 24: "X met Y to emphasize that …" is X's reported speech; 25: an undated sentence that cites its
 * source ("according to …") is an event at publication; 26: "X have stepped up …, saying that …" is X's;
 * 27: an undated sentence with ", saying that …" is an event at publication.
 * 33: a line in title case counts no capitals (IndexStats.titleCased); 34: an undated stance in the
 * present ("aides insist …") is an event at publication; 35: not after "to", a modal or "not"
 * ("is expected to warn"), and "great stress on Monday" dates no saying; 36: only headlines in
 * title case (titles, related stories) count no capitals, a story's list of names counts; 37: an
 * undated state in the present ("refuses to engage") and "…, say analysts" are events at publication;
 * 38: British spellings folded with their inflections, and only real variants (terms.ts americanSpelling);
 * 39: "-ise" folded but for words spelt so in both, "-our" with prefixes and short words; a state in
 * the present only in a main clause, not in a condition, a question or a quotation; 40: a photo
 * caption is an event at the year it names; 41: a main clause in the present whose sentence's dates
 * all stand in clauses hanging on it is an event at publication too; 42: so is a saying before
 * dates that do not date it; 43: "aides", "university" keep terms of their own (terms.ts
 * KEPT_APART); 44: the saying only in the main clause with what was said begun before the date, and
 * "as", "before", "after", "until" open a clause only before a verb; no caption year before a noun;
 * 45: a stance in the present ("aides insist that …") and "that" begin what was said, too; 46: a
 * related headline keeps the age the page lists it with ("3 days ago"), a sentence of its own; 47:
 * an undated present perfect in the main clause ("have so far spent") is an event at publication;
 * 48: "According to X, Y called …" is Y's, and "…, according to a U.S. … statement." is found;
 * 49: an undated story's sayings, states and title are events of the year it was evidently written
 * in ("since the start of 2025": writtenYearOf); 50: a present progressive in the main clause
 * ("are threatening") states the present; 51: the review's mends (a naming only with a name or a
 * role right before its verb and what it names; no present perfect after a modal and an adverb,
 * of a noun read as a verb, or closing a quotation; an age only before a headline's first sentence);
 * 52: a line that ends like a sentence is no teaser ("65 years ago Bernardo Gandulla left … Brazil.");
 * 53: share buttons and prompts are kept as page furniture (extras of kind 'furniture'); 54: the
 * second review's mends (a teaser with a glued age or no full stop stays a headline; no progressive
 * after a possessive; no year written from "earlier in"); 55: "The spokesman, Bob Jones, said" is
 * Bob Jones's, and no inverted tag reads a clause as its speaker ("…, said the rise was …"); 56:
 * quotations stored as columns, their texts as offsets (quoteColumns.ts); 57: no determiner alone as a
 * speaker ("…, says a “touchy-feely” image…"), "Christian groups say" is the groups'; 58: no
 * publication date from prose ("a book published this week … on 7 March 2003", "at the end of
 * 2004"), "by 1830 GMT" is no year, a folder's README is no article; 59: "…,” chairman and chief
 * executive Richard Parsons said." is his (a post before the name in a tag); 60: the second review's
 * mends ("said one" is someone again; "In 2005 PM Tony Blair" keeps its year; a README only at the top);
 * 61: offices before a name are no given names ("Chancellor Gordon Brown" is Gordon Brown).
 */
export const SNAPSHOT_VERSION = 61;

/**
 * The file: a 4-byte little-endian length N, N bytes of JSON in ASCII (everything but the columns;
 * see asciiJson), zero padding to a multiple of 4, then the five token columns' Int32 bytes one
 * after the other, in `COLUMNS` order, then the keyword index's three posting columns
 * (`POSTING_COLUMNS`, their terms in the JSON), with every column's length in the JSON. As JSON numbers the token columns were
 * 14 MB of BBC's 38 MB and most of its parse time, and the postings (objects keyed by document)
 * took half of what was left, with loadJS's conversion to Maps; as bytes they are copied out in a
 * few milliseconds. The bytes are the writing machine's order, recorded in the JSON: a snapshot is
 * a cache of one machine's build, and a file of the other order is refused and rebuilt.
 */
const COLUMNS = ['starts', 'lengths', 'types', 'pos', 'terms'] as const;
const POSTING_COLUMNS = ['counts', 'docs', 'tfs'] as const;

interface SentenceColumns {
  article: number[];
  role: number[];
  paragraph: number[];
  position: number[];
  start: number[];
  end: number[];
  firstToken: number[];
  tokenCount: number[];
  /**
   * Per sentence: 0 when its text is its source's (title, paragraph or extra line: partText)
   * from `start` to `end` — always, for a build — else the text itself. Read back, the text is that
   * slice of the article's string (not a copy: BBC's sentences were 5 MB of the JSON).
   */
  text: (string | 0)[];
  /** Per sentence: [type code, start, end] per entity, plus its value when it is not the sentence text there. */
  entities: ([number, number, number] | [number, number, number, string])[][];
}

interface TokenColumnsJson {
  codes: string[];
  /** Values in each binary column. */
  lengths: Record<(typeof COLUMNS)[number], number>;
  odd: [number, string][];
  endianness: 'LE' | 'BE';
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
  quotes: QuoteColumns;
  events: TimelineEvent[];
  /** Minisearch's part of it without its postings (`index` empty): they are in `postings`. */
  index: SentenceIndexJson;
  postings: { terms: string[]; lengths: Record<(typeof POSTING_COLUMNS)[number], number> };
}

/** Lets the event loop run between the parts of a snapshot being written. */
const pause = yieldToEventLoop;
/** Work between two pauses while the index's JSON is made. */
const SLICE_MS = 8;

/**
 * Writes a snapshot. The bot rewrites its snapshot after a /reload while it answers, so the work
 * is done in parts with the event loop running between them: the sentence columns a few thousand
 * sentences at a time, and the JSON one field at a time (one JSON.stringify of BBC's knowledge base
 * held the bot for ~250 ms).
 */
export async function writeSnapshot(kb: KnowledgeBase, file: string, fingerprint: string): Promise<void> {
  const roles = new Codes();
  const entities = new Codes();
  const articleIndex = new Map(kb.articles.map((a, i) => [a.id, i]));
  const sentences: SentenceColumns = { article: [], role: [], paragraph: [], position: [], start: [], end: [], firstToken: [], tokenCount: [], text: [], entities: [] };
  for (const s of kb.sentences) {
    if (s.id % 5_000 === 4_999) await pause();
    const article = articleIndex.get(s.articleId)!;
    const source = partText(kb.articles[article]!, s.role, s.paragraph);
    sentences.article.push(article);
    sentences.role.push(roles.code(s.role));
    sentences.paragraph.push(s.paragraph);
    sentences.position.push(s.position);
    sentences.start.push(s.start);
    sentences.end.push(s.end);
    sentences.firstToken.push(s.firstToken);
    sentences.tokenCount.push(s.tokenCount);
    sentences.text.push(source !== undefined && source.slice(s.start, s.end) === s.text ? 0 : s.text);
    sentences.entities.push(
      s.entities.map((e) => (s.text.slice(e.start, e.end) === e.value ? [entities.code(e.type), e.start, e.end] : [entities.code(e.type), e.start, e.end, e.value])),
    );
  }
  const t = kb.tokens.toData();
  const { json: index, postings } = await runInSlices(kb.index.toSnapshotSteps(), SLICE_MS);
  const snapshot: Omit<SnapshotFile, 'index'> = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    fingerprint,
    builtAt: kb.builtAt.toISOString(),
    codes: { roles: roles.list, entities: entities.list },
    articles: [...kb.articles],
    warnings: [...kb.warnings],
    sentences,
    tokens: { codes: t.codes, lengths: Object.fromEntries(COLUMNS.map((c) => [c, t[c].length])) as TokenColumnsJson['lengths'], odd: t.odd, endianness: os.endianness() },
    quotes: toQuoteColumns(kb.quotes, kb.articles, articleIndex, kb.sentences),
    events: [...kb.events],
    postings: { terms: postings.terms, lengths: { counts: postings.counts.length, docs: postings.docs.length, tfs: postings.tfs.length } },
  };
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  // Written under a temporary name and renamed: a reader never sees half a snapshot.
  const tmp = `${file}.${process.pid}.tmp`;
  // The JSON in pieces, each encoded on its own: joining and encoding ~38 MB at once held the bot too.
  const json: Buffer[] = [];
  for (const piece of await jsonPieces(snapshot, ['sentences'], { index })) {
    json.push(Buffer.from(asciiJson(piece), 'latin1'));
    await pause();
  }
  const length = json.reduce((n, b) => n + b.length, 0);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(length);
  const padding = Buffer.alloc((4 - ((4 + length) % 4)) % 4);
  const columns = [...COLUMNS.map((c) => t[c]), ...POSTING_COLUMNS.map((c) => postings[c])].map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  const out = await fs.open(tmp, 'w');
  try {
    for (const b of [head, ...json, padding, ...columns]) await out.write(b);
  } finally {
    await out.close();
  }
  await fs.rename(tmp, file);
}

/**
 * The JSON text of an object as pieces to concatenate, field by field (the fields named in `split`
 * field by field too), pausing between fields; `rendered` adds fields already rendered as JSON text.
 */
async function jsonPieces(value: object, split: readonly string[] = [], rendered: Record<string, string> = {}): Promise<string[]> {
  const pieces: string[] = ['{'];
  const add = (key: string, json: string[]) => {
    if (pieces.length > 1) pieces.push(',');
    pieces.push(`${JSON.stringify(key)}:`, ...json);
  };
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    add(key, split.includes(key) && field !== null && typeof field === 'object' && !Array.isArray(field) ? await jsonPieces(field as object) : [JSON.stringify(field)]);
    await pause();
  }
  for (const [key, json] of Object.entries(rendered)) add(key, [json]);
  pieces.push('}');
  return pieces;
}

/** Whether posting columns fit together: one count per term, none negative, adding up to the documents listed. */
function postingsConsistent(terms: unknown, counts: Int32Array, docs: Int32Array, tfs: Int32Array): boolean {
  if (!Array.isArray(terms) || counts.length !== terms.length || docs.length !== tfs.length) return false;
  let sum = 0;
  for (const n of counts) {
    if (n < 0) return false;
    sum += n;
  }
  return sum === docs.length;
}

/**
 * A file's bytes, read with as few reads as the OS allows: fs.readFile reads 512 KB at a time, one
 * thread-pool round trip each (~80 for BBC's snapshot, ~0.1 s of waiting).
 */
async function readWhole(file: string): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at);
      if (bytesRead === 0) break; // the file shrank meanwhile: what was read is checked as usual
      at += bytesRead;
    }
    return bytes.subarray(0, at);
  } finally {
    await handle.close();
  }
}

/**
 * JSON text with every character outside ASCII written as a \u escape (the same value when
 * parsed): read back as latin1, the text is a one-byte string made by copying bytes, where UTF-8
 * decoding gave BBC's 18 MB a two-byte string; decoding and parsing took 10-30% less.
 */
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Reads a snapshot; throws with a clear reason when the file is not one this version wrote. */
export async function readSnapshot(file: string): Promise<{ kb: KnowledgeBase; fingerprint: string }> {
  const bytes = await readWhole(file);
  const refuse = (why = 'not this format') => new Error(`${file} is not an Archivist snapshot of version ${SNAPSHOT_VERSION} (${why})`);
  // Versions before 7 (and other files) are JSON from the first byte: '{"a' reads as a length of
  // hundreds of megabytes, past the file's end. (A first byte of "{" was refused here until
  // session 10, which refused every snapshot whose JSON length was 123 modulo 256: BBC's was.)
  if (bytes.length < 4) throw refuse('no binary header');
  const length = bytes.readUInt32LE(0);
  if (4 + length > bytes.length) throw refuse('truncated, or no binary header');
  let data: Partial<SnapshotFile>;
  try {
    // ASCII (asciiJson): read byte for byte, as a one-byte string.
    data = JSON.parse(bytes.toString('latin1', 4, 4 + length)) as Partial<SnapshotFile>;
  } catch {
    throw refuse('its JSON does not parse');
  }
  if (data.format !== SNAPSHOT_FORMAT || data.version !== SNAPSHOT_VERSION || data.tokens?.endianness !== os.endianness() || !data.postings?.lengths) throw refuse(data.version !== SNAPSHOT_VERSION ? `version ${String(data.version)}` : 'another format');
  const s = data as SnapshotFile;
  let at = 4 + length + ((4 - ((4 + length) % 4)) % 4);
  const column = (n: number): Int32Array => {
    if (at + 4 * n > bytes.length) throw refuse('a column runs past the end');
    // Copied out of the file's buffer (which also holds the JSON) so that the buffer can go.
    const out = new Int32Array(n);
    new Uint8Array(out.buffer).set(bytes.subarray(at, at + 4 * n));
    at += 4 * n;
    return out;
  };
  const [starts, lengths, types, pos, terms] = COLUMNS.map((c) => column(s.tokens.lengths[c])) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const [counts, docs, tfs] = POSTING_COLUMNS.map((c) => column(s.postings.lengths[c])) as [Int32Array, Int32Array, Int32Array];
  // Columns that fit the file but not each other (a damaged file) would load an index that silently
  // misses terms, or loop over a corrupt count: refused like any other damage.
  if (![lengths, types, pos, terms].every((col) => col.length === starts.length) || !postingsConsistent(s.postings.terms, counts, docs, tfs)) throw refuse('columns of different lengths or inconsistent postings');
  const tokens = new TokenStore({ codes: s.tokens.codes, starts, lengths, types, pos, terms, odd: s.tokens.odd });
  const c = s.sentences;
  const sentences = c.text.map((written, id) => {
    const article = s.articles[c.article[id]!];
    const role = s.codes.roles[c.role[id]!] as SentenceRole;
    const source = written === 0 && article ? partText(article, role, c.paragraph[id]!) : undefined;
    if (!article || (written === 0 && !(source !== undefined && 0 <= c.start[id]! && c.start[id]! <= c.end[id]! && c.end[id]! <= source.length))) throw refuse(`sentence ${id} does not fit its source`);
    const text = written === 0 ? source!.slice(c.start[id]!, c.end[id]!) : written;
    const fields: SentenceFields = {
      id,
      articleId: article.id,
      role,
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
    quotes: fromQuoteColumns(s.quotes, s.articles, sentences, refuse),
    events: s.events,
    index: SentenceIndex.fromSnapshot(s.index, { terms: s.postings.terms, counts, docs, tfs }),
  });
  return { kb, fingerprint: s.fingerprint };
}
