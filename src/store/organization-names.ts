// Which one body an argument names (whoChaired(organization:), officeHolders,
// people(organization:), events(organizer:)), shared by both stores: never a union of
// several bodies. The argument is an id, or a canonical name compared with its tone
// marks (Huyện ủy Thanh Trì is not Huyện ủy Thạnh Trị); a name typed without any
// diacritics is read accent-insensitively. A name that several bodies share (Huyện ủy
// Châu Thành of ten provinces, UBND tỉnh Phú Thọ before and after the reform) is an
// error that lists them with their ids, unless a date settles it.
import { inForce } from '../vietnam/gazetteer/index.js';
import { nameKey } from '../vietnam/text.js';
import { StoreInputError } from './store.js';

/** An organization found by the argument's key or folded name, with what tells it apart. */
export interface OrganizationCandidate {
  key: string;
  name: string;
  /** "huyện Châu Thành, tỉnh Bến Tre": the unit and its province; null for a body without one. */
  place: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** Typed without tone marks or đ: the user asks accent-insensitively. */
function plain(text: string): boolean {
  return !/[\u0300-\u036f\u0111\u0110]/u.test(text.normalize('NFD'));
}

function describe(c: OrganizationCandidate): string {
  const when = c.validUntil ? ` until ${c.validUntil}` : c.validFrom ? ` from ${c.validFrom}` : '';
  return `"${c.key}" (${c.place ?? c.name}${when})`;
}

/**
 * The key of the one organization the argument names, or null when none does.
 * `candidates` are those whose key is the argument or whose folded name is its fold.
 * @throws StoreInputError when several bodies share the name and `date` does not settle it.
 */
export function pickOrganization(argument: string, arg: string, candidates: readonly OrganizationCandidate[], date?: string | null): string | null {
  const byKey = candidates.find((c) => c.key === arg);
  if (byKey) return byKey.key;
  const wanted = nameKey(arg);
  let named = plain(arg) ? [...candidates] : candidates.filter((c) => nameKey(c.name) === wanted);
  if (named.length > 1 && date) {
    const then = named.filter((c) => inForce(c, date));
    if (then.length > 0) named = then;
  }
  if (named.length <= 1) return named[0]?.key ?? null;
  const listed = [...named].sort((a, b) => (a.key < b.key ? -1 : 1)).map(describe).join(', ');
  throw new StoreInputError(`${argument}: "${arg}" names ${named.length} bodies; give one of their ids: ${listed}`);
}
