import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade, gradeLetter, methodScore, stepState, stepValue, weightedSteps } from '../../src/grading/grade.js';
import type { Outcome } from '../../src/model/schema.js';
import { emotional, gradedScenario, perfectTurns, plain, touchy, turn } from '../helpers/library.js';

const both = gradedScenario();

describe('grade', () => {
  it('scores exactly 100 for every step in order, no fault, a satisfied ending', () => {
    const r = grade(both, perfectTurns, 'satisfied');
    expect(r.score).toBe(100);
    expect(r.grade).toBe('A');
    expect(r.passed).toBe(true);
    expect(r.faults).toEqual([]);
    expect(r.methods.map((m) => [m.id, m.score, m.missing, m.outOfOrder])).toEqual([
      ['emotional', 100, [], []],
      ['objection', 100, [], []],
    ]);
  });

  it.each<[string, Parameters<typeof turn>[0][], Outcome, { score: number; missing?: string[]; outOfOrder?: string[] }]>([
    ['a missing step', [['willingness', 'pause'], ['empathy', 'restate'], ['confirm'], ['responsibility', 'handle']], 'satisfied', { score: 90, missing: ['check'] }],
    // restate before pause: two equally long in-order runs; the one keeping pause (the method's
    // earlier step) wins, so restate is the step marked.
    ['a step out of order', [['willingness', 'restate'], ['empathy', 'pause'], ['confirm'], ['responsibility', 'handle'], ['check']], 'satisfied', { score: 95, outOfOrder: ['restate'] }],
    ['a neutral ending', perfectTurns.map((t) => t.moves.map((m) => m.step)), 'neutral', { score: 79 }],
    ['a lost ending', perfectTurns.map((t) => t.moves.map((m) => m.step)), 'lost', { score: 59 }],
    ['an escalated ending', perfectTurns.map((t) => t.moves.map((m) => m.step)), 'escalated', { score: 59 }],
  ])('%s', (_name, moves, outcome, expected) => {
    const r = grade(both, moves.map((m) => turn(m)), outcome);
    expect(r.score).toBe(expected.score);
    if (expected.missing) expect(r.methods.flatMap((m) => m.missing)).toEqual(expected.missing);
    if (expected.outOfOrder) expect(r.methods.flatMap((m) => m.outOfOrder)).toEqual(expected.outOfOrder);
  });

  it('deducts each fault occurrence times the personality multiplier', () => {
    const turns = [...perfectTurns.slice(0, 4), turn(['check'], ['argue', 'argue'])];
    expect(grade(gradedScenario(['emotional', 'objection'], 'plain'), turns, 'satisfied').score).toBe(60);
    const touchyReport = grade(gradedScenario(['emotional', 'objection'], 'touchy'), turns, 'satisfied');
    expect(touchyReport.faults.map((f) => f.penalty)).toEqual([40, 40]);
    expect(touchyReport.score).toBe(20);
  });

  it('adds facts-before-feelings, on the late empathy, when handle comes before any empathy', () => {
    const turns = [turn(['willingness', 'pause', 'restate', 'confirm']), turn(['handle']), turn(['empathy', 'responsibility']), turn(['check'])];
    const r = grade(both, turns, 'satisfied');
    expect(r.faults).toEqual([{ id: 'facts-before-feelings', node: 'n', turn: 2, penalty: 10, severity: 'minor' }]);
    expect(r.score).toBe(90);
  });

  // One slip, one charge; a major fault caps like a neutral ending.
  const steps = (...replies: string[][]): ReturnType<typeof turn>[] => replies.map((m) => turn(m));
  const perfect = (): ReturnType<typeof turn>[] => perfectTurns.map((t) => turn(t.moves.map((m) => m.step)));
  const withFaults = (turns: ReturnType<typeof turn>[], at: number, ids: string[]): ReturnType<typeof turn>[] =>
    turns.map((t, i) => (i === at ? { ...t, faults: ids } : t));
  it.each<[string, ReturnType<typeof turn>[], Outcome, { score: number; faults: string[]; cappedAt?: number; cappedBy?: string[] }]>([
    ['every step in order, no fault, satisfied', perfect(), 'satisfied', { score: 100, faults: [] }],
    ['empathy never comes: the missing step only', steps(['willingness', 'pause'], ['restate'], ['confirm'], ['responsibility', 'handle'], ['check']), 'satisfied', { score: 83, faults: [] }],
    [
      'empathy comes after the remedy: facts-before-feelings only',
      steps(['willingness', 'pause'], ['restate'], ['confirm'], ['handle'], ['empathy', 'responsibility'], ['check']),
      'satisfied',
      { score: 90, faults: ['facts-before-feelings'] },
    ],
    ['a minor fault costs its penalty', withFaults(perfect(), 4, ['cold']), 'satisfied', { score: 90, faults: ['cold'] }],
    ['a major fault caps at 79', withFaults(perfect(), 4, ['shift-blame']), 'satisfied', { score: 79, faults: ['shift-blame'], cappedAt: 79, cappedBy: ['major-fault'] }],
    ['a major fault and a neutral ending cap alike', withFaults(perfect(), 1, ['shift-blame']), 'neutral', { score: 79, faults: ['shift-blame'], cappedAt: 79, cappedBy: ['ending', 'major-fault'] }],
    ['a lost ending caps below the major-fault cap', withFaults(perfect(), 1, ['shift-blame']), 'lost', { score: 59, faults: ['shift-blame'], cappedAt: 59, cappedBy: ['ending'] }],
    ['a major fault that costs more than the cap takes', withFaults(perfect(), 2, ['shift-blame', 'shift-blame']), 'satisfied', { score: 70, faults: ['shift-blame', 'shift-blame'] }],
  ])('grading: %s', (_name, turns, outcome, expected) => {
    const r = grade(both, turns, outcome);
    expect(r.score).toBe(expected.score);
    expect(r.faults.map((f) => f.id)).toEqual(expected.faults);
    expect(r.cappedAt).toBe(expected.cappedAt);
    expect(r.cappedBy).toEqual(expected.cappedBy);
  });

  it('a cheap fault tagged beside empathy costs less than leaving empathy out', () => {
    const stock = steps(['willingness', 'pause'], ['empathy', 'restate'], ['confirm'], ['responsibility', 'handle'], ['check']);
    const tagged = withFaults(stock, 1, ['jargon']);
    const skipped = steps(['willingness', 'pause'], ['restate'], ['confirm'], ['responsibility', 'handle'], ['check']);
    expect(grade(both, tagged, 'satisfied').score).toBeGreaterThan(grade(both, skipped, 'satisfied').score);
  });

  it('does not add facts-before-feelings when empathy comes in the same reply as handle', () => {
    const turns = [turn(['willingness', 'pause', 'restate', 'confirm']), turn(['empathy', 'handle']), turn(['responsibility', 'check'])];
    expect(grade(both, turns, 'satisfied').faults).toEqual([]);
  });

  it('does not apply feelings-before-facts when no graded method has empathy', () => {
    const only = gradedScenario(['objection']);
    const turns = [turn(['pause', 'restate', 'confirm', 'handle', 'check'])];
    expect(grade(only, turns, 'satisfied').score).toBe(100);
  });

  it.each<[string, string, 'plain' | 'touchy', number, number]>([
    ['an emotional step, one method graded', 'willingness', 'plain', 1, 100 / 3],
    ['an objection step, two methods graded', 'pause', 'plain', 2, 10],
    ['a double-weighted step', 'restate', 'touchy', 2, 100 / 7],
    ['a plain step beside double-weighted ones', 'pause', 'touchy', 2, 50 / 7],
  ])('stepValue: %s', (_name, step, personality, methodCount, expected) => {
    const method = step === 'willingness' ? emotional : gradedScenario(['objection'], personality).methods[0]!;
    expect(stepValue(weightedSteps(method, personality === 'plain' ? plain : touchy), step, methodCount)).toBeCloseTo(expected, 10);
  });

  it.each<[string, Parameters<typeof stepState>[0], string]>([
    ['in-order', { performed: ['a', 'b'], missing: [], outOfOrder: [] }, 'a'],
    ['out-of-order', { performed: ['b', 'a'], missing: [], outOfOrder: ['a'] }, 'a'],
    ['missing', { performed: ['b'], missing: ['a'], outOfOrder: [] }, 'a'],
    ['missing', { performed: ['b'], missing: [], outOfOrder: [] }, 'a'],
    ['missing', { performed: ['b'], missing: [], outOfOrder: ['a'] }, 'a'],
    ['missing', undefined, 'a'],
  ])('stepState is %s for %j', (state, verdict, step) => {
    expect(stepState(verdict, step)).toBe(state);
  });

  it('a missing step lowers a perfect score by its value, rounded down', () => {
    const turns = perfectTurns.map((t) => turn(t.moves.map((m) => m.step).filter((s) => s !== 'restate')));
    const value = stepValue(weightedSteps(gradedScenario(['objection']).methods[0]!, plain), 'restate', 2);
    expect(grade(both, turns, 'satisfied').score).toBe(Math.floor(100 - value));
  });

  it('weights steps by personality: a reserved-like customer counts restate double', () => {
    expect(methodScore(emotional, plain, [], ['empathy'])).toBe(66);
    const objection = gradedScenario(['objection'], 'touchy').methods[0]!;
    expect(methodScore(objection, plain, [], ['restate'])).toBe(80);
    expect(methodScore(objection, touchy, [], ['restate'])).toBe(71);
  });

  it.each([
    [100, 'A'],
    [90, 'A'],
    [89, 'B'],
    [80, 'B'],
    [79, 'C'],
    [70, 'C'],
    [69, 'D'],
    [60, 'D'],
    [59, 'F'],
    [0, 'F'],
  ])('grade letter of %i is %s', (score, letter) => {
    expect(gradeLetter(score)).toBe(letter);
  });
});

