// Stage 6: the article's events. Mentions in the headline and lead are merged
// into events (same kind, no conflicting ordinal or organizer); the organizer
// is resolved to its canonical body; a date comes from the lead.
import type { EventKind, EventRecord, PersonRecord } from '../contract.js';
import { ANOTHER_ACTIVITY_OPENER, briefingAndWork, BUSINESS_HEADS, meetingFamily, numberToRoman, OCCASIONS, OPEN_EVENT_WORDS } from '../lexicon/events.js';
import { PhraseTrie } from '../lexicon/trie.js';
import { findDate, writesDay } from '../recognize/dates.js';
import { findEvents, leadingBody, namesItsOwnBoard, opensOnPastTime, organizerAfter, type EventMention } from '../recognize/events.js';
import { isVillage, matchUnitWord, type BodyRef } from '../recognize/titles.js';
import type { ArticleContext, SentenceScan } from './context.js';
import type { Token } from '../tokenize.js';
import { organizerFields, type EventNamer } from './organizer-hosts.js';
import { bodyOf, partOf, resolveBody, type ResolvedBody } from './organizations.js';
import { formatBody, OWN_PARTY_COMMITTEE, OWN_PARTY_ORGANIZATION, PARTY_COMMITTEE, PARTY_ORGANIZATION } from '../../vietnam/body-names.js';

/** How many sentences after the headline count as the lead. */
const LEAD_SENTENCES = 3;

interface Draft {
  kind: EventKind;
  word: string;
  /** The name's words past the kind word, when its first mention wrote them. */
  named?: string;
  ordinal: number | null;
  ordinalRoman: string | null;
  body: BodyRef | null;
  organizer: ResolvedBody | null;
  /** The organizer was read off "A làm việc với B": a host stated with "tổ chức" replaces it. */
  organizerWeak: boolean;
  term: string | null;
  termYears: string | null;
  date: string | null;
  /** A day was written for it whose year the article leaves open: no other sentence's date is its. */
  yearOpen: boolean;
  /** Sentence indexes that mention it. */
  sentences: number[];
  /** Named after a board of its own the lexicon does not know ("cuộc họp Ban Chỉ đạo X"): no other body organizes it. */
  ownBoard?: boolean;
  /** Announced only by its number, beside the event reported ("Tại Đại hội … lần thứ XI, tỉnh có …"): it stands only if someone takes a role in it. */
  aside?: boolean;
}

/** The State as a whole: the body of the President's post, never an event's organizer. */
const STATE = 'Nhà nước';

function organizerOf(kind: EventKind, body: BodyRef | null, ctx: ArticleContext): ResolvedBody | null {
  // A village ("ấp 5, xã X … đang làm việc") is where something happens, never who holds it.
  if (!body || isVillage(body)) return null;
  const resolved = resolveBody(body, ctx);
  // "Nhà nước" (the State, of "Chủ tịch nước", "Ban Chỉ đạo nhà nước …") holds no meeting itself.
  if (resolved?.name === STATE) return null;
  // A Party congress is held by the Party organization (Đảng bộ), whose committee it elects.
  if (kind === 'congress' && body.kind.kind === 'committee' && resolved?.place) {
    return { ...bodyOf(PARTY_ORGANIZATION, resolved.place, null, resolved.guessed), ...(resolved.placedByContext ? { placedByContext: true } : {}) };
  }
  // "Đảng ủy HĐND tỉnh X tổ chức Đại hội": the congress of that body's Party organization.
  if (kind === 'congress' && body.kind.kind === 'body-part' && body.kind.name === OWN_PARTY_COMMITTEE && body.parent) {
    const parent = resolveBody(body.parent, ctx);
    return parent ? partOf(OWN_PARTY_ORGANIZATION, parent) : resolved;
  }
  return resolved;
}

