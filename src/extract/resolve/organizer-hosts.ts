// Stage 9a: an organizer whose unit the text did not write ("Phó Chủ tịch UBND TP A chủ
// trì cuộc họp": the unit is the article's context's) checked against the posts of the
// people who host the event. Where a host's post in the same kind of body is written
// with its own unit ("Phó Chủ tịch UBND TP Cần Thơ A"), that unit organizes; where the
// hosts name several, none does: the context's unit is never kept against the text.
import type { EventRecord, PersonRecord, PositionRecord, Role } from '../contract.js';
import { unitById, type Unit } from '../../vietnam/gazetteer/index.js';
import { unitTypeRow } from '../../vietnam/units.js';
import type { ResolvedBody } from './organizations.js';

/** Roles that make the person the event's host: the one whose post the organizer was read off. */
const HOSTING_ROLES: ReadonlySet<Role> = new Set(['chaired', 'opened']);

/** Names an event after its organizer (or none). */
export type EventNamer = (organizer: ResolvedBody | null) => string;

/** The event's organizer fields for a resolved body (or none). */
export function organizerFields(organizer: ResolvedBody | null): Pick<EventRecord, 'organizer' | 'organizerKind' | 'organizerUnit'> {
  return {
    organizer: organizer?.name ?? null,
    ...(organizer?.kind ? { organizerKind: organizer.kind } : {}),
    ...(organizer?.place && !organizer.guessed ? { organizerUnit: organizer.place.id } : {}),
  };
}

/** "thành phố" for Đà Nẵng and for Nha Trang alike: the word "UBND TP" leaves open. */
function unitWord(unit: Unit): string {
  return unitTypeRow(unit.type).word;
}

/** A host's post in a body of the organizer's kind, written with a unit of the same word. */
function sameKindPost(q: PositionRecord, organizer: ResolvedBody, place: Unit): Unit | null {
  if (q.former || q.bodyKind !== organizer.kind || q.unit === undefined) return null;
  const unit = unitById(q.unit);
  return unit && unitWord(unit) === unitWord(place) ? unit : null;
}

/** The organizer the hosts' written posts tell, or undefined when they tell nothing against it. */
function organizerByHosts(event: EventRecord, organizer: ResolvedBody, people: readonly PersonRecord[]): ResolvedBody | null | undefined {
  const place = organizer.place;
  if (!organizer.placedByContext || !place || !organizer.kind) return undefined;
  const hosts = people.filter((p) => p.roles.some((r) => r.event === event.id && HOSTING_ROLES.has(r.role)));
  const posts = hosts.flatMap((p) => p.positions.flatMap((q) => {
    const unit = sameKindPost(q, organizer, place);
    return unit ? [{ q, unit }] : [];
  }));
  if (posts.length === 0 || posts.some(({ unit }) => unit.id === place.id)) return undefined;
  const units = new Set(posts.map(({ unit }) => unit.id));
  if (units.size > 1) return null;
  const { q, unit } = posts[0]!;
  return { name: q.organization, place: unit, kind: organizer.kind };
}

/** The events with each organizer placed by context checked against its hosts' written posts. */
export function placeOrganizersByHosts(
  events: readonly EventRecord[],
  organizers: ReadonlyMap<string, ResolvedBody>,
  people: readonly PersonRecord[],
  namers: ReadonlyMap<string, EventNamer>,
): EventRecord[] {
  return events.map((event) => {
    const organizer = organizers.get(event.id);
    const byHosts = organizer ? organizerByHosts(event, organizer, people) : undefined;
    if (byHosts === undefined) return event;
    const name = namers.get(event.id)?.(byHosts) ?? event.name;
    const { id, kind, ordinal, term, termYears, date } = event;
    return { id, kind, name, ...organizerFields(byHosts), ordinal, term, termYears, date };
  });
}
