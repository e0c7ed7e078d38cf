import { expect, it } from 'vitest';
import { checkScenario } from '../../src/checks/run.js';
import { loadScenario } from '../../src/scenario/library.js';
import { parseText } from '../../src/scenario/source.js';
import { testLibrary } from '../helpers/library.js';
import { scenarioText } from './helpers.js';

/** Replies of the two decisions of {@link twoDecisions}, in the order authored. */
export interface Replies {
  a: readonly string[];
  b: readonly string[];
}

export const REPLY = {
  /** Fault-free and a step short: willingness only. */
  sure: `      - reply: Sure.
        moves: [willingness]
        next: b`,
  best: `      - reply: I am sorry the wait spoiled your evening, and I will help you now.
        moves: [willingness, empathy]
        next: b`,
  bestLong: `      - reply: I am so sorry the wait spoiled your evening; I can hear how tired you are, and I will help you right now.
        moves: [willingness, empathy]
        next: b`,
  cold: `      - reply: That is not my problem, you will have to ask somebody else.
        faults: [cold]
        next: lost`,
  coldSure: `      - reply: Sure.
        moves: [willingness]
        faults: [jargon]
        next: b`,
  right: `      - reply: Right.
        next: meh`,
  rightFaulty: `      - reply: Right.
        faults: [jargon]
        next: meh`,
  rightSatisfied: `      - reply: Right.
        next: ok`,
  own: `      - reply: I will own this.
        moves: [responsibility]
        next: ok`,
  blame: `      - reply: Our manager will sort it out later, that is his job, not mine, really.
        faults: [shift-blame]
        next: lost`,
  blameSatisfied: `      - reply: Our manager will sort it out later, that is his job, not mine, really.
        moves: [responsibility]
        faults: [shift-blame]
        next: ok`,
} as const;

/**
 * Two decisions and three endings: the shape every pedagogical check's fixtures share. The
 * clean arrangement ({@link CLEAN}) varies the best reply's place, keeps it from standing out
 * by length, offers a fine-but-incomplete reply at each decision, and lets no mechanical
 * strategy pass; each check's invalid case changes one thing.
 */
export function twoDecisions(r: Replies): string {
  return `
  a:
    customer: hi
    choices:
${r.a.join('\n')}
  b:
    customer: so?
    choices:
${r.b.join('\n')}
  ok:
    customer: bye
    ending: satisfied
  meh:
    customer: bye
    ending: neutral
  lost:
    customer: bye
    ending: lost`;
}

export const CLEAN: Replies = { a: [REPLY.cold, REPLY.best, REPLY.sure], b: [REPLY.right, REPLY.own, REPLY.blame] };

/** The pedagogical checks' codes. */
export const PEDAGOGY_CODES = ['length-giveaway', 'naive-strategy-passes', 'lone-clean-reply', 'satisfied-but-failing', 'fault-scores-high'];

/** The codes every check finds on a fixture, each once. */
export function codesFound(nodes: string): string[] {
  const loaded = loadScenario(parseText(scenarioText(nodes), 't.yaml'));
  if (!loaded.value) throw new Error('fixture does not have a valid shape');
  return [...new Set(checkScenario(loaded.value, testLibrary, 't').findings.map((f) => f.code))].sort();
}

/** The clean arrangement passes every check; the invalid one triggers `code` and nothing else. */
export function onlyThis(code: string, invalid: Replies): void {
  it('the clean fixture passes every check', () => expect(codesFound(twoDecisions(CLEAN))).toEqual([]));
  it(`the invalid fixture triggers ${code} and no other check`, () => expect(codesFound(twoDecisions(invalid))).toEqual([code]));
}
