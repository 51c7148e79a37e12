import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Article, LoadResult, LoadWarning } from './types.js';
import { decodeText } from './decode.js';
import { parseJson, parseMarkdown, parseText, type ParsedFile } from './formats.js';

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
/** Files read at once (at most 2 × READ_BATCH × maxFileBytes in memory: a batch is read while the one before is parsed). */
const READ_BATCH = 16;

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
  // Files are read a batch at a time (reading one after the other left the CPU idle), the next
  // batch while this one is parsed; they are parsed in order, so ids and warnings do not depend
  // on which read finished first.
  const readBatch = (b: number) => Promise.all(files.slice(b, b + READ_BATCH).map((file) => readBounded(file, maxBytes).catch((e: Error) => e)));
  let next = files.length > 0 ? readBatch(0) : undefined;
  for (let b = 0; b < files.length; b += READ_BATCH) {
    const batch = files.slice(b, b + READ_BATCH);
    const reads = await next!;
    next = b + READ_BATCH < files.length ? readBatch(b + READ_BATCH) : undefined;
    batch.forEach((file, k) => {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const warn = (reason: string, skipped: boolean) => warnings.push({ file: rel, reason, skipped });
      const read = reads[k]!;
      if (read instanceof Error) return warn(read.message, true);
      try {
        const decoded = decodeText(read.bytes);
        if (!decoded.ok) return warn(decoded.reason, true);
        if (decoded.note) warn(decoded.note, false);
        if (read.truncated) warn(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB: only the first part was read`, false);
        const parsed = parseFile(rel, decoded.text);
        for (const note of parsed.notes) warn(note, false);
        if (parsed.stories.length === 0) return warn('no article text found (only headlines, boilerplate or too little prose)', true);
        parsed.stories.forEach((story, i) => {
          articles.push({ id: i === 0 ? rel : `${rel}#${i + 1}`, file: rel, ...story });
        });
      } catch (e) {
        warn((e as Error).message, true);
      }
    });
  }
  return { articles, warnings };
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
 * Reads up to maxBytes of a file. A file that changes while it is read (size or modification time
 * differ before and after) is read again, up to three times, so that a half-written file is not
 * indexed as it was mid-write; a file that keeps changing is reported.
 */
async function readBounded(file: string, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const read = await readOnce(file, maxBytes);
    if (read) return read;
  }
  throw new Error('the file kept changing while it was read');
}

/** The file's bytes, or undefined when its size or modification time changed while it was read. */
async function readOnce(file: string, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean } | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const before = await handle.stat();
    const length = Math.min(before.size, maxBytes);
    const bytes = new Uint8Array(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(bytes, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    const after = await handle.stat();
    if (before.size !== after.size || before.mtimeMs !== after.mtimeMs) return undefined;
    return { bytes: bytes.subarray(0, read), truncated: before.size > maxBytes };
  } finally {
    await handle.close();
  }
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
