// Which posts one person can hold at the same time. A post is a seat in a body
// (a member's: never a reason to tell people apart), the head or deputy head of a
// Party committee, the head of a people's council, a people's committee or a
// delegation, or any other post. Within one unit, the Party committee's head or
// deputy is often also the head of its council, committee or delegation (Phó Bí
// thư, Chủ tịch UBND huyện); two other posts in two bodies, or two posts in two
// units, are two people's when the articles report them at the same time.

import { MEMBER_TITLES } from '../../vietnam/titles.js';
import { nameKey } from '../../vietnam/text.js';
import type { PostFact } from './mention.js';

type Family = 'member' | 'party-head' | 'party-deputy' | 'council-head' | 'government-head' | 'delegation-head' | 'post';

const MEMBERS = new Set([...MEMBER_TITLES].map(nameKey));
const PARTY_BODIES = new Set(['party-committee', 'standing-committee']);

export function familyOf(post: Pick<PostFact, 'title' | 'kind'>): Family {
  const title = nameKey(post.title);
  if (MEMBERS.has(title)) return 'member';
  if (PARTY_BODIES.has(post.kind)) {
    if (title === 'bí thư') return 'party-head';
    if (title.startsWith('phó bí thư')) return 'party-deputy';
  }
  if (title === 'chủ tịch' && post.kind === 'people-council') return 'council-head';
  if (title === 'chủ tịch' && post.kind === 'people-committee') return 'government-head';
  if (title === 'trưởng đoàn' && post.kind === 'delegation') return 'delegation-head';
  return 'post';
}

/** Posts held together by one person in one unit: the Party's head or deputy with the head of the unit's other bodies. */
const HELD_TOGETHER: ReadonlySet<string> = new Set(
  ['party-head', 'party-deputy'].flatMap((party) => ['council-head', 'government-head', 'delegation-head'].flatMap((head) => [`${party}+${head}`, `${head}+${party}`])),
);

/** One title is the other with a qualifier: "Phó Chủ tịch" and "Phó Chủ tịch Thường trực" are one post. */
function sameTitle(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** Can one person hold these two posts of one unit at the same time? */
export function heldTogether(a: PostFact, b: PostFact): boolean {
  const fa = familyOf(a);
  const fb = familyOf(b);
  if (fa === 'member' || fb === 'member') return true;
  if (a.organization === b.organization && sameTitle(a.title, b.title)) return true;
  return HELD_TOGETHER.has(`${fa}+${fb}`);
}

/** A post that can tell two people apart: current, in a located body, not a member's seat. */
export function isDistinguishing(post: PostFact): boolean {
  return !post.former && !post.central && post.units.length > 0 && familyOf(post) !== 'member';
}
