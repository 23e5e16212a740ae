// Stage 5: canonical organization names. A body as written ("UBND huyện",
// "Huyện ủy", "BTV", "Ủy ban MTTQ TP") becomes the full name with its
// jurisdiction, taken from the text or else from the article's context.
import { placeByCode, type Place } from '../lexicon/places.js';
import type { BodyRef } from '../recognize/titles.js';
import { typesForUnitWord, unitWordOf } from '../recognize/places.js';
import type { ArticleContext } from './context.js';

export interface ResolvedBody {
  name: string;
  place: Place | null;
}

const COMMITTEE_WORD: Readonly<Record<string, string>> = {
  'tỉnh': 'Tỉnh ủy', 'thành phố trung ương': 'Thành ủy', 'thành phố': 'Thành ủy', 'huyện': 'Huyện ủy', 'thị xã': 'Thị ủy',
};

/**
 * "Huyện ủy Thanh Trì", "Thành ủy Hà Nội", "Đảng ủy xã Tân Lập". `written` is the unit
 * type the article gives (a town may have been a huyện when it was written).
 */
export function committeeName(place: Place, written?: string | null): string {
  const type = displayUnit(place, written);
  if (place.level === 'commune') return `Đảng ủy ${type} ${place.name}`;
  const word = type === 'quận' ? 'Quận ủy' : COMMITTEE_WORD[type] ?? 'Đảng ủy';
  return `${word} ${place.name}`;
}

/** The unit type to print: as written when it is of the place's level, else the registry's. */
function displayUnit(place: Place, written?: string | null): string {
  const levelOf = (w: string): string => (['xã', 'phường', 'thị trấn'].includes(w) ? 'commune' : w === 'tỉnh' ? 'province' : 'district');
  if (written && written !== 'TP' && written !== 'thành phố' && levelOf(written) === place.level) return written;
  return unitWordOf(place);
}

/** The unit of the context that a unit word means when no name follows it. */
function contextPlace(unitWord: string | null, ctx: ArticleContext): Place | null {
  if (unitWord === null) return null;
  const types = typesForUnitWord(unitWord);
  const order = unitWord === 'TP' ? [ctx.province, ctx.district] : [ctx.commune, ctx.district, ctx.province];
  for (const candidate of order) {
    if (candidate && types.includes(candidate.type)) return candidate;
  }
  // The article's district under the type it had then ("Huyện ủy" of a town upgraded since).
  if (['huyện', 'quận', 'thị xã'].includes(unitWord) && ctx.district) return ctx.district;
  if (['xã', 'phường', 'thị trấn'].includes(unitWord) && ctx.commune) return ctx.commune;
  return null;
}

/** Picks among same-named units the one inside the article's province or district. */
function pickPlace(places: readonly Place[], ctx: ArticleContext): Place {
  const inside = (p: Place, scope: Place | null): boolean => {
    if (!scope) return false;
    let at: Place | undefined = p;
    while (at) {
      if (at.code === scope.code) return true;
      at = at.parent ? placeByCode(at.parent) : undefined;
    }
    return false;
  };
  const found = places.find((p) => inside(p, ctx.district)) ?? places.find((p) => inside(p, ctx.province));
  if (found) return found;
  // "huyện Phong Điền" in a Thừa Thiên Huế article: the article's own unit of that name.
  const own = [ctx.commune, ctx.district].find((p) => p && places.some((q) => q.name === p.name && q.level === p.level));
  return own ?? places[0]!;
}

/** The article's own level when a body names none: the most local unit it is about. */
function ownPlace(ctx: ArticleContext): Place | null {
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
      if (!body.unitWord) return null;
      const commune = ['xã', 'phường', 'thị trấn'].includes(body.unitWord);
      return { name: commune ? `Đảng ủy ${body.unitWord}` : `${capitalize(body.unitWord === 'thị xã' ? 'thị' : body.unitWord === 'thành phố' || body.unitWord === 'TP' ? 'thành' : body.unitWord)} ủy`, place: null };
    }
    case 'party-organization': {
      const place = body.places ? pickPlace(body.places, ctx) : body.unitWord ? contextPlace(body.unitWord, ctx) : ownPlace(ctx);
      return place ? { name: `Đảng bộ ${displayUnit(place, body.unitWord)} ${place.name}`, place } : null;
    }
    case 'committee-part': {
      const parent = body.parent ? resolveBody(body.parent, ctx) : ownCommittee(ctx);
      return parent ? { name: `${kind.name} ${parent.name}`, place: parent.place } : null;
    }
    case 'jurisdictional': {
      let place: Place | null = body.places ? pickPlace(body.places, ctx) : contextPlace(body.unitWord, ctx);
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
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
