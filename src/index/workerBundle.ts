import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The analysis worker as one JavaScript file, for runs from the TypeScript sources (tsx, vitest).
 *
 * Without it such a worker registers tsx in its fresh thread and loads every module through
 * tsx's loader: in a BBC load that cost ~0.2 s more of the worker's start and 0.3-1 s more of the
 * whole build's wall time, ~10% of its CPU (fresh processes alternated, same knowledge base).
 * esbuild (which tsx itself runs on) bundles the worker's own modules in ~30 ms, in its own
 * process, from the sources as they are now, so the bundle cannot be stale; npm packages stay
 * imports. The file is named by its content (the same sources give the same file, written once,
 * atomically, in node_modules/.cache/archivist where its imports resolve).
 *
 * A compiled build (dist/) needs none of this: its worker is already JavaScript.
 */
const ENTRY = fileURLToPath(new URL('./analysisWorker.ts', import.meta.url));
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/archivist/', import.meta.url));

let building: Promise<string | undefined> | undefined;
let built: string | undefined;

/**
 * Bundles the worker (once per process) and resolves with the file's path, or with undefined
 * when it cannot be made (esbuild missing, a read-only folder): the worker then starts through
 * tsx as before. Never rejects.
 */
export function prepareWorkerBundle(): Promise<string | undefined> {
  building ??= bundle().then(
    (file) => (built = file),
    () => undefined,
  );
  return building;
}

/** The bundle's path if prepareWorkerBundle has finished making it, else undefined. */
export function workerBundle(): string | undefined {
  return built;
}

async function bundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const file = `${CACHE_DIR}analysisWorker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  if (!existsSync(file)) {
    await mkdir(CACHE_DIR, { recursive: true });
    // Another process may write the same file at the same time: each writes its own, then renames.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, code);
    await rename(tmp, file);
  }
  return file;
}
