import { readFileSync, existsSync } from 'node:fs';
import type { Article, LoadResult } from '../corpus/types.js';

export const SQUAD_PATH = '../shared/data/squad/dev-v1.1.json';

export interface SquadQuestion {
  question: string;
  answers: string[];
  /** Article id (the Wikipedia title). */
  articleId: string;
  /** Index of the paragraph (context) the question was written from. */
  paragraph: number;
}

interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: { question: string; answers: { text: string }[] }[] }[] }[];
}

/** SQuAD dev as a corpus (one article per Wikipedia title, its contexts as paragraphs) and its questions. */
export function readSquad(path = SQUAD_PATH): { load: LoadResult; questions: SquadQuestion[] } | undefined {
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8')) as SquadFile;
  const articles: Article[] = [];
  const questions: SquadQuestion[] = [];
  for (const a of data.data) {
    const id = `${a.title}.txt`;
    articles.push({ id, file: id, title: a.title.replace(/_/g, ' '), paragraphs: a.paragraphs.map((p) => p.context), extras: [] });
    a.paragraphs.forEach((p, paragraph) => {
      for (const qa of p.qas) questions.push({ question: qa.question, answers: qa.answers.map((x) => x.text), articleId: id, paragraph });
    });
  }
  return { load: { articles, warnings: [] }, questions };
}

/** A deterministic sample of n items spread over the whole list. */
export function spreadSample<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]!);
}
