// Groups a sentence's title units into chains ("TUV, Bí thư Huyện ủy") and
// attaches each chain to the name it describes: after the name ("đồng chí A -
// Bí thư…"), before it ("Phó Chủ tịch HĐND thành phố A"), or shared by a list
// ("các Ủy viên Ban Thường vụ Thành ủy: A; B; C"). Unattached chains are
// references by title alone ("Đồng chí Bí thư Huyện ủy nhấn mạnh").
import type { Item } from '../recognize/scan.js';
import type { TitleUnit } from '../recognize/titles.js';
import type { Token } from '../tokenize.js';

export interface Chain {
  units: TitleUnit[];
  /** Index of the first and after the last item of the chain. */
  from: number;
  to: number;
}

export interface NameMention {
  kind: 'name';
  name: string;
  honorific: boolean;
  /** A given name alone ("ông Hiền"), to resolve against the article's people. */
  short: boolean;
  item: number;
  units: Array<{ unit: TitleUnit; chain: TitleUnit[]; former: boolean }>;
  /** Item range covering the name and its chains, for adjacency to cues. */
  from: number;
  to: number;
}

export interface TitleMention {
  kind: 'title';
  chain: TitleUnit[];
  from: number;
  to: number;
}

export type Mention = NameMention | TitleMention;

// "Bí thư kiêm Chủ tịch UBND huyện X": one body written once for several titles.
const CHAIN_SEPARATORS = new Set([',', '-', '–', '(', ')', 'kiêm']);
const PLURAL = new Set(['các', 'những', 'đại', 'lãnh', 'trong', 'của', 'cùng', 'với', 'và', 'các đồng chí', 'cho', 'toàn']);
const APPOINTMENT = new Set([
  'được', 'bầu', 'giữ', 'chức', 'làm', 'chỉ', 'định', 'bổ', 'nhiệm', 'điều', 'động', 'thôi', 'là', 'tái', 'cử',
  'phân', 'công', 'luân', 'chuyển', 'đảm', 'nhận', 'nhận', 'đương', 'kiêm', 'nhiệm', 'giới', 'thiệu', 'ứng', 'vào', 'vị', 'trí',
  'tiếp', 'tục', 'tham', 'gia', 'đã', ',', 'và', 'nghỉ', 'hưu', 'theo', 'chế', 'độ', 'để',
]);
const FORMER_WORDS = new Set(['thôi', 'nghỉ', 'hưu', 'nguyên', 'từng']);

function isWord(item: Item | undefined, keys: ReadonlySet<string>): boolean {
  return item?.type === 'word' && keys.has(item.key);
}

/** A bodiless title followed by ordinary words is not a title ("Bí thư chi bộ"). */
function usable(unit: TitleUnit, next: Item | undefined, tokens: readonly Token[]): boolean {
  if (unit.title === null || unit.body || unit.member || unit.outside) return true;
  if (!next || next.type !== 'word') return true;
  const t = tokens[next.start];
  return !t || !t.isWord || t.isCapitalized || t.key === 'kiêm';
}

export function findChains(items: readonly Item[], tokens: readonly Token[]): Chain[] {
  const chains: Chain[] = [];
  let current: Chain | null = null;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.type === 'unit' && usable(item.unit, items[k + 1], tokens)) {
      if (current && current.to === k) current.units.push(item.unit);
      else if (current && current.to + 1 === k && isWord(items[current.to], CHAIN_SEPARATORS)) current.units.push(item.unit);
      else {
        current = { units: [item.unit], from: k, to: k + 1 };
        chains.push(current);
      }
      current.to = k + 1;
    }
  }
  return chains;
}

