import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Article, LoadResult, LoadWarning } from './types.js';
import { decodeText } from './decode.js';
import { parseJson, parseMarkdown, parseText, type ParsedFile } from './formats.js';
import { readFiles, type FileRead } from './readFiles.js';
import { storyCopies } from './storyCopies.js';
import { yieldToEventLoop } from '../shared/runInSlices.js';

export interface ReadCorpusOptions {
  /** Files larger than this are read only up to it (a warning says so). Bounds memory per file. */
  maxFileBytes?: number;
  /** Stop after this many files (a warning says so). */
  maxFiles?: number;
  /** Called with the number of files to read once they are listed, before they are read. */
  onListed?: (files: number) => void;
}

const SUPPORTED = new Set(['.txt', '.md', '.markdown', '.json']);
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_FILES = 50_000;
/** The longest the event loop waits while files are read and parsed (a bot answers meanwhile during a reload). */
const YIELD_MS = 8;

/**
 * Reads every supported file under `dir` into clean articles. Never throws for a bad file: each
 * one is skipped or degraded with a warning naming it. Throws only when `dir` itself is unusable.
 */
export async function readCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<LoadResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const root = await fs.realpath(dir).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`corpus folder ${dir} cannot be read: ${e.code ?? e.message}`);
  });
  const stat = await fs.stat(root);
  if (!stat.isDirectory()) throw new Error(`corpus path ${dir} is not a folder`);
  const warnings: LoadWarning[] = [];
  const files = await listFiles(root, warnings, options.maxFiles ?? DEFAULT_MAX_FILES);
  options.onListed?.(files.length);
  const articles: Article[] = [];
  // Parsed in order, so ids and warnings do not depend on which read finished first; the event
  // loop gets a turn every YIELD_MS (files may be read synchronously: see readFiles).
  let k = 0;
  let sliceStart = performance.now();
  for await (const read of readFiles(files, maxBytes)) {
    const rel = path.relative(root, files[k++]!).split(path.sep).join('/');
    parseInto(articles, warnings, rel, read, maxBytes);
    if (performance.now() - sliceStart >= YIELD_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  warnings.push(...storyCopies(articles));
  return { articles, warnings };
}

/** Files at the corpus's top that describe the folder rather than report news: BBC News's README.TXT was read as an article. */
const FOLDER_NOTE = /^(?:readme|license|licence|changelog|copying|notice|provenance)(?:\.[a-z]+)?$/i;

/** A parser's note that says why an item is no article (parseJson). */
const NO_ARTICLE_NOTE = /\bnot an (?:article|object)\b/;

/** One file's articles (or why it has none) from its bytes. */
function parseInto(articles: Article[], warnings: LoadWarning[], rel: string, read: FileRead | Error, maxBytes: number): void {
  const warn = (reason: string, skipped: boolean): void => {
    warnings.push({ file: rel, reason, skipped });
  };
  if (read instanceof Error) return warn(read.message, true);
  try {
    const decoded = decodeText(read.bytes);
    if (!decoded.ok) return warn(decoded.reason, true);
    if (decoded.note) warn(decoded.note, false);
    if (read.truncated) warn(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB: only the first part was read`, false);
    const parsed = parseFile(rel, decoded.text);
    // A file with no article is one warning when a note says why ("not an article"), not two.
    const none = parsed.stories.length === 0;
    const explained = none && parsed.notes.some((n) => NO_ARTICLE_NOTE.test(n));
    for (const note of parsed.notes) warn(note, explained && NO_ARTICLE_NOTE.test(note));
    if (none && !explained) return warn('no article text found (only headlines, boilerplate or too little prose)', true);
    parsed.stories.forEach((story, i) => {
      articles.push({ id: i === 0 ? rel : `${rel}#${i + 1}`, file: rel, ...story });
    });
  } catch (e) {
    warn((e as Error).message, true);
  }
}

/**
 * A fingerprint of the corpus folder's readable files (paths, sizes, modification times): equal
 * fingerprints mean a snapshot built from the folder is still current.
 */
export async function corpusFingerprint(dir: string, options: ReadCorpusOptions = {}): Promise<string> {
  const root = await fs.realpath(dir);
  const files = await listFiles(root, [], options.maxFiles ?? DEFAULT_MAX_FILES);
  const hash = createHash('sha256');
  for (const file of files) {
    const st = await fs.stat(file);
    hash.update(`${path.relative(root, file)}\u0000${st.size}\u0000${st.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function parseFile(rel: string, text: string): ParsedFile {
  const ext = path.extname(rel).toLowerCase();
  if (ext === '.json') return parseJson(text);
  if (ext === '.md' || ext === '.markdown') return parseMarkdown(text);
  return parseText(text);
}

/**
 * Supported files under root, sorted. Symlinks are followed only when they resolve inside the
 * root (no escapes) and each real folder is visited once (no loops).
 */
async function listFiles(root: string, warnings: LoadWarning[], maxFiles: number): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = async (dirPath: string): Promise<void> => {
    const real = await fs.realpath(dirPath);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await fs.readdir(dirPath, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dirPath, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      let target = full;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          target = await fs.realpath(full);
        } catch {
          warnings.push({ file: rel, reason: 'broken or looping symbolic link', skipped: true });
          continue;
        }
        if (target !== root && !target.startsWith(root + path.sep)) {
          warnings.push({ file: rel, reason: 'symbolic link points outside the corpus folder', skipped: true });
          continue;
        }
        const st = await fs.stat(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (seen.has(target)) {
          warnings.push({ file: rel, reason: 'folder already read (symbolic link loop)', skipped: true });
          continue;
        }
        await walk(full).catch((e: NodeJS.ErrnoException) => {
          warnings.push({ file: rel, reason: `folder cannot be read: ${e.code ?? e.message}`, skipped: true });
        });
      } else if (isFile) {
        if (!SUPPORTED.has(path.extname(entry.name).toLowerCase())) {
          warnings.push({ file: rel, reason: 'unsupported file type (expected .txt, .md or .json)', skipped: true });
        } else if (FOLDER_NOTE.test(entry.name) && !rel.includes('/')) {
          warnings.push({ file: rel, reason: 'a note about the folder (README, LICENSE…), not an article', skipped: true });
        } else if (out.length >= maxFiles) {
          warnings.push({ file: rel, reason: `more than ${maxFiles} files: not read`, skipped: true });
        } else {
          out.push(full);
        }
      }
    }
  };
  await walk(root);
  return out;
}
