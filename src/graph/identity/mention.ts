// A mention: one article's entry for one official, with what resolution needs to
// decide who is who across articles (resolve.ts) and everything the person's
// relationships are rebuilt from (people.ts). It is stored on a Mention node as
// JSON (`profile`), so resolution is a function of stored mentions alone and runs
// the same on both stores, at any time, over any set of blocks.

import type { Role } from '../../extract/contract.js';
import type { Level, MentionNode, OrgKind } from '../model.js';
import { nameKey, searchKey } from '../../vietnam/text.js';

/** An office the article gives the person. */
export interface PostFact {
  /** The title as written in the graph: "Bí thư". */
  title: string;
  /** The Position key (the HOLDS target). */
  position: string;
  /** The Organization key and name. */
  organization: string;
  body: string;
  kind: OrgKind;
  level: Level;
  /**
   * The body's unit and the units enclosing it, innermost first: gazetteer unit ids
   * ("2004:020", "2004:01"), or the place key of a unit the gazetteer did not resolve
   * ("?huyện x"); empty when the name gives no place.
   */
  units: string[];
  /** The unit's caption ("huyện Thanh Trì"), null when there is none. */
  place: string | null;
  /** A national body: no place by nature. */
  central: boolean;
  former: boolean;
  /** Encoded evidence (model.ts encodeEvidence) of the sentences that state it. */
  evidence: string[];
}

/** A role the person had at an event. */
export interface RoleFact {
  /** The Event key (the role relationship's target). */
  event: string;
  /** The key names the meeting itself (organizer, kind, term and ordinal, or date), so another article's report of it has the same key. */
  shared: boolean;
  /** The event's name, for explanations. */
  name: string;
  role: Role;
  evidence: string[];
}

export interface MentionProfile {
  posts: PostFact[];
  roles: RoleFact[];
  /** The article's own units (its first located organizer's, else its province), innermost first. */
  context: string[];
  /** Name keys of the other people the article places at the same events. */
  companions: string[];
}

export interface Mention {
  /** Unique in the graph: the name's key, the article key, and a number for a second namesake in one article. */
  key: string;
  block: string;
  name: string;
  article: string;
  date: string | null;
  profile: MentionProfile;
}

/** The key of the n-th (from 1) entry of this name in the article. */
export function mentionKey(name: string, articleKey: string, n = 1): string {
  return `${nameKey(name)}|${articleKey}${n > 1 ? `|${n}` : ''}`;
}

/** "Bí thư, Huyện ủy Thanh Trì", "nguyên Bí thư, Huyện ủy Thanh Trì". */
export function postCaption(post: Pick<PostFact, 'title' | 'body' | 'former'>): string {
  return `${post.former ? 'nguyên ' : ''}${post.title}, ${post.body}`;
}

export function mentionNode(m: Mention): MentionNode {
  return {
    label: 'Mention',
    key: m.key,
    props: {
      name: m.name,
      caption: m.name,
      search: searchKey(m.name),
      block: m.block,
      article: m.article,
      date: m.date,
      offices: m.profile.posts.map(postCaption),
      profile: profileText(m.profile),
    },
  };
}

/** The JSON a profile was read from: JSON.stringify's own output, which reads back and writes out as itself. */
const texts = new WeakMap<MentionProfile, string>();

/** A profile as JSON (the Mention node's `profile`): the text it was read from, else written out. */
export function profileText(profile: MentionProfile): string {
  return texts.get(profile) ?? JSON.stringify(profile);
}

type StoredMentionNode = { key: string; props: Pick<MentionNode['props'], 'name' | 'block' | 'article' | 'date' | 'profile'> };

/** A stored Mention node back into a mention; throws naming the node when its profile is not one. */
export function mentionOf(node: StoredMentionNode): Mention {
  let profile: unknown;
  try {
    profile = JSON.parse(node.props.profile);
  } catch (error) {
    throw new Error(`Mention ${node.key}: expected its profile as JSON, got ${error instanceof Error ? error.message : String(error)}`);
  }
  return mentionWithProfile(node, profile);
}

/**
 * mentionOf for a reader that has parsed the profile already: `profile` is
 * JSON.parse(node.props.profile), or a value equal to it (a store that maps the
 * parsed value and writes it out once as `node.props.profile`), so it is not parsed again.
 */
export function mentionWithProfile(node: StoredMentionNode, profile: unknown): Mention {
  if (!isProfile(profile)) throw new Error(`Mention ${node.key}: expected a profile with posts, roles, context and companions`);
  texts.set(profile, node.props.profile);
  const { name, block, article, date } = node.props;
  return { key: node.key, block, name, article, date: date ?? null, profile };
}

function isProfile(x: unknown): x is MentionProfile {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  return Array.isArray(p['posts']) && Array.isArray(p['roles']) && Array.isArray(p['context']) && Array.isArray(p['companions']);
}