/** Items between a name and a chain that still let the chain describe the name. */
function gapBefore(items: readonly Item[], from: number, to: number): { ok: boolean; former: boolean } {
  let former = false;
  const gap = items.slice(from, to);
  const words = gap.map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  // "được HĐND huyện bầu giữ chức …", "được Ban Thường vụ Tỉnh ủy chỉ định làm …".
  if (gap.length <= 12 && /(?:^|\s)(?:giữ chức(?: vụ)?|làm|bầu|bổ nhiệm|chỉ định|đảm nhận)$/.test(words) && !/[#;.]/.test(words) && /^(?:, )?(?:đã )?(?:được|vừa được|thôi|tiếp tục)/.test(words)) {
    return { ok: true, former: /(?:^|\s)(?:thôi|nghỉ)(?:\s|$)/.test(words) };
  }
  if (gap.length > 8) return { ok: false, former };
  for (const item of gap) {
    if (item.type !== 'word') return { ok: false, former };
    if (FORMER_WORDS.has(item.key)) former = true;
    if (!CHAIN_SEPARATORS.has(item.key) && item.key !== ':' && !APPOINTMENT.has(item.key)) return { ok: false, former };
  }
  // Only separators, or an appointment phrase ("được bầu giữ chức").
  return { ok: gap.length <= 2 || gap.some((i) => i.type === 'word' && APPOINTMENT.has(i.key) && i.key !== ',' && i.key !== 'và'), former };
}

export function attachChains(items: readonly Item[], tokens: readonly Token[]): Mention[] {
  const chains = findChains(items, tokens);
  const names: NameMention[] = [];
  items.forEach((item, k) => {
    if (item.type === 'name') names.push({ kind: 'name', name: item.name, honorific: item.honorific, short: item.short === true, item: k, units: [], from: k, to: k + 1 });
  });
  const used = new Set<Chain>();
  const give = (name: NameMention, chain: Chain, units: TitleUnit[], former: boolean): void => {
    for (const unit of units) name.units.push({ unit, chain: units, former: former || unit.former });
    name.from = Math.min(name.from, chain.from);
    name.to = Math.max(name.to, chain.to);
    used.add(chain);
  };

  for (const chain of chains) {
    const before = [...names].reverse().find((n) => n.item < chain.from);
    const after = names.find((n) => n.item >= chain.to);
    // "Vụ trưởng Vụ Y (Bộ Z) A": a bracket naming the body's parent may stand between.
    const adjacentAfter = after && (after.item === chain.to || after.item === pastBracket(items, chain.to));
    // After the name, or after the chains it already has ("A, Phó Chủ tịch UBND huyện được bầu giữ chức …").
    const suffix = before ? gapBefore(items, before.to, chain.from) : { ok: false, former: false };
    const transfer = before ? isTransfer(items, before.to, chain.from) : false;
    const colon = isWord(items[chain.to], new Set([':']));
    const plural = isWord(items[chain.from - 1], PLURAL) || isWord(items[chain.from - 2], new Set(['các', 'những']));

    if ((colon || (plural && adjacentAfter)) && !(suffix.ok && before && before.item + 1 === chain.from)) {
      // A qualifier shared by the list that follows.
      for (const name of names.filter((n) => n.item >= chain.to)) {
        if (colon || name === after || listContinues(items, after!, name)) give(name, chain, chain.units, false);
      }
      continue;
    }
    if (suffix.ok && before && adjacentAfter) {
      // "A, Bí thư Huyện ủy, Chủ tịch UBND huyện B": the last unit is B's.
      give(before, chain, chain.units.slice(0, -1), suffix.former);
      give(after!, chain, chain.units.slice(-1), false);
    } else if (suffix.ok && before) {
      // Moved to a new post ("được điều động, chỉ định giữ chức …"): the posts named before are former.
      if (transfer) for (const held of before.units) held.former = true;
      give(before, chain, chain.units, suffix.former || leavesPost(items, chain.to));
      shareBackwards(items, names, before, chain);
    } else if (after && dismissalTarget(items, chain, after)) {
      // "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông A": A held it until now.
      give(after, chain, chain.units, true);
    }
    else if (adjacentAfter && !plural) give(after!, chain, chain.units, false);
  }

  const mentions: Mention[] = [...names];
  for (const chain of chains) {
    if (used.has(chain) || isWord(items[chain.from - 1], PLURAL) || isWord(items[chain.from - 2], new Set(['các', 'những']))) continue;
    if (!chain.units.some((u) => u.title !== null && u.body !== null)) continue;
    // "(Đoàn ĐBQH tỉnh Hà Nam)" describes the name before it, not a new person.
    if (items.slice(Math.max(0, chain.from - 2), chain.from).some((i) => i.type === 'word' && i.key === '(')) continue;
    mentions.push({ kind: 'title', chain: chain.units, from: chain.from, to: chain.to });
  }
  return mentions.sort((a, b) => a.from - b.from);
}

const TRANSFER = new Set(['điều', 'động', 'luân']);

/** The item after a bracket of words opening at `k` ("(Bộ GD&ĐT)"), or -1. */
function pastBracket(items: readonly Item[], k: number): number {
  if (!isWord(items[k], new Set(['(']))) return -1;
  for (let j = k + 1; j < items.length && j < k + 12; j++) {
    const item = items[j]!;
    if (item.type === 'name' || item.type === 'cue') return -1;
    if (item.type === 'word' && item.key === ')') return j + 1;
  }
  return -1;
}

/** "A, Giám đốc Sở … nghỉ hưu", "… thôi giữ chức": the title just named is left. */
function leavesPost(items: readonly Item[], at: number): boolean {
  const next = items.slice(at, at + 3).filter((i) => i.type === 'word').map((i) => (i as { key: string }).key).join(' ');
  return /^(đã |sẽ |được )?(nghỉ hưu|thôi giữ|thôi làm|thôi việc)/.test(next);
}

/** "miễn nhiệm [chức vụ] TITLE đối với [ông] A", "cách chức TITLE đối với A". */
function dismissalTarget(items: readonly Item[], chain: Chain, name: NameMention): boolean {
  const before = items.slice(Math.max(0, chain.from - 4), chain.from).filter((i) => i.type === 'word').map((i) => (i as { key: string }).key).join(' ');
  if (!/(miễn nhiệm|cách chức|cho thôi|thôi)( chức vụ| chức)?$/.test(before)) return false;
  const between = items.slice(chain.to, name.item).map((i) => (i.type === 'word' ? i.key : '#')).join(' ');
  return /^đối với( ông| bà| đồng chí)?$/.test(between);
}
function isTransfer(items: readonly Item[], from: number, to: number): boolean {
  return items.slice(from, to).some((i) => i.type === 'word' && TRANSFER.has(i.key));
}

/** "B và C, Phó Chủ tịch UBND huyện": B, named without titles right before, shares C's. */
function shareBackwards(items: readonly Item[], names: readonly NameMention[], after: NameMention, chain: Chain): void {
  // Walks back over "B, C và D - Phó Chủ tịch …": names with no titles of their own, joined by "," or "và".
  let next = after;
  for (let index = names.indexOf(after) - 1; index >= 0; index--) {
    const previous = names[index]!;
    if (previous.units.length > 0) return;
    const between = items.slice(previous.to, next.item).filter((i) => !(i.type === 'word' && (i.key === 'đồng' || i.key === 'chí')));
    if (!(between.length === 1 && between[0]!.type === 'word' && (between[0]!.key === 'và' || between[0]!.key === ','))) return;
    for (const { unit } of after.units.filter((u) => chain.units.includes(u.unit))) previous.units.push({ unit, chain: chain.units, former: unit.former });
    next = previous;
  }
}

/** Names in one list: only separators, honorifics and "và" between them. */
const LIST_GLUE = new Set([',', ';', 'và', 'đồng', 'chí', 'ông', 'bà', '-']);
function listContinues(items: readonly Item[], first: NameMention, later: NameMention): boolean {
  for (let k = first.to; k < later.from; k++) {
    const item = items[k]!;
    if (item.type !== 'word' || !LIST_GLUE.has(item.key)) return false;
  }
  return true;
}
