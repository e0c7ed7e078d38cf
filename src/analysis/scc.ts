/**
 * Strongly connected components of a graph in compressed form (the edges of state s are
 * `targets[start[s]] .. targets[start[s + 1] - 1]`), restricted to the states `keep` accepts.
 * Iterative (Tarjan), so a graph of any depth is handled without recursion. Components come
 * out in reverse topological order: every edge between two components goes from a later
 * component in the list to an earlier one.
 */
export function stronglyConnected(n: number, start: readonly number[], targets: readonly number[], keep: (s: number) => boolean): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  // Explicit call stack: a state and the next of its edges to follow.
  const frames: number[] = [];
  const next: number[] = [];
  const enter = (s: number): void => {
    index[s] = counter;
    low[s] = counter;
    counter++;
    stack.push(s);
    onStack[s] = 1;
    frames.push(s);
    next.push(start[s]!);
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1 || !keep(root)) continue;
    enter(root);
    while (frames.length > 0) {
      const top = frames.length - 1;
      const s = frames[top]!;
      const e = next[top]!;
      if (e < start[s + 1]!) {
        next[top] = e + 1;
        const t = targets[e]!;
        if (!keep(t)) continue;
        if (index[t] === -1) enter(t);
        else if (onStack[t]) low[s] = Math.min(low[s]!, index[t]!);
        continue;
      }
      frames.pop();
      next.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1]!;
        low[parent] = Math.min(low[parent]!, low[s]!);
      }
      if (low[s] === index[s]) {
        const component: number[] = [];
        for (;;) {
          const t = stack.pop()!;
          onStack[t] = 0;
          component.push(t);
          if (t === s) break;
        }
        components.push(component);
      }
    }
  }
  return components;
}
