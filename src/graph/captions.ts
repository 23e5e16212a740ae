// Captions: the short `caption` every node carries for Neo4j Browser's canvas (the
// project's style draws it), chosen to tell nodes apart at a glance where `name` is
// too long to fit a circle. A person: the name; an organization: its canonical name;
// a position: its title (the body is one OF away); a place: its name; an article:
// its date; an event: its kind in short with its number, the body that held it and
// its date, "HN lần 5 · Huyện ủy Thanh Trì · 2021-04-02".
//
// Only the graph builder makes captions. Parts are joined with CAPTION_SEPARATOR so
// that a store can tell a fuller caption from a poorer one (model.ts mergeCaption).

import type { EventKind } from '../extract/contract.js';
import { CAPTION_SEPARATOR, type EventProps } from './model.js';

/** The short forms newspapers use for the numbered kinds; a meeting keeps its own words. */
const KIND_SHORT: Readonly<Record<Exclude<EventKind, 'meeting'>, string>> = {
  conference: 'HN', // Hội nghị
  congress: 'ĐH', // Đại hội
  session: 'KH', // Kỳ họp
};

/** "HN lần 5", "ĐH XXIV", "KH thứ 22", "Lễ công bố quyết định", "Buổi làm việc lần 2". */
function eventHead(e: Pick<EventProps, 'kind' | 'name' | 'organizer' | 'ordinal' | 'term'>): string {
  const n = e.ordinal;
  switch (e.kind) {
    case 'conference':
      return n === null ? KIND_SHORT.conference : `${KIND_SHORT.conference} lần ${n}`;
    case 'congress':
      // A congress's term is its number in Roman numerals, as it is written ("Đại hội XIII").
      return n === null ? KIND_SHORT.congress : `${KIND_SHORT.congress} ${e.term ?? n}`;
    case 'session':
      return n === null ? KIND_SHORT.session : `${KIND_SHORT.session} thứ ${n}`;
    case 'meeting': {
      // A meeting's name is its own words, then its number and its body: keep the words.
      const cut = e.organizer === null ? -1 : e.name.indexOf(e.organizer);
      const words = (cut > 0 ? e.name.slice(0, cut) : e.name).replace(/\s+lần thứ \S+\s*$/u, '').trim() || e.name;
      return n === null ? words : `${words} lần ${n}`;
    }
  }
}

export function eventCaption(e: Pick<EventProps, 'kind' | 'name' | 'organizer' | 'ordinal' | 'term' | 'date'>): string {
  return [eventHead(e), e.organizer, e.date].filter((part): part is string => part !== null && part !== '').join(CAPTION_SEPARATOR);
}

/** An article: its date, else its id (the title is too long for a small circle; `name` has it). */
export function articleCaption(id: string, published: string | null): string {
  return published ?? id;
}
