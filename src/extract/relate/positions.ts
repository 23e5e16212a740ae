// Turns a name's title units into contract positions: canonical title and
// organization, with jurisdiction resolved and bodiless titles ("UVBTV",
// "Phó Bí thư") given the committee of their neighbours in the chain.
import type { PositionRecord } from '../contract.js';
import { PARTY_TITLES } from '../../vietnam/titles.js';
import type { TitleUnit } from '../recognize/titles.js';
import type { ArticleContext } from '../resolve/context.js';
import { committeeName, ownCommittee, provinceCommittee, resolveBody, type ResolvedBody } from '../resolve/organizations.js';
import type { Unit } from '../../vietnam/gazetteer/index.js';

function committeeOfPlace(place: Unit | null): ResolvedBody | null {
  return place ? { name: committeeName(place), place } : null;
}

/** The committee a bodiless Party title belongs to: a neighbour's jurisdiction, else the article's. */
function neighbourCommittee(chain: readonly TitleUnit[], index: number, ctx: ArticleContext): ResolvedBody | null {
  const order = [...chain.slice(index + 1), ...chain.slice(0, index).reverse()];
  for (const unit of order) {
    if (!unit.body) continue;
    const resolved = resolveBody(unit.body, ctx);
    if (resolved?.place) return committeeOfPlace(resolved.place);
  }
  return ownCommittee(ctx);
}

/** Bodies of a unit's own government, whose Party committee is the unit's ("Đảng ủy xã"). */
const PLACE_GOVERNMENT = new Set(['UBND', 'HĐND', 'Thường trực HĐND', 'Ủy ban MTTQ Việt Nam']);

/** The nearest body written beside the unit in its chain, resolved. */
function bodyBeside(chain: readonly TitleUnit[], index: number, ctx: ArticleContext): ResolvedBody | null {
  const order = [...chain.slice(index + 1), ...chain.slice(0, index).reverse()];
  const unit = order.find((u) => u.body && u.body.end > u.body.start);
  return unit?.body ? resolveBody(unit.body, ctx) : null;
}

/**
 * "Bí thư Đảng ủy, Giám đốc Công an tỉnh", "Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn X":
 * the institution whose Party committee it is, when the body beside it is no unit's government.
 */
function institutionBeside(chain: readonly TitleUnit[], index: number, ctx: ArticleContext): ResolvedBody | null {
  const order = [...chain.slice(index + 1), ...chain.slice(0, index).reverse()];
  const body = order.find((u) => u.body && u.body.end > u.body.start)?.body;
  if (!body) return null;
  const kind = body.kind;
  if (kind.kind === 'body-part' && body.parent) return resolveBody(body.parent, ctx);
  if (kind.kind === 'named' || (kind.kind === 'jurisdictional' && !PLACE_GOVERNMENT.has(kind.name))) return resolveBody(body, ctx);
  return null;
}

function memberCommittee(unit: TitleUnit, chain: readonly TitleUnit[], index: number, ctx: ArticleContext): string | null {
  const member = unit.member!;
  switch (member.committee) {
    case 'central': return 'Ban Chấp hành Trung ương Đảng';
    case 'politburo': return 'Bộ Chính trị';
    case 'province': return provinceCommittee(ctx)?.name ?? null;
    case 'Tỉnh ủy': return ctx.province ? committeeName(ctx.province) : 'Tỉnh ủy';
    case 'Thành ủy': {
      if (ctx.province?.type === 'thành phố trung ương') return committeeName(ctx.province);
      if (ctx.district?.type === 'thành phố') return committeeName(ctx.district);
      return 'Thành ủy';
    }
    case 'Huyện ủy': case 'Quận ủy': case 'Thị ủy':
      return ctx.district ? committeeName(ctx.district) : member.committee;
    case 'own': {
      const committee = unit.body ? resolveBody(unit.body, ctx) : neighbourCommittee(chain, index, ctx);
      return committee ? `Ban Thường vụ ${committee.name}` : null;
    }
  }
}

/** A post whose body the text places in Vietnam: named with its unit, or a central body. */
function placedAtHome(unit: TitleUnit): boolean {
  return Boolean(unit.body?.places) || (unit.body?.kind.kind === 'fixed' && unit.body.end > unit.body.start);
}

export function positionOf(unit: TitleUnit, chain: readonly TitleUnit[], ctx: ArticleContext, former: boolean): PositionRecord | null {
  if (unit.title === null || unit.outside || unit.unknownBody) return null;
  // "Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Giang Tô": the chain's other posts are that state's too.
  if (chain.some((u) => u.outside && u.body?.kind.kind !== 'committee-part') && !placedAtHome(unit)) return null;
  const index = chain.indexOf(unit);
  let organization: string | null = null;
  if (unit.member) organization = memberCommittee(unit, chain, index, ctx);
  else if (unit.body) {
    const unplacedCommittee = unit.body.kind.kind === 'committee' && !unit.body.places && !unit.body.unitWord;
    if (unplacedCommittee) {
      // "Phó Bí thư Đảng ủy, Chủ tịch UBND xã": the committee of the unit named beside it.
      const institution = institutionBeside(chain, index, ctx);
      organization = institution ? `Đảng ủy ${institution.name}` : neighbourCommittee(chain, index, ctx)?.name ?? null;
    } else if (unit.body.kind.kind === 'body-part' && !unit.body.parent && !unit.body.written) {
      // "Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh": the body of the title beside it.
      const beside = bodyBeside(chain, index, ctx);
      organization = beside ? `${unit.body.kind.name} ${beside.name}` : null;
    } else if (unit.body.kind.kind === 'committee-part' && !unit.body.parent) {
      const committee = neighbourCommittee(chain, index, ctx);
      organization = committee ? `${unit.body.kind.name} ${committee.name}` : null;
    } else organization = resolveBody(unit.body, ctx)?.name ?? null;
  } else if (PARTY_TITLES.has(unit.title)) organization = neighbourCommittee(chain, index, ctx)?.name ?? null;
  else if (unit.title === 'Đại biểu') organization = ctx.sessionOrganizer;
  if (!organization) return null;
  return { title: unit.title, organization, former };
}
