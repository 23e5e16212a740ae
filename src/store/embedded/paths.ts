// Shortest connections in the embedded store: what a path may walk (PATH_EDGE_TYPES
// between PATH_LABELS nodes, either direction) read once into compact adjacency
// arrays (a few bytes per relationship), then a bidirectional breadth-first search
// that always grows the smaller frontier. Rebuilt after a write changes the graph.
import { PATH_EDGE_TYPES, PATH_LABELS } from '../store.js';
import type { Statements } from './database.js';

export class PathIndex {
  /** Neighbours of node n are targets[start[slot(n)] .. start[slot(n) + 1]]. */
  private constructor(
    private readonly slotOf: Map<number, number>,
    private readonly nodeAt: Int32Array,
    private readonly start: Int32Array,
    private readonly targets: Int32Array,
  ) {
    const n = nodeAt.length;
    this.reachedIn = [new Int32Array(n), new Int32Array(n)];
    this.parentOf = [new Int32Array(n), new Int32Array(n)];
  }

  static build(st: Statements): PathIndex {
    const types = PATH_EDGE_TYPES.map(() => '?').join(', ');
    const labels = PATH_LABELS.map(() => '?').join(', ');
    const pairs = st
      .get(
        `SELECT e.src AS a, e.dst AS b FROM edge e JOIN node s ON s.id = e.src JOIN node d ON d.id = e.dst ` +
          `WHERE e.type IN (${types}) AND s.label IN (${labels}) AND d.label IN (${labels}) AND e.src <> e.dst`,
      )
      .all(...PATH_EDGE_TYPES, ...PATH_LABELS, ...PATH_LABELS) as { a: number; b: number }[];
    const slotOf = new Map<number, number>();
    const slot = (id: number): number => {
      let s = slotOf.get(id);
      if (s === undefined) {
        s = slotOf.size;
        slotOf.set(id, s);
      }
      return s;
    };
    const degree: number[] = [];
    for (const { a, b } of pairs) {
      const sa = slot(a);
      const sb = slot(b);
      degree[sa] = (degree[sa] ?? 0) + 1;
      degree[sb] = (degree[sb] ?? 0) + 1;
    }
    const n = slotOf.size;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = (start[i] ?? 0) + (degree[i] ?? 0);
    const fill = start.slice(0, n);
    const targets = new Int32Array(start[n] ?? 0);
    const put = (from: number, to: number) => {
      const at = fill[from] ?? 0;
      targets[at] = to;
      fill[from] = at + 1;
    };
    for (const { a, b } of pairs) {
      const sa = slotOf.get(a) ?? 0;
      const sb = slotOf.get(b) ?? 0;
      put(sa, sb);
      put(sb, sa);
    }
    const nodeAt = new Int32Array(n);
    for (const [id, s] of slotOf) nodeAt[s] = id;
    return new PathIndex(slotOf, nodeAt, start, targets);
  }

  /**
   * Per side (0: from, 1: to), the search in which a slot was reached (its stamp)
   * and the slot it was reached from (-1 for the side's root): arrays the size of
   * the index, reused by every search instead of a map filled per search.
   */
  private readonly reachedIn: readonly [Int32Array, Int32Array];
  private readonly parentOf: readonly [Int32Array, Int32Array];
  private search = 0;

  /** Node ids of one shortest path from `from` to `to` (both included), or null when none has at most maxHops edges. */
  shortest(from: number, to: number, maxHops: number): number[] | null {
    const a = this.slotOf.get(from);
    const b = this.slotOf.get(to);
    if (a === undefined || b === undefined) return null;
    if (a === b) return [from];
    if (this.search === 0x7fffffff) {
      this.search = 0;
      for (const r of this.reachedIn) r.fill(0);
    }
    const stamp = ++this.search;
    const { reachedIn, parentOf, start, targets } = this;
    reachedIn[0][a] = stamp;
    parentOf[0][a] = -1;
    reachedIn[1][b] = stamp;
    parentOf[1][b] = -1;
    const frontiers: [number[], number[]] = [[a], [b]];
    let hops = 0;
    while (frontiers[0].length > 0 && frontiers[1].length > 0 && hops < maxHops) {
      const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
      const other = side === 0 ? 1 : 0;
      const mine = reachedIn[side];
      const theirs = reachedIn[other];
      const parents = parentOf[side];
      const next: number[] = [];
      hops += 1;
      for (const s of frontiers[side]) {
        const end = start[s + 1] ?? 0;
        for (let i = start[s] ?? 0; i < end; i++) {
          const t = targets[i] ?? 0;
          if (mine[t] === stamp) continue;
          mine[t] = stamp;
          parents[t] = s;
          if (theirs[t] === stamp) return this.join(t);
          next.push(t);
        }
      }
      frontiers[side] = next;
    }
    return null;
  }

  /** The path through `meet`, reached from both sides in the current search. */
  private join(meet: number): number[] {
    const [fromSide, toSide] = this.parentOf;
    const path: number[] = [];
    for (let s = meet; s !== -1; s = fromSide[s] ?? -1) path.unshift(s);
    for (let s = toSide[meet] ?? -1; s !== -1; s = toSide[s] ?? -1) path.push(s);
    return path.map((s) => this.nodeAt[s] ?? 0);
  }
}
