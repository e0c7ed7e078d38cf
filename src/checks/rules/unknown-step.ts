import type { Check } from '../check.js';
import { moveFindings } from '../moves.js';

export const unknownStep: Check = {
  code: 'unknown-step',
  severity: 'error',
  description: 'a move that is not a step of any graded method',
  stage: 'scenario',
  run: (ctx) => moveFindings(ctx, 'unknown-step'),
};
