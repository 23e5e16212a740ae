// Stage 8: people of the article. Name mentions become one person per
// normalised name with their positions; references by title alone resolve to
// the one person introduced with that title; roles attach to the event the
// sentence is about; each person keeps the sentences their facts come from.
import type { EventRecord, PersonRecord, PositionRecord, Role } from '../contract.js';
import type { ArticleContext, SentenceScan } from '../resolve/context.js';
import { attachChains, type Mention } from './chains.js';
import { deputyOfProvince, ministerOfArticle, positionOf } from './positions.js';
import { headsForeignDelegation } from './foreign-delegations.js';
import { mistypedSpellings } from './mistyped-names.js';
import { assignRoles, playedAtAnActivity, toThePress } from './roles.js';
import { INTERVIEW_QUESTION } from '../lexicon/cues.js';
import { ANOTHER_ACTIVITY_OPENER, ANOTHER_ACTIVITY_VERB, ANOTHER_DAY_OPENER, AT_SEVERAL_MEETINGS, meetingFamily } from '../lexicon/events.js';
import type { TitleUnit } from '../recognize/titles.js';
import type { Token } from '../tokenize.js';
import { SOLE_TITLES } from '../../vietnam/titles.js';

interface PersonDraft {
  name: string;
  positions: PositionRecord[];
  roles: Array<{ event: string; role: Role }>;
  evidence: string[];
  /** Named with "đồng chí"/"ông"/… or a title: an official, not a passing name. */
  introduced: boolean;
  /**
   * Introduced as an official even where nothing about them was parsed: as "đồng chí", with
   * a title or rank the extractor could not place (a foreign state's post, an unknown body's),
   * or in a list of participants.
   */
  official: boolean;
}

function addUnique<T>(list: T[], item: T, same: (a: T, b: T) => boolean): void {
  if (!list.some((x) => same(x, item))) list.push(item);
}

function sameOrganization(a: string, b: string): boolean {
  return a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
}

/** Adds the position, or merges it into the same one held already; returns the one kept. */
function addPosition(person: PersonDraft, position: PositionRecord): PositionRecord {
  // A loop, not find with a closure: a name list adds a position for every titled name.
  for (const existing of person.positions) {
    // "Cục Quản lý Chất lượng" written again as "Cục Quản lý chất lượng": one post, first spelling kept.
    if (existing.title === position.title && sameOrganization(existing.organization, position.organization)) {
      existing.former = existing.former && position.former;
      return existing;
    }
  }
  person.positions.push(position);
  return position;
}

/**
 * "Phó Chủ tịch UBND TP A" and "Phó Chủ tịch UBND TP Cần Thơ A" in one article: the post
 * written with its unit tells which city the bare one meant; a unit taken from the
 * article's context for the same title and kind of body is dropped.
 */
function withoutContextTwins(positions: PositionRecord[], placedByContext: ReadonlySet<PositionRecord>): PositionRecord[] {
  // A former post of another unit tells nothing of the current one ("Bí thư Đảng ủy đặc khu,
  // nguyên Bí thư Huyện ủy Phú Quý"), nor the reverse.
  return positions.filter((p) => !placedByContext.has(p) || !positions.some((q) => q !== p && !placedByContext.has(q) && q.former === p.former && q.title === p.title && q.bodyKind === p.bodyKind && q.unit !== undefined && q.unit !== p.unit));
}

/**
 * "Cùng quan điểm với Chủ tịch Quốc hội, đại biểu Nguyễn Thái Học …": a title before a name
 * with a comma and other words between. Legitimate ("Bí thư Tỉnh ủy, đồng chí A"), but it may
 * be someone else's: a post one person holds at a time, also given in the article to someone
 * written right beside it or after their name, is dropped from the one it reached over a comma.
 */
function withoutRivalsOverComma(people: Iterable<PersonDraft>, overComma: ReadonlySet<PositionRecord>): void {
  const holders = new Map<string, Array<{ person: PersonDraft; position: PositionRecord }>>();
  for (const person of people) {
    for (const position of person.positions) {
      if (position.former || !SOLE_TITLES.has(position.title)) continue;
      const key = `${position.title}\u0000${position.organization}`;
      const list = holders.get(key) ?? [];
      list.push({ person, position });
      holders.set(key, list);
    }
  }
  for (const list of holders.values()) {
    if (list.length < 2 || !list.some(({ position }) => !overComma.has(position))) continue;
    for (const { person, position } of list) if (overComma.has(position)) person.positions = person.positions.filter((p) => p !== position);
  }
}

