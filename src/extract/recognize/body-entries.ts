// The bodies lexicon by phrase: the entry a phrase names, for the readers that build a
// body from a known word ("UBND", "Công an", a ministry's name).
import { BODY_PHRASES, type BodyEntry } from '../../vietnam/bodies.js';

const entries = new Map<string, BodyEntry>();
for (const [phrase, entry] of BODY_PHRASES) if (!entries.has(phrase)) entries.set(phrase, entry);
/** The body a phrase of the bodies lexicon names ("UBND", "Quốc hội"), its first row's. */
export function entryOfPhrase(phrase: string): BodyEntry | undefined {
  return entries.get(phrase);
}