function compatible(d: Draft, m: EventMention, organizer: ResolvedBody | null): boolean {
  if (d.kind !== m.kind) return false;
  // "Lễ đón chính thức …", then "hội đàm": a ceremony and talks are two events.
  const families = [meetingFamily(d.word), meetingFamily(m.word)];
  if (families[0] !== null && families[1] !== null && families[0] !== families[1]) return false;
  if (briefingAndWork(d.word, m.word)) return false;
  if (d.ordinal !== null && m.ordinal !== null && d.ordinal !== m.ordinal) return false;
  if (d.organizer !== null && organizer !== null && d.organizer.name !== organizer.name) return false;
  return !(d.ownBoard && organizer !== null);
}

const KIND_WORD: Readonly<Record<EventKind, string | null>> = { conference: 'Hội nghị', congress: 'Đại hội', session: 'Kỳ họp', meeting: null };

function eventName(d: Draft): string {
  const written = d.named ?? (d.word.toLowerCase() === 'làm việc' ? 'buổi làm việc' : d.word.toLowerCase() === 'gặp mặt' ? 'buổi gặp mặt' : d.word);
  const word = KIND_WORD[d.kind] ?? written.charAt(0).toUpperCase() + written.slice(1).toLowerCase();
  // A committee's plenary is named after its Party organization's executive committee.
  const place = d.kind === 'conference' && d.organizer?.kind === PARTY_COMMITTEE ? d.organizer.place : null;
  const body = place ? `Ban Chấp hành ${formatBody(PARTY_ORGANIZATION, place, { word: d.body?.unitWord ?? null })}` : d.organizer?.name ?? '';
  if (d.kind === 'congress') {
    return [word, body, d.ordinal !== null ? `lần thứ ${d.ordinalRoman ?? numberToRoman(d.ordinal)}` : ''].filter(Boolean).join(' ');
  }
  if (d.kind === 'session') {
    return [word, d.ordinal !== null ? `thứ ${d.ordinal}` : '', body, d.term ? `khóa ${d.term}` : ''].filter(Boolean).join(' ');
  }
  return [word, d.ordinal !== null ? `lần thứ ${d.ordinal}` : '', body, d.term ? `khóa ${d.term}` : ''].filter(Boolean).join(' ');
}

/** "tổ chức", "khai mạc", "bế mạc", "tiến hành" right before the event word. */
function heldHere(tokens: SentenceScan['tokens'], start: number): boolean {
  const before = tokens.slice(Math.max(0, start - 3), start).map((t) => t.key).join(' ');
  // Not an event planned or recalled: "chuẩn bị tổ chức Đại hội …", "thời điểm tổ chức …".
  const earlier = tokens.slice(0, start).map((t) => t.key).join(' ');
  if (/(chuẩn bị|sẽ|tiến tới|hướng tới|thời điểm|dự kiến|kế hoạch)/.test(earlier)) return false;
  return /(tổ chức|khai mạc|bế mạc|tiến hành|diễn ra)$/.test(before);
}

/** "Hội nghị lần thứ năm … đã họp", "… khai mạc": the mention is the subject of its holding. */
function heldAfter(tokens: SentenceScan['tokens'], end: number): boolean {
  const after = tokens.slice(end, end + 4).map((t) => t.key).join(' ');
  return /^(?:(?:đã|đang|chính thức) )?(?:họp|khai mạc|bế mạc|diễn ra|tiến hành|bước vào)(?: |$)/.test(after);
}

/** A sentence that opens on when it happened: "Chiều cùng ngày, …", "Sáng 12/7, …". */
const OPENS_WITH_TIME = /^(?:[*•]\s*)?(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:cùng ngày|\d)|Cũng trong (?:sáng|chiều|ngày)|Cùng ngày|Trong ngày|Tiếp đó|Sau đó)/u;

/** "* Chiều 7-2, …": a sub-heading's bullet opens another item of the news. */
const SUB_HEADING = /^[*•]\s*/u;

/** "họp phiên thường kỳ": the event word is itself the verb of holding it. */
function selfAnnounced(m: EventMention): boolean {
  return /^họp\b/i.test(m.word);
}

const occasionTrie = PhraseTrie.of(OCCASIONS);

/** "Lễ khai mạc Lễ hội …", "họp báo trước trận đấu": the event word names an occasion's ceremony. */
function forAnOccasion(tokens: SentenceScan['tokens'], m: EventMention): boolean {
  let at = m.start + m.word.split(' ').length;
  while (tokens[at] && ['của', 'trước', 'sau', 'cho'].includes(tokens[at]!.key)) at++;
  return occasionTrie.longest(tokens, at) !== undefined;
}

