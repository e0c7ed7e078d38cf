import type { Check } from './check.js';
import { ambiguousStep } from './rules/ambiguous-step.js';
import { analysisLimit } from './rules/analysis-limit.js';
import { badCondition } from './rules/bad-condition.js';
import { choicesAndEnding } from './rules/choices-and-ending.js';
import { deadEnd } from './rules/dead-end.js';
import { duplicateId } from './rules/duplicate-id.js';
import { idMismatch } from './rules/id-mismatch.js';
import { missingNode } from './rules/missing-node.js';
import { noDefaultBranch } from './rules/no-default-branch.js';
import { noSatisfiedEnding } from './rules/no-satisfied-ending.js';
import { singleChoice } from './rules/single-choice.js';
import { startIsEnding } from './rules/start-is-ending.js';
import { tooManyNodes } from './rules/too-many-nodes.js';
import { tooManyReplies } from './rules/too-many-replies.js';
import { trap } from './rules/trap.js';
import { unknownFault } from './rules/unknown-fault.js';
import { unknownMethod } from './rules/unknown-method.js';
import { unknownPersonality } from './rules/unknown-personality.js';
import { unknownStep } from './rules/unknown-step.js';
import { unknownWeight } from './rules/unknown-weight.js';
import { unreachableNode } from './rules/unreachable-node.js';
import { unwinnable } from './rules/unwinnable.js';

/**
 * Every check, once, in the order their findings are reported. A check's file is named after
 * its code. `scenario` checks see one scenario; `compiled` ones also see its resolved form and
 * path analysis; `corpus` ones see every file checked together; `personalities` ones see a
 * personalities file and the library its weights refer to.
 */
export const checks: readonly Check[] = [
  tooManyNodes,
  tooManyReplies,
  missingNode,
  startIsEnding,
  deadEnd,
  choicesAndEnding,
  badCondition,
  noDefaultBranch,
  unknownMethod,
  unknownStep,
  ambiguousStep,
  unknownFault,
  unknownPersonality,
  singleChoice,
  analysisLimit,
  unreachableNode,
  trap,
  noSatisfiedEnding,
  unwinnable,
  idMismatch,
  duplicateId,
  unknownWeight,
];
