import { warning } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

export const singleChoice: Check = {
  code: 'single-choice',
  severity: 'warning',
  description: 'a decision with one reply only',
  stage: 'scenario',
  run: ({ scenario }) =>
    Object.entries(scenario.nodes)
      .filter(([, n]) => n.choices?.length === 1)
      .map(([id]) => warning('single-choice', `node '${id}' offers one reply only: there is nothing to decide`, ['nodes', id, 'choices'])),
};
