import { warning } from '../../model/diagnostic.js';
import type { Finding } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

export const unreachableNode: Check = {
  code: 'unreachable-node',
  severity: 'warning',
  description: 'a node no path from `start` reaches, mood conditions honoured',
  stage: 'compiled',
  run: ({ scenario, analysis }) => {
    if (!analysis.complete) return [];
    const findings: Finding[] = [];
    for (const id of Object.keys(scenario.nodes)) {
      if (analysis.reachable.has(id)) continue;
      const dead = analysis.deadBranches.find((b) => b.goto === id);
      const branch = dead ? (() => {
        const next = Object.hasOwn(scenario.nodes, dead.node) ? scenario.nodes[dead.node]?.choices?.[dead.choice]?.next : undefined;
        return Array.isArray(next) ? next[dead.branch] : undefined;
      })() : undefined;
      const why =
        dead && branch?.if !== undefined
          ? `the branch \`if: ${branch.if}\` of reply ${dead.choice + 1} at node '${dead.node}' never holds on any path`
          : dead
            ? `the branch of reply ${dead.choice + 1} at node '${dead.node}' that leads here is never taken: an earlier branch always holds`
            : `no reply on any path from start '${scenario.start}' leads here`;
      findings.push(warning('unreachable-node', `node '${id}' is never reached: ${why}`, ['nodes', id], 'key'));
    }
    return findings;
  },
};