/** A title before the name that reaches it over a comma: "Chủ tịch Quốc hội, đại biểu A". */
function reachedOverComma(tokens: readonly Token[], unit: TitleUnit, nameStart: number): boolean {
  if (unit.end > nameStart) return false;
  for (let k = unit.end; k < nameStart; k++) if (tokens[k]!.text === ',') return true;
  return false;
}

function addEvidence(person: PersonDraft, sentence: string): void {
  if (!person.evidence.includes(sentence)) person.evidence.push(sentence);
}

/** Two people's posts could be one person's: either has none, or they share one. */
function postsAgree(a: PersonDraft, b: PersonDraft): boolean {
  if (a.positions.length === 0 || b.positions.length === 0) return true;
  return a.positions.some((p) => b.positions.some((q) => q.title === p.title && sameOrganization(q.organization, p.organization)));
}

/**
 * "Bùi Xuân Cương" once beside "Bùi Xuân Cường" twice (see mistypedSpellings): the mistyped
 * spelling's posts and sentences go to the person the article spells right, unless their
 * posts tell two people apart. Returns each merged spelling's key to the one it joined.
 */
function mergeMistyped(people: Map<string, PersonDraft>, counts: ReadonlyMap<string, number>, outsiders: Set<PersonDraft>): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [once, often] of mistypedSpellings(counts)) {
    const [typo, person] = [people.get(once), people.get(often)];
    if (!typo || !person || !postsAgree(typo, person)) continue;
    for (const position of typo.positions) addPosition(person, position);
    for (const sentence of typo.evidence) addEvidence(person, sentence);
    person.introduced ||= typo.introduced;
    person.official ||= typo.official;
    if (outsiders.has(typo)) outsiders.add(person);
    people.delete(once);
    aliases.set(once, often);
  }
  return aliases;
}

/** Degrees and honours written before a name: on their own they make no official ("GS.TS A", "bác sĩ B"). */
const SCHOLARLY = /^(?:gs|pgs|ts|ths|tiến|thạc|bác|giáo|phó giáo|nhà|anh)/;

function isScholarly(tokens: readonly Token[], unit: TitleUnit): boolean {
  return SCHOLARLY.test(tokens[unit.start]?.key ?? '');
}

/** The title stands right before the name, with at most words (an honorific) between. */
function rightBefore(tokens: readonly Token[], unit: TitleUnit, nameStart: number): boolean {
  if (unit.end > nameStart) return false;
  for (let k = unit.end; k < nameStart; k++) if (!tokens[k]!.isWord) return false;
  return true;
}

/**
 * "Chủ tịch Quốc hội Hàn Quốc Chung Sye-kyun": a foreign official's name the name recogniser
 * cut at the hyphen ("Chung Sye") is no name of theirs.
 */
function cutForeignName(sentence: SentenceScan, m: Extract<Mention, { kind: 'name' }>): boolean {
  const item = sentence.items[m.item]!;
  const [hyphen, rest] = [sentence.tokens[item.end], sentence.tokens[item.end + 1]];
  return hyphen?.text === '-' && rest !== undefined && rest.isWord && !rest.isCapitalized && m.units.some(({ unit }) => unit.outside && rightBefore(sentence.tokens, unit, item.start));
}

/** A foreign post after the name, with no other name right after it: the name's own. */
function endsForeignAppositive(sentence: SentenceScan, unit: TitleUnit, nameEnd: number): boolean {
  if (unit.start < nameEnd) return false;
  const next = sentence.items.find((item) => item.start >= unit.end);
  return next === undefined || next.type !== 'name';
}

/** Words one of which a sentence about the press holds (see toThePress): most sentences have none. */
const PRESS_HINT = /phóng|pv|báo|lề|truyền thông|trao đổi|chia sẻ|trả lời|nói chuyện|tâm sự/iu;

/** Seats, not offices: beside them a minister's title alone may still be the person's only office. */
const MEMBERSHIPS: ReadonlySet<string> = new Set(['Ủy viên', 'Ủy viên dự khuyết', 'Đại biểu']);

/** Roles that are a speech: what a verb of saying may only repeat. */
const SPEECHES: ReadonlySet<Role> = new Set(['opened', 'reported', 'directed', 'concluded', 'spoke']);

