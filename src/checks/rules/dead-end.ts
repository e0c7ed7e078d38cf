import { error } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

export const deadEnd: Check = {
  code: 'dead-end',
  severity: 'error',
  description: 'a node with neither choices nor an ending',
  stage: 'scenario',
  run: ({ scenario }) =>
    Object.entries(scenario.nodes)
      .filter(([, n]) => n.choices === undefined && n.ending === undefined)
      .map(([id]) => error('dead-end', `node '${id}' has neither choices nor an ending: the conversation would stop here`, ['nodes', id], 'key')),
};
