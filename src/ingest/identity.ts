// What `cadregraph identity` does, as a library typed against the GraphStore
// interface: list the doubtful cases (people of one name in one province that no
// rule decides on), and record a user's judgement that two people are, or are not,
// one, applying it at once to the store.

import { resolveMentions, type Doubt, type Judgement, type Mention } from '../graph/identity/index.js';
import { nameKey } from '../vietnam/text.js';
import type { GraphStore } from '../store/store.js';
import { resolvePeople, type PeopleOutcome } from './people.js';
import { recordJudgement } from './judgements.js';

/** A person as a doubtful case shows them: their key and their mentions. */
export interface PersonSummary {
  id: string;
  name: string;
  mentions: Array<{ id: string; article: string; date: string | null; offices: string[] }>;
}

export interface DoubtfulCase {
  a: PersonSummary;
  b: PersonSummary;
  reason: string;
}

/** Blocks read per round trip. */
const BLOCKS_PER_ROUND = 2000;

function summary(key: string, mentions: readonly Mention[]): PersonSummary {
  const name = mentions.find((m) => m.key === key)?.name ?? mentions[0]?.name ?? '';
  return {
    id: key,
    name,
    mentions: mentions.map((m) => ({ id: m.key, article: m.article, date: m.date, offices: m.profile.posts.map((p) => `${p.former ? 'nguyên ' : ''}${p.title}, ${p.body}`) })),
  };
}

/** The doubtful cases of the whole graph, or of one name. */
export async function listDoubts(store: GraphStore, options: { name?: string; judgements?: readonly Judgement[] } = {}): Promise<DoubtfulCase[]> {
  const blocks = options.name === undefined ? await store.mentionBlocks() : [nameKey(options.name)];
  const out: DoubtfulCase[] = [];
  for (let i = 0; i < blocks.length; i += BLOCKS_PER_ROUND) {
    const stored = await store.mentionsOf(blocks.slice(i, i + BLOCKS_PER_ROUND));
    const { clusters, doubts } = resolveMentions(stored.map((s) => s.mention), options.judgements ?? []);
    const personOf = new Map<string, string>();
    const people = new Map<string, PersonSummary>();
    for (const c of clusters) {
      people.set(c.key, summary(c.key, c.mentions));
      for (const m of c.mentions) personOf.set(m.key, c.key);
    }
    const seen = new Set<string>();
    for (const d of doubts) out.push(...asCase(d, personOf, people, seen));
  }
  return out;
}

function asCase(d: Doubt, personOf: Map<string, string>, people: Map<string, PersonSummary>, seen: Set<string>): DoubtfulCase[] {
  const [x, y] = [personOf.get(d.a) ?? d.a, personOf.get(d.b) ?? d.b].sort() as [string, string];
  const a = people.get(x);
  const b = people.get(y);
  if (a === undefined || b === undefined || x === y || seen.has(`${x}\u0000${y}`)) return [];
  seen.add(`${x}\u0000${y}`);
  return [{ a, b, reason: d.reason }];
}

/** A person or mention id refers to no mention the store holds. */
export class UnknownMentionError extends Error {
  override name = 'UnknownMentionError';
}

/**
 * Records that the people (or mentions) `a` and `b` are, or are not, one person,
 * in the judgements file, and resolves their name again with every judgement.
 */
export async function judge(
  store: GraphStore,
  file: string,
  input: { a: string; b: string; same: boolean; note?: string },
  earlier: readonly Judgement[],
): Promise<PeopleOutcome> {
  const block = (id: string): string => id.slice(0, id.indexOf('|'));
  const [blockA, blockB] = [block(input.a), block(input.b)];
  if (blockA !== blockB) throw new UnknownMentionError(`identity: ${input.a} and ${input.b} are people of different names; only namesakes can be judged`);
  const known = new Set((await store.mentionsOf([blockA])).map((s) => s.mention.key));
  for (const id of [input.a, input.b]) {
    if (!known.has(id)) throw new UnknownMentionError(`identity: no person or mention with id ${id} (ids as 'cadregraph identity doubts' lists them)`);
  }
  const judgement: Judgement = { a: input.a, b: input.b, same: input.same };
  await recordJudgement(file, judgement, input.note);
  return resolvePeople(store, [blockA], [...earlier, judgement]);
}
