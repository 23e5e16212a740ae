// Who is the same person, and why. The rule is deterministic and stateless: a
// person's key is computed from one article alone, so ingesting articles in any order,
// in any batches, or twice, gives the same nodes (Neo4j MERGE on the key is idempotent).
//
//   Person key = nameKey(name) + "|" + anchor
//
// nameKey keeps tone marks (Hồng ≠ Hùng, Hà ≠ Hạ) and fixes tone placement and case.
// The anchor is the jurisdiction the person works in, read from the organizations of
// their positions (every body of a unit carries its unit: Huyện ủy Thanh Trì is of
// huyện Thanh Trì, 2004:020):
//
// 1. Take the current positions; if the article gives none current, all positions.
// 2. Each position's organization gives a place (organizations.ts). A commune lifts to
//    its district: commune names are often unresolved, and commune officials' careers
//    stay within a district. (Communes since the 2025 reform have no district.)
// 3. The anchor is the most specific of these places (district before province). On a
//    tie between units of the same level, the one of the event's organizer wins, then
//    the smallest key, so the choice never depends on the order of positions.
// 4. Positions only in national bodies (Bộ Chính trị, Quốc hội, a ministry): the
//    anchor is "central".
// 5. No positions, or only in bodies whose place the name does not give: the anchor
//    of the article's first organizer ("Huyện ủy Mỹ Đức" → huyện Mỹ Đức), else "unknown".
//
// Why the district and not the province. A province-level anchor keeps a district
// official who moves to a province post (or to another district) as one node, but
// merges every two namesakes of one province: Hà Nội alone has 30 districts, and
// names such as Nguyễn Văn Hùng are common enough that such merges would be frequent,
// and a false merge invents facts (a career, connections) that no article states.
// A district anchor keeps namesakes in different districts apart; its cost is a
// second node when an official changes jurisdiction and the articles stop naming the
// old post. We prefer that split to a false merge. ANCHOR_LEVEL switches the rule to
// provinces in one place if a corpus calls for it.
//
// Within one article, entries with the same name are one official: their positions
// and roles are merged before the key is computed.
//
// Known limits: two namesakes in one district are one node; a district name found in
// several provinces resolves only when the article names its province (else the
// anchor is the unresolved "?huyện x", shared by those districts); a person named
// without any title in a meeting of another jurisdiction gets that jurisdiction.

import type { PersonRecord } from '../extract/contract.js';
import type { PlaceInfo } from './organizations.js';
import { nameKey } from '../vietnam/text.js';

export type AnchorLevel = 'district' | 'province';
export const ANCHOR_LEVEL: AnchorLevel = 'district';

export interface Anchor {
  /** A place key (a unit id such as "2004:020", or "?…" for an unresolved unit), "central" or "unknown". */
  key: string;
  /** What Person.jurisdiction shows: "huyện Thanh Trì", "Trung ương", "". */
  caption: string;
}

export const CENTRAL: Anchor = { key: 'central', caption: 'Trung ương' };
export const UNKNOWN: Anchor = { key: 'unknown', caption: '' };

const RANK: Readonly<Record<string, number>> = { commune: 2, district: 2, province: 1 };

/** A place as an anchor: communes lift to their district, and districts to their province at province level. */
export function anchorPlace(place: PlaceInfo, level: AnchorLevel = ANCHOR_LEVEL): PlaceInfo {
  let p = place;
  if (p.level === 'commune' && p.parent) p = p.parent;
  if (level === 'province') while (p.level !== 'province' && p.parent) p = p.parent;
  return p;
}

function asAnchor(place: PlaceInfo): Anchor {
  return { key: place.key, caption: place.name };
}

export interface AnchorInput {
  /** The place of each position's organization (null when it has none), whether it is a national body, and the status. */
  positions: ReadonlyArray<{ place: PlaceInfo | null; central: boolean; former: boolean }>;
  /** The anchor of the article's first event organizer, if any. */
  organizer: Anchor | null;
  level?: AnchorLevel;
}

/** The jurisdiction part of a person's identity (rules 1–5 above). */
export function anchorOf(input: AnchorInput): Anchor {
  const level = input.level ?? ANCHOR_LEVEL;
  const known = input.positions.filter((p) => p.place !== null || p.central);
  if (known.length === 0) return input.organizer ?? UNKNOWN;
  const current = known.filter((p) => !p.former);
  const considered = current.length > 0 ? current : known;
  const places = considered.flatMap((p) => (p.place === null ? [] : [anchorPlace(p.place, level)]));
  if (places.length === 0) return CENTRAL;
  const best = Math.max(...places.map((p) => RANK[p.level] ?? 0));
  const candidates = places.filter((p) => (RANK[p.level] ?? 0) === best);
  const organizer = candidates.find((p) => p.key === input.organizer?.key);
  if (organizer) return asAnchor(organizer);
  const smallest = candidates.reduce((a, b) => (b.key < a.key ? b : a));
  return asAnchor(smallest);
}

export function personKey(name: string, anchor: Anchor): string {
  return `${nameKey(name)}|${anchor.key}`;
}

/**
 * One entry per official within an article: entries whose names have the same key
 * are merged (positions and roles de-duplicated, evidence concatenated), in order of
 * first appearance.
 */
export function mergeSameNames(people: readonly PersonRecord[]): PersonRecord[] {
  const byKey = new Map<string, PersonRecord>();
  for (const p of people) {
    const k = nameKey(p.name);
    const seen = byKey.get(k);
    if (seen === undefined) {
      byKey.set(k, { ...p, positions: p.positions.map((x) => ({ ...x })), roles: [...p.roles], evidence: [...(p.evidence ?? [])] });
      continue;
    }
    for (const pos of p.positions) {
      const same = seen.positions.find((q) => nameKey(q.title) === nameKey(pos.title) && nameKey(q.organization) === nameKey(pos.organization));
      if (same === undefined) seen.positions.push(pos);
      else if (pos.former) same.former = true;
    }
    for (const r of p.roles) if (!seen.roles.some((q) => q.event === r.event && q.role === r.role)) seen.roles.push(r);
    for (const e of p.evidence ?? []) if (!seen.evidence.includes(e)) seen.evidence.push(e);
  }
  return [...byKey.values()];
}