/** "Lễ khai mạc", "buổi lễ", "phiên bế mạc": a ceremony, the occasion's opening or closing itself. */
const CEREMONY_OF_OCCASION = /^(?:buổi )?lễ(?:\s|$)|(?:khai|bế) mạc/iu;

/** "Bế mạc Festival …", "Khai mạc Lễ hội …": an occasion's opening or closing named in these tokens. */
function opensOrClosesAnOccasion(tokens: SentenceScan['tokens']): boolean {
  return tokens.some((t, i) => (t.key === 'khai' || t.key === 'bế') && tokens[i + 1]?.key === 'mạc' && occasionTrie.longest(tokens, i + 2) !== undefined);
}

const BUSINESS = new RegExp(`^(?:${BUSINESS_HEADS.join('|')})\\b`, 'iu');

/** Events of public life only: not a company's or commercial bank's own meeting (a product launch, a customers' conference). */
function publicEvent(d: Draft): boolean {
  return !(d.organizer && BUSINESS.test(d.organizer.name));
}

/** An elected council or assembly, whose sittings a "kỳ họp" is: HĐND, the National Assembly, their deputies. */
const COUNCIL = /(?:^|[^\p{L}])(?:HĐND|Hội đồng nhân dân|Quốc hội|ĐBQH|đại biểu|Ủy ban Kiểm tra|UBKT)(?![\p{L}])/iu;

/**
 * "mỗi lần đến kỳ họp phụ huynh": a session with neither a host nor a number, in an article that
 * names no council, assembly or deputy, is no council's sitting.
 */
function bareSession(d: Draft): boolean {
  return d.kind === 'session' && d.organizer === null && d.ordinal === null;
}

const ROMAN = /^[IVXL]+$/;

/** The event's number in Roman numerals: "lần thứ XIV", "lần thứ 14", or the press's "Đại hội XIV". */
function numberWritten(tokens: SentenceScan['tokens'], m: EventMention): string | null {
  if (m.ordinal !== null) return m.ordinalRoman ?? numberToRoman(m.ordinal);
  const after = tokens[m.start + m.word.split(' ').length]?.text ?? '';
  return ROMAN.test(after) ? after : null;
}

/** Words at most between a press conference and the event it is about: "họp báo công bố thông tin về kỳ họp thứ 3". */
const TOPIC_GAP = 6;

/** The numbered events this sentence's press conferences are about, by kind and number ("session:3"). */
function topicsOfBriefings(tokens: SentenceScan['tokens'], mentions: readonly EventMention[]): string[] {
  return mentions.flatMap((m, k) => {
    const topic = mentions[k + 1];
    if (m.referred || meetingFamily(m.word) !== 'press' || !topic?.referred || topic.ordinal === null || topic.start - m.end > TOPIC_GAP) return [];
    return [`${topic.kind}:${numberWritten(tokens, topic)}`];
  });
}

export interface ArticleEvents {
  events: EventRecord[];
  /** For each event id, the sentence indexes that mention it. */
  mentionedIn: Map<string, number[]>;
  /** For each event id with an organizer, the organizer resolved. */
  organizers: Map<string, ResolvedBody>;
  /** Events with no organizer nor number: they stand only if someone takes a role in them. */
  provisional: Set<string>;
  /** Of those, the ones anyone holds (OPEN_EVENT_WORDS): only an official's role counts. */
  openToAnyone: Set<string>;
  /** For each event id, its name with another organizer (or none). */
  namers: Map<string, EventNamer>;
  /** For each event id left without an organizer, the body its text named with no unit ("UBND tỉnh" in an article about two provinces). */
  unplaced: Map<string, BodyRef>;
  /** Sentences told at an event that is none of the article's ("đã dự hội nghị công bố quyết định …", "Trước đó, tại hội nghị ở xã Y, …"). */
  attendedElsewhere: Set<number>;
}

const OPEN_EVENTS: ReadonlySet<string> = new Set(OPEN_EVENT_WORDS);

