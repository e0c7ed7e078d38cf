import { error } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

function moodList(moods: readonly number[]): string {
  const shown = moods.slice(0, 5).join(', ');
  return moods.length > 5 ? `${shown} and ${moods.length - 5} more` : shown;
}

export const trap: Check = {
  code: 'trap',
  severity: 'error',
  description: 'a reachable node from which no ending can be reached',
  stage: 'compiled',
  run: ({ analysis }) => {
    if (!analysis.complete) return [];
    return analysis.traps.map((t) =>
      error(
        'trap',
        t.always
          ? `no ending can be reached from node '${t.node}': every reply leads round a loop that never ends`
          : `no ending can be reached from node '${t.node}' when the customer's mood is ${moodList(t.moods)}: at that mood every reply leads round a loop that never ends`,
        ['nodes', t.node],
        'key',
      ),
    );
  },
};
