import type { Check } from './check.js';
import { ambiguousStep } from './rules/ambiguous-step.js';
import { badCondition } from './rules/bad-condition.js';
import { choicesAndEnding } from './rules/choices-and-ending.js';
import { deadEnd } from './rules/dead-end.js';
import { missingNode } from './rules/missing-node.js';
import { noDefaultBranch } from './rules/no-default-branch.js';
import { singleChoice } from './rules/single-choice.js';
import { unknownFault } from './rules/unknown-fault.js';
import { unknownMethod } from './rules/unknown-method.js';
import { unknownPersonality } from './rules/unknown-personality.js';
import { unknownStep } from './rules/unknown-step.js';

/** Every scenario check, once. A check's file is named after its code. */
export const checks: readonly Check[] = [
  missingNode,
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
];
