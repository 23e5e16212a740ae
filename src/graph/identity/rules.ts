// The rules resolution decides by, for two mentions of one name in two articles:
// what tells them apart (a conflict: never one person) and what links them (the
// best link, with the facts it used, said in a sentence for SAME_AS and the API).
//
// Strong links join mentions directly: the same meeting reported twice, the same
// office (a holder and a later "nguyên …" of it), the same body. Weak links read a
// career: posts in one unit, or in a unit and the one enclosing it (district →
// province), or across the 2025 reform (a district or commune → the new commune
// formed from it, an old province → the merged one), a later post in a national body
// after local ones, a body the article names without its place, the article's own
// place for a person it names without a post, shared companions. resolve.ts joins
// weakly linked clusters only when nothing else in the block fits as well.

import type { Mention, PostFact } from './mention.js';
import { postCaption } from './mention.js';
import { coexist, depthOf, knownUnit, relateUnits, RELATION_ORDER, type PlaceRelation } from './places.js';
import { familyOf, heldTogether, isDistinguishing } from './posts.js';

/** Reports this many days apart or fewer are "at the same time". */
export const CONCURRENT_DAYS = 60;

export const LINK_RULES = [
  'judgement', // a user said so (cadregraph identity same)
  'same-event', // both took part in one meeting that two articles report
  'same-office', // both hold (or one held) the same office
  'same-body', // posts in the same body
  'same-unit', // posts in bodies of the same unit
  'nested', // posts in a unit and in the unit enclosing it
  'reform', // a post before 2025-07-01 and one in the unit that carries it on
  'office-in-article-place', // the same office, one article naming the body without its place
  'central', // a later post in a national body after local posts
  'context', // named without a post at meetings of the same place
  'companions', // named with the same people at their events
] as const;
export type LinkRule = (typeof LINK_RULES)[number];

/** Strong links join two mentions at once; weak ones only when unambiguous (resolve.ts). */
export const STRONG_RULES: ReadonlySet<LinkRule> = new Set<LinkRule>(['judgement', 'same-event', 'same-office', 'same-body']);

export interface Link {
  rule: LinkRule;
  reason: string;
}

export interface Conflict {
  rule: 'same-article' | 'same-time' | 'judgement';
  reason: string;
}

/**
 * What two mentions say about each other short of a conflict: a link, or a reason
 * against reading one career in them (posts in two districts, a move down from a
 * province to one of its districts), which keeps weak links from joining their
 * groups (resolve.ts), or neither.
 */
export interface Verdict {
  link: Link | null;
  against: string | null;
}

const NEUTRAL: Verdict = { link: null, against: null };

const DAY_MS = 86_400_000;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

function at(m: Mention): string {
  return m.date === null ? `article ${m.article}` : `${m.date}, article ${m.article}`;
}

function placed(post: PostFact): boolean {
  return knownUnit(post.units[0]) !== undefined;
}

/** What makes two mentions two people, if anything. */
export function conflictBetween(a: Mention, b: Mention): Conflict | null {
  if (a.article === b.article) return { rule: 'same-article', reason: `article ${a.article} names two people called ${a.name}` };
  if (a.date === null || b.date === null || daysApart(a.date, b.date) > CONCURRENT_DAYS) return null;
  for (const p of a.profile.posts) {
    if (!isDistinguishing(p) || !placed(p)) continue;
    for (const q of b.profile.posts) {
      if (!isDistinguishing(q) || !placed(q) || !coexist(p.units[0], q.units[0])) continue;
      if (p.units[0] === q.units[0] && heldTogether(p, q)) continue;
      return {
        rule: 'same-time',
        reason: `${postCaption(p)} (${at(a)}) and ${postCaption(q)} (${at(b)}): two posts one person does not hold at the same time`,
      };
    }
  }
  return null;
}

function sharedEvent(a: Mention, b: Mention): Link | null {
  for (const r of a.profile.roles) {
    if (r.shared && b.profile.roles.some((s) => s.shared && s.event === r.event)) {
      return { rule: 'same-event', reason: `both took part in ${r.name}, which both articles report` };
    }
  }
  return null;
}

/** A body that is one body wherever it is named: its place resolved, or a national body. */
function identifying(post: PostFact): boolean {
  return post.central || placed(post);
}

function sharedOffice(a: Mention, b: Mention): Link | null {
  for (const p of a.profile.posts) {
    const q = b.profile.posts.find((x) => x.position === p.position);
    if (q === undefined || !identifying(p)) continue;
    const office = `${p.title}, ${p.body}`;
    if (p.former !== q.former) {
      const [held, was] = p.former ? [b, a] : [a, b];
      return { rule: 'same-office', reason: `${office}: held (${at(held)}) and named as former (${at(was)})` };
    }
    return { rule: 'same-office', reason: `both hold ${office} (${at(a)}; ${at(b)})` };
  }
  return null;
}

function sharedBody(a: Mention, b: Mention): Link | null {
  for (const p of a.profile.posts) {
    const q = b.profile.posts.find((x) => x.organization === p.organization);
    if (q === undefined || !identifying(p)) continue;
    return { rule: 'same-body', reason: `posts in one body, ${p.body}: ${p.title} (${at(a)}) and ${q.title} (${at(b)})` };
  }
  return null;
}

