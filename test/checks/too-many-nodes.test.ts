import { describe } from 'vitest';
import { MAX_NODES } from '../../src/checks/rules/too-many-nodes.js';
import { END_LOST, END_OK, table } from './helpers.js';

/** A chain of decisions, two endings included, `n` nodes in all. */
function chain(n: number): string {
  const lines: string[] = [];
  const decisions = n - 2;
  for (let i = 0; i < decisions; i++) {
    const name = i === 0 ? 'a' : `n${i}`;
    const next = i + 1 < decisions ? `n${i + 1}` : 'ok';
    const moves = i === 0 ? ', moves: [willingness, empathy, responsibility]' : '';
    lines.push(`  ${name}: { customer: c, choices: [{ reply: r${moves}, next: ${next} }, { reply: q, next: lost }] }`);
  }
  return `${lines.join('\n')}\n${END_OK}\n${END_LOST}`;
}

describe('too-many-nodes', () => {
  table(
    'too-many-nodes',
    [{ name: `${MAX_NODES} nodes`, nodes: chain(MAX_NODES) }],
    [{ name: `${MAX_NODES + 1} nodes`, nodes: chain(MAX_NODES + 1), at: [[9, 1]], mentions: String(MAX_NODES + 1) }],
  );
});
