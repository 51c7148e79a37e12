/**
 * Paged results (/quote, /timeline, /sources): the formatted lines are kept in memory under a random
 * token with the asker's id; the ◀ ▶ buttons carry `page:<kind>:<token>:<n>`. Entries expire after a
 * few minutes and the store is a bounded LRU, so a busy bot cannot grow it without limit.
 */
import { randomBytes } from 'node:crypto';
import type { View } from './types.js';

export interface PagedResult {
  kind: string;
  userId: string;
  title: string;
  /** One entry per item (may span several lines). */
  items: string[];
  perPage: number;
  /** Text above the items (e.g. "12 quotations by Zalmay Khalilzad"). */
  header?: string;
  footer?: string;
  /**
   * Per item, the citations it rests on (formatted lines): each page numbers those of its items,
   * marks each item with its numbers ("[1]") and lists them under "Sources" — a full citation
   * once per page instead of one on every line.
   */
  sources?: string[][];
  expiresAt: number;
}

export type PageLookup =
  | { ok: true; view: View }
  | { ok: false; reason: 'invalid' | 'expired' | 'not-yours'; message: string };

const CUSTOM_ID = /^page:([a-z]{1,16}):([A-Za-z0-9_-]{8,32}):(\d{1,5})$/;

export function pageCustomId(kind: string, token: string, page: number): string {
  return `page:${kind}:${token}:${page}`;
}

export function parsePageCustomId(id: string): { kind: string; token: string; page: number } | null {
  const m = CUSTOM_ID.exec(id);
  if (!m) return null;
  return { kind: m[1]!, token: m[2]!, page: Number(m[3]) };
}

export class PageStore {
  private readonly entries = new Map<string, PagedResult>();

  constructor(
    readonly ttlMs = 5 * 60_000,
    readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Stores a result set and returns its first page (with buttons when there is more than one). */
  open(result: Omit<PagedResult, 'expiresAt'>): View {
    this.sweep();
    const token = randomBytes(9).toString('base64url');
    const entry: PagedResult = { ...result, expiresAt: this.now() + this.ttlMs };
    if (pageCount(entry) > 1) {
      this.entries.set(token, entry);
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return renderPage(entry, token, 0);
  }

  /** A page for a button press by `userId`. */
  turn(customId: string, userId: string): PageLookup {
    const parsed = parsePageCustomId(customId);
    if (!parsed) return { ok: false, reason: 'invalid', message: 'That button is not one of mine.' };
    const entry = this.entries.get(parsed.token);
    if (!entry || entry.kind !== parsed.kind || entry.expiresAt <= this.now()) {
      if (entry && entry.expiresAt <= this.now()) this.entries.delete(parsed.token);
      return { ok: false, reason: 'expired', message: 'These results have expired: run the command again.' };
    }
    if (entry.userId !== userId) {
      return { ok: false, reason: 'not-yours', message: 'Only the person who ran this command can turn its pages: run it yourself to browse.' };
    }
    // LRU: touch.
    this.entries.delete(parsed.token);
    this.entries.set(parsed.token, entry);
    return { ok: true, view: renderPage(entry, parsed.token, parsed.page) };
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(token);
  }
}

function pageCount(e: PagedResult): number {
  return Math.max(1, Math.ceil(e.items.length / e.perPage));
}

function renderPage(e: PagedResult, token: string, page: number): View {
  const pages = pageCount(e);
  const p = Math.min(Math.max(0, page), pages - 1);
  const from = p * e.perPage;
  const cited = e.sources && numberSources(e.sources.slice(from, from + e.perPage));
  const items = e.items.slice(from, from + e.perPage).map((item, i) => (cited ? `${item} ${cited.marks[i]}` : item));
  const body = [...(e.header ? [e.header, ''] : []), ...items].join('\n');
  const footer = [pages > 1 ? `Page ${p + 1}/${pages}` : '', e.footer ?? ''].filter(Boolean).join(' · ');
  return {
    title: e.title,
    body,
    ...(cited && cited.lines.length > 0 ? { fields: sourceFields(cited.lines) } : {}),
    tone: 'answer',
    ...(footer ? { footer } : {}),
    ...(pages > 1 ? { pager: { kind: e.kind, token, page: p, pages } } : {}),
  };
}

/** A page's citations numbered in order of first use: each item's marks ("[1]", "[1, 2]") and the numbered lines. */
function numberSources(perItem: string[][]): { marks: string[]; lines: string[] } {
  const numbers = new Map<string, number>();
  const marks = perItem.map((sources) => {
    const ns = sources.map((line) => {
      if (!numbers.has(line)) numbers.set(line, numbers.size + 1);
      return numbers.get(line)!;
    });
    return ns.length > 0 ? `[${ns.join(', ')}]` : '';
  });
  return { marks, lines: [...numbers].map(([line, n]) => `[${n}] ${line}`) };
}

/**
 * The numbered citations as fields of at most FIELD_CHARS characters each ("Sources", then
 * "Sources (continued)"): Discord cuts a field past 1,024, and a citation cut off would leave its
 * number in the lines above with nothing to point to.
 */
function sourceFields(lines: readonly string[]): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length > 0) fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (continued)', value: chunk.join('\n') });
    chunk = [];
  };
  for (const line of lines) {
    const shown = line.length > FIELD_CHARS ? `${line.slice(0, FIELD_CHARS - 1)}…` : line;
    if (chunk.length > 0 && [...chunk, shown].join('\n').length > FIELD_CHARS) flush();
    chunk.push(shown);
  }
  flush();
  return fields;
}

/** Characters per field of citations (Discord's limit is 1,024). */
const FIELD_CHARS = 1000;
