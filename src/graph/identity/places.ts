// How the places of two posts relate, in the terms a career is read in: the same
// unit, one inside the other, one the reform's successor of the other (a district
// or commune before 2025-07-01 → the new commune formed from it; an old province →
// the merged one), or only the same province (a lateral move, or a namesake), or
// nothing. Units are the gazetteer's ids, innermost first (mention.ts PostFact.units);
// an id the gazetteer does not know (an unresolved "?xã tân lập") says nothing.

import { childrenOf, parentChain, successorsOf, unitById, type Unit } from '../../vietnam/gazetteer/index.js';
import { REFORM_DATE } from '../../vietnam/units.js';

export type PlaceRelation = 'same' | 'nested' | 'successor' | 'lateral' | 'unrelated' | 'unknown';

/** Best first: what a career link may rest on comes before what only permits or forbids one. */
export const RELATION_ORDER: readonly PlaceRelation[] = ['same', 'nested', 'successor', 'lateral', 'unknown', 'unrelated'];

export function knownUnit(id: string | undefined): Unit | undefined {
  return id === undefined || id.startsWith('?') ? undefined : unitById(id);
}

const continuations = new Map<string, ReadonlySet<string>>();

/**
 * The units since the reform that carry on a unit that ended with it, with the
 * units enclosing them: an old commune's new commune(s), the new communes formed
 * from a district's communes, an old province's merged province. Empty for a
 * unit that did not end with the reform.
 */
export function continuationsOf(id: string): ReadonlySet<string> {
  let found = continuations.get(id);
  if (found !== undefined) return found;
  const out = new Set<string>();
  const unit = knownUnit(id);
  if (unit !== undefined && unit.validUntil === REFORM_DATE) {
    const parts = unit.level === 'district' ? childrenOf(unit.id).filter((c) => c.validUntil === REFORM_DATE) : [unit];
    for (const part of parts) {
      for (const s of successorsOf(part.id)) for (const u of parentChain(s.unit.id)) out.add(u.id);
    }
  }
  found = out;
  continuations.set(id, found);
  return found;
}

/** The province a unit is in after the reform (a merged province for an old one): what "the same province" means across 2025. */
export function regionOf(units: readonly string[]): string | null {
  const top = units[units.length - 1];
  const province = knownUnit(top);
  if (province === undefined || province.level !== 'province') return null;
  if (province.validUntil !== REFORM_DATE) return province.id;
  return successorsOf(province.id)[0]?.unit.id ?? province.id;
}

function successor(before: readonly string[], after: readonly string[]): boolean {
  const [first] = before;
  if (first === undefined) return false;
  const next = continuationsOf(first);
  if (next.size === 0) return false;
  // After the reform the post is in a unit that carries on the old one, or encloses
  // such a unit (district → the merged province), or, for an old province, lies
  // inside the province that carries it on (province → one of its new communes).
  if (after[0] !== undefined && next.has(after[0])) return true;
  return knownUnit(first)?.level === 'province' && after.some((u) => next.has(u));
}

/** How two posts' places relate (see PlaceRelation). Symmetric. */
export function relateUnits(a: readonly string[], b: readonly string[]): PlaceRelation {
  const [x] = a;
  const [y] = b;
  if (x === undefined || y === undefined) return 'unknown';
  const ax = knownUnit(x);
  const by = knownUnit(y);
  if (ax === undefined || by === undefined) return 'unknown';
  if (x === y) return 'same';
  if (a.includes(y) || b.includes(x)) return 'nested';
  if (successor(a, b) || successor(b, a)) return 'successor';
  const region = regionOf(a);
  return region !== null && region === regionOf(b) ? 'lateral' : 'unrelated';
}

/** Could posts in these two units be held at the same time? Not when one unit ended before the other began. */
export function coexist(a: string | undefined, b: string | undefined): boolean {
  const x = knownUnit(a);
  const y = knownUnit(b);
  if (x === undefined || y === undefined) return true;
  const before = (p: Unit, q: Unit): boolean => p.validUntil !== null && q.validFrom !== null && p.validUntil <= q.validFrom;
  return !before(x, y) && !before(y, x);
}

/** Levels from broad to specific, to pick a mention's most specific posts. */
export function depthOf(level: string): number {
  return level === 'commune' ? 3 : level === 'district' ? 2 : level === 'province' ? 1 : 0;
}
