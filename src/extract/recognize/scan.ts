// Stage 3: one pass over a sentence's tokens that finds title units, names,
// role cues and the small words the relating stage needs ("có", "các", ":").
// Where matches compete for the same tokens, settleSpans decides.
import { ROLE_CUES } from '../lexicon/cues.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { SURNAMES } from '../lexicon/surnames.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Role } from '../contract.js';
import { capitalizeWords } from '../../vietnam/text.js';
import type { Token } from '../tokenize.js';
import { matchPlace } from './places.js';
import { settleSpans, type Span } from './spans.js';
import { parseTitleUnit, startsTitleOrBody, titleFirstKeys, type TitleUnit } from './titles.js';

export type Item =
  | { type: 'unit'; start: number; end: number; unit: TitleUnit }
  | { type: 'name'; start: number; end: number; name: string; honorific: boolean; short?: boolean }
  | { type: 'cue'; start: number; end: number; role: Role; phrase: string }
  | { type: 'word'; start: number; end: number; key: string };

const cueTrie = new PhraseTrie<Role>();
for (const [phrase, role] of ROLE_CUES) cueTrie.add(phrase, role);
// Words that contain a cue but are not one ("dự thảo" is a draft, not attendance).
const notCueTrie = new PhraseTrie<true>();
for (const phrase of [
  'dự thảo', 'dự án', 'dự toán', 'dự kiến', 'dự báo', 'dự phòng', 'dự khuyết', 'dự bị', 'dự trữ', 'dự thi',
  'dự tuyển', 'dự họp', 'báo cáo viên', 'chỉ đạo điểm', 'ban chỉ đạo', 'trình độ', 'quy trình', 'chương trình',
  'tờ trình', 'công trình', 'lộ trình', 'tiến trình', 'hành trình', 'quá trình', 'trình tự', 'kết luận số',
  'thông qua đó', 'điều hành chính', 'lãnh đạo, chỉ đạo', 'chỉ đạo, điều hành', 'lãnh chỉ đạo',
]) notCueTrie.add(phrase, true);
const honorificTrie = new PhraseTrie<true>();
for (const h of HONORIFICS) honorificTrie.add(h, true);
const surnames = new Set(SURNAMES.map((s) => s.toLowerCase()));
const HONORIFIC_WORDS = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'thầy']);

const MAX_NAME_WORDS = 5;

/** First words of every phrase a title unit, cue or not-cue can start with. */
const FIRST_KEYS: ReadonlySet<string> = new Set([...cueTrie.firstKeys(), ...notCueTrie.firstKeys(), ...titleFirstKeys()]);

/** A person's name starting at tokens[i]: a surname and 1 to 4 more capitalised words. */
function matchName(tokens: readonly Token[], i: number): { end: number; name: string } | undefined {
  const first = tokens[i];
  if (!first || !first.isCapitalized || !surnames.has(first.key)) return undefined;
  if (first.text.length > 1 && first.text === first.text.toUpperCase()) return undefined;
  // "Ông Mai Sơn" at the start of a sentence: "Ông" is the honorific, not the surname.
  if (HONORIFIC_WORDS.has(first.key) && tokens[i + 1]?.isCapitalized && surnames.has(tokens[i + 1]!.key)) return undefined;
  let end = i + 1;
  while (end < tokens.length && end - i < MAX_NAME_WORDS) {
    const t = tokens[end]!;
    if (!t.isWord || !t.isCapitalized || /\d/.test(t.text) || /^[IVXLC]+$/.test(t.text)) break;
    if (startsTitleOrBody(tokens, end)) break;
    end++;
  }
  if (end - i < 2) return undefined;
  // A place name is not a person ("Hà Nội", "Hồ Chí Minh").
  // Communes are often named after people ("phường Trần Phú"): only larger units count here.
  const place = matchPlace(tokens, i);
  if (place && place.end >= end && place.places.some((p) => p.level !== 'commune')) return undefined;
  return { end, name: capitalizeWords(tokens.slice(i, end).map((t) => t.text).join(' ')) };
}

export function scanSentence(tokens: readonly Token[]): Item[] {
  const spans: Array<Span<Item>> = [];
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are ordinary lower-case words that start no phrase: skip them cheaply.
    const token = tokens[i]!;
    if (!token.isCapitalized && !FIRST_KEYS.has(token.key)) continue;
    const notCue = notCueTrie.longest(tokens, i);
    if (notCue) spans.push({ start: i, end: notCue.end, priority: 4, value: { type: 'word', start: i, end: notCue.end, key: 'not-cue' } });
    const unit = parseTitleUnit(tokens, i);
    if (unit) spans.push({ start: i, end: unit.end, priority: 3, value: { type: 'unit', start: i, end: unit.end, unit } });
    const cue = cueTrie.longest(tokens, i);
    if (cue) {
      const phrase = tokens.slice(i, cue.end).map((t) => t.key).join(' ');
      spans.push({ start: i, end: cue.end, priority: 2, value: { type: 'cue', start: i, end: cue.end, role: cue.value, phrase } });
    }
    const name = matchName(tokens, i);
    if (name) {
      const honorific = i > 0 && Boolean(precedingHonorific(tokens, i));
      spans.push({ start: i, end: name.end, priority: 2, value: { type: 'name', start: i, end: name.end, name: name.name, honorific } });
    } else if (token.isCapitalized && i > 0 && precedingHonorific(tokens, i) && !tokens[i + 1]?.isCapitalized && !startsTitleOrBody(tokens, i)) {
      // "Ông Hiền cho biết": a given name after an honorific, resolved later to a person of the article.
      spans.push({ start: i, end: i + 1, priority: 1, value: { type: 'name', start: i, end: i + 1, name: capitalizeWords(token.text), honorific: true, short: true } });
    }
  }
  const chosen = settleSpans(spans);
  const items: Item[] = [];
  let at = 0;
  for (const span of chosen) {
    for (; at < span.start; at++) items.push(tokens[at]!);
    if (span.value.type !== 'word') items.push(span.value);
    else for (let k = span.start; k < span.end; k++) items.push(tokens[k]!);
    at = span.end;
  }
  for (; at < tokens.length; at++) items.push(tokens[at]!);
  return items;
}

/** "đồng chí", "ông", "bà"… ending right before tokens[i]. */
function precedingHonorific(tokens: readonly Token[], i: number): boolean {
  for (const length of [2, 1]) {
    const at = i - length;
    if (at < 0) continue;
    const hit = honorificTrie.longest(tokens, at);
    if (hit && hit.end === i) return true;
  }
  return false;
}
