// Small hand-written article records for graph and store tests (sentences written
// for the tests, not taken from articles).
import type { ArticleRecord, EventRecord, PersonRecord, PositionRecord, Role } from '../../src/extract/contract.js';

export function position(title: string, organization: string, former = false): PositionRecord {
  return { title, organization, former };
}

export function person(
  name: string,
  positions: PositionRecord[],
  roles: [string, Role][] = [],
  evidence: string[] = [],
): PersonRecord {
  return { name, positions, roles: roles.map(([event, role]) => ({ event, role })), evidence };
}

export function conference(organizer: string, ordinal: number, date: string, term: string | null = 'XX'): EventRecord {
  return {
    id: 'e1',
    kind: 'conference',
    name: `Hội nghị lần thứ ${ordinal} ${organizer}`,
    organizer,
    ordinal,
    term,
    termYears: null,
    date,
  };
}

export function article(id: string, published: string | null, people: PersonRecord[], events: EventRecord[] = []): ArticleRecord {
  return { article: { id, title: `Bài ${id}`, published, author: null }, events, people };
}
