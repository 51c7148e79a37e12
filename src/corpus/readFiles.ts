import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';

/** A file's bytes (at most the bound asked for), and whether it was longer. */
export interface FileRead {
  bytes: Uint8Array;
  truncated: boolean;
}

/** Files read at once once reads are asynchronous (at most 2 × READ_BATCH × maxBytes in memory). */
const READ_BATCH = 16;
/** A synchronous read slower than this means slow storage: the rest are read asynchronously. */
const SLOW_READ_MS = 10;

/**
 * Each file's bytes (or the Error that kept it from being read), in the order given.
 *
 * Files are read synchronously while each read is fast — from the page cache or a local disk a
 * file takes ~20 µs that way against ~100 µs of this thread's time through fs.promises (open,
 * stat, read, stat, close: each a promise, and libuv's threads besides): BBC's 2,225 files in
 * ~50 ms against ~215 ms. A synchronous read holds the event loop, so the caller yields between
 * files often (readCorpus: every few ms); and at the first read slower than SLOW_READ_MS (a
 * network mount, a cold spinning disk) the rest are read asynchronously, a batch at a time, the
 * next batch while the caller parses this one. (`slowReadMs`: that threshold, for tests.)
 */
export async function* readFiles(files: readonly string[], maxBytes: number, slowReadMs = SLOW_READ_MS): AsyncGenerator<FileRead | Error> {
  let i = 0;
  for (; i < files.length; i++) {
    const start = performance.now();
    yield attempt(() => readBoundedSync(files[i]!, maxBytes));
    if (performance.now() - start > slowReadMs) {
      i++;
      break;
    }
  }
  const readBatch = (b: number) => Promise.all(files.slice(b, b + READ_BATCH).map((file) => readBounded(file, maxBytes).catch((e: Error) => e)));
  let next = i < files.length ? readBatch(i) : undefined;
  for (let b = i; b < files.length; b += READ_BATCH) {
    const reads = await next!;
    next = b + READ_BATCH < files.length ? readBatch(b + READ_BATCH) : undefined;
    yield* reads;
  }
}

function attempt(read: () => FileRead): FileRead | Error {
  try {
    return read();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * Reads up to maxBytes of a file. A file that changes while it is read (size or modification time
 * differ before and after) is read again, up to three times, so that a half-written file is not
 * indexed as it was mid-write; a file that keeps changing is reported.
 */
async function readBounded(file: string, maxBytes: number): Promise<FileRead> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const read = await readOnce(file, maxBytes);
    if (read) return read;
  }
  throw new Error(KEPT_CHANGING);
}

/** readBounded, synchronously. */
function readBoundedSync(file: string, maxBytes: number): FileRead {
  for (let attempt = 0; attempt < 3; attempt++) {
    const read = readOnceSync(file, maxBytes);
    if (read) return read;
  }
  throw new Error(KEPT_CHANGING);
}

const KEPT_CHANGING = 'the file kept changing while it was read';

/** The file's bytes, or undefined when its size or modification time changed while it was read. */
async function readOnce(file: string, maxBytes: number): Promise<FileRead | undefined> {
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
    return unchanged(before, after) ? { bytes: bytes.subarray(0, read), truncated: before.size > maxBytes } : undefined;
  } finally {
    await handle.close();
  }
}

/** readOnce, synchronously. */
function readOnceSync(file: string, maxBytes: number): FileRead | undefined {
  const fd = openSync(file, 'r');
  try {
    const before = fstatSync(fd);
    const length = Math.min(before.size, maxBytes);
    const bytes = new Uint8Array(length);
    let read = 0;
    while (read < length) {
      const bytesRead = readSync(fd, bytes, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    const after = fstatSync(fd);
    return unchanged(before, after) ? { bytes: bytes.subarray(0, read), truncated: before.size > maxBytes } : undefined;
  } finally {
    closeSync(fd);
  }
}

function unchanged(before: { size: number; mtimeMs: number }, after: { size: number; mtimeMs: number }): boolean {
  return before.size === after.size && before.mtimeMs === after.mtimeMs;
}
