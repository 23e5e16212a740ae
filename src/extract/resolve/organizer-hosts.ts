// Stage 9a: an organizer whose unit the text did not write ("Phó Chủ tịch UBND TP A chủ
// trì cuộc họp": the unit is the article's context's) checked against the posts of the
// people who host the event. Where a host's post in the same kind of body is written
// with its own unit ("Phó Chủ tịch UBND TP Cần Thơ A"), that unit organizes; where the
// hosts name several, none does: the context's unit is never kept against the text. An
// organizer left out for want of a unit (an article about two provinces) is that unit too.
import type { EventRecord, PersonRecord, PositionRecord, Role } from '../contract.js';
import { kindOfEntry } from '../../vietnam/body-names.js';
import { unitById, type Unit } from '../../vietnam/gazetteer/index.js';
import { typesOfWord, unitTypeRow } from '../../vietnam/units.js';
import type { BodyRef } from '../recognize/titles.js';
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

/** The posts of the event's hosts in a body of that kind whose unit `fits`. */
function hostsPosts(event: EventRecord, kind: string, people: readonly PersonRecord[], fits: (unit: Unit) => boolean): Array<{ q: PositionRecord; unit: Unit }> {
  const hosts = people.filter((p) => p.roles.some((r) => r.event === event.id && HOSTING_ROLES.has(r.role)));
  return hosts.flatMap((p) => p.positions.flatMap((q) => {
    if (q.former || q.bodyKind !== kind || q.unit === undefined) return [];
    const unit = unitById(q.unit);
    return unit && fits(unit) ? [{ q, unit }] : [];
  }));
}

/** The one unit the posts name, as the event's organizer; null when they name several or none. */
function theOneUnit(posts: ReadonlyArray<{ q: PositionRecord; unit: Unit }>, kind: string): ResolvedBody | null {
  if (posts.length === 0 || new Set(posts.map(({ unit }) => unit.id)).size > 1) return null;
  const { q, unit } = posts[0]!;
  return { name: q.organization, place: unit, kind };
}

/** The organizer the hosts' written posts tell, or undefined when they tell nothing against it. */
function organizerByHosts(event: EventRecord, organizer: ResolvedBody, people: readonly PersonRecord[]): ResolvedBody | null | undefined {
  const place = organizer.place;
  const kind = organizer.kind;
  if (!organizer.placedByContext || !place || !kind) return undefined;
  const posts = hostsPosts(event, kind, people, (unit) => unitWord(unit) === unitWord(place));
  if (posts.length === 0 || posts.some(({ unit }) => unit.id === place.id)) return undefined;
  return theOneUnit(posts, kind);
}

/**
 * "Chủ tịch UBND tỉnh A chủ trì cuộc họp" in an article about two provinces: the organizer, left
 * out for want of a unit, is the one the host's post written with its unit names ("Chủ tịch UBND
 * tỉnh Gia Lai A"); undefined when the posts name none or several.
 */
function organizerOfUnplaced(event: EventRecord, body: BodyRef, people: readonly PersonRecord[]): ResolvedBody | undefined {
  const kind = kindOfEntry(body.kind);
  // A congress is its Party organization's, which no host's post names.
  if (!kind || !body.unitWord || event.kind === 'congress') return undefined;
  const types: readonly string[] = typesOfWord(body.unitWord);
  return theOneUnit(hostsPosts(event, kind, people, (unit) => types.includes(unit.type)), kind) ?? undefined;
}

/** What the text said of each event's organizer before people were known. */
export interface DraftedOrganizers {
  organizers: ReadonlyMap<string, ResolvedBody>;
  unplaced: ReadonlyMap<string, BodyRef>;
}

/** The events with each organizer the text gave no unit checked against its hosts' written posts. */
export function placeOrganizersByHosts(
  events: readonly EventRecord[],
  drafted: DraftedOrganizers,
  people: readonly PersonRecord[],
  namers: ReadonlyMap<string, EventNamer>,
): EventRecord[] {
  return events.map((event) => {
    const organizer = drafted.organizers.get(event.id);
    const body = drafted.unplaced.get(event.id);
    const byHosts = organizer ? organizerByHosts(event, organizer, people) : body ? organizerOfUnplaced(event, body, people) : undefined;
    if (byHosts === undefined) return event;
    const name = namers.get(event.id)?.(byHosts) ?? event.name;
    const { id, kind, ordinal, term, termYears, date } = event;
    return { id, kind, name, ...organizerFields(byHosts), ordinal, term, termYears, date };
  });
}
