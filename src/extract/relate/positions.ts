// Turns a name's title units into contract positions: canonical title and
// organization, with jurisdiction resolved and bodiless titles ("UVBTV",
// "Phó Bí thư") given the committee of their neighbours in the chain.
import type { PositionRecord } from '../contract.js';
import { bodyOf, committeeOf, ownCommittee, partOf, provinceCommittee, resolveBody, type ResolvedBody } from '../resolve/organizations.js';
import { PARTY_TITLES } from '../../vietnam/titles.js';
import { PARTY_COMMITTEE } from '../../vietnam/body-names.js';
import { COMMITTEE_WORDS, typesOfWord } from '../../vietnam/units.js';
import type { TitleUnit } from '../recognize/titles.js';
import type { ArticleContext } from '../resolve/context.js';
import { placeInBrackets } from './place-asides.js';
import { isMergedAwayMinistry, MINISTERS } from '../recognize/ministers.js';
import type { Token } from '../tokenize.js';

/**
 * The units of a chain that may lend their body or place to chain[index], nearest first:
 * those after it, then those before it. A current post lends nothing from a former one
 * written after it ("Phó Bí thư Tỉnh ủy, nguyên Bí thư Tỉnh ủy Đắk Nông": the article's
 * province, not Đắk Nông's), where a "nguyên" opens a list of other posts.
 */
function besideOrder(chain: readonly TitleUnit[], index: number): TitleUnit[] {
  let after = chain.slice(index + 1);
  if (!chain[index]!.former) {
    const firstFormer = after.findIndex((u) => u.former);
    if (firstFormer >= 0) after = after.slice(0, firstFormer);
  }
  return [...after, ...chain.slice(0, index).reverse()];
}

/** The committee a bodiless Party title belongs to: a neighbour's jurisdiction, else the article's. */
function neighbourCommittee(chain: readonly TitleUnit[], index: number, ctx: ArticleContext): ResolvedBody | null {
  const order = besideOrder(chain, index);
  for (const unit of order) {
    if (!unit.body) continue;
    const resolved = resolveBody(unit.body, ctx);
    if (resolved?.place) return committeeOf(resolved.place, null, resolved.guessed);
  }
  return ownCommittee(ctx);
}

/** Bodies of a unit's own government, whose Party committee is the unit's ("Đảng ủy xã"). */
const PLACE_GOVERNMENT = new Set(['UBND', 'HĐND', 'Thường trực HĐND', 'Ủy ban MTTQ Việt Nam']);

/** Boards of an enterprise: never a part of a government's or a Party committee's body. */
const ENTERPRISE_BOARDS = new Set(['Hội đồng quản trị', 'Hội đồng thành viên']);

/** An institution named by its own words ("Tổng công ty Sông Hồng"), whose board a board of directors can be. */
function anEnterprise(kind: NonNullable<TitleUnit['body']>['kind']): boolean {
  return kind.kind === 'named' || (kind.kind === 'fixed' && kind.category === 'other');
}

/**
 * The nearest body written beside the unit in its chain, resolved. "nguyên Phó Chủ tịch UBND
 * tỉnh X, nguyên Chủ tịch HĐQT Petrolimex": an enterprise's board with its company unknown
 * takes no people's committee beside it.
 */
function bodyBeside(chain: readonly TitleUnit[], index: number, ctx: ArticleContext, part: string): ResolvedBody | null {
  const order = besideOrder(chain, index);
  const unit = order.find((u) => u.body && u.body.end > u.body.start);
  if (!unit?.body || (ENTERPRISE_BOARDS.has(part) && !anEnterprise(unit.body.kind))) return null;
  return resolveBody(unit.body, ctx);
}

/**
 * "Bí thư Đảng ủy, Giám đốc Công an tỉnh", "Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn X":
 * the institution whose Party committee it is, when the body beside it is no unit's government.
 */
function institutionBeside(chain: readonly TitleUnit[], index: number, ctx: ArticleContext): ResolvedBody | null {
  const order = besideOrder(chain, index);
  const body = order.find((u) => u.body && u.body.end > u.body.start)?.body;
  if (!body) return null;
  const kind = body.kind;
  if (kind.kind === 'body-part' && body.parent) return resolveBody(body.parent, ctx);
  if (kind.kind === 'named' || (kind.kind === 'jurisdictional' && !PLACE_GOVERNMENT.has(kind.name))) return resolveBody(body, ctx);
  return null;
}

