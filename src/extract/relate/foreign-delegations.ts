// "Đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí A, Ủy viên Bộ Chính trị, …": the head of a
// foreign delegation, whose posts written after the name are the foreign party's or state's.
import { matchForeignState } from '../recognize/places.js';
import type { Token } from '../tokenize.js';

/** Words between "do" and the head's name. */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(['đồng', 'chí', 'ông', 'bà', 'ngài']);
/**
 * Words that take the delegation somewhere ("Đoàn công tác tỉnh X sang thăm Trung Quốc do …"): a
 * foreign state after one is where the delegation goes, not whose it is.
 */
const GOING_WORDS: ReadonlySet<string> = new Set(['thăm', 'sang', 'tới', 'đến', 'tại', 'ở', 'làm', 'dự', 'với', 'công', 'du']);
/** How far back from "do" the delegation's noun may stand. */
const REACH = 16;

/** Does the name starting at tokens[nameStart] head a delegation of a foreign party or state? */
export function headsForeignDelegation(tokens: readonly Token[], nameStart: number): boolean {
  let k = nameStart - 1;
  while (k >= 0 && HONORIFIC_WORDS.has(tokens[k]!.key)) k--;
  if (k < 1 || tokens[k]!.key !== 'do') return false;
  const doAt = k;
  let foreign = false;
  for (k = doAt - 1; k >= 0 && k >= doAt - REACH; k--) {
    const t = tokens[k]!;
    if (!t.isWord || GOING_WORDS.has(t.key)) return false;
    if (matchForeignState(tokens, k) === doAt) foreign = true;
    if (t.key === 'đoàn') return foreign;
  }
  return false;
}
