import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import type { DateSpan } from './types.js';

/** Per sentence id, where its date expressions stand (sentence offsets), lazily once per knowledge base. */
const cache = new WeakMap<KnowledgeBase, Map<number, DateSpan[]>>();

/**
 * The date expressions the timeline resolved in a sentence ("a day ahead of the start of the
 * talks", "yesterday (Monday, May 4)", "last year"), as offsets in the sentence's text: what /ask
 * can show for "when" though no date entity stands there. Events dated by their article's
 * publication day have none.
 */
export function datedSpans(kb: KnowledgeBase, sentenceId: number): readonly DateSpan[] {
  let map = cache.get(kb);
  if (!map) {
    map = new Map();
    for (const ev of kb.events) {
      if (ev.source !== 'text' || !ev.dated) continue;
      const s = kb.sentences[ev.sentenceId];
      // An event's text is its sentence or a clause of it.
      const base = s?.text.indexOf(ev.text) ?? -1;
      if (base < 0) continue;
      const span = { start: base + ev.dated.start, end: base + ev.dated.end };
      const list = map.get(ev.sentenceId);
      if (!list) map.set(ev.sentenceId, [span]);
      else if (!list.some((x) => x.start === span.start && x.end === span.end)) list.push(span);
    }
    cache.set(kb, map);
  }
  return map.get(sentenceId) ?? [];
}
