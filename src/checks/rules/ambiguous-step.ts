import type { Check } from '../check.js';
import { moveFindings } from '../moves.js';

export const ambiguousStep: Check = {
  code: 'ambiguous-step',
  severity: 'error',
  description: 'a bare step id that two graded methods share',
  stage: 'scenario',
  run: (ctx) => moveFindings(ctx, 'ambiguous-step'),
};
