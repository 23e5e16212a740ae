// The extraction contract (docs/extraction-contract.md) as types: what
// `cadregraph extract` prints, one ArticleRecord per article. Everything
// downstream (graph, stores, API) reads only these types.

export type EventKind = 'conference' | 'congress' | 'session' | 'meeting';

export const ROLES = ['chaired', 'attended', 'opened', 'reported', 'directed', 'concluded', 'spoke'] as const;
export type Role = (typeof ROLES)[number];

export interface ArticleMeta {
  id: string;
  title: string | null;
  /** ISO date YYYY-MM-DD, or null when the article gives none. */
  published: string | null;
  /** The byline; never a person in `people`. */
  author: string | null;
}

export interface EventRecord {
  /** Local to the article: e1, e2, ... */
  id: string;
  kind: EventKind;
  name: string;
  /** Canonical body that holds the event, e.g. "Huyện ủy Thanh Trì". */
  organizer: string | null;
  /** The organizer's kind (src/vietnam/body-names.ts): "{committee}", "Đảng bộ {unit}"; absent when not resolved. */
  organizerKind?: string;
  /** The organizer's unit, its code qualified by code list ("2004:020"); absent when it has none or it was not resolved. */
  organizerUnit?: string;
  ordinal: number | null;
  /** Roman numerals, e.g. "XXIV". */
  term: string | null;
  /** "2020-2025". */
  termYears: string | null;
  /** ISO date of the event. */
  date: string | null;
}

export interface PositionRecord {
  /** The role word: "Bí thư", "Phó Chủ tịch Thường trực", "Ủy viên". */
  title: string;
  /** Canonical body with its jurisdiction: "UBND huyện Thanh Trì". */
  organization: string;
  former: boolean;
  /** The body's kind: "UBND {unit}"; absent when not resolved. */
  bodyKind?: string;
  /** The body's unit, its code qualified by code list ("2004:020"); absent when it has none or it was not resolved. */
  unit?: string;
}

export interface RoleRecord {
  event: string;
  role: Role;
}

export interface PersonRecord {
  name: string;
  positions: PositionRecord[];
  roles: RoleRecord[];
  /** The sentences the facts come from, as they stand in the text. */
  evidence: string[];
}

export interface ArticleRecord {
  article: ArticleMeta;
  events: EventRecord[];
  people: PersonRecord[];
}
