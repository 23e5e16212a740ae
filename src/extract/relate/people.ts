// Stage 8: people of the article. Name mentions become one person per
// normalised name with their positions; references by title alone resolve to
// the one person introduced with that title; roles attach to the event the
// sentence is about; each person keeps the sentences their facts come from.
import type { EventRecord, PersonRecord, PositionRecord, Role } from '../contract.js';
import type { ArticleContext, SentenceScan } from '../resolve/context.js';
import { attachChains, type Mention } from './chains.js';
import { positionOf } from './positions.js';
import { assignRoles } from './roles.js';

interface PersonDraft {
  name: string;
  positions: PositionRecord[];
  roles: Array<{ event: string; role: Role }>;
  evidence: string[];
  /** Named with "đồng chí"/"ông"/… or a title: an official, not a passing name. */
  introduced: boolean;
  /**
   * Named as a comrade ("đồng chí A") or with a foreign state's post, which the graph does
   * not hold: a person of the article with or without positions.
   */
  official: boolean;
}

function addUnique<T>(list: T[], item: T, same: (a: T, b: T) => boolean): void {
  if (!list.some((x) => same(x, item))) list.push(item);
}

function addEvidence(person: PersonDraft, sentence: string): void {
  if (!person.evidence.includes(sentence)) person.evidence.push(sentence);
}

export function buildPeople(
  sentences: readonly SentenceScan[],
  ctx: ArticleContext,
  events: readonly EventRecord[],
  eventSentences: ReadonlyMap<string, number[]>,
  byline: string | null,
): PersonRecord[] {
  const people = new Map<string, PersonDraft>();
  const perSentence: Mention[][] = sentences.map((s) => attachChains(s.items, s.tokens));
  const key = (name: string): string => name.toLowerCase();
  const bylineKey = byline ? key(byline) : null;

  // Pass 1: named people and their positions.
  perSentence.forEach((mentions, index) => {
    for (const m of mentions) {
      if (m.kind !== 'name' || m.short || key(m.name) === bylineKey) continue;
      let person = people.get(key(m.name));
      if (!person) {
        person = { name: m.name, positions: [], roles: [], evidence: [], introduced: false, official: false };
        people.set(key(m.name), person);
      }
      if (m.honorific || m.units.length > 0) person.introduced = true;
      if (m.units.some(({ unit }) => unit.outside) || namedAsComrade(sentences[index]!, m)) {
        person.official = true;
        addEvidence(person, sentences[index]!.text);
      }
      for (const { unit, chain, former } of m.units) {
        const position = positionOf(unit, chain, ctx, former);
        if (!position) continue;
        const existing = person.positions.find((p) => p.title === position.title && p.organization === position.organization);
        if (existing) existing.former = existing.former && position.former;
        else person.positions.push(position);
        addEvidence(person, sentences[index]!.text);
      }
    }
  });

  // A reference by title alone is the one person who holds all of the chain's titles.
  const byTitle = (mention: Extract<Mention, { kind: 'title' }>): PersonDraft | undefined => {
    const wanted = mention.chain.map((u) => positionOf(u, mention.chain, ctx, false)).filter((p) => p !== null);
    if (wanted.length === 0) return undefined;
    const holders = [...people.values()].filter((p) => p.introduced && wanted.every((w) => p.positions.some((q) => q.title === w.title && q.organization === w.organization)));
    return holders.length === 1 ? holders[0] : undefined;
  };

  // "ông Hiền": the one person of the article whose name ends with that given name;
  // "Chủ tịch Hùng": the one of them who holds that title.
  const byGivenName = (mention: Extract<Mention, { kind: 'name' }>): PersonDraft | undefined => {
    const suffix = ' ' + key(mention.name);
    const titles = new Set(mention.units.map((u) => u.unit.title));
    const holders = [...people.values()].filter(
      (p) => p.introduced && key(p.name).endsWith(suffix) && (titles.size === 0 || p.positions.some((q) => titles.has(q.title))),
    );
    return holders.length === 1 ? holders[0] : undefined;
  };

  // Pass 2: roles.
  const mainEvent = events[0]?.id;
  sentences.forEach((s, index) => {
    const mentions = perSentence[index]!;
    const eventId = events.find((e) => (eventSentences.get(e.id) ?? []).includes(index))?.id ?? mainEvent;
    for (const hit of assignRoles(s.items, mentions)) {
      const person = hit.mention.kind === 'title' ? byTitle(hit.mention) : hit.mention.short ? byGivenName(hit.mention) : people.get(key(hit.mention.name));
      if (!person || !eventId || !(person.introduced || (hit.mention.kind === 'name' && hit.mention.honorific))) continue;
      person.introduced = true;
      addUnique(person.roles, { event: eventId, role: hit.role }, (a, b) => a.event === b.event && a.role === b.role);
      addEvidence(person, s.text);
    }
  });

  const out: PersonRecord[] = [];
  for (const person of people.values()) {
    if (!person.introduced || (person.positions.length === 0 && person.roles.length === 0 && !person.official)) continue;
    // "Tham dự" is for people not already chairing (contract).
    const chaired = new Set(person.roles.filter((r) => r.role === 'chaired').map((r) => r.event));
    const roles = person.roles.filter((r) => !(r.role === 'attended' && chaired.has(r.event)));
    out.push({ name: person.name, positions: person.positions, roles, evidence: person.evidence });
  }
  return out;
}

/** "đồng chí Quách Tất Phúc": the name right after "đồng chí". */
function namedAsComrade(sentence: SentenceScan, mention: Extract<Mention, { kind: 'name' }>): boolean {
  const start = sentence.items[mention.item]!.start;
  return sentence.tokens[start - 2]?.key === 'đồng' && sentence.tokens[start - 1]?.key === 'chí';
}
