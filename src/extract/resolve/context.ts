// Stage 4: the article's own jurisdiction, from the units it names: which
// province, district and commune "Huyện ủy", "UBND huyện" or "Thành ủy" mean
// when the article leaves the name out. Headline and lead count most.
import { childrenOf, inForce, isWithin, parentChain, provincesOf, successorsOf, unitById, unitsNamed, type Unit } from '../../vietnam/gazetteer/index.js';
import { foldAccents } from '../../vietnam/text.js';
import { COMMITTEE_WORDS, typesOfWord, WRITTEN_UNIT_WORDS, type UnitType } from '../../vietnam/units.js';
import type { Token } from '../tokenize.js';
import type { Item } from '../recognize/scan.js';
import { parseBody, type BodyRef } from '../recognize/titles.js';
import { PURPOSE_NAMED_HEADS } from '../../vietnam/bodies.js';
import type { ResolvedBody } from './organizations.js';
import { matchForeignPlaceOrState, matchPlace } from '../recognize/places.js';
import { MINISTERS, ministryOf } from '../recognize/ministers.js';
import { PhraseTrie } from '../lexicon/trie.js';
import { WordSet } from '../words.js';

export interface ArticleContext {
  province: Unit | null;
  district: Unit | null;
  commune: Unit | null;
  /** The most local level the article is about. */
  focus: 'province' | 'district' | 'commune' | null;
  /**
   * The district (and so the province) or the commune was picked among units of the same
   * name in several places without the article naming which: bodies placed by it are a
   * guess, written out by name but not given a unit code.
   */
  guessed: boolean;
  /** The publication date: which period a unit named in the article belongs to. */
  date: string | null;
  /** The body holding the article's session (HĐND, Quốc hội): what a bare "đại biểu" belongs to. */
  sessionOrganizer: ResolvedBody | null;
  /**
   * The article speaks of several provinces, none clearly its own ("UBND tỉnh Quảng Nam và UBND
   * tỉnh Kon Tum …"): a people's committee or council written with no place is none of them.
   */
  contested?: boolean;
  /** Institutions the article names in full, by head word: what "Tổng Giám đốc Tập đoàn" means. */
  institutions?: ReadonlyMap<string, readonly string[]>;
  /** The one ministry the article's titles name ("Bộ trưởng Bộ GD&ĐT A"): what a bare "Thứ trưởng B" means. */
  ministry?: ResolvedBody;
}

export interface SentenceScan {
  text: string;
  tokens: Token[];
  items: Item[];
}

/** "huyện ủy" → "huyện": committee words that name their unit type. */
const COMMITTEE_UNIT: ReadonlyMap<string, string> = new Map(COMMITTEE_WORDS.map(([committee, word]) => [committee.toLowerCase(), word]));

function bodiesOf(items: readonly Item[]): BodyRef[] {
  const out: BodyRef[] = [];
  const walk = (body: BodyRef | null): void => {
    if (!body) return;
    out.push(body);
    walk(body.parent);
  };
  for (const item of items) if (item.type === 'unit') walk(item.unit.body);
  return out;
}

/** Unit words of one token, and their unit word: "huyện", "tp" → "thành phố". */
const UNIT_WORD_KEYS: ReadonlyMap<string, string> = new Map(
  WRITTEN_UNIT_WORDS.filter(([written]) => !written.includes(' ')).map(([written, word]) => [written.toLowerCase(), word === 'TP' ? 'thành phố' : word]),
);
/** Unit words of two tokens: "thành phố", "thị xã". */
const TWO_WORD_UNITS: ReadonlySet<string> = new Set(WRITTEN_UNIT_WORDS.map(([written]) => written).filter((w) => w.includes(' ')));

const UNIT_FIRST_WORDS = new WordSet([...WRITTEN_UNIT_WORDS, ...COMMITTEE_WORDS].map(([written]) => written.toLowerCase().split(' ')[0]!));
/** Last words of unit words of two tokens: "phố" of "thành phố". */
const UNIT_LAST_WORDS = new Set([...TWO_WORD_UNITS].map((w) => w.split(' ')[1]!));

/**
 * The units named after a unit word: the first name and those listed after it with the same
 * types ("các tỉnh Lào Cai, Yên Bái và Hà Giang"), each as its candidates.
 */
