import { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { LoadWarning } from '../corpus/types.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import type { AskResult } from '../answer/types.js';

export interface ReloadReport {
  ok: boolean;
  /** Why the reload failed (the previous corpus stays in service). */
  error?: string;
  added: string[];
  removed: string[];
  changed: string[];
  articles: number;
  sentences: number;
  warnings: LoadWarning[];
  ms: number;
}

export type KnowledgeBaseLoader = (dir: string) => Promise<KnowledgeBase>;

/**
 * The running product: the knowledge base in service and the engines over it. A reload builds a
 * new knowledge base while the old one keeps answering and swaps the reference in one step;
 * concurrent reloads share the one in progress.
 */
export class Archivist {
  private kb: KnowledgeBase;
  private reloading: Promise<ReloadReport> | undefined;

  constructor(
    readonly corpusDir: string,
    kb: KnowledgeBase,
    private readonly loader: KnowledgeBaseLoader = (dir) => KnowledgeBase.load(dir),
  ) {
    this.kb = kb;
  }

  static async open(corpusDir: string, loader?: KnowledgeBaseLoader): Promise<Archivist> {
    const load = loader ?? ((dir: string) => KnowledgeBase.load(dir));
    return new Archivist(corpusDir, await load(corpusDir), load);
  }

  get knowledgeBase(): KnowledgeBase {
    return this.kb;
  }

  get isReloading(): boolean {
    return this.reloading !== undefined;
  }

  ask(question: string): AskResult {
    return answerQuestion(this.kb, question);
  }

  /** Re-reads the corpus folder. A second call while one runs gets the same report. */
  reload(): Promise<ReloadReport> {
    this.reloading ??= this.doReload().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  private async doReload(): Promise<ReloadReport> {
    const started = performance.now();
    const old = this.kb;
    let next: KnowledgeBase;
    try {
      next = await this.loader(this.corpusDir);
    } catch (e) {
      return { ...emptyReport(old), ok: false, error: (e as Error).message, ms: Math.round(performance.now() - started) };
    }
    if (next.articles.length === 0) {
      return { ...emptyReport(next), ok: false, error: 'the corpus folder has no readable article: the previous corpus stays in service', ms: Math.round(performance.now() - started) };
    }
    const before = new Map(old.articles.map((a) => [a.id, fingerprint(a)]));
    const after = new Map(next.articles.map((a) => [a.id, fingerprint(a)]));
    this.kb = next;
    return {
      ok: true,
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed: [...after].filter(([id, f]) => before.has(id) && before.get(id) !== f).map(([id]) => id),
      articles: next.articles.length,
      sentences: next.sentences.length,
      warnings: [...next.warnings],
      ms: Math.round(performance.now() - started),
    };
  }
}

function emptyReport(kb: KnowledgeBase): Omit<ReloadReport, 'ok' | 'ms'> {
  return { added: [], removed: [], changed: [], articles: kb.articles.length, sentences: kb.sentences.length, warnings: [...kb.warnings] };
}

function fingerprint(a: { title: string; paragraphs: string[]; published?: string }): string {
  return `${a.title}\u0000${a.published ?? ''}\u0000${a.paragraphs.join('\u0000')}`;
}
