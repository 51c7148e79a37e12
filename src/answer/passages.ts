/** Sentences that cannot stand alone, and retrieval widened to the passages they form with the sentence before. */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { Sentence } from '../nlp/types.js';
import { hasTeaserAge } from '../nlp/teaserAge.js';

/** Sentences that lean on the one before: they open with a pronoun. */
const REFERENCE_START = /^(?:["“‘']?\s*)(?:(?:and|but|so|yet|also)\s+)?(?:he|she|they|it|this|that|these|those|his|her|their|its|we|our)\b/i;

/**
 * Sentences that name whom the sentence before spoke of: "The suspect, identified as Mehmet Goren,
 * is a Turkish citizen." after "…captured a senior member of Daesh…", "The victim was named as…".
 */
const IDENTIFIES = /^(?:the|this|that)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?:,|\s+(?:was|has been|is|had been))\s+(?:identified|named)\b/iu;

/**
 * Sentences that go on with what the sentence before reported someone saying: "Mawlawi Abdul
 * Kabir, speaking at a meeting on …, added that 1.3 million Afghans…" after "…according to the
 * Minister of Refugees and Repatriation." (the pronoun form, "He added", is a REFERENCE_START).
 * "Added" only: "Khalilzad went on to say the Afghan security forces…" says something of its own.
 */
const CONTINUES_SPEAKING = /^[^.!?“”"]{0,140}?(?:,\s*added\b|\badded that\b)/iu;

/**
 * A sentence that only says who said the quotation before it: "“…a realistic political
 * settlement.” Khalilzad said." — the closing quote's full stop made the attribution a sentence of
 * its own. A name, "he" or "the spokesman", and a reporting verb, perhaps when, and nothing else.
 */
const ATTRIBUTION_ONLY = new RegExp(String.raw`^(?:(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}.’'-]*|[Tt]he\s+\p{Ll}+|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+(?:${['said', 'says', 'added', 'adds', 'stated', 'noted', 'told reporters', 'explained', 'warned', 'stressed', 'insisted'].join('|')})(?:\s+(?:on|in)\s+[\p{L}\d ]{1,20})?[.!]?$`, 'u');

/**
 * A sentence that cannot stand alone: it opens with a pronoun or a connective and a pronoun ("He
 * said…", "And we…"), or it continues a quotation the sentence before opened ("“Over the long
 * history… mistakes made. The issue of sanctuaries… was not dealt with,” he said."), or it is a
 * related headline after the age the page lists it with, or it only says who said the quotation
 * before it ("Khalilzad said.").
 */
export function leansOnPrevious(kb: KnowledgeBase, s: Sentence): boolean {
  // A related headline listed with its age ("3 days ago" before "Japan allocates…") is answered with it.
  if (s.role === 'related') return hasTeaserAge(kb.article(s.articleId)!, s);
  // (The `includes` first: a sentence is asked this for every candidate and its neighbours.)
  if (REFERENCE_START.test(s.text) || IDENTIFIES.test(s.text) || (s.text.includes('added') && CONTINUES_SPEAKING.test(s.text))) return true;
  const prev = kb.neighbour(s.id, -1);
  if (prev !== undefined && prev.paragraph === s.paragraph && s.text.length < 60 && ATTRIBUTION_ONLY.test(s.text) && /[”"]\s*$/.test(prev.text)) return true;
  return prev !== undefined && prev.paragraph === s.paragraph && opensQuotation(prev.text) && !/^\s*[“"]/.test(s.text);
}

/**
 * The text opens a quotation it does not close (curly quotes, or an odd number of straight ones —
 * but for a straight one that ends the sentence, which closes a quotation opened before it: "The
 * Mac mini will appeal to PC users looking for an attractive, 'no fuss' computer.\"" made the next
 * sentence, about the iPod shuffle, its continuation; BBC News).
 */
function opensQuotation(text: string): boolean {
  const open = text.lastIndexOf('“');
  if (open >= 0) return text.indexOf('”', open) < 0;
  return (text.match(/"/g)?.length ?? 0) % 2 === 1 && !/[.!?,]"\s*$/.test(text);
}

/**
 * Keyword hits widened to passages: a sentence that leans on the one before ("And we are working
 * with Central Asia") is answered together with it, so it is a candidate whenever its predecessor
 * is, and its BM25 is the better of its own and its predecessor's.
 */
export function passageHits(kb: KnowledgeBase, hits: readonly { id: number; score: number }[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const hit of hits) out.set(hit.id, Math.max(out.get(hit.id) ?? 0, hit.score));
  for (const hit of hits) {
    const next = kb.neighbour(hit.id, 1);
    if (next && leansOnPrevious(kb, next)) out.set(next.id, Math.max(out.get(next.id) ?? 0, hit.score));
  }
  return out;
}
