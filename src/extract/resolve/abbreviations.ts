// An agency named in full with its abbreviation in brackets, then by its head word and the
// abbreviation: "Cục Nghệ thuật biểu diễn (NTBD)" … "Cục trưởng Cục NTBD". The short form is
// the same body, written out as the article first named it.
import type { EventRecord, PersonRecord } from '../contract.js';

/** Head words of the bodies whose names the press shortens to their initials. */
const HEADS: readonly string[] = [
  'Tổng cục', 'Cục', 'Vụ', 'Sở', 'Ban', 'Hội', 'Viện', 'Học viện', 'Trung tâm', 'Ủy ban', 'Tổng công ty', 'Tập đoàn',
  'Công ty', 'Văn phòng', 'Thanh tra', 'Quỹ', 'Trường', 'Bệnh viện', 'Hiệp hội', 'Liên đoàn', 'Đài',
];
const BRACKETED = /\(([A-ZĐ][A-ZĐ&]{1,7})\)/gu;
/** Words that the initials skip: "Tài nguyên và Môi trường (TN&MT)". */
const SKIPPED = new Set(['và', '&', '-']);

function initials(words: readonly string[]): string {
  return words.filter((w) => !SKIPPED.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('').replace(/Đ/g, 'D');
}

/** "Cục NTBD" → "Cục Nghệ thuật biểu diễn", for each abbreviation the text brackets after a full name. */
export function bracketedAbbreviations(sentences: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const sentence of sentences) {
    if (!sentence.includes('(')) continue;
    BRACKETED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BRACKETED.exec(sentence)) !== null) {
      const abbreviation = m[1]!;
      const letters = abbreviation.replace(/&/g, '').replace(/Đ/g, 'D');
      const words = sentence.slice(0, m.index).trimEnd().split(/\s+/).slice(-14);
      for (const head of HEADS) {
        const headWords = head.split(' ');
        const named = definedBy(words, headWords, letters);
        if (named) {
          out.set(`${head} ${abbreviation}`, `${head} ${named.join(' ')}`);
          break;
        }
      }
    }
  }
  return out;
}

/** The words between `head` and the end of `words` whose initials spell `letters`, if any. */
function definedBy(words: readonly string[], head: readonly string[], letters: string): string[] | null {
  for (let k = letters.length; k <= letters.length + 3 && k + head.length <= words.length; k++) {
    const named = words.slice(words.length - k);
    const before = words.slice(words.length - k - head.length, words.length - k);
    if (before.join(' ') !== head.join(' ')) continue;
    if (named.some((w) => !/^[\p{L}&-]+$/u.test(w))) return null;
    if (initials(named) === letters) return named;
  }
  return null;
}

/** Posts and organizers written with a bracketed abbreviation, written out in full. */
export function expandAbbreviations(
  events: readonly EventRecord[],
  people: readonly PersonRecord[],
  full: ReadonlyMap<string, string>,
): { events: EventRecord[]; people: PersonRecord[] } {
  if (full.size === 0) return { events: [...events], people: [...people] };
  const expand = (organization: string): string => full.get(organization) ?? organization;
  return {
    events: events.map((e) => (e.organizer && full.has(e.organizer) ? { ...e, organizer: expand(e.organizer) } : e)),
    people: people.map((p) => (p.positions.some((q) => full.has(q.organization)) ? { ...p, positions: expandedPositions(p.positions, expand) } : p)),
  };
}

/** Each post once, the short form written out (a post written both ways is one). */
function expandedPositions(positions: PersonRecord['positions'], expand: (organization: string) => string): PersonRecord['positions'] {
  const seen = new Set<string>();
  const out: PersonRecord['positions'] = [];
  for (const q of positions) {
    const written = { ...q, organization: expand(q.organization) };
    const key = `${written.title}\u0000${written.organization}\u0000${written.former}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(written);
  }
  return out;
}
