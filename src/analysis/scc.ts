/**
 * Strongly connected components of a graph given as adjacency lists over states 0..n-1,
 * restricted to the states `keep` accepts. Iterative (Tarjan), so a graph of any depth is
 * handled without recursion. Components come out in reverse topological order: every edge
 * between two components goes from a later component in the list to an earlier one.
 */
export function stronglyConnected(n: number, successors: (s: number) => readonly number[], keep: (s: number) => boolean): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  // Explicit call stack: the state and how many of its successors were visited.
  const work: { s: number; i: number; succ: readonly number[] }[] = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1 || !keep(root)) continue;
    const enter = (s: number): void => {
      index[s] = counter;
      low[s] = counter;
      counter++;
      stack.push(s);
      onStack[s] = 1;
      work.push({ s, i: 0, succ: successors(s) });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.succ.length) {
        const t = frame.succ[frame.i++]!;
        if (!keep(t)) continue;
        if (index[t] === -1) enter(t);
        else if (onStack[t]) low[frame.s] = Math.min(low[frame.s]!, index[t]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.s] = Math.min(low[parent.s]!, low[frame.s]!);
      if (low[frame.s] === index[frame.s]) {
        const component: number[] = [];
        for (;;) {
          const t = stack.pop()!;
          onStack[t] = 0;
          component.push(t);
          if (t === frame.s) break;
        }
        components.push(component);
      }
    }
  }
  return components;
}
