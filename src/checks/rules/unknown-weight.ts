import { error } from '../../model/diagnostic.js';
import type { Finding } from '../../model/diagnostic.js';
import { suggestOrList } from '../../model/suggest.js';
import type { Check } from '../check.js';

/**
 * A weight for a fault or step that does not exist is silently never applied, so the
 * customer type would be graded as if it had no such weight.
 */
export const unknownWeight: Check = {
  code: 'unknown-weight',
  severity: 'error',
  description: "a personality's weights name a fault or step that no fault or method has",
  stage: 'personalities',
  run: ({ personalities, library }) => {
    const faultIds = [...library.faults.keys()];
    const stepIds = [...new Set([...library.methods.values()].flatMap((m) => m.steps.map((s) => s.id)))];
    const findings: Finding[] = [];
    personalities.forEach((p, i) => {
      for (const id of Object.keys(p.weights.faults ?? {})) {
        if (!library.faults.has(id)) {
          findings.push(error('unknown-weight', `weights.faults: there is no fault '${id}'${suggestOrList(id, faultIds)}`, ['personalities', i, 'weights', 'faults', id], 'key'));
        }
      }
      for (const id of Object.keys(p.weights.steps ?? {})) {
        if (!stepIds.includes(id)) {
          findings.push(error('unknown-weight', `weights.steps: no method has a step '${id}'${suggestOrList(id, stepIds)}`, ['personalities', i, 'weights', 'steps', id], 'key'));
        }
      }
    });
    return findings;
  },
};