const ALL_STEPS = ['willingness', 'empathy', 'responsibility', 'pause', 'restate', 'confirm', 'handle', 'check'];
const arbTurn = fc.record({
  moves: fc.subarray(ALL_STEPS),
  faults: fc.subarray(['cold', 'argue', 'jargon']),
});
const arbOutcome = fc.constantFrom<Outcome>('satisfied', 'neutral', 'lost', 'escalated');

describe('grading properties', () => {
  it('is deterministic and stays within 0–100', () => {
    fc.assert(
      fc.property(fc.array(arbTurn, { maxLength: 10 }), arbOutcome, fc.constantFrom('plain', 'touchy'), (spec, outcome, p) => {
        const s = gradedScenario(['emotional', 'objection'], p);
        const turns = spec.map((t) => turn(t.moves, t.faults));
        const a = grade(s, turns, outcome);
        expect(grade(s, turns, outcome)).toEqual(a);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        if (outcome === 'lost' || outcome === 'escalated') expect(a.score).toBeLessThan(60);
      }),
      { numRuns: 500 },
    );
  });

  it('gives 100 exactly when every step is in order, no fault and a satisfied ending', () => {
    fc.assert(
      fc.property(fc.array(arbTurn, { maxLength: 10 }), fc.constantFrom('plain', 'touchy'), (spec, p) => {
        const s = gradedScenario(['emotional', 'objection'], p);
        const r = grade(s, spec.map((t) => turn(t.moves, t.faults)), 'satisfied');
        const perfect = r.faults.length === 0 && r.methods.every((m) => m.missing.length === 0 && m.outOfOrder.length === 0);
        expect(r.score === 100).toBe(perfect);
      }),
      { numRuns: 1000 },
    );
  });

  it('scores any path with a fault, a missing or an out-of-order step below 100', () => {
    fc.assert(
      fc.property(fc.array(arbTurn, { minLength: 1, maxLength: 10 }), arbOutcome, (spec, outcome) => {
        const r = grade(both, spec.map((t) => turn(t.moves, t.faults)), outcome);
        const flawed = r.faults.length > 0 || r.methods.some((m) => m.missing.length > 0 || m.outOfOrder.length > 0);
        if (flawed) expect(r.score).toBeLessThan(100);
      }),
      { numRuns: 1000 },
    );
  });
});