/** The mention's posts in its most specific known units (a commune before a district before a province). */
function mostSpecific(m: Mention): PostFact[] {
  const located = m.profile.posts.filter(placed);
  const depth = (p: PostFact): number => depthOf(knownUnit(p.units[0])?.level ?? '');
  const best = Math.max(0, ...located.map(depth));
  return located.filter((p) => depth(p) === best);
}

interface PlacePair {
  relation: PlaceRelation;
  p?: PostFact;
  q?: PostFact;
}

function placeRelation(a: Mention, b: Mention): PlacePair {
  let best: PlacePair = { relation: 'unknown' };
  for (const p of mostSpecific(a)) {
    for (const q of mostSpecific(b)) {
      const relation = relateUnits(p.units, q.units);
      if (best.p === undefined || RELATION_ORDER.indexOf(relation) < RELATION_ORDER.indexOf(best.relation)) best = { relation, p, q };
    }
  }
  return best;
}

function careerLink(a: Mention, b: Mention, pair: PlacePair): Verdict {
  const { p, q } = pair;
  if (p === undefined || q === undefined) return NEUTRAL;
  const posts = `${postCaption(p)} (${at(a)}) and ${postCaption(q)} (${at(b)})`;
  if (pair.relation === 'same') return { link: { rule: 'same-unit', reason: `${posts}: posts in one unit, ${p.place ?? ''}` }, against: null };
  if (pair.relation === 'nested') {
    const pInner = p.units.includes(q.units[0] ?? '');
    const [inner, outer, innerAt, outerAt] = pInner ? [p, q, a.date, b.date] : [q, p, b.date, a.date];
    // A career goes up (district → province); a seat in the province's committee is held from a district post too.
    if (familyOf(outer) !== 'member' && innerAt !== null && outerAt !== null && innerAt > outerAt) {
      return { link: null, against: `${posts}: a later post in ${inner.place ?? ''}, inside ${outer.place ?? ''}, is a move down` };
    }
    return { link: { rule: 'nested', reason: `${posts}: ${inner.place ?? ''} lies in ${outer.place ?? ''}` }, against: null };
  }
  if (pair.relation === 'successor') {
    return { link: { rule: 'reform', reason: `${posts}: the 2025 reform made ${p.place ?? ''} part of ${q.place ?? ''} or the reverse` }, against: null };
  }
  if (pair.relation === 'lateral' || pair.relation === 'unrelated') return { link: null, against: `${posts}: posts in different places` };
  return NEUTRAL;
}

/** A body named without its place ("Tỉnh ủy") whose full name, with the article's own place, is the other's. */
function officeInArticlePlace(a: Mention, b: Mention): Link | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const p of x.profile.posts) {
      if (p.units.length > 0 || p.central) continue;
      const q = y.profile.posts.find((o) => o.title === p.title && o.body.startsWith(`${p.body} `) && x.profile.context.includes(o.units[0] ?? ''));
      if (q !== undefined) {
        return { rule: 'office-in-article-place', reason: `${postCaption(p)} (${at(x)}) in an article about ${q.place ?? ''}, and ${postCaption(q)} (${at(y)})` };
      }
    }
  }
  return null;
}

function centralLater(a: Mention, b: Mention): Link | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const central = x.profile.posts.length > 0 && x.profile.posts.every((p) => p.central);
    const local = y.profile.posts.find(placed);
    if (central && local !== undefined && x.date !== null && y.date !== null && x.date > y.date) {
      return { rule: 'central', reason: `${postCaption(local)} (${at(y)}), then a national post, ${postCaption(x.profile.posts[0]!)} (${at(x)})` };
    }
  }
  return null;
}

function sameContext(a: Mention, b: Mention): Link | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (x.profile.posts.some(placed) || x.profile.context.length === 0) continue;
    const theirs = mostSpecific(y).map((p) => p.units);
    for (const units of theirs.length > 0 ? theirs : [y.profile.context]) {
      const relation = relateUnits(x.profile.context, units);
      if (relation === 'same' || relation === 'nested' || relation === 'successor') {
        const place = knownUnit(x.profile.context[0])?.name ?? x.profile.context[0];
        return { rule: 'context', reason: `named without a post (${at(x)}) in an article about ${place}, where ${at(y)} places them too` };
      }
    }
  }
  return null;
}

function sharedCompanions(a: Mention, b: Mention): Link | null {
  const shared = a.profile.companions.filter((c) => b.profile.companions.includes(c));
  return shared.length >= 2 ? { rule: 'companions', reason: `named with the same people at their meetings: ${shared.join(', ')}` } : null;
}

/** The best link between two mentions of different articles, or what speaks against one. Conflicts are checked apart (conflictBetween). */
export function verdictBetween(a: Mention, b: Mention): Verdict {
  const strong = sharedEvent(a, b) ?? sharedOffice(a, b) ?? sharedBody(a, b);
  if (strong !== null) return { link: strong, against: null };
  const pair = placeRelation(a, b);
  const career = careerLink(a, b, pair);
  if (career.link !== null) return career;
  // Shared companions outweigh a lateral move, never posts in two provinces.
  const companions = pair.relation === 'unrelated' ? null : sharedCompanions(a, b);
  if (career.against !== null) return companions === null ? career : { link: companions, against: null };
  const link = officeInArticlePlace(a, b) ?? centralLater(a, b) ?? sameContext(a, b) ?? companions;
  return { link, against: null };
}
