import { error } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

export const choicesAndEnding: Check = {
  code: 'choices-and-ending',
  severity: 'error',
  description: 'a node with both choices and an ending',
  stage: 'scenario',
  run: ({ scenario }) =>
    Object.entries(scenario.nodes)
      .filter(([, n]) => n.choices !== undefined && n.ending !== undefined)
      .map(([id]) => error('choices-and-ending', `node '${id}' has both choices and an ending; keep one`, ['nodes', id, 'ending'])),
};
