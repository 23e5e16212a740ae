// Vietnam's embassies and consulates, named through their heads' titles.
import { EMBASSY_HEADS } from '../../vietnam/titles.js';
import { opensFamilyName } from '../lexicon/surnames.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Token } from '../tokenize.js';
import { matchForeignPlaceOrState } from './places.js';
import type { BodyRef } from './titles.js';
import { writtenText } from './written-text.js';

const missionWords = PhraseTrie.of(['đặc mệnh toàn quyền', 'nước Cộng hòa xã hội chủ nghĩa', 'nước CHXHCN', 'CHXHCN']);

/**
 * "Đại sứ (đặc mệnh toàn quyền) Việt Nam tại Nhật Bản Nguyễn Quốc Cường": the embassy the title
 * names, written out ("Đại sứ quán Việt Nam tại Nhật Bản"). Only Vietnam's, at a foreign state
 * or city the lexicon knows: "Đại sứ Mỹ tại Việt Nam" heads none of ours.
 */
export function missionOf(title: string, tokens: readonly Token[], at: number): BodyRef | undefined {
  const mission = EMBASSY_HEADS.get(title);
  if (!mission) return undefined;
  let k = at;
  for (let hit = missionWords.longest(tokens, k); hit; hit = missionWords.longest(tokens, k)) k = hit.end;
  const vietnam = tokens[k]?.key === 'vn' ? k + 1 : tokens[k]?.key === 'việt' && tokens[k + 1]?.key === 'nam' ? k + 2 : -1;
  if (vietnam < 0 || tokens[vietnam]?.key !== 'tại') return undefined;
  const end = matchForeignPlaceOrState(tokens, vietnam + 1);
  const next = end === undefined ? undefined : tokens[end];
  // The state's name ends there: before lower case, punctuation or a family name.
  if (end === undefined || (next?.isWord && next.isCapitalized && !opensFamilyName(next.key))) return undefined;
  const written = `${mission} Việt Nam tại ${writtenText(tokens, vietnam + 1, end)}`;
  return { kind: { kind: 'named', head: mission, category: 'other' }, unitWord: null, places: null, parent: null, start: at, end, written };
}
