import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** Lines an interactive console remembers (as a shell does: ↑ brings back earlier questions, across sessions). */
export const HISTORY_SIZE = 500;

/** ARCHIVIST_HISTORY, else ~/.archivist_history; null when there is no home to keep it in. */
export function defaultHistoryFile(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ARCHIVIST_HISTORY !== undefined) return env.ARCHIVIST_HISTORY || null;
  try {
    return path.join(homedir(), '.archivist_history');
  } catch {
    return null;
  }
}

/**
 * The console's history file: one line per entry, oldest first (readline keeps it newest first).
 * A missing or unreadable file is an empty history and a file that cannot be written is given up
 * on: history is a convenience, never a reason for the console to fail.
 */
export class ConsoleHistory {
  private writable = true;

  constructor(private readonly file: string) {}

  /** The remembered lines, newest first (readline's `history` option). */
  load(): string[] {
    try {
      const lines = readFileSync(this.file, 'utf8').split('\n').filter((l) => l.trim());
      return lines.slice(-HISTORY_SIZE).reverse();
    } catch {
      return [];
    }
  }

  /** Saves readline's history (newest first), readable by this user only: questions may be private. */
  save(newestFirst: readonly string[]): void {
    if (!this.writable) return;
    try {
      writeFileSync(this.file, [...newestFirst.slice(0, HISTORY_SIZE)].reverse().join('\n') + '\n', { mode: 0o600 });
      chmodSync(this.file, 0o600); // `mode` applies only to a new file
    } catch {
      this.writable = false;
    }
  }
}
