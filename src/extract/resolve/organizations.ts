// Stage 5: canonical organization names. A body as written ("UBND huyện",
// "Huyện ủy", "BTV", "Ủy ban MTTQ TP") becomes the full name with its
// jurisdiction, taken from the text or else from the article's context.
import { formatBody, kindOfEntry, partKind, PARTY_COMMITTEE, PARTY_ORGANIZATION, type BodyKind } from '../../vietnam/body-names.js';
import { isWithin, preferInForce, unitById, type Unit } from '../../vietnam/gazetteer/index.js';
import { levelOfWord, typesOfWord, type UnitLevel } from '../../vietnam/units.js';
import type { BodyRef } from '../recognize/titles.js';
import type { ArticleContext } from './context.js';

export interface ResolvedBody {
  name: string;
  place: Unit | null;
  /** The body's kind (body-names.ts), with `place` its identity; null for a body the lexicon does not make. */
  kind: BodyKind | null;
  /** The place was picked among same-named units without the article saying which. */
  guessed?: boolean;
  /** The text wrote no unit beside the body ("UBND TP"): the place is the article's context's. */
  placedByContext?: boolean;
}

/** Kinds of body whose unit, when the text writes none, is the article's context's. */
const PLACED_KINDS: ReadonlySet<string> = new Set(['committee', 'party-organization', 'jurisdictional', 'unit-named']);

/** The body marked as placed by the article's context when the text wrote no unit for it. */
function placedBy(body: ResolvedBody, written: BodyRef): ResolvedBody {
  const unwritten = PLACED_KINDS.has(written.kind.kind) ? !written.places : written.kind.kind === 'committee-part' && !written.parent;
  return unwritten && body.place !== null ? { ...body, placedByContext: true } : body;
}

/**
 * The Party committee of a unit: "Huyện ủy Thanh Trì", "Thành ủy Hà Nội", "Đảng ủy xã
 * Tân Lập". `written` is the unit type the article gives (a town may have been a huyện
 * when it was written).
 */
export function committeeOf(place: Unit, written?: string | null, guessed = false): ResolvedBody {
  return bodyOf(PARTY_COMMITTEE, place, written, guessed);
}

/** A body of a kind and a unit (or none): its name and what it is. */
export function bodyOf(kind: BodyKind, place: Unit | null, written?: string | null, guessed = false): ResolvedBody {
  return { name: formatBody(kind, place, { word: written ?? null }), place, kind, ...(guessed && place ? { guessed } : {}) };
}

interface Placement {
  place: Unit | null;
  guessed: boolean;
}

/** A unit taken from the article's context: as sure as the context. */
function fromContext(place: Unit | null, ctx: ArticleContext): Placement {
  return { place, guessed: place !== null && ctx.guessed };
}

/** A body's name that ends on the nation's: a local body's written with no unit reads as the national one. */
const NATIONAL_NAME = /\sViệt Nam$/u;

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
  // A huyện was never a quận or a thị xã (units are upgraded, not the reverse): "quận" is another district.
  if (level === 'district' && types.length === 1 && ctx.district && !(ctx.district.type === 'huyện' && types[0] !== 'huyện')) return ctx.district;
  if (level === 'commune' && ctx.commune) return ctx.commune;
  return null;
}

/** Picks among same-named units the one inside the article's province or district; a guess when nothing tells. */
function pickPlace(written: readonly Unit[], ctx: ArticleContext): Placement {
  // Units of the article's period first: "Tỉnh ủy Phú Thọ" in 2026 is the merged province's.
  const places = preferInForce(written, ctx.date);
  if (places.every((p) => p.id === places[0]!.id)) return { place: places[0]!, guessed: false };
  const inside = (p: Unit, scope: Unit | null): boolean => scope !== null && isWithin(p, scope);
  const found = places.find((p) => inside(p, ctx.district)) ?? places.find((p) => inside(p, ctx.province));
  if (found) return fromContext(found, ctx);
  // "huyện Phong Điền" in a Thừa Thiên Huế article: the article's own unit of that name.
  const own = [ctx.commune, ctx.district].find((p) => p && places.some((q) => q.name === p.name && q.level === p.level));
  return own ? fromContext(own, ctx) : { place: places[0]!, guessed: true };
}

/**
 * "Sở Y tế Bình Định" (no unit word): of the units so named, those at the body's own level
 * (a province's department), not "xã Bình Định" elsewhere; all of them if none is.
 */
function atDefaultLevel(places: readonly Unit[], unitWord: string | null, level: UnitLevel | null): readonly Unit[] {
  if (unitWord !== null || level === null) return places;
  const atLevel = places.filter((p) => p.level === level);
  return atLevel.length > 0 ? atLevel : places;
}

/** The article's own level when a body names none: the most local unit it is about. */
function ownPlace(ctx: ArticleContext): Unit | null {
  if (ctx.focus === 'commune') return ctx.commune;
  return ctx.district ?? ctx.province;
}

/** The Party committee of the article's own jurisdiction. */
export function ownCommittee(ctx: ArticleContext): ResolvedBody | null {
  const place = ownPlace(ctx);
  return place ? committeeOf(place, null, ctx.guessed) : null;
}

/** The province-level committee (TUV, Thành ủy viên in a centrally-run city). */
export function provinceCommittee(ctx: ArticleContext): ResolvedBody | null {
  return ctx.province ? committeeOf(ctx.province, null, ctx.guessed) : null;
}

export function resolveBody(body: BodyRef, ctx: ArticleContext): ResolvedBody | null {
  const resolved = resolveWritten(body, ctx);
  return resolved && placedBy(resolved, body);
}

