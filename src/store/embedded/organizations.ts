// The embedded store's answers about bodies that go beyond one node: which one body
// an organization argument names (the rule of ../organization-names.ts, shared with
// Neo4j) and a body's successors and predecessors across the 2025 reform.
import type { OrganizationProps, SuccessionProps } from '../../graph/model.js';
import { searchKey } from '../../vietnam/text.js';
import { pickOrganization, type OrganizationCandidate } from '../organization-names.js';
import { compareText, type SuccessionDTO } from '../store.js';
import type { Statements } from './database.js';
import type { Dto, Rows } from './rows.js';

export class Organizations {
  constructor(
    private readonly st: Statements,
    private readonly rows: Rows,
    private readonly dto: Dto,
  ) {}

  /**
   * The node id of the one organization the argument names, or null when none does.
   * @throws StoreInputError when several bodies share the name and `date` does not settle it.
   */
  named(argument: string, arg: string, date?: string | null): number | null {
    // An id names its body outright (pickOrganization's first rule): no candidates to tell apart.
    const byKey = this.rows.find('Organization', arg);
    if (byKey !== undefined) return byKey;
    const ids = (this.st.get("SELECT id FROM node WHERE label = 'Organization' AND search = ?").all(searchKey(arg)) as { id: number }[]).map((r) => r.id);
    const keys = new Map<string, number>();
    const candidates = ids.map((id): OrganizationCandidate => {
      const n = this.rows.node(id);
      if (n.label !== 'Organization') throw new Error(`embedded store: expected an Organization at ${id}, got ${n.label}`);
      keys.set(n.key, id);
      return { key: n.key, name: n.props.name, place: this.placeCaption(id), validFrom: n.props.validFrom ?? null, validUntil: n.props.validUntil ?? null };
    });
    const key = pickOrganization(argument, arg, candidates, date);
    return key === null ? null : (keys.get(key) ?? null);
  }

  /** The body's period of validity. */
  validity(id: number): Pick<OrganizationProps, 'validFrom' | 'validUntil'> {
    const n = this.rows.node(id);
    return n.label === 'Organization' ? { validFrom: n.props.validFrom ?? null, validUntil: n.props.validUntil ?? null } : { validFrom: null, validUntil: null };
  }

  /** "huyện Châu Thành, tỉnh Bến Tre": an organization's place and the province above it. */
  private placeCaption(orgId: number): string | null {
    const place = this.rows.outIds(orgId, 'IN')[0];
    if (place === undefined) return null;
    let top = place;
    for (let up = this.rows.outIds(top, 'WITHIN')[0]; up !== undefined; up = this.rows.outIds(up, 'WITHIN')[0]) top = up;
    const name = (id: number) => this.dto.place(id).name;
    return top === place ? name(place) : `${name(place)}, ${name(top)}`;
  }

  /** SUCCEEDED_BY from (`out`) or into (`in`) a body, with the body on the other side, ordered like bodies. */
  successions(id: number, direction: 'in' | 'out'): SuccessionDTO[] {
    const found = direction === 'out' ? this.rows.out(id, 'SUCCEEDED_BY') : this.rows.in(id, 'SUCCEEDED_BY');
    return found
      .map((edge) => ({ edge, organization: this.dto.organization(edge.other), order: this.rows.node(edge.other) }))
      .sort((a, b) => compareText(a.order.props.search, b.order.props.search) || compareText(a.order.key, b.order.key))
      .map(({ edge, organization }) => {
        const p = JSON.parse(edge.props) as Pick<SuccessionProps, 'date' | 'partly'>;
        return { organization, date: p.date, partly: p.partly };
      });
  }
}
