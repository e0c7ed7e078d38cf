import { error } from '../../model/diagnostic.js';
import { suggestOrList } from '../../model/suggest.js';
import type { Check } from '../check.js';
import { choicesOf } from '../check.js';

export const unknownFault: Check = {
  code: 'unknown-fault',
  severity: 'error',
  description: 'a reply names a fault not in faults.yaml',
  stage: 'scenario',
  run: ({ scenario, library }) => {
    const findings = [];
    for (const { nodeId, index, choice } of choicesOf(scenario)) {
      for (const [i, f] of (choice.faults ?? []).entries()) {
        if (!library.faults.has(f)) {
          findings.push(error('unknown-fault', `unknown fault '${f}'${suggestOrList(f, library.faults.keys())}`, ['nodes', nodeId, 'choices', index, 'faults', i]));
        }
      }
    }
    return findings;
  },
};
