import { readFileSync, existsSync } from 'node:fs';

export interface DevSet {
  ask: { id: string; question: string; answers: string[]; file: string; kind?: string }[];
  unanswerable: { id: string; question: string }[];
  quote: { id: string; speaker: string; topic: string; must_contain: string; file: string }[];
  timeline: { id: string; date: string; precision: string; alt_date?: string; topic?: string; must_contain: string; file: string }[];
}

export const DEFAULT_DEV_PATH = '../shared/eval/dev.json';

/** The question set at `path`; a set may hold only some of the four kinds (the others are empty). */
export function readDevSet(path = process.env.ARCHIVIST_DEV_SET ?? DEFAULT_DEV_PATH): DevSet | undefined {
  if (!existsSync(path)) return undefined;
  const set = JSON.parse(readFileSync(path, 'utf8')) as Partial<DevSet>;
  return { ask: set.ask ?? [], unanswerable: set.unanswerable ?? [], quote: set.quote ?? [], timeline: set.timeline ?? [] };
}

/** Case, curly quotes and white space folded, as the scoring rule says. */
export function normaliseForMatch(s: string): string {
  return s.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export function containsAnswer(text: string | null, answers: string[]): boolean {
  if (!text) return false;
  const t = normaliseForMatch(text);
  return answers.some((a) => t.includes(normaliseForMatch(a)));
}