/**
 * "nguyên Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh Hà Tĩnh": a committee written with its
 * unit word alone takes the unit of that type the chain names beside it (one place written
 * once for several titles).
 */
function placeBeside(chain: readonly TitleUnit[], index: number, unitWord: string, ctx: ArticleContext): ResolvedBody | null {
  const types: readonly string[] = typesOfWord(unitWord);
  const order = besideOrder(chain, index);
  for (const unit of order) {
    if (!unit.body?.places || unit.body.unitWord === null || !typesOfWord(unit.body.unitWord).some((t) => types.includes(t))) continue;
    const resolved = resolveBody(unit.body, ctx);
    if (resolved?.place && types.includes(resolved.place.type)) return committeeOf(resolved.place, unitWord, resolved.guessed);
  }
  return null;
}

const FIXED_COMMITTEE = { central: 'Ban Chấp hành Trung ương Đảng', politburo: 'Bộ Chính trị' } as const;

/** A committee named by its word alone ("Tỉnh ủy viên" with no province known): no unit. */
function unplaced(committee: string): ResolvedBody {
  const word = COMMITTEE_WORDS.find(([w]) => w === committee)?.[1] ?? null;
  return bodyOf(PARTY_COMMITTEE, null, word);
}

function memberCommittee(unit: TitleUnit, chain: readonly TitleUnit[], index: number, ctx: ArticleContext): ResolvedBody | null {
  const member = unit.member!;
  switch (member.committee) {
    case 'central': case 'politburo': {
      const name = FIXED_COMMITTEE[member.committee];
      return { name, place: null, kind: name };
    }
    case 'province': return provinceCommittee(ctx);
    case 'Tỉnh ủy': return ctx.province ? committeeOf(ctx.province, null, ctx.guessed) : unplaced('Tỉnh ủy');
    case 'Thành ủy': {
      if (ctx.province?.type === 'thành phố trung ương') return committeeOf(ctx.province, null, ctx.guessed);
      if (ctx.district?.type === 'thành phố') return committeeOf(ctx.district, null, ctx.guessed);
      return unplaced('Thành ủy');
    }
    case 'Huyện ủy': case 'Quận ủy': case 'Thị ủy':
      return ctx.district ? committeeOf(ctx.district, null, ctx.guessed) : unplaced(member.committee);
    case 'own': {
      const committee = unit.body ? resolveBody(unit.body, ctx) : neighbourCommittee(chain, index, ctx);
      return committee ? partOf('Ban Thường vụ', committee) : null;
    }
  }
}

/** A post whose body the text places in Vietnam: named with its unit, or a central body. */
function placedAtHome(unit: TitleUnit): boolean {
  return Boolean(unit.body?.places) || (unit.body?.kind.kind === 'fixed' && unit.body.end > unit.body.start);
}

function organizationOf(unit: TitleUnit, chain: readonly TitleUnit[], ctx: ArticleContext): ResolvedBody | null {
  const index = chain.indexOf(unit);
  if (unit.member) return memberCommittee(unit, chain, index, ctx);
  if (unit.body) {
    const entry = unit.body.kind;
    if (entry.kind === 'committee' && !unit.body.places && !unit.body.unitWord) {
      // "Phó Bí thư Đảng ủy, Chủ tịch UBND xã": the committee of the unit named beside it;
      // "Bí thư Đảng ủy, Giám đốc Công an tỉnh": the institution's own Party committee.
      const institution = institutionBeside(chain, index, ctx);
      if (institution) return partOf('Đảng ủy', institution);
      // "Phó Bí thư Đảng ủy, Chủ tịch UBND xã" where the commune is unknown: never the
      // province's committee in its place.
      const committee = neighbourCommittee(chain, index, ctx);
      return entry.communeOrInstitution && committee?.place && committee.place.level !== 'commune' ? null : committee;
    }
    if (entry.kind === 'body-part' && !unit.body.parent && !unit.body.written) {
      // "Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh": the body of the title beside it.
      const beside = bodyBeside(chain, index, ctx, entry.name);
      return beside ? partOf(entry.name, beside) : null;
    }
    if (entry.kind === 'committee' && !unit.body.places && unit.body.unitWord) {
      const shared = placeBeside(chain, index, unit.body.unitWord, ctx);
      if (shared) return shared;
    }
    if (entry.kind === 'committee-part' && !unit.body.parent) {
      // A council's board whose council is not written ("Ban Văn hóa - Xã hội (HĐND TP)"): no guess.
      if (entry.ofCouncil) return null;
      const committee = neighbourCommittee(chain, index, ctx);
      return committee ? partOf(entry.name, committee) : null;
    }
    return resolveBody(unit.body, ctx);
  }
  if (unit.joinedTo?.body && unit.joinedAs === 'parent') return unit.joinedTo.body.parent ? resolveBody(unit.joinedTo.body.parent, ctx) : null;
  if (unit.joinedTo) {
    const shared = organizationOf(unit.joinedTo, chain, ctx);
    // "Chánh Văn phòng kiêm Người phát ngôn UBND tỉnh X": the office of the body written.
    return unit.joinedAs === 'part' && shared && unit.title ? partOf(unit.title.replace(/^(Phó )?Chánh /, ''), shared) : shared;
  }
  if (unit.title !== null && PARTY_TITLES.has(unit.title)) return neighbourCommittee(chain, index, ctx);
  if (unit.title === 'Đại biểu') return ctx.sessionOrganizer;
  return null;
}

