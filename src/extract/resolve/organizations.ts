// Stage 5: canonical organization names. A body as written ("UBND huyện",
// "Huyện ủy", "BTV", "Ủy ban MTTQ TP") becomes the full name with its
// jurisdiction, taken from the text or else from the article's context.
import { isWithin, type Unit } from '../../vietnam/gazetteer/index.js';
import { committeeWordOf, levelOfWord, partyOrganizationWordOf, typesOfWord, unitWordOf } from '../../vietnam/units.js';
import type { BodyRef } from '../recognize/titles.js';
import type { ArticleContext } from './context.js';

export interface ResolvedBody {
  name: string;
  place: Unit | null;
}

/**
 * "Huyện ủy Thanh Trì", "Thành ủy Hà Nội", "Đảng ủy xã Tân Lập". `written` is the unit
 * type the article gives (a town may have been a huyện when it was written).
 */
export function committeeName(place: Unit, written?: string | null): string {
  return `${committeeWordOf(displayUnit(place, written)) ?? 'Đảng ủy'} ${place.name}`;
}

/** The unit type to print: as written when it is of the place's level, else the registry's. */
function displayUnit(place: Unit, written?: string | null): string {
  // A city's word is the registry's: "thành phố" may be written for either level.
  if (written && typesOfWord(written).length === 1 && levelOfWord(written) === place.level) return written;
  return unitWordOf(place);
}

/** The unit of the context that a unit word means when no name follows it. */
function contextPlace(unitWord: string | null, ctx: ArticleContext): Unit | null {
  if (unitWord === null) return null;
  const types: readonly string[] = typesOfWord(unitWord);
  const order = unitWord === 'TP' ? [ctx.province, ctx.district] : [ctx.commune, ctx.district, ctx.province];
  for (const candidate of order) {
    if (candidate && types.includes(candidate.type)) return candidate;
  }
  // The article's district under the type it had then ("Huyện ủy" of a town upgraded since).
  const level = levelOfWord(unitWord);
  // Only a word of one type of district: "thành phố" may as well be the province.
  if (level === 'district' && types.length === 1 && ctx.district) return ctx.district;
  if (level === 'commune' && ctx.commune) return ctx.commune;
  return null;
}

/** Picks among same-named units the one inside the article's province or district. */
function pickPlace(places: readonly Unit[], ctx: ArticleContext): Unit {
  const inside = (p: Unit, scope: Unit | null): boolean => scope !== null && isWithin(p, scope);
  const found = places.find((p) => inside(p, ctx.district)) ?? places.find((p) => inside(p, ctx.province));
  if (found) return found;
  // "huyện Phong Điền" in a Thừa Thiên Huế article: the article's own unit of that name.
  const own = [ctx.commune, ctx.district].find((p) => p && places.some((q) => q.name === p.name && q.level === p.level));
  return own ?? places[0]!;
}

/** The article's own level when a body names none: the most local unit it is about. */
function ownPlace(ctx: ArticleContext): Unit | null {
  if (ctx.focus === 'commune') return ctx.commune;
  return ctx.district ?? ctx.province;
}

/** The Party committee of the article's own jurisdiction. */
export function ownCommittee(ctx: ArticleContext): ResolvedBody | null {
  const place = ownPlace(ctx);
  return place ? { name: committeeName(place), place } : null;
}

/** The province-level committee (TUV, Thành ủy viên in a centrally-run city). */
export function provinceCommittee(ctx: ArticleContext): ResolvedBody | null {
  return ctx.province ? { name: committeeName(ctx.province), place: ctx.province } : null;
}

export function resolveBody(body: BodyRef, ctx: ArticleContext): ResolvedBody | null {
  const kind = body.kind;
  switch (kind.kind) {
    case 'committee': {
      const place = body.places ? pickPlace(body.places, ctx) : body.unitWord ? contextPlace(body.unitWord, ctx) : ownPlace(ctx);
      if (place) return { name: committeeName(place, body.unitWord), place };
      const committee = body.unitWord ? committeeWordOf(body.unitWord) : null;
      return committee ? { name: committee, place: null } : null;
    }
    case 'party-organization': {
      const place = body.places ? pickPlace(body.places, ctx) : body.unitWord ? contextPlace(body.unitWord, ctx) : ownPlace(ctx);
      return place ? { name: `${partyOrganizationWordOf(displayUnit(place, body.unitWord)) ?? 'Đảng bộ'} ${place.name}`, place } : null;
    }
    case 'committee-part': {
      const parent = body.parent ? resolveBody(body.parent, ctx) : ownCommittee(ctx);
      return parent ? { name: `${kind.name} ${parent.name}`, place: parent.place } : null;
    }
    case 'jurisdictional': {
      if (body.unitName && body.unitWord) return { name: `${kind.name} ${body.unitWord} ${body.unitName}`, place: null };
      let place: Unit | null = body.places ? pickPlace(body.places, ctx) : contextPlace(body.unitWord, ctx);
      if (!place && !body.unitWord) {
        place = kind.defaultLevel === 'province' ? ctx.province : kind.defaultLevel === 'district' ? ctx.district : ownPlace(ctx);
      }
      return place ? { name: `${kind.name} ${displayUnit(place, body.unitWord)} ${place.name}`, place } : { name: kind.name, place: null };
    }
    case 'unit-named': {
      const place = body.places ? pickPlace(body.places, ctx) : contextPlace(kind.unitWord, ctx);
      return place ? { name: `${kind.name} ${place.name}`, place } : { name: kind.name, place: null };
    }
    case 'fixed':
      return { name: kind.name, place: null };
    case 'body-part': {
      // Alone, it is the body of the title beside it: positions.ts resolves that.
      if (body.written) return { name: body.written, place: null };
      const parent = body.parent ? resolveBody(body.parent, ctx) : null;
      return parent ? { name: `${kind.name} ${parent.name}`, place: parent.place } : null;
    }
    case 'named': {
      if (body.written) return { name: body.written, place: null };
      // "Tổng Giám đốc Tập đoàn": the one institution of that kind the article names in full.
      const named = ctx.institutions?.get(kind.head) ?? [];
      return named.length === 1 ? { name: named[0]!, place: null } : null;
    }
  }
}