function placesAfterUnitWord(tokens: readonly Token[], i: number, date: string | null): Unit[][] | undefined {
  const t = tokens[i]!;
  if (!UNIT_FIRST_WORDS.has(t)) return undefined;
  const pair = tokens[i + 1] ? `${t.key} ${tokens[i + 1]!.key}` : '';
  let unit: string | undefined;
  let at = i + 2;
  if (COMMITTEE_UNIT.has(pair)) unit = COMMITTEE_UNIT.get(pair);
  else if (TWO_WORD_UNITS.has(pair)) unit = pair;
  else if (UNIT_WORD_KEYS.has(t.key)) { unit = UNIT_WORD_KEYS.get(t.key); at = i + 1; }
  if (unit === undefined) return undefined;
  const types = typesOfWord(unit);
  // A district upgraded since the article was written is found too (matchPlace).
  const typed = matchPlace(tokens, at, types, date);
  return typed ? [typed.places, ...listedAfter(tokens, typed.end, types, date)] : undefined;
}

/** "…, Yên Bái và Hà Giang" after a unit's name: the other units of the list, of the same types. */
function listedAfter(tokens: readonly Token[], at: number, types: readonly UnitType[], date: string | null): Unit[][] {
  const listed: Unit[][] = [];
  while (tokens[at]?.key === ',' || tokens[at]?.key === 'và') {
    const hit = matchPlace(tokens, at + 1, types, date);
    // The whole capitalised run must be the name: not the start of a person's or a body's.
    if (!hit || tokens[hit.end]?.isCapitalized) break;
    listed.push(hit.places);
    at = hit.end;
  }
  return listed;
}

/** Hà Nội district pages mark their lead with the district's initials: "(NTL)". */
let initialsIndex: Map<string, Unit[]> | undefined;

