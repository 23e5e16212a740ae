// Resolution of one block: the mentions of one name (one name key), from any
// number of articles, into people. A pure function of the block's mentions and the
// user's judgements about them: mentions are taken in key order, so the answer does
// not depend on the order or batching in which articles were ingested.
//
// 1. Conflicts (rules.ts) say which mentions are never one person: two entries of one
//    article, posts one person does not hold at the same time, a user's "different".
// 2. Strong links (the same meeting, office or body, a user's "same") join mentions,
//    strongest first, unless the two groups conflict.
// 3. Weak links (a career read from places) join groups only where the block leaves
//    no doubt. Two groups are linked when some of their mentions are and none of
//    their posts speak against one career (posts in two districts, a move down);
//    then each set of groups that are all linked to each other and to nothing else
//    is joined. Where one group fits two that do not fit each other (a district
//    secretary and a namesake in the next district, and a provincial post either
//    may have gone on to), none is joined, and the case is listed as doubtful.
// 4. A person's key is the key of their founding mention: the earliest (undated
//    last), then the smallest key.

import { STRONG_RULES, LINK_RULES, conflictBetween, verdictBetween, type Link } from './rules.js';
import type { Mention } from './mention.js';
import { regionOf } from './places.js';
import { PairMatrix } from './pairs.js';

/** A user's judgement about two mentions, from the judgements file (cadregraph identity). */
export interface Judgement {
  a: string;
  b: string;
  same: boolean;
}

export interface ClusterLink extends Link {
  /** The two mentions the link joined, smaller key first. */
  from: string;
  to: string;
}

export interface Cluster {
  /** The person's key: the founding mention's key. */
  key: string;
  mentions: Mention[];
  /** The links that joined the mentions: a tree over them (none for one mention). */
  links: ClusterLink[];
}

/** Two people of one name that nothing decides on: the same province, no conflict, no link that settles it. */
export interface Doubt {
  a: string;
  b: string;
  reason: string;
}

export interface Resolution {
  clusters: Cluster[];
  doubts: Doubt[];
}

const RANK = new Map(LINK_RULES.map((r, i) => [r, i]));

function rank(link: Link): number {
  return RANK.get(link.rule) ?? LINK_RULES.length;
}

/** Earliest first, undated last, then by key. */
export function compareMentions(a: Mention, b: Mention): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

interface Pair {
  i: number;
  j: number;
  link: Link;
  /** The link's rule's rank (rank()), kept for sorting. */
  rank: number;
}

interface Pairwise {
  /** The pairs of mentions that are never one person. */
  conflicts: PairMatrix;
  /** The pairs of mentions whose posts speak against one career. */
  against: PairMatrix;
  links: Pair[];
}

/** The block's pairwise facts: which mentions conflict, and the links between the others. */
function pairwise(ms: readonly Mention[], judgements: readonly Judgement[]): Pairwise {
  const index = new Map(ms.map((m, i) => [m.key, i]));
  const judged = new Map<string, boolean>();
  for (const j of judgements) {
    const x = index.get(j.a);
    const y = index.get(j.b);
    if (x !== undefined && y !== undefined && x !== y) judged.set(`${Math.min(x, y)}:${Math.max(x, y)}`, j.same);
  }
  const conflicts = new PairMatrix(ms.length);
  const against = new PairMatrix(ms.length);
  const links: Pair[] = [];
  for (let i = 0; i < ms.length; i += 1) {
    for (let j = i + 1; j < ms.length; j += 1) {
      const a = ms[i]!;
      const b = ms[j]!;
      const judgement = judged.size === 0 ? undefined : judged.get(`${i}:${j}`);
      if (judgement === true) {
        const link: Link = { rule: 'judgement', reason: `judged the same person (${a.key} and ${b.key})` };
        links.push({ i, j, link, rank: rank(link) });
        continue;
      }
      if (judgement === false || conflictBetween(a, b) !== null) {
        conflicts.add(i, j);
        continue;
      }
      const verdict = verdictBetween(a, b);
      if (verdict.link !== null) links.push({ i, j, link: verdict.link, rank: rank(verdict.link) });
      if (verdict.against !== null) {
        against.add(i, j);
      }
    }
  }
  links.sort((x, y) => x.rank - y.rank || x.i - y.i || x.j - y.j);
  return { conflicts, against, links };
}

/** Groups of mention indices that only grow; a group refuses a partner one of whose members it conflicts with. */
class Groups {
  private readonly of: number[];
  readonly members: Map<number, number[]>;
  readonly joins: Pair[] = [];

  constructor(
    n: number,
    private readonly conflicts: PairMatrix,
    private readonly against: PairMatrix,
  ) {
    this.of = Array.from({ length: n }, (_, i) => i);
    this.members = new Map(this.of.map((i) => [i, [i]]));
  }

  find(i: number): number {
    return this.of[i] ?? i;
  }

  conflict(x: number, y: number): boolean {
    return this.across(x, y, this.conflicts);
  }

  /** Some mention of one group speaks against one career with some mention of the other. */
  contradict(x: number, y: number): boolean {
    return this.across(x, y, this.against);
  }

  private across(x: number, y: number, pairs: PairMatrix): boolean {
    const a = this.members.get(this.find(x)) ?? [];
    const b = this.members.get(this.find(y)) ?? [];
    return a.some((i) => b.some((j) => pairs.has(i, j)));
  }

