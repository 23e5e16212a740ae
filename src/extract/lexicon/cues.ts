// Words that say what a named person did at an event (contract: Roles).
// Longer phrases win over shorter ones ("phát biểu khai mạc" over "phát biểu").
import type { Role } from '../contract.js';

export const ROLE_CUES: ReadonlyArray<readonly [string, Role]> = [
  ['chủ trì', 'chaired'],
  ['đồng chủ trì', 'chaired'],
  ['chủ trì và điều hành', 'chaired'],
  ['điều hành', 'chaired'],
  ['chủ tọa', 'chaired'],
  ['dự', 'attended'],
  ['tham dự', 'attended'],
  ['về dự', 'attended'],
  ['cùng dự', 'attended'],
  ['đến dự', 'attended'],
  ['tới dự', 'attended'],
  // "Về phía tỉnh có …" at a working session: the hosts present.
  ['về phía', 'attended'],
  ['phát biểu khai mạc', 'opened'],
  ['khai mạc', 'opened'],
  ['báo cáo', 'reported'],
  ['trình bày báo cáo', 'reported'],
  ['trình bày', 'reported'],
  ['trình bày tờ trình', 'reported'],
  ['thông qua', 'reported'],
  ['trình', 'reported'],
  ['phát biểu chỉ đạo', 'directed'],
  ['chỉ đạo', 'directed'],
  ['kết luận', 'concluded'],
  ['phát biểu kết luận', 'concluded'],
  ['phát biểu bế mạc', 'concluded'],
  ['bế mạc', 'concluded'],
  ['phát biểu', 'spoke'],
  ['phát biểu tham luận', 'spoke'],
  ['phát biểu thảo luận', 'spoke'],
  ['trình bày tham luận', 'spoke'],
  ['tham luận', 'spoke'],
  ['chất vấn', 'spoke'],
  ['trả lời chất vấn', 'spoke'],
  ['giải trình', 'spoke'],
  ['thảo luận', 'spoke'],
  ['phát biểu ý kiến', 'spoke'],
  ['phát biểu tại', 'spoke'],
  ['nêu ý kiến', 'spoke'],
  ['phát biểu nhận nhiệm vụ', 'spoke'],
  ['trả lời', 'spoke'],
  ['trả lời kiến nghị', 'spoke'],
  ['tham gia ý kiến', 'spoke'],
  ['đóng góp ý kiến', 'spoke'],
  ['phát biểu ý kiến', 'spoke'],
];

/**
 * Cues that need the person to be their grammatical subject or to follow
 * "có" ("Dự hội nghị có ..."): too common as plain nouns or verbs otherwise.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(['chỉ đạo', 'trình', 'thông qua', 'khai mạc', 'bế mạc', 'dự', 'trình bày', 'báo cáo', 'điều hành', 'kết luận', 'trả lời', 'về phía']);