function districtByInitials(initials: string, province: Unit | null): Unit | undefined {
  if (!initialsIndex) {
    initialsIndex = new Map();
    for (const p of provincesOf('2004')) {
      for (const d of childrenOf(p.id).filter((u) => u.level === 'district')) {
        const mark = d.name.split(/\s+/).map((w) => foldAccents(w).charAt(0)).join('').toUpperCase();
        const list = initialsIndex.get(mark);
        if (list) list.push(d);
        else initialsIndex.set(mark, [d]);
      }
    }
  }
  const hits = (initialsIndex.get(foldAccents(initials).toUpperCase()) ?? []).filter((d) => !province || d.parent === province.id);
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Words after which the places named are not where the article happens: a birthplace or
 * home ("sinh năm 1976 tại xã …", "quê ở huyện …", "Nơi đăng ký HKTT: …", "địa chỉ: …"), a comparison ("cao hơn huyện A và huyện
 * B", "chỉ đứng sau thành phố C"), a neighbour ("giáp huyện D").
 */
const ASIDE_TRIGGERS: readonly string[] = ['sinh', 'quê', 'nguyên quán', 'trú', 'thường trú', 'tạm trú', 'hộ khẩu', 'HKTT', 'địa chỉ', 'so với', 'hơn', 'kém', 'đứng sau', 'giáp', 'tiếp giáp', 'như'];
const asideTrie = PhraseTrie.of(ASIDE_TRIGGERS);
/** What an aside's list of places (or an address) is made of, besides the names themselves. */
const ASIDE_GLUE = new Set([',', ':', 'và', 'năm', 'tại', 'ở', 'thuộc', '(', ')', '-', 'hoặc', 'các', 'là', 'cùng', 'xã', 'phường', 'thị', 'trấn', 'huyện', 'quận', 'tỉnh', 'thành', 'phố', 'tp', 'số', 'nhà', 'đường', 'ngõ', 'ngách', 'hẻm', 'tổ', 'thôn', 'xóm', 'ấp', 'khu', 'khối', 'phòng']);

/** For each token of a sentence, whether it stands in an aside (see ASIDE_TRIGGERS). */
function asides(tokens: readonly Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let inAside = false;
  for (let i = 0; i < tokens.length; i++) {
    const trigger = asideTrie.longest(tokens, i);
    if (trigger) {
      inAside = true;
      for (let k = i; k < trigger.end; k++) out[k] = true;
      i = trigger.end - 1;
      continue;
    }
    const t = tokens[i]!;
    if (inAside && (t.isCapitalized || ASIDE_GLUE.has(t.key) || /^\d/.test(t.text))) out[i] = true;
    else inAside = false;
  }
  return out;
}

/** Minimum weight of mentions for a district to be the article's: the headline, the lead, or two mentions. */
const DISTRICT_EVIDENCE = 2;
/** "TP.HCM", "TPHCM": the city's unit word glued to its name in one token. */
const GLUED_CITY = /^tp\.?[^\s.]/;

/** Token i ends a capitalised name ("báo Pháp Luật TP.HCM"), not a body's word or an acronym ("UBND TP.HCM"). */
function afterName(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && previous.isCapitalized && !/^\p{Lu}{2,}$/u.test(previous.text);
}

const DISTRICT_WORDS = new Set(['huyện', 'quận', 'thị xã']);

/**
 * The article's own units. `date` (the publication date) decides which period a name
 * belongs to: "tỉnh Phú Thọ" in 2026 is the merged province, "phường Mông Dương" after
 * 2025-07-01 the new ward; a name found only before the reform is still the old unit.
 */
export function detectContext(sentences: readonly SentenceScan[], date: string | null = null): ArticleContext {
  // Keyed by code and name: "Thừa Thiên Huế" (the old province) and "Huế" share a code.
  const weight = new Map<string, number>();
  const placesByKey = new Map<string, Unit>();
  // Provinces the headline names (its own, when one).
  const headlineNamed = new Set<string>();
  let inHeadline = false;
  const add = (place: Unit, w: number): void => {
    if (inHeadline && place.level === 'province') headlineNamed.add(place.id);
    const key = `${place.id}|${place.name}`;
    placesByKey.set(key, place);
    weight.set(key, (weight.get(key) ?? 0) + w);
  };
  const unitWordsSeen = new Map<string, number>();
  let initials: string | undefined;

  // "UBND huyện", "Huyện ủy" with no name: the article speaks of a district of its own.
  let bareDistrictBodies = 0;
  // The most provinces one list of the headline or lead names.
  let leadListed = 0;
  sentences.forEach((s, index) => {
    inHeadline = index === 0;
    const w = index === 0 ? 3 : index <= 3 ? 2 : 1;
    for (const body of bodiesOf(s.items)) {
      const unit = body.unitWord ?? (body.kind.kind === 'committee' ? null : null);
      if (unit) unitWordsSeen.set(unit, (unitWordsSeen.get(unit) ?? 0) + w);
      if (unit && !body.places && DISTRICT_WORDS.has(unit)) bareDistrictBodies++;
    }
    const tokens = s.tokens;
    // Worked out only for a sentence that names a unit: most name none.
    let aside: boolean[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // "TP.HCM", "TPHCM": the unit word glued to the name, one token.
      // Not at the end of a name ("báo Pháp Luật TP.HCM"): after a body's word or an acronym ("UBND TP.HCM").
      if (t.key.startsWith('tp') && GLUED_CITY.test(t.key) && !afterName(tokens, i) && !(aside ??= asides(tokens))[i]) {
        const glued = matchPlace(tokens, i, undefined, date);
        if (glued) for (const p of glued.places) add(p, w / glued.places.length);
        continue;
      }
      if (!UNIT_FIRST_WORDS.has(t)) continue;
      const unit = COMMITTEE_UNIT.get(`${t.key} ${tokens[i + 1]?.key ?? ''}`);
      if (unit) unitWordsSeen.set(unit, (unitWordsSeen.get(unit) ?? 0) + w);
      if ((aside ??= asides(tokens))[i]) continue;
      // "huyện Thanh Trì", "Huyện ủy Mỹ Đức", "tỉnh Nghệ An" anywhere in the text.
      const written = placesAfterUnitWord(tokens, i, date);
      if (!written) {
        if (unit && DISTRICT_WORDS.has(unit)) bareDistrictBodies++;
        continue;
      }
      const [first, ...listed] = written;
      for (const p of first!) add(p, w / first!.length);
      // "các tỉnh Lào Cai, Yên Bái và Hà Giang" in the lead: an article about several provinces.
      if (index <= 3 && listed.length > 0) {
        const named = new Set(written.filter((c) => c.length === 1 && c[0]!.level === 'province').map((c) => c[0]!.id));
        leadListed = Math.max(leadListed, named.size);
      }
    }
    if (index === 0) {
      // "Đà Nẵng: UBND thành phố làm việc …": a province or district named bare in the headline.
      for (let i = 0; i < s.tokens.length; i++) {
        // Bare names only: after a unit word ("Xã Hương Sơn") the typed scan above has it.
        const previous = s.tokens[i - 1];
        if (previous && (UNIT_FIRST_WORDS.has(previous) || UNIT_LAST_WORDS.has(previous.key))) continue;
        const hit = matchPlace(s.tokens, i, undefined, date);
        // A number is a unit only after its unit word ("Quận 7"): "tháng 7" names no place.
        if (!hit || /^\d/.test(s.tokens[i]!.text)) continue;
        const next = s.tokens[hit.end];
        const runEnds = !next || !next.isCapitalized;
        const bare = hit.places.filter((p) => p.level !== 'commune');
        if (runEnds && bare.length > 0) for (const p of bare) add(p, 2 / bare.length);
        i = hit.end - 1;
      }
    }
    if (index <= 2 && !initials) {
      const m = /^\(([\p{Lu}]{2,4})\)/u.exec(s.text);
      if (m) initials = m[1];
    }
  });

  // A unit's support: its own mentions and those of the units inside it ("huyện Đồng Xuân"
  // speaks for tỉnh Phú Yên). The province with the most support is the article's; a district
  // or commune is chosen inside it. Keyed by id: a province named "Thừa Thiên Huế" in the text
  // is the registry's "Huế".
  const support = new Map<string, number>();
  const direct = (p: Unit): number => weight.get(`${p.id}|${p.name}`) ?? 0;
  const addSupport = (place: Unit, w: number): void => {
    for (const at of parentChain(place.id)) support.set(at.id, (support.get(at.id) ?? 0) + w);
  };
  for (const [key, w] of weight) {
    const place = placesByKey.get(key)!;
    if (place.level !== 'district') {
      addSupport(place, w);
      continue;
    }
    // A district name says little about the province when other provinces have a district of
    // that name, whatever its type now ("huyện Phong Điền": Cần Thơ's, or Huế's, a thị xã since).
    const namesakes = unitsNamed('district', place.name, date).filter((d) => d.id !== place.id);
    addSupport(place, w / (namesakes.length + 1));
    for (const d of namesakes) addSupport(d, w / (namesakes.length + 1));
  }
  const supportOf = (p: Unit): number => support.get(p.id) ?? 0;
  const byWeight = [...weight.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => placesByKey.get(key)!);
  // The province as the article writes it when it does, else the registry's.
  const provinceById = (id: string): Unit | undefined => byWeight.find((p) => p.id === id && p.level === 'province') ?? unitById(id);
  // Since the reform, a district or commune that ended with it ("các xã A, B của huyện C (cũ)"
  // merged into the article's commune) is a former unit named in passing, never the article's;
  // so is a province that ended with it, when the article names one in force.
  const current = (p: Unit): boolean => date === null || inForce(p, date);
  const named = [...support.keys()].map((id) => provinceById(id)).filter((p): p is Unit => p?.level === 'province');
  const provinces = named.some(current) ? named.filter(current) : named;
  provinces.sort((a, b) => supportOf(b) - supportOf(a) || direct(b) - direct(a));
  // A province inferred from its districts alone leaves the choice among same-named districts below.
  const namedProvince = byWeight.some((p) => p.level === 'province');
  const explicitProvince: Unit | null = provinces.length > 0 && (namedProvince || direct(provinces[0]!) > 0) ? provinces[0]! : null;
  const districts = byWeight.filter((p) => p.level === 'district' && current(p) && (!explicitProvince || p.parent === explicitProvince.id));
  // A district is the article's when named enough, and not only in passing in an article about
  // its province ("mô hình của huyện Văn Chấn" in a Tỉnh ủy conference) unless the article also
  // speaks of a district's bodies without naming it.
  const provinceOwn = explicitProvince ? direct(explicitProvince) : 0;
  let district = districts.find((p) => supportOf(p) >= DISTRICT_EVIDENCE && (bareDistrictBodies > 0 || supportOf(p) * 2 >= provinceOwn)) ?? null;
  let guessed = false;
  // Names shared by districts of several provinces: keep the one the article's other clues fit.
  if (district && !explicitProvince) {
    const rivals = byWeight.filter((p) => p.level === 'district' && p.name === district!.name);
    if (rivals.length > 1) {
      guessed = true;
      const cityWords = (unitWordsSeen.get('thành phố') ?? 0) > 0 && !unitWordsSeen.get('tỉnh');
      const preferred = rivals.find((p) => {
        const province = unitById(p.parent!);
        return cityWords ? province?.type === 'thành phố trung ương' : province?.type === 'tỉnh';
      });
      if (preferred) district = preferred;
    }
  }
  if (!district && initials) district = districtByInitials(initials, explicitProvince) ?? null;
  const province = district && district.parent !== explicitProvince?.id ? unitById(district.parent!) ?? explicitProvince : explicitProvince;
  // A commune inside the article's district, else (since the reform, when communes are
  // directly under provinces) inside its province.
  const within = (p: Unit): boolean => (district ? p.parent === district.id : !province || isWithin(p, province));
  const commune = byWeight.find((p) => p.level === 'commune' && current(p) && within(p)) ?? null;
  if (commune && !district && byWeight.some((p) => p.level === 'commune' && within(p) && p.name === commune.name && p.id !== commune.id)) guessed = true;
  const districtWeight = district ? direct(district) : 0;
  const communeWeight = commune ? direct(commune) : 0;
  const focus = commune && communeWeight >= districtWeight ? 'commune' : district ? 'district' : province ? 'province' : null;
  // Another province with at least half the support of the first: the article is about both.
  // So does a list of provinces in the headline or lead, unless the headline names one of its own.
  // An old province that merged into the first ("Đà Lạt" of the old Lâm Đồng in a 2025 article) is no rival.
  const rival = provinces.slice(1).find((p) => !mergedInto(p, provinces[0]!) && !mergedInto(provinces[0]!, p));
  const contested = (rival !== undefined && supportOf(rival) * 2 >= supportOf(provinces[0]!)) || (leadListed >= 2 && headlineNamed.size !== 1);
  return {
    province: province ?? null, district, commune: commune ?? null, focus, guessed, date, sessionOrganizer: null,
    ...(contested ? { contested } : {}), institutions: institutionsNamed(sentences, date),
    ...ministryNamed(sentences, date),
  };
}

/** The old province went into the new one in the 2025 reform. */
function mergedInto(old: Unit, merged: Unit): boolean {
  return successorsOf(old.id).some((s) => s.unit.id === merged.id);
}

/** A foreign state or place written in the sentence outside people's names. */
function namesForeignState(s: SentenceScan): boolean {
  const inName = new Set<number>();
  for (const item of s.items) if (item.type === 'name') for (let k = item.start; k < item.end; k++) inName.add(k);
  return s.tokens.some((t, k) => t.isCapitalized && !inName.has(k) && matchForeignPlaceOrState(s.tokens, k) !== undefined);
}

/**
 * The one ministry an article names anywhere, in titles ("Bộ trưởng Bộ GD&ĐT Phùng Xuân Nhạ",
 * "Thứ trưởng Công Thương") or not ("Bộ NN&PTNT cho hay"), when it has a minister written with
 * no ministry ("Thứ trưởng Nguyễn Hữu Độ"), who is of it. With two ministries named, or none,
 * such a title stays without a body; so it does in an article that names a foreign state.
 */
function ministryNamed(sentences: readonly SentenceScan[], date: string | null): { ministry?: ResolvedBody } {
  const bare = sentences.some((s) => s.items.some((it) => it.type === 'unit' && it.unit.title !== null && MINISTERS.has(it.unit.title) && !it.unit.body));
  if (!bare) return {};
  // An article naming a foreign state may name its ministers ("Bộ trưởng Vương Nghị") the same way.
  // ("Đức" inside "Vũ Đức Đam" is a name's.)
  if (sentences.some(namesForeignState)) return {};
  const names = new Set<string>();
  for (const s of sentences) {
    for (const body of bodiesOf(s.items)) {
      const name = ministryOf(body.kind);
      if (name) names.add(name);
    }
    s.tokens.forEach((token, i) => {
      const name = token.key === 'bộ' && s.tokens[i + 1]?.isCapitalized ? ministryOf(parseBody(s.tokens, i, date)?.kind) : undefined;
      if (name) names.add(name);
    });
  }
  if (names.size !== 1) return {};
  const name = [...names][0]!;
  return { ministry: { name, place: null, kind: name } };
}

/** The institutions named in full ("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"), by their head word. */
function institutionsNamed(sentences: readonly SentenceScan[], date: string | null): Map<string, string[]> {
  const byHead = new Map<string, string[]>();
  const headWrittenOut = new Set<string>();
  for (const s of sentences) {
    for (const body of [...bodiesOf(s.items), ...subjectNamedBodies(s, date)]) {
      if (body.kind.kind !== 'named' || !body.written) continue;
      // "BV Bạch Mai": a short form of the head word does not stand for "Bệnh viện" written alone,
      // but it is one more institution of that kind, so a bare head word no longer means one.
      if (s.tokens[body.start]?.key === body.kind.head.split(' ')[0]!.toLowerCase()) headWrittenOut.add(body.kind.head);
      const names = byHead.get(body.kind.head) ?? [];
      if (!names.includes(body.written)) names.push(body.written);
      byHead.set(body.kind.head, names);
    }
  }
  for (const head of byHead.keys()) if (!headWrittenOut.has(head)) byHead.delete(head);
  return byHead;
}

/**
 * Institutions a later bare head word means ("Trưởng Ban Chỉ đạo", "Phó Giám đốc Bệnh viện"),
 * with the words that show the sentence may name one.
 */
const SUBJECT_NAMED_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ...PURPOSE_NAMED_HEADS.map((head): [string, string[]] => [head, [head]]),
  ['Bệnh viện', ['Bệnh viện', 'BV']],
]);
const SUBJECT_NAMED_HINTS: readonly string[] = [...SUBJECT_NAMED_HEADS.values()].flat();

