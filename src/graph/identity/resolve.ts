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

import { STRONG_RULES, LINK_RULES, verdictBetween, type Link } from './rules.js';
import type { Mention } from './mention.js';
import { regionOf } from './places.js';
import { pairIndex } from './pairs.js';
import { againstInCode, codesOf, CONFLICT, ruleOfCode, verdictCode, type VerdictCache } from './verdicts.js';

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

/** The LINK_RULES indices of the strong rules, in order: strong links are tried rule by rule. */
const STRONG_RANKS = LINK_RULES.flatMap((r, i) => (STRONG_RULES.has(r) ? [i] : []));
const WEAK_RANKS = LINK_RULES.flatMap((r, i) => (STRONG_RULES.has(r) ? [] : [i]));
const JUDGED_SAME = verdictCode(LINK_RULES.indexOf('judgement'), false);

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
  /** The link's rule's index in LINK_RULES. */
  rank: number;
}

/**
 * The block's pairwise facts (verdicts.ts): which mentions conflict, which speak
 * against one career, and the rule of the link between the others, with the user's
 * judgements laid over what the rules say. Links are sorted by rule, then by the
 * mentions' positions; their reasons are asked of the rules only for links used.
 */
class Pairwise {
  readonly codes: Uint8Array;
  /** How many pairs have a link of each rule. */
  private readonly perRule = new Array<number>(LINK_RULES.length).fill(0);
  readonly anyConflict: boolean;
  readonly anyAgainst: boolean;

  constructor(
    private readonly ms: readonly Mention[],
    judgements: readonly Judgement[],
    verdicts: VerdictCache | undefined,
  ) {
    this.codes = verdicts?.codesOf(ms) ?? codesOf(ms);
    if (judgements.length > 0) {
      const index = new Map(ms.map((m, i) => [m.key, i]));
      for (const j of judgements) {
        const x = index.get(j.a);
        const y = index.get(j.b);
        if (x !== undefined && y !== undefined && x !== y) this.codes[pairIndex(x, y)] = j.same ? JUDGED_SAME : CONFLICT;
      }
    }
    let conflict = false;
    let against = false;
    for (const code of this.codes) {
      if (code === CONFLICT) conflict = true;
      else if (againstInCode(code)) against = true;
      const rule = ruleOfCode(code);
      if (rule >= 0) this.perRule[rule]! += 1;
    }
    this.anyConflict = conflict;
    this.anyAgainst = against;
  }

  conflict(i: number, j: number): boolean {
    return this.codes[pairIndex(i, j)] === CONFLICT;
  }

  against(i: number, j: number): boolean {
    return againstInCode(this.codes[pairIndex(i, j)]!);
  }

  /** Visits the links of one rule, by the first mention's position, then the second's. */
  forEachLink(rank: number, visit: (i: number, j: number) => void): void {
    if (this.perRule[rank] === 0) return;
    const n = this.ms.length;
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) if (ruleOfCode(this.codes[pairIndex(i, j)]!) === rank) visit(i, j);
    }
  }

  /** The link of a pair that has one, with its reason. */
  link(pair: Pair): Link {
    const [a, b] = [this.ms[pair.i]!, this.ms[pair.j]!];
    if (this.codes[pairIndex(pair.i, pair.j)] === JUDGED_SAME) return { rule: 'judgement', reason: `judged the same person (${a.key} and ${b.key})` };
    const { link } = verdictBetween(a, b);
    if (link === null || link.rule !== LINK_RULES[pair.rank]) {
      throw new Error(`identity: ${a.key} and ${b.key} were linked by ${LINK_RULES[pair.rank]}, but the rules give ${link?.rule ?? 'no link'} now`);
    }
    return link;
  }
}

/** Groups of mention indices that only grow; a group refuses a partner one of whose members it conflicts with. */
class Groups {
  private readonly of: number[];
  readonly members: Map<number, number[]>;
  readonly joins: Pair[] = [];

  constructor(
    n: number,
    private readonly pairs: Pairwise,
  ) {
    this.of = Array.from({ length: n }, (_, i) => i);
    this.members = new Map(this.of.map((i) => [i, [i]]));
  }

  find(i: number): number {
    return this.of[i] ?? i;
  }

  conflict(x: number, y: number): boolean {
    return this.pairs.anyConflict && this.across(x, y, (i, j) => this.pairs.conflict(i, j));
  }

  /** Some mention of one group speaks against one career with some mention of the other. */
  contradict(x: number, y: number): boolean {
    return this.pairs.anyAgainst && this.across(x, y, (i, j) => this.pairs.against(i, j));
  }

  private across(x: number, y: number, related: (i: number, j: number) => boolean): boolean {
    const a = this.members.get(this.find(x)) ?? [];
    const b = this.members.get(this.find(y)) ?? [];
    return a.some((i) => b.some((j) => i !== j && related(i, j)));
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
function joinUnambiguous(groups: Groups, weak: readonly Pair[], doubts: Doubt[], pairs: Pairwise, ms: readonly Mention[]): void {
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
      doubts.push({ a: ms[pair.i]!.key, b: ms[pair.j]!.key, reason: `${pairs.link(pair).reason}${other}` });
    }
  }
}

function regionsOf(m: Mention): string[] {
  const units = [...m.profile.posts.map((p) => p.units), m.profile.context];
  return units.flatMap((u) => regionOf(u) ?? []);
}

/** Resolves one block (see the header). Mentions may come in any order. */
export function resolveBlock(mentions: readonly Mention[], judgements: readonly Judgement[] = [], verdicts?: VerdictCache): Resolution {
  const ms = [...mentions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const pairs = new Pairwise(ms, judgements, verdicts);
  const groups = new Groups(ms.length, pairs);
  for (const rank of STRONG_RANKS) {
    pairs.forEachLink(rank, (i, j) => {
      if (groups.find(i) !== groups.find(j) && !groups.conflict(i, j)) groups.join({ i, j, rank });
    });
  }
  const weak: Pair[] = [];
  for (const rank of WEAK_RANKS) pairs.forEachLink(rank, (i, j) => weak.push({ i, j, rank }));
  const doubts: Doubt[] = [];
  joinUnambiguous(groups, weak, doubts, pairs, ms);

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
    clusterOf.get(groups.find(pair.i))?.links.push({ ...pairs.link(pair), from, to });
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