/**
 * "Thứ trưởng Nguyễn Hữu Độ" after "Bộ trưởng Bộ GD&ĐT Phùng Xuân Nhạ": a minister written with
 * no ministry, right before the name, is of the one ministry the article names. Never a
 * former minister (of any ministry then), never a title joined to another ("Bộ trưởng, Chủ
 * nhiệm Văn phòng Chính phủ A": the rank of that office's head); an article naming a foreign
 * state has no such ministry (context.ts).
 */
export function ministerOfArticle(unit: TitleUnit, chain: readonly TitleUnit[], ctx: ArticleContext, former: boolean, tokens: readonly Token[], nameStart: number): PositionRecord | null {
  if (former || unit.title === null || !MINISTERS.has(unit.title) || unit.body || unit.joinedTo || chain.length !== 1) return null;
  // The article's ministry last: reading it detects the article's context.
  if (unit.end !== nameStart || !ctx.ministry) return null;
  return { title: unit.title, organization: ctx.ministry.name, former: false, ...(ctx.ministry.kind === null ? {} : { bodyKind: ctx.ministry.kind }) };
}

export function positionOf(unit: TitleUnit, chain: readonly TitleUnit[], ctx: ArticleContext, former: boolean): PositionRecord | null {
  if (unit.title === null || unit.outside || unit.unknownBody) return null;
  // "Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Giang Tô": the chain's other posts are that state's too.
  if (chain.some((u) => u.outside && u.body?.kind.kind !== 'committee-part') && !placedAtHome(unit)) return null;
  // "Bộ trưởng Bộ Thương mại Trung Quốc": only a former post is one of Vietnam's merged-away ministries.
  if (!former && isMergedAwayMinistry(unit.body)) return null;
  const body = organizationOf(unit, chain, ctx);
  if (!body?.name) return null;
  return {
    title: unit.title,
    organization: body.name,
    former,
    ...(body.kind === null ? {} : { bodyKind: body.kind }),
    ...(body.place === null || body.guessed ? {} : { unit: body.place.id }),
  };
}

const NATIONAL_ASSEMBLY: ResolvedBody = { name: 'Quốc hội', place: null, kind: 'Quốc hội' };

/**
 * "đại biểu Nguyễn Thị Phúc (Bình Thuận)", "ĐB Lưu Bình Nhưỡng (đoàn Bến Tre)": a deputy written
 * with the province whose delegation they sit in, in brackets after the name, is a deputy of the National Assembly
 * (no other assembly is written so). `after` is the token index after the name.
 */
export function deputyOfProvince(unit: TitleUnit, chain: readonly TitleUnit[], ctx: ArticleContext, former: boolean, tokens: readonly Token[], after: number): PositionRecord | null {
  if (unit.title !== 'Đại biểu' || unit.body) return null;
  // "ĐB Lưu Bình Nhưỡng (đoàn Bến Tre)", "ĐB Nguyễn Sỹ Cương (tỉnh Ninh Thuận)".
  const aside = placeInBrackets(tokens, after, ctx.date);
  if (!aside || !aside.place.places.some((p) => p.level === 'province')) return null;
  return positionOf(unit, chain, { ...ctx, sessionOrganizer: NATIONAL_ASSEMBLY }, former);
}
