/**
 * The first entry of an ordered list that a query does not exclude, in time independent of the list's
 * length once built. An entry has, per attribute, a few keys (its side, its identity, its article, its
 * places); a query forbids, per attribute, a few keys, and excludes every entry that holds one of them.
 *
 * Why it is exact: when the list's first entry is excluded, it is for some attribute `k` and key `x` the
 * query forbids, so no entry the query accepts holds `x` in `k`: the answer is the first accepted entry of
 * the list without the entries holding `x` in `k`, a sublist built once (lazily) and kept as a child.
 * A query walks one path of at most as many steps as it forbids keys; the tree's shape depends on the
 * number of keys per entry and per query (a handful), never on the list's length, and each node costs
 * one pass over its parent's list to build. So n entries and m queries cost O(n + m) for a fixed
 * number of keys per entry and per query.
 */
export interface Keyed<T> {
  readonly item: T;
  /** Per attribute, the keys this entry holds. */
  readonly keys: readonly (readonly string[])[];
}

/** Counts the work done, for tests that show it grows linearly (no timing in tests). */
export interface WorkCounter {
  steps: number;
}

interface Node<T> {
  readonly list: readonly Keyed<T>[];
  readonly children: Map<string, Node<T>>;
}

export class FirstValid<T> {
  private readonly root: Node<T>;

  constructor(list: readonly Keyed<T>[], private readonly work?: WorkCounter) {
    this.root = { list, children: new Map() };
  }

  /** The first entry holding none of the forbidden keys (per attribute), or null. */
  first(forbidden: readonly (ReadonlySet<string> | null)[]): T | null {
    let node = this.root;
    for (;;) {
      if (this.work) this.work.steps++;
      const e = node.list[0];
      if (!e) return null;
      const reason = excludedBy(e, forbidden);
      if (reason === null) return e.item;
      const [k, x] = reason;
      const id = `${k}\u0000${x}`;
      let child = node.children.get(id);
      if (!child) {
        if (this.work) this.work.steps += node.list.length;
        child = { list: node.list.filter((en) => !en.keys[k]!.includes(x)), children: new Map() };
        node.children.set(id, child);
      }
      node = child;
    }
  }
}

function excludedBy<T>(e: Keyed<T>, forbidden: readonly (ReadonlySet<string> | null)[]): [number, string] | null {
  for (let k = 0; k < forbidden.length; k++) {
    const f = forbidden[k];
    if (!f || !f.size) continue;
    for (const x of e.keys[k]!) if (f.has(x)) return [k, x];
  }
  return null;
}
