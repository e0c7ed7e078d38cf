import { error } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

export const startIsEnding: Check = {
  code: 'start-is-ending',
  severity: 'error',
  description: '`start` names an ending: the conversation would be over before the first reply',
  stage: 'scenario',
  run: ({ scenario }) => {
    const node = Object.hasOwn(scenario.nodes, scenario.start) ? scenario.nodes[scenario.start] : undefined;
    return node?.ending !== undefined
      ? [error('start-is-ending', `start: '${scenario.start}' is an ending (${node.ending}); the trainee would have nothing to answer. Start at the customer's first line`, ['start'])]
      : [];
  },
};
