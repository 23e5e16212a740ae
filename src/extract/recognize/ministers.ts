// Ministers named by their ministry's field alone: "Bộ trưởng Kế hoạch và Đầu tư",
// "Thứ trưởng GD&ĐT", "Bộ trưởng Nông nghiệp" (the ministry that had the field on the day).
import { BODY_PHRASES, MERGED_AWAY_MINISTRIES, MINISTRY_SHORT_FIELDS, type BodyEntry } from '../../vietnam/bodies.js';
import { opensFamilyName } from '../lexicon/surnames.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Token } from '../tokenize.js';
import { entryOfPhrase } from './body-entries.js';
import { matchForeignState } from './places.js';
import type { BodyRef } from './titles.js';

/** Titles of a ministry's head and deputies, which the press writes with the ministry's field alone. */
export const MINISTERS: ReadonlySet<string> = new Set(['Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực']);
/** The ministry a body's lexicon entry is ("Bộ Y tế", "Bộ Công Thương"), else undefined. */
export function ministryOf(entry: BodyEntry | undefined): string | undefined {
  return entry?.kind === 'fixed' && entry.category === 'department' && entry.name.startsWith('Bộ ') ? entry.name : undefined;
}

/** A body that is one of the ministries merged away in 2007 ("Bộ Thương mại"). */
export function isMergedAwayMinistry(body: { kind: BodyEntry } | null | undefined): boolean {
  const ministry = ministryOf(body?.kind);
  return ministry !== undefined && MERGED_AWAY_MINISTRIES.includes(ministry);
}

/** A ministry's field, "Kế hoạch và Đầu tư", "Công Thương", "GD&ĐT": what follows "Bộ " in its name. */
const ministryFields = new PhraseTrie<BodyEntry>();
for (const [phrase, kind] of BODY_PHRASES) {
  if (ministryOf(kind) && !isMergedAwayMinistry({ kind }) && phrase.startsWith('Bộ ')) ministryFields.add(phrase.slice(3), kind);
}

/** "Nông nghiệp" → the ministries the press names so, each with the days it holds. */
const ministryShortFields = new PhraseTrie<ReadonlyArray<{ entry: BodyEntry; from?: string; until?: string }>>();
{
  const byField = new Map<string, Array<{ entry: BodyEntry; from?: string; until?: string }>>();
  for (const { field, ministry, ...days } of MINISTRY_SHORT_FIELDS) {
    const entry = entryOfPhrase(ministry);
    if (!entry) throw new Error(`MINISTRY_SHORT_FIELDS: no ministry "${ministry}" in the bodies' lexicon`);
    byField.set(field, [...(byField.get(field) ?? []), { entry, ...days }]);
  }
  for (const [field, readings] of byField) ministryShortFields.add(field, readings);
}

/** Capitalised words from `at`, then a hyphen and a lower-case word: "Kim Jong-deok", no Vietnamese name. */
function hyphenatedNameAt(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 4 && tokens[k]?.isWord && tokens[k]!.isCapitalized) k++;
  const rest = tokens[k + 1];
  return k > at && tokens[k]?.text === '-' && rest !== undefined && rest.isWord && !rest.isCapitalized;
}

/**
 * "Bộ trưởng Kế hoạch và Đầu tư", "Thứ trưởng Công Thương": the ministry of the field after the
 * title; "Bộ trưởng Nông nghiệp", by its first words, as the ministry that had them on the day.
 */
export function ministryOfField(tokens: readonly Token[], at: number, date: string | null): BodyRef | undefined {
  let field: { value: BodyEntry; end: number } | undefined = ministryFields.longest(tokens, at);
  if (!field) {
    const short = ministryShortFields.longest(tokens, at);
    // Undated, the reading before the merger, as for places named before the reform.
    const day = date ?? '';
    const held = short?.value.filter((r) => (r.from === undefined || day >= r.from) && (r.until === undefined || day < r.until));
    // "cựu Bộ trưởng Văn hóa Kim Jong-deok": a foreign name, joined by a hyphen.
    if (!short || held?.length !== 1 || hyphenatedNameAt(tokens, short.end)) return undefined;
    field = { value: held[0]!.entry, end: short.end };
  }
  // "Bộ trưởng Tài chính Euclid Tsakalotos", "Bộ trưởng Nông nghiệp Hoa Kỳ": a foreign minister.
  const next = tokens[field.end];
  if (next?.isWord && next.isCapitalized && (!opensFamilyName(next.key) || matchForeignState(tokens, field.end) !== undefined)) return undefined;
  return { kind: field.value, unitWord: null, places: null, parent: null, start: at, end: field.end };
}