/**
 * The events left once people are known: an event with no organizer that no one took a role
 * in (a summit or a working session only mentioned, "văn hóa làm việc") is dropped, and the
 * others renumbered in order, with the people's roles.
 */
export function keepEventsWithRoles(events: readonly EventRecord[], people: readonly PersonRecord[], provisional: ReadonlySet<string>): { events: EventRecord[]; people: PersonRecord[] } {
  if (provisional.size === 0) return { events: [...events], people: [...people] };
  const used = new Set(people.flatMap((p) => p.roles.map((r) => r.event)));
  const kept = events.filter((e) => !provisional.has(e.id) || used.has(e.id));
  if (kept.length === events.length) return { events: [...events], people: [...people] };
  const renamed = new Map(kept.map((e, i) => [e.id, `e${i + 1}`]));
  return {
    events: kept.map((e) => ({ ...e, id: renamed.get(e.id)! })),
    people: people.map((p) => ({ ...p, roles: p.roles.filter((r) => renamed.has(r.event)).map((r) => ({ ...r, event: renamed.get(r.event)! })) })),
  };
}

/**
 * "A đã dự hội nghị …", "đã tham dự lễ …": someone went to the event mentioned (an invitation,
 * "mời … dự Hội nghị G20", a caption, "các đại biểu tham dự phiên khai mạc", or the opening of the
 * event reported, "dự lễ khai mạc", is not).
 */
function attendedBefore(tokens: readonly Token[], m: EventMention): boolean {
  if (tokens[m.start - 1]?.key !== 'dự') return false;
  const done = tokens[m.start - 2]?.key === 'đã' || (tokens[m.start - 2]?.key === 'tham' && tokens[m.start - 3]?.key === 'đã');
  const part = tokens.slice(m.start, m.end + 2).some((t) => t.key === 'mạc');
  return done && !part;
}

/**
 * "Trước đó, tại hội nghị ở xã Y, …": an event word followed by where it was held, a unit of its
 * own ("ở xã Y", "tại huyện Z"), in a sentence told as another activity: a meeting of that place,
 * not the one reported.
 */
function heldInAnotherPlace(s: SentenceScan, m: EventMention): boolean {
  const at = s.tokens[m.end];
  return ANOTHER_ACTIVITY_OPENER.test(s.text) && (at?.key === 'ở' || at?.key === 'tại') && matchUnitWord(s.tokens, m.end + 1) !== undefined;
}

/** A body's day at work in its groups or its hall: "Ban Chấp hành Trung ương làm việc tại tổ", "thảo luận ở hội trường". */
const SITTING = /(?:làm việc|thảo luận) (?:tại|ở) (?:các )?(?:tổ|hội trường)/iu;

/**
 * "Ban Chấp hành Trung ương Đảng làm việc tại tổ" in the lead of a plenum's report, before the
 * plenum is named: a sitting of the conference (or congress) its body holds that day, not
 * a meeting of its own. Its sentences (and the roles told in them) join that event's. A
 * sitting with no such event beside it (a National Assembly sitting reported alone) stays the
 * article's meeting.
 */
function joinSittings(drafts: Draft[], sentences: readonly SentenceScan[]): void {
  for (const d of [...drafts]) {
    if (d.kind !== 'meeting' || d.ordinal !== null || d.organizer === null) continue;
    // The sentence that announced it tells the sitting.
    if (!SITTING.test(sentences[d.sentences[0]!]?.text ?? '')) continue;
    // A plenum or a congress: a session named beside a sitting of the National Assembly is often
    // an earlier one referred to ("tại Kỳ họp thứ 8, Quốc hội khóa XIII đã có Nghị quyết …").
    const host = drafts.find((o) => (o.kind === 'conference' || o.kind === 'congress') && o.organizer?.name === d.organizer!.name && (o.date === null || d.date === null || o.date === d.date));
    if (!host) continue;
    host.sentences.push(...d.sentences);
    host.sentences.sort((a, b) => a - b);
    host.date ??= d.date;
    drafts.splice(drafts.indexOf(d), 1);
  }
}