  join(pair: Pair): void {
    const x = this.find(pair.i);
    const y = this.find(pair.j);
    const [keep, gone] = x < y ? [x, y] : [y, x];
    const moved = this.members.get(gone) ?? [];
    for (const i of moved) this.of[i] = keep;
    this.members.get(keep)?.push(...moved);
    this.members.delete(gone);
    this.joins.push(pair);
  }
}

/** Weakly linked groups: join each set of groups that are all linked to each other and to nothing else. */
function joinUnambiguous(groups: Groups, weak: readonly Pair[], doubts: Doubt[], ms: readonly Mention[]): void {
  const best = new Map<string, Pair>();
  for (const pair of weak) {
    const x = groups.find(pair.i);
    const y = groups.find(pair.j);
    if (x === y || groups.conflict(x, y) || groups.contradict(x, y)) continue;
    const id = `${Math.min(x, y)}:${Math.max(x, y)}`;
    if (!best.has(id)) best.set(id, pair);
  }
  const neighbours = new Map<number, Set<number>>();
  for (const id of best.keys()) {
    const [x, y] = id.split(':').map(Number) as [number, number];
    if (!neighbours.has(x)) neighbours.set(x, new Set());
    if (!neighbours.has(y)) neighbours.set(y, new Set());
    neighbours.get(x)!.add(y);
    neighbours.get(y)!.add(x);
  }
  const seen = new Set<number>();
  for (const start of [...neighbours.keys()].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const component: number[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const g = queue.shift()!;
      component.push(g);
      for (const n of neighbours.get(g) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    component.sort((a, b) => a - b);
    const clique = component.every((g) => (neighbours.get(g)?.size ?? 0) === component.length - 1);
    if (clique) {
      // A tree: each group joins the first by their best link.
      const [first, ...rest] = component;
      for (const g of rest) groups.join(best.get(`${Math.min(first!, g)}:${Math.max(first!, g)}`)!);
      continue;
    }
    for (const [id, pair] of best) {
      const [x, y] = id.split(':').map(Number) as [number, number];
      if (!component.includes(x)) continue;
      const others = component.filter((g) => g !== x && g !== y && !(neighbours.get(g)?.has(x) && neighbours.get(g)?.has(y)));
      const other = others[0] === undefined ? '' : `; but ${ms[others[0]]!.key} fits one of them and not the other`;
      doubts.push({ a: ms[pair.i]!.key, b: ms[pair.j]!.key, reason: `${pair.link.reason}${other}` });
    }
  }
}

function regionsOf(m: Mention): string[] {
  const units = [...m.profile.posts.map((p) => p.units), m.profile.context];
  return units.flatMap((u) => regionOf(u) ?? []);
}

/** Resolves one block (see the header). Mentions may come in any order. */
export function resolveBlock(mentions: readonly Mention[], judgements: readonly Judgement[] = []): Resolution {
  const ms = [...mentions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const { conflicts, against, links } = pairwise(ms, judgements);
  const groups = new Groups(ms.length, conflicts, against);
  for (const pair of links) {
    if (!STRONG_RULES.has(pair.link.rule)) continue;
    if (groups.find(pair.i) !== groups.find(pair.j) && !groups.conflict(pair.i, pair.j)) groups.join(pair);
  }
  const doubts: Doubt[] = [];
  joinUnambiguous(groups, links.filter((p) => !STRONG_RULES.has(p.link.rule)), doubts, ms);

  const clusters: Cluster[] = [];
  const clusterOf = new Map<number, Cluster>();
  for (const [root, members] of groups.members) {
    const list = members.map((i) => ms[i]!).sort((a, b) => (a.key < b.key ? -1 : 1));
    const founder = [...list].sort(compareMentions)[0]!;
    const cluster: Cluster = { key: founder.key, mentions: list, links: [] };
    clusters.push(cluster);
    clusterOf.set(root, cluster);
  }
  for (const pair of groups.joins) {
    const [from, to] = [ms[pair.i]!.key, ms[pair.j]!.key].sort() as [string, string];
    clusterOf.get(groups.find(pair.i))?.links.push({ ...pair.link, from, to });
  }
  for (const c of clusters) c.links.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
  clusters.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { clusters, doubts: [...doubts, ...undecided(clusters, doubts, ms, groups)] };
}

/** Pairs of people in one province that neither a conflict nor a link decided on. */
function undecided(clusters: readonly Cluster[], listed: readonly Doubt[], ms: readonly Mention[], groups: Groups): Doubt[] {
  const index = new Map(ms.map((m, i) => [m.key, i]));
  const personOf = new Map<string, string>();
  for (const c of clusters) for (const m of c.mentions) personOf.set(m.key, c.key);
  const done = new Set(listed.map((d) => [personOf.get(d.a), personOf.get(d.b)].sort().join('\u0000')));
  const out: Doubt[] = [];
  const regions = clusters.map((c) => new Set(c.mentions.flatMap(regionsOf)));
  for (let x = 0; x < clusters.length; x += 1) {
    for (let y = x + 1; y < clusters.length; y += 1) {
      const a = clusters[x]!;
      const b = clusters[y]!;
      if (done.has([a.key, b.key].sort().join('\u0000'))) continue;
      const shared = [...regions[x]!].find((r) => regions[y]!.has(r));
      if (shared === undefined || groups.conflict(index.get(a.key)!, index.get(b.key)!)) continue;
      out.push({ a: a.key, b: b.key, reason: `same name in the same province (${shared}); nothing links or separates them` });
    }
  }
  return out;
}
