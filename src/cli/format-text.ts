// The human-readable summary of `cadregraph extract --format text`: one block
// per article (headline, date, author, events, then each person with titles
// and roles), for reading in a terminal. JSON Lines stays the machine format.
import type { ArticleRecord, EventRecord, PersonRecord } from '../extract/contract.js';

function eventLines(event: EventRecord): string[] {
  const facts = [
    event.organizer && `organizer: ${event.organizer}`,
    event.ordinal !== null && `ordinal: ${event.ordinal}`,
    event.term && `term: ${event.term}`,
    event.termYears && `termYears: ${event.termYears}`,
    event.date && `date: ${event.date}`,
  ].filter((fact): fact is string => typeof fact === 'string');
  const lines = [`    [${event.id}] ${event.kind}: ${event.name}`];
  if (facts.length > 0) lines.push(`        ${facts.join('; ')}`);
  return lines;
}

// With a single event the event id adds nothing; with several it says which.
function personLines(person: PersonRecord, eventCount: number): string[] {
  const lines = [`    ${person.name}`];
  for (const position of person.positions) {
    lines.push(`        ${position.former ? 'former ' : ''}${position.title}, ${position.organization}`);
  }
  if (person.roles.length > 0) {
    const roles = person.roles.map((role) => (eventCount === 1 ? role.role : `${role.role} (${role.event})`));
    lines.push(`        roles: ${roles.join(', ')}`);
  }
  return lines;
}

/** One block of text for one article, without a trailing newline. */
export function formatArticleText(record: ArticleRecord): string {
  const { article, events, people } = record;
  const lines = [
    `${article.id}: ${article.title ?? '(no headline)'}`,
    `  published: ${article.published ?? '-'}   author: ${article.author ?? '-'}`,
  ];
  if (events.length === 0) lines.push('  events: none found');
  else lines.push(`  events (${events.length}):`, ...events.flatMap(eventLines));
  if (people.length === 0) lines.push('  people: none found');
  else lines.push(`  people (${people.length}):`, ...people.flatMap((person) => personLines(person, events.length)));
  return lines.join('\n');
}
