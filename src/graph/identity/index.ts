// Who is who across articles: mentions (one per article's person entry), the rules
// that link or separate two of them, the resolution of a block of one name into
// people, and the people's nodes and relationships. See docs/graph-model.md.
export { blocksOf, mentionsIn, planPeople, resolveBatch, resolveMentions, type PeoplePlan, type Resolved, type StoredPerson } from './batch.js';
export { mentionKey, mentionNode, mentionOf, mentionWithProfile, postCaption, profileText, type Mention, type MentionProfile, type PostFact, type RoleFact } from './mention.js';
export { clusterSignature, jurisdictionOf, personBatch, personEdges, RESOLUTION_VERSION } from './people.js';
export { relateUnits, regionOf, type PlaceRelation } from './places.js';
export { compareMentions, resolveBlock, type Cluster, type ClusterLink, type Doubt, type Judgement, type Resolution } from './resolve.js';
export { VerdictCache, type VerdictCacheOptions } from './verdicts.js';
export { CONCURRENT_DAYS, conflictBetween, LINK_RULES, STRONG_RULES, verdictBetween, type Conflict, type Link, type LinkRule, type Verdict } from './rules.js';
