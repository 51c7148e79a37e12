/** Article-level context for attribution: person mentions, role → name links, pronoun resolution. */
import { SPEECH_VERBS, SPEECH_RE, ROLE_HEADS, PLURAL_ROLES, CLAUSE_VERBS_SIMPLE } from './quoteLexicon.js';
import { NAME_GLOBAL, bare, cleanName, isOrgName, isPersonName } from './quoteNames.js';
import { wordBeforeSpace, sentenceRanges } from './quoteMarks.js';
import { type Subject, subjectBefore } from './speechSubjects.js';

export const POS = 1_000_000;

interface Mention {
  pos: number;
  name: string;
  person: boolean;
  plural: boolean;
}

interface RoleLink {
  head: string;
  name: string;
  pos: number;
}

function roleHeadOf(phrase: string): string | null {
  const cut = phrase.split(/\s+(?:for|of|in|to|at|on|from|with|who|which|and)\s+/u)[0] ?? phrase;
  const ws = cut.trim().split(/\s+/);
  const h = bare(ws[ws.length - 1] ?? '');
  return ROLE_HEADS.has(h) ? h : null;
}

export interface Ctx {
  paragraphs: string[];
  masked: string[];
  sentences: Array<Array<[number, number]>>;
  /** Per paragraph, per sentence: the SPEECH_RE matches in the sentence (offsets within it). */
  speech: RegExpMatchArray[][][];
  mentions: Mention[];
  roles: RoleLink[];
  names: string[];
}

export function buildContext(paragraphs: string[], masked: string[]): Ctx {
  const ctx: Ctx = { paragraphs, masked, sentences: masked.map(sentenceRanges), speech: [], mentions: [], roles: [], names: [] };
  for (let p = 0; p < masked.length; p++) {
    const m = masked[p] ?? '';
    // All capitalised name sequences (for canonical forms).
    for (const nm of m.matchAll(NAME_GLOBAL)) {
      const name = cleanName(nm[0]);
      const person = name !== null && isPersonName(name);
      if (person) ctx.names.push(name);
      const idx = nm.index ?? 0;
      // Premodifier titles: "envoy Zalmay Khalilzad", "chief Gen. Frank McKenzie".
      const prevWord = wordBeforeSpace(m.slice(Math.max(0, idx - 30), idx));
      if (person && prevWord && ROLE_HEADS.has(prevWord)) {
        ctx.roles.push({ head: prevWord, name, pos: p * POS + idx });
      }
      // Appositive: "Zalmay Khalilzad, the U.S. envoy for Afghanistan, has said".
      const after = m.slice(idx + nm[0].length);
      const app = /^,\s+([^,]{3,120}),/u.exec(after);
      if (person && app && app[1] !== undefined) {
        const head = roleHeadOf(app[1]);
        if (head) ctx.roles.push({ head, name, pos: p * POS + idx });
      }
      // Subject-like mention: a multi-word name followed by a verb-looking word.
      if (person && name.includes(' ')) {
        const v = /^\s*(?:,[^,]{1,120},)?\s*(?:(?:has|have|had|is|was|will|would|also|then|later)\s+)*([\p{Ll}]+)/u.exec(after);
        const w = v?.[1] ?? '';
        if (/(?:ed|s)$/u.test(w) || SPEECH_VERBS.includes(w) || CLAUSE_VERBS_SIMPLE.has(w)) {
          ctx.mentions.push({ pos: p * POS + idx, name, person: true, plural: false });
        }
      }
    }
    // Subjects of reporting verbs.
    const speech: RegExpMatchArray[][] = [];
    ctx.speech.push(speech);
    for (const [s0, s1] of ctx.sentences[p] ?? []) {
      const sent = m.slice(s0, s1);
      const verbs = [...sent.matchAll(SPEECH_RE)];
      speech.push(verbs);
      for (const v of verbs) {
        const vi = v.index ?? 0;
        const subj = subjectBefore(sent.slice(0, vi), p * POS + s0);
        if (!subj) continue;
        if (subj.kind === 'name') {
          ctx.mentions.push({ pos: subj.at, name: subj.text, person: isPersonName(subj.text), plural: false });
        } else if (subj.kind === 'role') {
          const linked = linkRole(ctx, subj.text, subj.at);
          if (linked) ctx.mentions.push({ pos: subj.at, name: linked, person: true, plural: false });
          else ctx.mentions.push({ pos: subj.at, name: subj.text, person: false, plural: isPluralRole(subj.text) });
        }
      }
    }
  }
  ctx.mentions.sort((a, b) => a.pos - b.pos);
  return ctx;
}

function isPluralRole(role: string): boolean {
  const ws = role.split(/\s+/);
  const h = bare(ws[ws.length - 1] ?? '');
  return PLURAL_ROLES.has(h) || (/s$/u.test(h) && !/ss$/u.test(h)) || /\btaliban\b/iu.test(role);
}

/** A definite role subject ("the U.S. envoy") names the person last introduced with that role. */
function linkRole(ctx: Ctx, role: string, pos: number): string | null {
  if (!/^the\s/iu.test(role)) return null;
  const head = roleHeadOf(role.replace(/^the\s+/iu, ''));
  if (!head) return null;
  const cands = ctx.roles.filter((r) => r.head === head);
  const before = cands.filter((r) => r.pos < pos);
  return (before[before.length - 1] ?? cands[0])?.name ?? null;
}

function resolvePronoun(ctx: Ctx, pronoun: string, pos: number): string | null {
  const prior = ctx.mentions.filter((m) => m.pos < pos);
  for (let i = prior.length - 1; i >= 0; i--) {
    const m = prior[i];
    if (!m) continue;
    if (pronoun === 'they') {
      if (m.plural || (!m.person && isOrgName(m.name))) return m.name;
    } else if (m.person && !m.plural) {
      return m.name;
    }
  }
  return null;
}

/** Turn a subject into a speaker string (not yet canonical). */
export function resolveSubject(ctx: Ctx, subj: Subject, lastRole: string | null): string | null {
  if (subj.kind === 'pronoun') return resolvePronoun(ctx, subj.text, subj.at);
  if (subj.kind === 'name') return subj.text;
  if (subj.text === 'another' || subj.text === 'Another') {
    const m = lastRole ? /^(?:one|a|an)\s+(.+)$/u.exec(lastRole) : null;
    return m?.[1] !== undefined ? `another ${m[1]}` : 'another';
  }
  return linkRole(ctx, subj.text, subj.at) ?? subj.text;
}

export function sentenceOf(ctx: Ctx, p: number, offset: number): [number, number] {
  for (const r of ctx.sentences[p] ?? []) if (offset >= r[0] && offset < r[1]) return r;
  const len = (ctx.masked[p] ?? '').length;
  return [0, len];
}
