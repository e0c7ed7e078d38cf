import type { StateGraph } from './state-graph.js';
import { addCosts } from './state-graph.js';

/** Least fault costs from the start, split by whether the path has committed a major fault. */
export interface LeastCosts {
  /** Per state: the least fault cost of a path from the start without a major fault; Infinity when none reaches it. */
  readonly withoutMajor: Float64Array;
  /** Per state: the least fault cost of a path from the start with at least one major fault; Infinity when none. */
  readonly withMajor: Float64Array;
  /** Per (state × 2 + major): the edge a least-cost path arrives by; -1 at the start or when unreached. */
  readonly via: Int32Array;
  /** Per (state × 2 + major): the (state × 2 + major) that edge leaves from. */
  readonly prev: Int32Array;
}

/**
 * Least fault cost to every state over the product of the state graph with a "major fault
 * seen" flag (Dijkstra: costs are never negative, so loops need no special case). What always
 * holds: sums are added edge by edge from the start, in grading's order, so a cost here is
 * exactly what grading adds up on the path {@link answersTo} gives.
 */
export function leastCosts(g: StateGraph): LeastCosts {
  const n = g.node.length;
  const dist = new Float64Array(2 * n).fill(Infinity);
  const via = new Int32Array(2 * n).fill(-1);
  const prev = new Int32Array(2 * n).fill(-1);
  const done = new Uint8Array(2 * n);
  if (n > 0) dist[0] = 0;
  const heap = new MinHeap();
  if (n > 0) heap.push(0, 0);
  for (;;) {
    const top = heap.pop();
    if (top === undefined) break;
    const u = top.item;
    if (done[u]) continue;
    done[u] = 1;
    const s = u >> 1;
    const flag = u & 1;
    for (let e = g.outStart[s]!; e < g.outStart[s + 1]!; e++) {
      const f = g.edgeFaults[e]!;
      const v = g.edgeTo[e]! * 2 + (flag === 1 || f.major ? 1 : 0);
      const d = addCosts(dist[u]!, f.costs);
      if (d < dist[v]!) {
        dist[v] = d;
        via[v] = e;
        prev[v] = u;
        heap.push(v, d);
      }
    }
  }
  const withoutMajor = new Float64Array(n);
  const withMajor = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    withoutMajor[s] = dist[2 * s]!;
    withMajor[s] = dist[2 * s + 1]!;
  }
  return { withoutMajor, withMajor, via, prev };
}

/** The authored reply numbers of the least-cost path to a state, with or without a major fault. */
export function answersTo(g: StateGraph, costs: LeastCosts, state: number, major: boolean): number[] {
  const answers: number[] = [];
  for (let u = state * 2 + (major ? 1 : 0); costs.via[u]! >= 0; u = costs.prev[u]!) answers.push(g.edgeChoice[costs.via[u]!]!.index + 1);
  return answers.reverse();
}

/** A binary heap of (item, key), least key first. */
class MinHeap {
  private readonly items: number[] = [];
  private readonly keys: number[] = [];

  push(item: number, key: number): void {
    const items = this.items;
    const keys = this.keys;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      items[i] = items[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    items[i] = item;
    keys[i] = key;
  }

  pop(): { item: number; key: number } | undefined {
    const items = this.items;
    const keys = this.keys;
    if (items.length === 0) return undefined;
    const top = { item: items[0]!, key: keys[0]! };
    const lastItem = items.pop()!;
    const lastKey = keys.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}