function resolveWritten(body: BodyRef, ctx: ArticleContext): ResolvedBody | null {
  const entry = body.kind;
  // The unit written after the body, else the context's unit of the written word, else the article's own.
  const placed = (word: string | null): Placement =>
    body.places ? pickPlace(body.places, ctx) : fromContext(word ? contextPlace(word, ctx) : ownPlace(ctx), ctx);
  switch (entry.kind) {
    case 'committee': {
      // "Tỉnh ủy" with no place in an article about several provinces: none of them, as written.
      if (!body.places && ctx.contested && body.unitWord !== null && levelOfWord(body.unitWord) === 'province') return bodyOf(PARTY_COMMITTEE, null, body.unitWord);
      // "Quận ủy Quận 2" of a numbered district the gazetteer lacks: as written, no unit.
      if (body.unitName && body.unitWord) return { ...bodyOf(PARTY_COMMITTEE, null, body.unitWord), name: `${bodyOf(PARTY_COMMITTEE, null, body.unitWord).name} ${body.unitWord} ${body.unitName}` };
      const { place, guessed } = placed(body.unitWord);
      // "Ban Thường vụ Đảng ủy" in an article whose commune is unknown: not the province's.
      if (place && !body.unitWord && entry.communeOrInstitution && place.level !== 'commune') return null;
      if (place) return committeeOf(place, body.unitWord, guessed);
      return body.unitWord ? bodyOf(PARTY_COMMITTEE, null, body.unitWord) : null;
    }
    case 'party-organization': {
      const { place, guessed } = placed(body.unitWord);
      return place ? bodyOf(PARTY_ORGANIZATION, place, body.unitWord, guessed) : null;
    }
    case 'committee-part': {
      // A council's board whose council is not written is no guessed Party committee's.
      if (!body.parent && entry.ofCouncil) return null;
      const parent = body.parent ? resolveBody(body.parent, ctx) : ownCommittee(ctx);
      return parent ? partOf(entry.name, parent) : null;
    }
    case 'jurisdictional': {
      // A numbered district the gazetteer lacks ("Công an quận 2" since 2021): kept as written, no unit.
      if (body.unitName && body.unitWord) return { name: `${entry.name} ${body.unitWord} ${body.unitName}`, place: null, kind: kindOfEntry(entry) };
      // Written with no place in an article about several provinces: none of them.
      if (!body.places && ctx.contested && (body.unitWord === null || levelOfWord(body.unitWord) === 'province')) return null;
      // "Bí thư Đoàn Thanh niên XN Bao bì Liksin": no unit written, so not the article's.
      if (!body.places && !body.unitWord && entry.unitWrittenOnly) return null;
      let { place, guessed } = body.places ? pickPlace(atDefaultLevel(body.places, body.unitWord, entry.defaultLevel), ctx) : fromContext(contextPlace(body.unitWord, ctx), ctx);
      if (!place && !body.unitWord) {
        ({ place, guessed } = fromContext(entry.defaultLevel === 'province' ? ctx.province : entry.defaultLevel === 'district' ? ctx.district : ownPlace(ctx), ctx));
        // "Chủ tịch UBND" with no place anywhere: no bare "UBND" that every unit has.
        if (!place && (entry.category === 'people-committee' || entry.category === 'people-council')) return null;
      }
      // "UBND TP" where the article names no city: no bare "UBND" either.
      if (!place && (entry.category === 'people-committee' || entry.category === 'people-council')) return null;
      // "Phòng Giáo dục tỉnh X": a district's office written with a province is none.
      if (entry.onlyLevel && (place ? place.level : body.unitWord && levelOfWord(body.unitWord)) !== entry.onlyLevel) return null;
      const resolved = bodyOf(kindOfEntry(entry)!, place, body.unitWord, guessed);
      // "Ủy ban MTTQ quận" of a district the article does not tell: not the national front.
      return !place && body.unitWord && NATIONAL_NAME.test(resolved.name) ? null : resolved;
    }
    case 'unit-named': {
      const { place, guessed } = body.places ? pickPlace(body.places, ctx) : fromContext(contextPlace(entry.unitWord, ctx), ctx);
      return bodyOf(kindOfEntry(entry)!, place, null, guessed);
    }
    case 'fixed':
      return { name: entry.name, place: entry.unit === undefined ? null : (unitById(entry.unit) ?? null), kind: entry.name };
    case 'body-part': {
      // Alone, it is the body of the title beside it: positions.ts resolves that.
      if (body.written) return { name: body.written, place: null, kind: null };
      const parent = body.parent ? resolveBody(body.parent, ctx) : null;
      return parent ? partOf(entry.name, parent) : null;
    }
    case 'named': {
      if (body.written) return { name: body.written, place: null, kind: null };
      // "Tổng Giám đốc Tập đoàn": the one institution of that kind the article names in full.
      const named = ctx.institutions?.get(entry.head) ?? [];
      return named.length === 1 ? { name: named[0]!, place: null, kind: null } : null;
    }
  }
}

/** "Ban Tổ chức" of "Huyện ủy Thanh Trì": the part's name before its body's. */
export function partOf(partName: string, parent: ResolvedBody): ResolvedBody {
  const kind = parent.kind === null ? null : partKind(partName, parent.kind);
  return { name: `${partName} ${parent.name}`, place: parent.place, kind, ...(parent.guessed ? { guessed: true } : {}), ...(parent.placedByContext ? { placedByContext: true } : {}) };
}
