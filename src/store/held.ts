// "Held at a date", one rule for both stores (OfficeHoldersArgs.asOf): the articles
// report the holding on or before the date and not as ended by then, and the body
// itself stood on that date (a district's Huyện ủy ended with the 2025 reform).
import { inForce } from '../vietnam/gazetteer/index.js';

export interface HoldingDates {
  firstSeen: string | null;
  formerFrom: string | null;
}

export interface BodyValidity {
  validFrom: string | null;
  validUntil: string | null;
}

export function heldAt(holding: HoldingDates, body: BodyValidity, date: string): boolean {
  const { firstSeen, formerFrom } = holding;
  return firstSeen !== null && firstSeen <= date && (formerFrom === null || formerFrom > date) && inForce(body, date);
}
