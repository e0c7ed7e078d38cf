import type { FaultRule, MethodRule } from '../context.js';
import { authored } from './fault/authored.js';
import { factsBeforeFeelings } from './fault/facts-before-feelings.js';
import { missing } from './method/missing.js';
import { outOfOrder } from './method/out-of-order.js';
import { performed } from './method/performed.js';

/** Every method rule, once. */
export const methodRules: readonly MethodRule[] = [performed, missing, outOfOrder];

/** Every fault rule, once. */
export const faultRules: readonly FaultRule[] = [authored, factsBeforeFeelings];

/** Faults some rule charges from the path itself rather than from an author's tag. */
export const derivedFaults: ReadonlySet<string> = new Set(faultRules.flatMap((r) => r.derives));
