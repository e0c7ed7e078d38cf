import { describe, expect, it } from 'vitest';
import type { ScoreFacts, ScoreReason } from '../../src/grading/explain.js';
import { scoreReason } from '../../src/grading/explain.js';
import { grade } from '../../src/grading/grade.js';
import { gradedScenario, perfectTurns, turn } from '../helpers/library.js';

const method = (id: string, score: number, missing: string[] = [], outOfOrder: string[] = []): ScoreFacts['methods'][number] => ({ id, score, missing, outOfOrder });

describe('scoreReason', () => {
  it.each<[string, ScoreFacts, ScoreReason | undefined]>([
    ['a passing satisfied conversation needs no reason', { outcome: 'satisfied', score: 83, methods: [method('e', 66, ['empathy']), method('o', 100)], faults: [] }, undefined],
    ['a lost conversation that fails speaks for itself', { outcome: 'lost', score: 40, methods: [method('e', 33, ['empathy', 'responsibility'])], faults: [] }, undefined],
    [
      'satisfied but failing: the steps left out, out of order, and the faults',
      { outcome: 'satisfied', score: 41, methods: [method('e', 33, ['empathy', 'responsibility']), method('o', 90, [], ['handle'])], faults: [{ id: 'cold', penalty: 10 }, { id: 'cold', penalty: 10 }] },
      { kind: 'satisfied-but-failed', missing: [{ method: 'e', step: 'empathy' }, { method: 'e', step: 'responsibility' }], outOfOrder: [{ method: 'o', step: 'handle' }], faults: ['cold'] },
    ],
    [
      'capped by a major fault',
      { outcome: 'satisfied', score: 79, methods: [method('e', 100)], faults: [{ id: 'shift-blame', penalty: 15, severity: 'major' }] },
      { kind: 'major-fault-cap', cap: 79, faults: ['shift-blame'] },
    ],
    ['a major fault that costs more than the cap takes: no cap to explain', { outcome: 'satisfied', score: 70, methods: [method('e', 100)], faults: [{ id: 'shift-blame', penalty: 30, severity: 'major' }] }, undefined],
    ['a neutral ending caps it anyway: the ending says so', { outcome: 'neutral', score: 79, methods: [method('e', 100)], faults: [{ id: 'shift-blame', penalty: 15, severity: 'major' }] }, undefined],
    ['a record kept before severities: no cap claimed', { outcome: 'satisfied', score: 79, methods: [method('e', 100)], faults: [{ id: 'shift-blame', penalty: 15 }] }, undefined],
  ])('%s', (_name, facts, expected) => {
    expect(scoreReason(facts)).toEqual(expected);
  });

  it('agrees with grading on a graded path', () => {
    const scenario = gradedScenario();
    const turns = perfectTurns.map((t, i) => (i === 4 ? { ...turn(t.moves.map((m) => m.step)), faults: ['shift-blame'] } : t));
    expect(scoreReason(grade(scenario, turns, 'satisfied'))).toEqual({ kind: 'major-fault-cap', cap: 79, faults: ['shift-blame'] });
  });
});