/**
 * "Ban Chỉ đạo … tỉnh Đắk Lắk tổ chức hội nghị", "Bệnh viện Đa khoa tỉnh X cho biết": a board
 * or a hospital named in full as a subject, not in a title, is what a later "Trưởng Ban Chỉ
 * đạo" or "Giám đốc Bệnh viện" means (when it is the only one of its kind the article names).
 */
function subjectNamedBodies(s: SentenceScan, date: string | null): BodyRef[] {
  if (!SUBJECT_NAMED_HINTS.some((w) => s.text.includes(w))) return [];
  const out: BodyRef[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!s.tokens[i]!.isCapitalized) continue;
    const body = parseBody(s.tokens, i, date);
    if (body?.kind.kind === 'named' && SUBJECT_NAMED_HEADS.has(body.kind.head) && body.written) out.push(body);
  }
  return out;
}

/**
 * The article's context, detected when a field other than its date is first read. Only a post
 * or an event's organizer asks for it, and most articles name neither: for them the detection,
 * a tenth of the extraction, is never run. `detect` must be a pure function of stages already
 * done (the sentences' items are final when the context is made).
 */
export class DeferredContext implements ArticleContext {
  private detected: ArticleContext | undefined;

  /** `session`, when given, stands in for the detected session organizer (null included). */
  constructor(
    readonly date: string | null,
    private readonly detect: (date: string | null) => ArticleContext,
    private readonly session?: ResolvedBody | null,
  ) {}

  private get found(): ArticleContext {
    return (this.detected ??= this.detect(this.date));
  }

  get province(): Unit | null { return this.found.province; }
  get district(): Unit | null { return this.found.district; }
  get commune(): Unit | null { return this.found.commune; }
  get focus(): ArticleContext['focus'] { return this.found.focus; }
  get guessed(): boolean { return this.found.guessed; }
  get sessionOrganizer(): ResolvedBody | null { return this.session !== undefined ? this.session : this.found.sessionOrganizer; }
  get contested(): boolean | undefined { return this.found.contested; }
  get institutions(): ReadonlyMap<string, readonly string[]> | undefined { return this.found.institutions; }
  get ministry(): ResolvedBody | undefined { return this.found.ministry; }

  /** The same context, detected once for both, with the body holding the article's session. */
  withSessionOrganizer(organizer: ResolvedBody | null): ArticleContext {
    return new DeferredContext(this.date, () => this.found, organizer);
  }
}