export function buildEvents(sentences: readonly SentenceScan[], ctx: ArticleContext, published: string | null, bodyYear: number | null = null, bodyMonth: number | null = null): ArticleEvents {
  const drafts: Draft[] = [];
  const attendedElsewhere = new Set<number>();
  // Event words already seen naming an occasion's ceremony: "Tại buổi họp báo, …" later is the same one.
  const occasions = new Set<string>();
  const wordKey = (m: Pick<EventMention, 'word'>): string => m.word.toLowerCase().replace(/^buổi /, '');
  // Event words of a meeting on another day ("Trước đó, chiều 14.5, … đã có buổi làm việc …"):
  // "Phát biểu kết luận buổi làm việc" later is that one too, not an event reported.
  const otherDayWords = new Set<string>();
  // Numbered events the headline only refers to ("Nghị quyết Đại hội XIV").
  const referredInHeadline = new Set<string>();
  // A headline on an occasion's opening or closing ("Bế mạc Festival Di sản Quảng Nam") that
  // names no event: the article reports that ceremony, and a seminar or meeting it names later
  // with neither a host nor a number ("Đặc biệt, Hội thảo quốc tế … đã ra Tuyên bố") is one of
  // the occasion's activities, held on another day, which takes none of the ceremony's speeches.
  const headline = sentences[0];
  const aboutAnOccasion = headline !== undefined && opensOrClosesAnOccasion(headline.tokens) && findEvents(headline.tokens, headline.items, headline.text, published).every((m) => m.referred);
  // The article's own time, against which a sentence's month tells background ("Tháng 5/2015, …").
  const articleMonth = published ?? (bodyYear === null ? null : `${bodyYear}-${String(bodyMonth ?? 1).padStart(2, '0')}-01`);
  const mentioned = sentences.map((s) => findEvents(s.tokens, s.items, s.text, published));
  // Numbered events a press conference of the article is about ("họp báo thông tin về kỳ họp thứ 3"):
  // held before or after it, they take none of its speeches nor its day wherever they are named.
  const briefingTopics = new Set(sentences.flatMap((s, index) => topicsOfBriefings(s.tokens, mentioned[index]!)));
  sentences.forEach((s, index) => {
    const mentions = mentioned[index]!;
    if (opensOnPastTime(s.tokens, articleMonth)) for (const m of mentions) m.referred = true;
    // "Trước đó, chiều 14.5, …": the day of another activity, told as earlier or later.
    const otherDay = ANOTHER_ACTIVITY_OPENER.test(s.text) ? findDate(s.text, published, bodyYear, bodyMonth) : null;
    const onAnotherDay = (d: Draft): boolean => otherDay !== null && d.date !== null && d.date !== otherDay;
    // A sentence opening on its time ("Sáng 21/2, …") announces one event: its first.
    let announcedHere = false;
    for (const m of mentions) {
      // An event only referred to is neither a new event nor a source of the reported one's fields.
      if (m.referred) {
        const written = numberWritten(s.tokens, m);
        if (index === 0 && written) referredInHeadline.add(`${m.kind}:${written}`);
        continue;
      }
      // "Đưa Nghị quyết Đại hội XIV vào cuộc sống" over "Đại hội … lần thứ XIV đã thành công":
      // the congress the headline only refers to, unless the body tells it is held now.
      const held = heldHere(s.tokens, m.start) || selfAnnounced(m) || OPENS_WITH_TIME.test(s.text) || heldAfter(s.tokens, m.end);
      if (index > 0 && m.ordinal !== null && referredInHeadline.has(`${m.kind}:${numberWritten(s.tokens, m)}`) && !held) continue;
      if (m.ordinal !== null && briefingTopics.has(`${m.kind}:${numberWritten(s.tokens, m)}`) && !held) continue;
      if (forAnOccasion(s.tokens, m)) {
        occasions.add(wordKey(m));
        continue;
      }
      if (!m.body && occasions.has(wordKey(m))) continue;
      // (The ceremony itself, "Phát biểu tại lễ khai mạc", "Dự buổi lễ có …", stays; so does one the text holds on its
      // own day, "Sáng 6/2, tại Hà Nội, … tổ chức họp báo".)
      if (aboutAnOccasion && index > 0 && !m.body && m.ordinal === null && !CEREMONY_OF_OCCASION.test(m.word) && !OPENS_WITH_TIME.test(s.text) && !heldHere(s.tokens, m.start)) continue;
      if (!m.body && otherDayWords.has(wordKey(m)) && !drafts.some((d) => wordKey(d) === wordKey(m))) {
        attendedElsewhere.add(index);
        continue;
      }
      const inLead = index <= LEAD_SENTENCES;
      const ownFields = m.ordinal !== null || m.body !== null;
      if (!ownFields && drafts.length > 0 && heldInAnotherPlace(s, m)) {
        attendedElsewhere.add(index);
        continue;
      }
      let guessed = false;
      let weak = false;
      if (!m.body) m.body = organizerAfter(s.tokens, m.end, published);
      const ownBoard = !m.body && namesItsOwnBoard(s.tokens, m);
      if (!m.body) {
        const lead = leadingBody(s.tokens, m.start, s.items, published);
        // A host read off the chair's posts is no owner of a board's meeting named after it.
        if (lead.body && !(lead.weak && ownBoard)) { m.body = lead.body; m.term ??= lead.term; m.termYears ??= lead.termYears; guessed = true; weak = lead.weak; }
      }
      let organizer = organizerOf(m.kind, m.body, ctx);
      // A meeting lasts a day (a session or a conference may last several): one held on another
      // day than the meeting it would join is not that one.
      const joins = drafts.filter((d) => m.kind === 'meeting' && m.ordinal === null && compatible(d, m, organizer));
      if (joins.length > 0 && joins.every(onAnotherDay)) {
        otherDayWords.add(wordKey(m));
        attendedElsewhere.add(index);
        continue;
      }
      let match = drafts.find((d) => compatible(d, m, organizer));
      // A body read off the sentence's subject is a guess: "Chủ tịch HĐND … chủ trì kỳ họp" is
      // still the session already named, whoever the subject's other bodies are.
      if (!match && guessed) {
        const plain = drafts.find((d) => compatible(d, m, null));
        // "Cùng ngày, tại Hà Nội, Ban Bí thư đã họp …" after a working session already reported
        // with another host: a second event, announced as such below.
        // After a sub-heading's bullet, a host read off the chair's title is enough.
        const secondHeld = plain !== undefined && organizer !== null && (!weak || SUB_HEADING.test(s.text)) && plain.organizer !== null && plain.organizer.name !== organizer.name && plain.sentences.some((i) => i > 0) && OPENS_WITH_TIME.test(s.text);
        if (plain && !secondHeld) {
          if (plain.organizerWeak && !weak && inLead) match = plain;
          else { match = plain; organizer = null; m.body = null; }
        }
      }
      if (match) {
        match.ordinal ??= m.ordinal;
        match.ordinalRoman ??= m.ordinalRoman;
        if ((!match.organizer || (match.organizerWeak && !weak)) && organizer) { match.organizer = organizer; match.body = m.body; match.organizerWeak = weak; }
        match.term ??= m.term;
        match.termYears ??= m.termYears;
        match.sentences.push(index);
        if (!match.date && inLead) match.date = findDate(s.text, published, bodyYear, bodyMonth);
        announcedHere = true;
        continue;
      }
      // A new event only where the article announces it: in the headline or lead, or later
      // where the text says it is held ("tổ chức hội nghị lần thứ 32").
      // Another event of another organizer is announced the same way: "Chiều cùng ngày, UBND
      // huyện X họp phiên thường kỳ", "Sau đó, Ban Thường vụ Tỉnh ủy tổ chức hội nghị …".
      const another = organizer !== null && drafts.length > 0 && !drafts.some((d) => d.organizer?.name === organizer.name) && (heldHere(s.tokens, m.start) || selfAnnounced(m) || (!announcedHere && OPENS_WITH_TIME.test(s.text)));
      // "Tại Đại hội Đoàn toàn quốc lần thứ XI, tỉnh có 6 đại biểu" after the event reported: a
      // number alone, with no one holding it here, no verb of holding and no time of its own, may only refer.
      const aside = inLead && index > 0 && drafts.length > 0 && m.ordinal !== null && organizer === null && !held;
      // "Lễ đón chính thức …" in a lead opening on its time, after a headline on the talks: an event of another family.
      const family = meetingFamily(m.word);
      const anotherFamily = inLead && !announcedHere && OPENS_WITH_TIME.test(s.text) && family !== null && drafts.every((d) => {
        const other = meetingFamily(d.word);
        return other !== null && other !== family;
      });
      const announced = (inLead ? drafts.length === 0 || index === 0 || m.ordinal !== null : ownFields && heldHere(s.tokens, m.start)) || another || anotherFamily;
      if (!announced) {
        // "Cùng ngày, Phó Thủ tướng A đã dự hội nghị công bố quyết định …": another event, not the one reported.
        if (attendedBefore(s.tokens, m)) attendedElsewhere.add(index);
        continue;
      }
      announcedHere = true;
      const date = findDate(s.text, published, bodyYear, bodyMonth);
      drafts.push({
        kind: m.kind, word: m.word, ...(m.named ? { named: m.named } : {}), ordinal: m.ordinal, ordinalRoman: m.ordinalRoman, body: m.body, organizer, organizerWeak: weak,
        term: m.term, termYears: m.termYears, date, yearOpen: date === null && writesDay(s.text), sentences: [index],
        ownBoard: ownBoard && organizer === null, ...(aside ? { aside } : {}),
      });
    }
  });
  joinSittings(drafts, sentences);
  // The date is usually in the lead even when the event is named only in the headline.
  for (const d of drafts) {
    if (d.date || d.yearOpen) continue;
    for (let i = 0; i <= LEAD_SENTENCES && i < sentences.length && !d.date; i++) {
      d.date = findDate(sentences[i]!.text, published, bodyYear, bodyMonth);
      if (writesDay(sentences[i]!.text)) break;
    }
  }
  // Events in the order the body reports them; the headline only summarises.
  const reported = (d: Draft): number => d.sentences.find((i) => i > 0) ?? Number.MAX_SAFE_INTEGER;
  // The article's sentences are searched for a council once, and only when a bare session needs it.
  const noCouncil = drafts.some(bareSession) && !sentences.some((s) => COUNCIL.test(s.text));
  const kept = drafts.filter((d) => publicEvent(d) && !(noCouncil && bareSession(d))).sort((a, b) => reported(a) - reported(b));
  const events: EventRecord[] = [];
  const mentionedIn = new Map<string, number[]>();
  const organizers = new Map<string, ResolvedBody>();
  const provisional = new Set<string>();
  const openToAnyone = new Set<string>();
  const namers = new Map<string, EventNamer>();
  const unplaced = new Map<string, BodyRef>();
  kept.forEach((d, i) => {
    const id = `e${i + 1}`;
    // A congress "lần thứ XXIV" opens term XXIV (contract), whatever the outgoing committee's khóa.
    const term = d.kind === 'congress' && d.ordinal !== null ? d.ordinalRoman ?? numberToRoman(d.ordinal) : d.term;
    const organizer = d.organizer;
    events.push({ id, kind: d.kind, name: eventName(d), ...organizerFields(organizer), ordinal: d.ordinal, term, termYears: d.termYears, date: d.date });
    namers.set(id, (other) => eventName({ ...d, organizer: other }));
    mentionedIn.set(id, d.sentences);
    if (organizer) organizers.set(id, organizer);
    // An institution not named in full ("buổi làm việc của Ban Chỉ đạo") has no unit to be placed in.
    else if (d.body && !d.body.places && d.body.kind.kind !== 'named') unplaced.set(id, d.body);
    // A meeting given its number ("Phiên họp lần thứ 12") is one, whoever holds it.
    else if (d.ordinal === null || d.aside) provisional.add(id);
    if (!organizer && OPEN_EVENTS.has(d.word.toLowerCase())) openToAnyone.add(id);
  });
  return { events, mentionedIn, organizers, provisional, openToAnyone, namers, unplaced, attendedElsewhere };
}
