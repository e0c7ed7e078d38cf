import { error } from '../../model/diagnostic.js';
import { suggestOrList } from '../../model/suggest.js';
import type { Check } from '../check.js';

export const unknownPersonality: Check = {
  code: 'unknown-personality',
  severity: 'error',
  description: 'the customer has a personality not in personalities.yaml',
  stage: 'scenario',
  run: ({ scenario, library }) => {
    const p = scenario.customer.personality;
    if (library.personalities.has(p)) return [];
    return [error('unknown-personality', `unknown personality '${p}'${suggestOrList(p, library.personalities.keys())}`, ['customer', 'personality'])];
  },
};