export function buildPeople(
  sentences: readonly SentenceScan[],
  ctx: ArticleContext,
  events: readonly EventRecord[],
  eventSentences: ReadonlyMap<string, number[]>,
  byline: string | null,
  openToAnyone: ReadonlySet<string> = new Set(),
  attendedElsewhere: ReadonlySet<number> = new Set(),
): PersonRecord[] {
  const people = new Map<string, PersonDraft>();
  const perSentence: Mention[][] = sentences.map((s) => attachChains(s.items, s.tokens));
  // A name is looked up once per mention and role: its lower case is made once per name
  // (a list of hundreds of names repeats each one many times).
  const keys = new Map<string, string>();
  const key = (name: string): string => {
    let lower = keys.get(name);
    if (lower === undefined) {
      lower = name.toLowerCase();
      keys.set(name, lower);
    }
    return lower;
  };
  const bylineKey = byline ? key(byline) : null;

  // Posts whose unit the text did not write beside them ("Phó Chủ tịch UBND TP"): taken from the article's context.
  const placedByContext = new Set<PositionRecord>();
  // Posts reached only from a title before the name over a comma (see withoutRivalsOverComma).
  const overComma = new Set<PositionRecord>();
  // People introduced with a post outside the graph (a foreign state's: "Thủ tướng Quốc vụ viện
  // Trung Quốc Lý Cường"), and posts read only from a bare title whose body no word wrote: for
  // them, "Thủ tướng Lý Cường" later repeats the foreign post, not the domestic one it implies.
  const outsiders = new Set<PersonDraft>();
  const bodyUnwritten = new Set<PositionRecord>();
  /** Posts given the article's one ministry for a minister's title written alone. */
  const ofArticleMinistry = new Set<PositionRecord>();
  // How many times the article names each spelling: a spelling seen once may be a slip.
  const counts = new Map<string, number>();
  for (const mentions of perSentence) {
    for (const m of mentions) if (m.kind === 'name' && !m.short) counts.set(key(m.name), (counts.get(key(m.name)) ?? 0) + 1);
  }
  // Pass 1: named people and their positions; a title given by a pronoun ("ông là …") is the
  // last named person's.
  let lastNamed: PersonDraft | undefined;
  perSentence.forEach((mentions, index) => {
    for (const m of mentions) {
      if (m.kind === 'title' && m.pronoun && lastNamed) {
        for (const unit of m.chain) {
          const position = positionOf(unit, m.chain, ctx, m.pronoun.former || unit.former);
          if (position) addPosition(lastNamed, position);
        }
        addEvidence(lastNamed, sentences[index]!.text);
        continue;
      }
      if (m.kind !== 'name' || m.short || key(m.name) === bylineKey || cutForeignName(sentences[index]!, m)) continue;
      let person = people.get(key(m.name));
      if (!person) {
        person = { name: m.name, positions: [], roles: [], evidence: [], introduced: false, official: false };
        people.set(key(m.name), person);
      }
      if (m.honorific || m.units.length > 0) person.introduced = true;
      if (m.comrade || m.units.some(({ unit }) => unit.outside || unit.title !== null || !isScholarly(sentences[index]!.tokens, unit))) {
        person.official = true;
        addEvidence(person, sentences[index]!.text);
      }
      const nameStart = sentences[index]!.items[m.item]!.start;
      const nameEnd = sentences[index]!.items[m.item]!.end;
      // Only a post written right before the name: a foreign official's name after it is often
      // not recognised, so a post after a name may be the next person's ("A, Thủ tướng nước Lào
      // B"), and one before a comma another's ("so sánh của Phó Thủ tướng Hà Lan, Thủ tướng A").
      if (m.units.some(({ unit }) => unit.outside && rightBefore(sentences[index]!.tokens, unit, nameStart))) outsiders.add(person);
      // "Đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí A, Ủy viên Bộ Chính trị, …": that party's posts.
      const foreignHead = headsForeignDelegation(sentences[index]!.tokens, nameStart);
      if (foreignHead) outsiders.add(person);
      for (const { unit, chain, former } of m.units) {
        if (foreignHead && unit.start >= nameEnd) continue;
        // "Ủy viên Bộ Chính trị, Phó Thủ tướng Trung Quốc A": the whole chain is the foreign state's;
        // so it is after the name when no other name follows it ("A, Ủy viên Bộ Chính trị, Phó Chủ
        // tịch Quân ủy Trung ương Trung Quốc."), not when one does ("A, Thủ tướng nước Lào B").
        if (chain.some((u) => u.outside && u.body?.kind.kind !== 'committee-part' && (rightBefore(sentences[index]!.tokens, u, nameStart) || endsForeignAppositive(sentences[index]!, u, nameEnd)))) continue;
        const tokens = sentences[index]!.tokens;
        const written = positionOf(unit, chain, ctx, former) ?? deputyOfProvince(unit, chain, ctx, former, tokens, nameEnd);
        const position = written ?? ministerOfArticle(unit, chain, ctx, former, tokens, nameStart);
        if (!position) continue;
        const held = addPosition(person, position);
        if (written) ofArticleMinistry.delete(held);
        else if (held === position) ofArticleMinistry.add(position);
        if (reachedOverComma(sentences[index]!.tokens, unit, nameStart)) {
          if (held === position) overComma.add(position);
        } else overComma.delete(held);
        // The same post written once with its unit and once without: written.
        if (unit.body && !unit.body.places && position.unit !== undefined) {
          if (held === position) placedByContext.add(position);
        } else placedByContext.delete(held);
        if (unit.body && unit.body.start === unit.body.end) {
          if (held === position) bodyUnwritten.add(position);
        } else bodyUnwritten.delete(held);
        addEvidence(person, sentences[index]!.text);
      }
      if (person.introduced) lastNamed = person;
    }
  });

  const aliases = mergeMistyped(people, counts, outsiders);

  // "Bộ trưởng Mai Tiến Dũng" after "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng": a
  // minister's title alone is a short form of a post the person holds elsewhere in the article,
  // or a foreign minister's.
  for (const person of people.values()) {
    if (!person.positions.some((q) => ofArticleMinistry.has(q))) continue;
    // "Bộ trưởng Vương Nghị" after "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị": a foreign official's.
    if (outsiders.has(person) || person.positions.some((q) => !ofArticleMinistry.has(q) && !MEMBERSHIPS.has(q.title))) {
      person.positions = person.positions.filter((q) => !ofArticleMinistry.has(q));
    }
  }

  // One post with a written body makes the person the country's own ("Thủ tướng Chính phủ A").
  for (const person of outsiders) {
    if (person.positions.every((q) => bodyUnwritten.has(q))) person.positions = [];
  }

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

  // Pass 2: roles. What a verb of saying tells waits until the article's other roles are known.
  const sayings: Array<{ person: PersonDraft; event: string; sentence: string }> = [];
  // A sentence's roles go to the event it names, else to the one the article last named: after
  // "Chiều cùng ngày, UBND huyện họp …" the roles are that meeting's.
  const eventOf = new Map<number, string>();
  for (const e of events) for (const index of eventSentences.get(e.id) ?? []) if (!eventOf.has(index)) eventOf.set(index, e.id);
  let current = events[0]?.id;
  const eventName = new Map(events.map((e) => [e.id, e.name]));
  /** The first sentence of the body (after the headline) that names the event. */
  const firstToldIn = (id: string): number | undefined => (eventSentences.get(id) ?? []).filter((i) => i > 0).reduce<number | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);
  // "Trả lời báo chí bên lề kỳ họp, ĐB A cho rằng …" then "Theo ông A, …", "GS B cũng cho hay …":
  // the talk with the press goes on until a sentence names an event again.
  let withThePress = false;
  const pressSentences = new Set<number>();
  const personOf = (mention: Mention): PersonDraft | undefined =>
    mention.kind === 'title' ? byTitle(mention) : mention.short ? byGivenName(mention) : people.get(aliases.get(key(mention.name)) ?? key(mention.name));
  // An interview: the people named before the reporter's first question are the ones it asks;
  // from that question on, and in the lead before any event is named, what they say is told to the press.
  const firstQuestion = sentences.findIndex((s) => INTERVIEW_QUESTION.test(s.text));
  const interviewees = new Set(perSentence.slice(0, Math.max(firstQuestion, 0)).flat().map(personOf).filter((p) => p !== undefined));
  let eventNamed = false;
  // Every role is at an event: an article that names none, as most do, has no sentence to read for roles.
  if (events.length > 0) sentences.forEach((s, index) => {
    const mentions = perSentence[index]!;
    // "Trước đó, Bộ trưởng đi kiểm tra …": a field trip or a visit is no part of the event named before.
    // So is another event attended that is none of the article's ("đã dự hội nghị công bố quyết định …").
    // "Tại các buổi họp thôn, ông A cho biết …": several meetings, none of them the one reported.
    const several = eventOf.has(index) ? null : AT_SEVERAL_MEETINGS.exec(s.text);
    const otherMeetings = several !== null && !(eventName.get(current ?? '') ?? '').toLowerCase().includes(several[1]!.toLowerCase());
    if (!eventOf.has(index) && ((ANOTHER_ACTIVITY_OPENER.test(s.text) && ANOTHER_ACTIVITY_VERB.test(s.text)) || otherMeetings || attendedElsewhere.has(index))) current = undefined;
    current = eventOf.get(index) ?? current;
    const eventId = current;
    const press = PRESS_HINT.test(s.text) && toThePress(s.items, s.tokens);
    if (eventOf.has(index) && !press) withThePress = false;
    if (press) {
      withThePress = true;
      pressSentences.add(index);
    }
    // "Trước đó, ngày 23/6, ông A cho biết …": what is said on another day is said at no event
    // of the article, until a sentence names one again (what is done there keeps its event).
    if (!eventOf.has(index) && ANOTHER_DAY_OPENER.test(s.text)) withThePress = true;
    if (index > 0 && eventOf.has(index)) eventNamed = true;
    const inTheInterview = firstQuestion >= 0 && (index >= firstQuestion || !eventNamed);
    for (const hit of assignRoles(s.items, s.tokens, mentions)) {
      const person = personOf(hit.mention);
      if (!person || !eventId || !(person.introduced || (hit.mention.kind === 'name' && hit.mention.honorific))) continue;
      // "A chủ trì lễ đón đoàn …" where no event is named: the ceremony's chair, not the event reported's.
      if (!eventOf.has(index) && playedAtAnActivity(s.tokens, hit.cueEnd, meetingFamily(eventName.get(eventId) ?? '') === 'ceremony')) continue;
      person.introduced = true;
      if (hit.saying) {
        if (withThePress || (inTheInterview && interviewees.has(person))) continue;
        // "A cho biết, Chi bộ X vừa họp …" where that meeting is first told: A reports it, others held it.
        if (hit.tellsOfMeeting && firstToldIn(eventId) === index) continue;
        sayings.push({ person, event: eventId, sentence: s.text });
        continue;
      }
      addUnique(person.roles, { event: eventId, role: hit.role }, (a, b) => a.event === b.event && a.role === b.role);
      addEvidence(person, s.text);
    }
  });
  // "nhấn mạnh", "đề nghị": a speech of its own only when the article names no other speech of
  // that person at that event (opening, report, direction, conclusion).
  // An event the article names only where someone talks to the press ("bên lề kỳ họp") heard no speech the article reports.
  const onlyAside = new Set(events.filter((e) => (eventSentences.get(e.id) ?? []).every((i) => pressSentences.has(i))).map((e) => e.id));
  for (const { person, event, sentence } of sayings) {
    if (onlyAside.has(event)) continue;
    if (person.roles.some((r) => r.event === event && SPEECHES.has(r.role))) continue;
    person.roles.push({ event, role: 'spoke' });
    addEvidence(person, sentence);
  }

  // A press conference or launch no public body holds: the people's roles there stand only
  // if one of them who holds a post did more than attend.
  for (const id of openToAnyone) {
    const official = [...people.values()].some((p) => p.introduced && (p.official || p.positions.some((q) => !q.former)) && p.roles.some((r) => r.event === id && r.role !== 'attended'));
    if (!official) for (const person of people.values()) person.roles = person.roles.filter((r) => r.event !== id);
  }

  withoutRivalsOverComma(people.values(), overComma);
  const out: PersonRecord[] = [];
  for (const person of people.values()) {
    // Whatever was parsed about them: an official with no title the extractor could place is still named.
    if (!person.introduced || (person.positions.length === 0 && person.roles.length === 0 && !person.official)) continue;
    // "Tham dự" is for people not already chairing (contract).
    const chaired = new Set(person.roles.filter((r) => r.role === 'chaired').map((r) => r.event));
    const roles = person.roles.filter((r) => !(r.role === 'attended' && chaired.has(r.event)));
    out.push({ name: person.name, positions: withoutContextTwins(person.positions, placedByContext), roles, evidence: person.evidence });
  }
  return out;
}
