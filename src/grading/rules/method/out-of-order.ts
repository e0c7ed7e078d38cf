import type { MethodRule } from '../../context.js';

/**
 * Indices (into `seq`) of a longest strictly increasing subsequence; among the longest,
 * the one with the smallest values, read left to right. `seq` is short (a method's steps).
 */
export function longestInOrder(seq: readonly number[]): Set<number> {
  const n = seq.length;
  // tail[i]: length of the longest increasing run starting at i.
  const tail = new Array<number>(n).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) if (seq[j]! > seq[i]! && tail[j]! + 1 > tail[i]!) tail[i] = tail[j]! + 1;
  }
  const keep = new Set<number>();
  let need = Math.max(0, ...tail);
  let from = 0;
  let last = -Infinity;
  while (need > 0) {
    let pick = -1;
    for (let i = from; i < n; i++) {
      if (seq[i]! > last && tail[i] === need && (pick < 0 || seq[i]! < seq[pick]!)) pick = i;
    }
    keep.add(pick);
    last = seq[pick]!;
    from = pick + 1;
    need--;
  }
  return keep;
}

/**
 * Performed steps outside the longest run that keeps the method's order. When several runs
 * are equally long, the one keeping the method's earlier steps wins, so the step done too
 * early is the one marked.
 */
export const outOfOrder: MethodRule = {
  id: 'out-of-order',
  description: 'performed steps that break the method order',
  evaluate: (method, firsts) => {
    const index = new Map(method.steps.map((s, i) => [s.id, i]));
    const seq = firsts.map((f) => index.get(f.step)!);
    const keep = longestInOrder(seq);
    return firsts.filter((_, i) => !keep.has(i)).map((f) => f.step);
  },
};
